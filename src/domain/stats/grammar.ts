/**
 * The weakest grammar points. Exercises are not tagged with grammar points, so an exercise counts
 * for every grammar point its lesson teaches: a rough but honest signal, good enough to say
 * "revise this" (the lesson's grammar section is one tap away). Pure.
 */
import type { VerdictResult } from '../answers/judge';

/** A grammar point as the lesson gives it. */
export interface GrammarPoint {
  id: string;
  lessonId: string;
  /** The title, as authored (shown as is). */
  title: string;
}

/** How a grammar point fares: the share of wrong latest answers among its lesson's exercises. */
export interface GrammarScore {
  point: GrammarPoint;
  answered: number;
  wrong: number;
  /** wrong / answered, 0..1 */
  errorRate: number;
}

/**
 * Scores grammar points from lesson answers (the latest answer to each exercise counts, so a
 * corrected mistake stops counting) and returns those with at least `minAnswered` answers and
 * some errors, weakest first.
 */
export function weakestGrammar(
  attempts: readonly { lessonId: string; exerciseId: string; result: VerdictResult; answeredAt: number }[],
  points: readonly GrammarPoint[],
  minAnswered = 3,
): GrammarScore[] {
  const latest = new Map<string, { lessonId: string; result: VerdictResult; answeredAt: number }>();
  for (const attempt of attempts) {
    const previous = latest.get(attempt.exerciseId);
    if (!previous || attempt.answeredAt >= previous.answeredAt) latest.set(attempt.exerciseId, attempt);
  }
  const perLesson = new Map<string, { answered: number; wrong: number }>();
  for (const attempt of latest.values()) {
    const entry = perLesson.get(attempt.lessonId) ?? { answered: 0, wrong: 0 };
    entry.answered += 1;
    if (attempt.result === 'wrong') entry.wrong += 1;
    perLesson.set(attempt.lessonId, entry);
  }
  return points
    .map((point) => {
      const { answered, wrong } = perLesson.get(point.lessonId) ?? { answered: 0, wrong: 0 };
      return { point, answered, wrong, errorRate: answered === 0 ? 0 : wrong / answered };
    })
    .filter((score) => score.answered >= minAnswered && score.wrong > 0)
    .sort((a, b) => b.errorRate - a.errorRate || b.wrong - a.wrong || a.point.id.localeCompare(b.point.id));
}
