import { describe, expect, test } from 'vitest';
import { deriveCardState, gradeFromVerdict, isDue, isKnown, EASY_ANSWER_MS } from './scheduler';

const DAY = 86_400_000;
const T0 = Date.UTC(2025, 0, 6, 8);

describe('gradeFromVerdict', () => {
  test.each([
    ['correct', 2000, 'easy'],
    ['correct', EASY_ANSWER_MS + 1, 'good'],
    ['correct', 0, 'good'],
    ['near-miss', 1000, 'hard'],
    ['wrong', 1000, 'again'],
  ] as const)('%s in %i ms → %s', (result, durationMs, grade) => {
    expect(gradeFromVerdict(result, durationMs)).toBe(grade);
  });
});

describe('deriveCardState', () => {
  test('a new card is due when it enters the deck', () => {
    const state = deriveCardState(T0, []);
    expect(state.status).toBe('new');
    expect(state.dueAt).toBe(T0);
    expect(isDue(state, T0)).toBe(true);
    expect(isDue(state, T0 - 1)).toBe(false);
  });

  test('a good answer schedules the card days later; a wrong one brings it back the next day', () => {
    const good = deriveCardState(T0, [{ result: 'correct', answeredAt: T0 + 1000, durationMs: 9000 }]);
    expect(good.status).toBe('review');
    expect(good.dueAt).toBeGreaterThanOrEqual(T0 + DAY);
    expect(isDue(good, T0 + 2000)).toBe(false);
    const again = deriveCardState(T0, [{ result: 'wrong', answeredAt: T0 + 1000, durationMs: 9000 }]);
    expect(again.dueAt).toBeGreaterThan(T0 + 1000);
    expect(again.dueAt).toBeLessThanOrEqual(T0 + 1000 + DAY);
    expect(good.dueAt).toBeGreaterThanOrEqual(again.dueAt);
  });

  test('easy schedules later than good, good later than hard', () => {
    const at = (result: 'correct' | 'near-miss', durationMs: number) => deriveCardState(T0, [{ result, answeredAt: T0, durationMs }]).dueAt;
    expect(at('correct', 1000)).toBeGreaterThan(at('correct', 9000));
    expect(at('correct', 9000)).toBeGreaterThanOrEqual(at('near-miss', 9000));
  });

  test('the replay is deterministic and independent of storage order', () => {
    const reviews = [
      { result: 'correct' as const, answeredAt: T0, durationMs: 8000 },
      { result: 'wrong' as const, answeredAt: T0 + 3 * DAY, durationMs: 8000 },
      { result: 'correct' as const, answeredAt: T0 + 4 * DAY, durationMs: 8000 },
    ];
    const forward = deriveCardState(T0, reviews);
    expect(deriveCardState(T0, [...reviews].reverse())).toEqual(forward);
    expect(forward.reps).toBe(3);
    expect(forward.lapses).toBe(1);
    expect(forward.lastReviewAt).toBe(T0 + 4 * DAY);
  });

  test('repeated good reviews grow stability until the word counts as known', () => {
    const reviews = [];
    let state = deriveCardState(T0, []);
    for (let i = 0; i < 6; i += 1) {
      reviews.push({ result: 'correct' as const, answeredAt: Math.max(state.dueAt, T0), durationMs: 8000 });
      state = deriveCardState(T0, reviews);
    }
    expect(state.stabilityDays).toBeGreaterThan(7);
    expect(isKnown(state)).toBe(true);
    expect(isKnown(deriveCardState(T0, []))).toBe(false);
  });
});
