/**
 * Loads course content in the app. The course outline (course.json without its syllabus plans) is
 * small and ships with the shell; each lesson and unit test is its own lazily loaded chunk
 * (precached by the service worker for offline use). Content was validated at build time, so no
 * schema code is shipped to the browser.
 */
import index from 'virtual:course-index';
import type { CourseOutline, OutlineLesson, OutlineUnit, OutlineVolume } from './course-index-types';
import type { Course, Lesson, UnitTest } from './schema';

const lessonModules = import.meta.glob<Lesson>('../../content/vol*/unit-*/lesson-*.json', { import: 'default' });
const testModules = import.meta.glob<UnitTest>('../../content/vol*/unit-*/test.json', { import: 'default' });

/** The course outline (volumes → units → lesson references). */
export const course: CourseOutline = index.outline;

/** The whole course.json with every lesson's syllabus plan (a lazy chunk, for the syllabus view). */
export async function loadSyllabus(): Promise<Course> {
  const module = (await import('../../content/course.json')) as { default: unknown };
  return module.default as Course;
}

/** A lesson reference with its place in the course. */
export interface LessonLocation {
  volume: OutlineVolume;
  unit: OutlineUnit;
  lesson: OutlineLesson;
  /** Position in the whole course, 0-based, for ordering and unlocking. */
  order: number;
}

/** Every lesson in course order. */
export function lessonLocations(outline: CourseOutline = course): LessonLocation[] {
  const out: LessonLocation[] = [];
  for (const volume of outline.volumes) {
    for (const unit of volume.units) {
      for (const lesson of unit.lessons) out.push({ volume, unit, lesson, order: out.length });
    }
  }
  return out;
}

/** Finds a lesson reference by id. */
export function findLesson(lessonId: string, outline: CourseOutline = course): LessonLocation | undefined {
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
  const file = location?.lesson.file;
  const loader = file === undefined ? undefined : lessonModules[`../../content/${file}`];
  if (!loader) throw new LessonNotFoundError(lessonId);
  return loader();
}

/** Whether a lesson is written (has a file), as opposed to only planned in the syllabus. */
export function isWritten(lesson: OutlineLesson): boolean {
  return lesson.file !== undefined;
}

/** A unit with its place in the course, found by its test id. */
export function findUnitOfTest(testId: string, outline: CourseOutline = course): { volume: OutlineVolume; unit: OutlineUnit } | undefined {
  for (const volume of outline.volumes) {
    for (const unit of volume.units) if (unit.test.id === testId) return { volume, unit };
  }
  return undefined;
}

const testCache = new Map<string, Promise<UnitTest>>();

/** The same promise for the same unit test (see {@link lessonPromise}). */
export function unitTestPromise(testId: string): Promise<UnitTest> {
  let promise = testCache.get(testId);
  if (!promise) {
    promise = loadUnitTest(testId);
    promise.catch(() => testCache.delete(testId));
    testCache.set(testId, promise);
  }
  return promise;
}

/** Loads one unit test (a lazy chunk). */
export async function loadUnitTest(testId: string): Promise<UnitTest> {
  const file = findUnitOfTest(testId)?.unit.test.file;
  const loader = file === undefined ? undefined : testModules[`../../content/${file}`];
  if (!loader) throw new LessonNotFoundError(testId);
  return loader();
}
