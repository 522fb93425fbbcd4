import type { CourseLessonRef, CourseTestRef, CourseUnit, CourseVolume, Course } from './schema';

/** A lesson in the outline: what the app needs to list it (the syllabus plan stays out). */
export type OutlineLesson = Omit<CourseLessonRef, 'plan'>;
/** A unit test in the outline. */
export type OutlineTest = Omit<CourseTestRef, 'covers'>;
export type OutlineUnit = Omit<CourseUnit, 'lessons' | 'test'> & { lessons: OutlineLesson[]; test: OutlineTest };
export type OutlineVolume = Omit<CourseVolume, 'units'> & { units: OutlineUnit[] };
/**
 * The course outline shipped with the app shell: course.json without the syllabus plans, which
 * are hundreds of KB and only needed by the syllabus view (loaded lazily there).
 */
export type CourseOutline = Omit<Course, 'volumes' | '$schema'> & { volumes: OutlineVolume[] };

/** What the app knows about a written lesson or test before loading it. */
export interface IndexedExercises {
  exerciseIds: string[];
  exerciseTypes: string[];
  dialogueLines: number;
  vocabulary: number;
}

/** The generated course index (virtual:course-index): what the app knows before loading a lesson. */
export interface CourseIndex {
  outline: CourseOutline;
  lessons: Record<string, IndexedExercises>;
  tests: Record<string, IndexedExercises>;
}
