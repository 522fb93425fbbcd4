/**
 * From a placement outcome to a starting point in the course, and the lessons it tests out. Pure.
 *
 * - beginner: the very start (Leçon 0).
 * - some A1: the second unit of the first A1 volume (Leçon 0 is the survival start they have).
 * - A1 mastered: the first A2 volume; A2 mastered: the first B1 volume; B1 mastered: the first B1
 *   volume too (the course ends at B1; its units are the learner's next step).
 * When the course has no volume at the band, the last volume below it is used.
 */
import type { PlacementOutcome, PlacementLevel } from './staircase';

/** A lesson in course order, with where it sits. */
export interface CourseLessonFacts {
  id: string;
  volumeId: string;
  unitId: string;
  level: string;
}

/** The recommended start. */
export interface PlacementRecommendation {
  lessonId: string;
  volumeId: string;
  unitId: string;
  /** Every lesson before the start: marked as tested out when the learner accepts. */
  testedOut: string[];
}

const NEXT: Record<PlacementLevel, PlacementLevel> = { A1: 'A2', A2: 'B1', B1: 'B1' };

/** The starting point for an outcome in a course. Undefined only for an empty course. */
export function recommendStart(outcome: PlacementOutcome, lessons: readonly CourseLessonFacts[]): PlacementRecommendation | undefined {
  const first = lessons[0];
  if (!first) return undefined;
  let startIndex = 0;
  if (outcome.reason === 'some-a1') {
    const firstUnit = first.unitId;
    const index = lessons.findIndex((lesson) => lesson.volumeId === first.volumeId && lesson.unitId !== firstUnit);
    startIndex = index === -1 ? 0 : index;
  } else if (outcome.masteredLevel !== undefined) {
    const target = NEXT[outcome.masteredLevel];
    const order = ['A1', 'A2', 'B1'];
    let index = lessons.findIndex((lesson) => lesson.level === target);
    for (let level = order.indexOf(target) - 1; index === -1 && level >= 0; level -= 1) {
      index = lessons.findIndex((lesson) => lesson.level === order[level]);
    }
    startIndex = Math.max(0, index);
  }
  const start = lessons[startIndex] ?? first;
  return {
    lessonId: start.id,
    volumeId: start.volumeId,
    unitId: start.unitId,
    testedOut: lessons.slice(0, startIndex).map((lesson) => lesson.id),
  };
}
