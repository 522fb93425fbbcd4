/** The generated course index (virtual:course-index): what the app knows before loading a lesson. */
export interface CourseIndex {
  lessons: Record<
    string,
    {
      exerciseIds: string[];
      exerciseTypes: string[];
      dialogueLines: number;
      vocabulary: number;
    }
  >;
}
