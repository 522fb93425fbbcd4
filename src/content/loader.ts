/**
 * Loads course content in the app. The course outline is small and ships with the shell; each
 * lesson is its own lazily loaded chunk (precached by the service worker for offline use).
 * Content was validated at build time, so no schema code is shipped to the browser.
 */
import courseJson from '../../content/course.json';
import type { Course, CourseLessonRef, CourseUnit, CourseVolume, Lesson } from './schema';

const lessonModules = import.meta.glob<Lesson>('../../content/vol*/unit-*/lesson-*.json', { import: 'default' });

/** The course outline (volumes → units → lesson references). */
export const course = courseJson as Course;

/** A lesson reference with its place in the course. */
export interface LessonLocation {
  volume: CourseVolume;
  unit: CourseUnit;
  lesson: CourseLessonRef;
  /** Position in the whole course, 0-based, for ordering and unlocking. */
  order: number;
}

/** Every lesson in course order. */
export function lessonLocations(outline: Course = course): LessonLocation[] {
  const out: LessonLocation[] = [];
  for (const volume of outline.volumes) {
    for (const unit of volume.units) {
      for (const lesson of unit.lessons) out.push({ volume, unit, lesson, order: out.length });
    }
  }
  return out;
}

/** Finds a lesson reference by id. */
export function findLesson(lessonId: string, outline: Course = course): LessonLocation | undefined {
  return lessonLocations(outline).find((location) => location.lesson.id === lessonId);
}

/** Thrown when a lesson is not in this build (unknown id, or a file not bundled). */
export class LessonNotFoundError extends Error {
  constructor(readonly lessonId: string) {
    super(`lesson ${lessonId} not found`);
    this.name = 'LessonNotFoundError';
  }
}

const lessonCache = new Map<string, Promise<Lesson>>();

/**
 * The same promise for the same lesson, for React's `use()`: a lesson chunk is fetched once per
 * session. A failed load is forgotten so that opening the lesson again retries it.
 */
export function lessonPromise(lessonId: string): Promise<Lesson> {
  let promise = lessonCache.get(lessonId);
  if (!promise) {
    promise = loadLesson(lessonId);
    promise.catch(() => lessonCache.delete(lessonId));
    lessonCache.set(lessonId, promise);
  }
  return promise;
}

/** Loads one lesson's full content (a lazy chunk). */
export async function loadLesson(lessonId: string): Promise<Lesson> {
  const location = findLesson(lessonId);
  const loader = location ? lessonModules[`../../content/${location.lesson.file}`] : undefined;
  if (!loader) throw new LessonNotFoundError(lessonId);
  return loader();
}
