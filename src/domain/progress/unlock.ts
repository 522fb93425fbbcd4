/**
 * Which lessons a learner may open. Lessons unlock in course order: the first lesson of the course
 * is open, and each written lesson opens when the written lesson before it is completed or tested
 * out (by the placement test). A lesson already started stays open, whatever happens. An
 * instructor can open everything. Planned lessons (no file yet) are never open and do not block
 * the chain: the next written lesson looks past them. Pure.
 */

/** What the unlocking needs to know about one lesson, in course order. */
export interface UnlockLesson {
  id: string;
  written: boolean;
  status: 'not-started' | 'in-progress' | 'completed';
}

/** How a lesson appears on the home screen and the course map. */
export type LessonAccess = 'open' | 'locked' | 'tested-out' | 'planned';

/** The access of every lesson, by id. */
export function lessonAccess(
  lessons: readonly UnlockLesson[],
  testedOut: ReadonlySet<string>,
  unlockAll: boolean,
): Record<string, LessonAccess> {
  const out: Record<string, LessonAccess> = {};
  let previousDone = true; // the first written lesson is open
  for (const lesson of lessons) {
    if (!lesson.written) {
      out[lesson.id] = 'planned';
      continue;
    }
    const isTestedOut = testedOut.has(lesson.id) && lesson.status !== 'completed';
    if (isTestedOut) out[lesson.id] = 'tested-out';
    else out[lesson.id] = unlockAll || previousDone || lesson.status !== 'not-started' ? 'open' : 'locked';
    previousDone = lesson.status === 'completed' || testedOut.has(lesson.id);
  }
  return out;
}

/** Whether the learner may open a lesson with this access (a tested-out lesson may be studied anyway). */
export function canOpen(access: LessonAccess | undefined): boolean {
  return access === 'open' || access === 'tested-out';
}
