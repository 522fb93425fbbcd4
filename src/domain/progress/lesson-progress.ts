import type { VerdictResult } from '../answers/judge';

/** The fields of an attempt that progress needs (the attempt log row has more). */
export interface AttemptFacts {
  exerciseId: string;
  result: VerdictResult;
  /** 0..1 */
  score: number;
  /** Epoch milliseconds. */
  answeredAt: number;
}

/** Where a learner stands in a lesson, derived from the attempt log alone. */
export interface LessonProgress {
  lessonId: string;
  status: 'not-started' | 'in-progress' | 'completed';
  exercisesTotal: number;
  exercisesAnswered: number;
  /** Mean of the latest score of every exercise, unanswered ones counting 0; 0..1. */
  score: number;
  /** Exercises whose latest answer was wrong: what to review. */
  toReview: string[];
  /** Exercises whose latest answer was a near-miss (a slip worth a look). */
  slips: string[];
  /** Epoch ms of the latest attempt, if any. */
  lastAnsweredAt?: number;
}

/** Completion threshold: a lesson counts as completed once every exercise is answered. */
export function deriveLessonProgress(lessonId: string, exerciseIds: readonly string[], attempts: readonly AttemptFacts[]): LessonProgress {
  const known = new Set(exerciseIds);
  const latest = new Map<string, AttemptFacts>();
  let lastAnsweredAt: number | undefined;
  for (const attempt of attempts) {
    if (!known.has(attempt.exerciseId)) continue; // an exercise removed from the content since
    const previous = latest.get(attempt.exerciseId);
    if (previous === undefined || attempt.answeredAt >= previous.answeredAt) latest.set(attempt.exerciseId, attempt);
    lastAnsweredAt = Math.max(lastAnsweredAt ?? 0, attempt.answeredAt);
  }
  const answered = latest.size;
  const total = exerciseIds.length;
  const scoreSum = [...latest.values()].reduce((sum, attempt) => sum + attempt.score, 0);
  const progress: LessonProgress = {
    lessonId,
    status: answered === 0 ? 'not-started' : answered === total ? 'completed' : 'in-progress',
    exercisesTotal: total,
    exercisesAnswered: answered,
    score: total === 0 ? 0 : scoreSum / total,
    toReview: exerciseIds.filter((id) => latest.get(id)?.result === 'wrong'),
    slips: exerciseIds.filter((id) => latest.get(id)?.result === 'near-miss'),
  };
  if (lastAnsweredAt !== undefined) progress.lastAnsweredAt = lastAnsweredAt;
  return progress;
}

/** The index of the first exercise not yet answered, or the length when all are answered. */
export function firstUnanswered(exerciseIds: readonly string[], attempts: readonly AttemptFacts[]): number {
  const answered = new Set(attempts.map((attempt) => attempt.exerciseId));
  const index = exerciseIds.findIndex((id) => !answered.has(id));
  return index === -1 ? exerciseIds.length : index;
}

/** A score as a whole percentage, rounded half up. */
export function toPercent(score: number): number {
  return Math.round(Math.min(1, Math.max(0, score)) * 100);
}
