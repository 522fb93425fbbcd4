import { describe, expect, test } from 'vitest';
import { deriveLessonProgress, firstUnanswered, toPercent, type AttemptFacts } from './lesson-progress';

const ids = ['v1.u00.l01.ex01', 'v1.u00.l01.ex02', 'v1.u00.l01.ex03'];
const attempt = (exerciseId: string, result: AttemptFacts['result'], score: number, answeredAt: number): AttemptFacts => ({
  exerciseId,
  result,
  score,
  answeredAt,
});

describe('deriveLessonProgress', () => {
  test('no attempts: not started, score 0', () => {
    const progress = deriveLessonProgress('v1.u00.l01', ids, []);
    expect(progress.status).toBe('not-started');
    expect(progress.score).toBe(0);
    expect(progress.exercisesAnswered).toBe(0);
    expect(progress.lastAnsweredAt).toBeUndefined();
  });

  test('some attempts: in progress, unanswered count as 0', () => {
    const progress = deriveLessonProgress('v1.u00.l01', ids, [attempt(ids[0]!, 'correct', 1, 10)]);
    expect(progress.status).toBe('in-progress');
    expect(progress.score).toBeCloseTo(1 / 3);
    expect(progress.lastAnsweredAt).toBe(10);
  });

  test('the latest attempt per exercise counts', () => {
    const progress = deriveLessonProgress('v1.u00.l01', ids, [
      attempt(ids[0]!, 'wrong', 0, 10),
      attempt(ids[0]!, 'correct', 1, 20),
      attempt(ids[1]!, 'correct', 1, 30),
      attempt(ids[1]!, 'wrong', 0, 40),
      attempt(ids[2]!, 'near-miss', 1, 50),
    ]);
    expect(progress.status).toBe('completed');
    expect(progress.score).toBeCloseTo(2 / 3);
    expect(progress.toReview).toEqual([ids[1]]);
    expect(progress.slips).toEqual([ids[2]]);
  });

  test('attempts on exercises no longer in the lesson are ignored', () => {
    const progress = deriveLessonProgress('v1.u00.l01', ids, [attempt('v1.u00.l01.ex99', 'correct', 1, 10)]);
    expect(progress.status).toBe('not-started');
  });

  test('firstUnanswered resumes at the first gap', () => {
    expect(firstUnanswered(ids, [attempt(ids[0]!, 'wrong', 0, 1)])).toBe(1);
    expect(
      firstUnanswered(
        ids,
        ids.map((id) => attempt(id, 'correct', 1, 1)),
      ),
    ).toBe(3);
  });

  test('toPercent clamps and rounds', () => {
    expect(toPercent(0.666)).toBe(67);
    expect(toPercent(1.2)).toBe(100);
    expect(toPercent(-1)).toBe(0);
  });
});
