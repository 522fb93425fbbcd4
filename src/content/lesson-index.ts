import index from 'virtual:course-index';

/** The exercise ids of a lesson, in order, without loading the lesson. */
export function lessonExerciseIds(lessonId: string): string[] {
  return index.lessons[lessonId]?.exerciseIds ?? [];
}

/** The generated index (counts per lesson). */
export const courseIndex = index;
