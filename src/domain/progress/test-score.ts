import type { AttemptFacts } from './lesson-progress';

/** A section of a unit test as scoring needs it. */
export interface TestSectionFacts {
  skill: string;
  exerciseIds: readonly string[];
}

/** The result of one section of a sitting. */
export interface SectionScore {
  skill: string;
  total: number;
  answered: number;
  /** Sum of the latest scores of the section's exercises (each 0..1). */
  points: number;
  /** points / total, 0..1. */
  score: number;
}

/** Where a learner stands in one sitting of a unit test, derived from the attempt log alone. */
export interface TestSittingScore {
  sections: SectionScore[];
  total: number;
  answered: number;
  points: number;
  /** 0..1 over every auto-marked exercise, unanswered ones counting 0. */
  score: number;
  finished: boolean;
  passed: boolean;
  /** Exercises whose latest answer in this sitting was wrong. */
  wrong: string[];
  /** The first exercise not yet answered in this sitting, in test order, if any. */
  nextExerciseId: string | undefined;
}

/**
 * Scores a sitting of a unit test: for each exercise, the latest attempt made at or after the
 * sitting started counts (an earlier sitting's answers do not). A learner passes when the sitting
 * is finished and the score reaches `passPercent`.
 */
export function scoreTestSitting(
  sections: readonly TestSectionFacts[],
  attempts: readonly AttemptFacts[],
  sittingStartedAt: number,
  passPercent: number,
): TestSittingScore {
  const latest = new Map<string, AttemptFacts>();
  for (const attempt of attempts) {
    if (attempt.answeredAt < sittingStartedAt) continue;
    const previous = latest.get(attempt.exerciseId);
    if (previous === undefined || attempt.answeredAt >= previous.answeredAt) latest.set(attempt.exerciseId, attempt);
  }
  const scored = sections.map((section): SectionScore => {
    const answered = section.exerciseIds.filter((id) => latest.has(id)).length;
    const points = section.exerciseIds.reduce((sum, id) => sum + (latest.get(id)?.score ?? 0), 0);
    const total = section.exerciseIds.length;
    return { skill: section.skill, total, answered, points, score: total === 0 ? 0 : points / total };
  });
  const order = sections.flatMap((section) => section.exerciseIds);
  const total = order.length;
  const answered = scored.reduce((sum, section) => sum + section.answered, 0);
  const points = scored.reduce((sum, section) => sum + section.points, 0);
  const score = total === 0 ? 0 : points / total;
  const finished = answered === total && total > 0;
  return {
    sections: scored,
    total,
    answered,
    points,
    score,
    finished,
    passed: finished && Math.round(score * 100) >= passPercent,
    wrong: order.filter((id) => latest.get(id)?.result === 'wrong'),
    nextExerciseId: order.find((id) => !latest.has(id)),
  };
}

/** Sittings are remembered as the section string `sitting:<epoch ms>` of the test's visit row. */
export function sittingSection(startedAt: number): string {
  return `sitting:${String(startedAt)}`;
}

/** The start of the current sitting from a remembered section string, if there is one. */
export function sittingStart(section: string | undefined): number | undefined {
  const match = /^sitting:(\d+)$/.exec(section ?? '');
  return match?.[1] === undefined ? undefined : Number(match[1]);
}
