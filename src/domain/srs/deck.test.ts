import { describe, expect, test } from 'vitest';
import { buildDeck, dueCards, isReviewAttempt, REVIEW_EXERCISE_TYPE, REVIEW_LESSON_ID, startOfLocalDay, type DeckAttempt } from './deck';

const DAY = 86_400_000;
const T0 = Date.UTC(2025, 0, 6, 8);

const review = (cardId: string, answeredAt: number, result: DeckAttempt['result'] = 'correct'): DeckAttempt => ({
  lessonId: REVIEW_LESSON_ID,
  exerciseId: cardId,
  exerciseType: REVIEW_EXERCISE_TYPE,
  result,
  answeredAt,
  durationMs: 8000,
});

describe('buildDeck', () => {
  test('cards come from studied vocabulary, the review deck and wrong lesson exercises, once each', () => {
    const deck = buildDeck({
      studiedVocabulary: [
        { id: 'v1.u00.l01.v01', since: T0 },
        { id: 'v1.u00.l01.v02', since: T0 },
      ],
      deckItems: [
        { itemId: 'gl.radio.0012', addedAt: T0 + 5 },
        { itemId: 'v1.u00.l01.v02', addedAt: T0 - 10 },
      ],
      attempts: [
        {
          lessonId: 'v1.u00.l01',
          exerciseId: 'v1.u00.l01.ex02',
          exerciseType: 'gap-fill',
          result: 'wrong',
          answeredAt: T0 + 7,
          durationMs: 1,
        },
        {
          lessonId: 'v1.u00.l01',
          exerciseId: 'v1.u00.l01.ex03',
          exerciseType: 'gap-fill',
          result: 'correct',
          answeredAt: T0 + 8,
          durationMs: 1,
        },
        {
          lessonId: 'v1.u01.test',
          exerciseId: 'v1.u01.test.ex01',
          exerciseType: 'gap-fill',
          result: 'wrong',
          answeredAt: T0,
          durationMs: 1,
        },
        { lessonId: 'placement', exerciseId: 'pl.a1.01', exerciseType: 'multiple-choice', result: 'wrong', answeredAt: T0, durationMs: 1 },
      ],
    });
    expect(deck.map((card) => [card.id, card.source, card.createdAt])).toEqual([
      ['v1.u00.l01.v02', 'deck', T0 - 10],
      ['v1.u00.l01.v01', 'vocabulary', T0],
      ['gl.radio.0012', 'deck', T0 + 5],
      ['v1.u00.l01.ex02', 'exercise', T0 + 7],
    ]);
    expect(deck.every((card) => card.state.status === 'new')).toBe(true);
  });

  test('review attempts drive each card’s schedule', () => {
    const deck = buildDeck({
      studiedVocabulary: [{ id: 'v1.u00.l01.v01', since: T0 }],
      deckItems: [],
      attempts: [review('v1.u00.l01.v01', T0 + 1000)],
    });
    expect(deck[0]?.state.reps).toBe(1);
    expect(deck[0]?.state.dueAt).toBeGreaterThan(T0 + DAY / 2);
    expect(isReviewAttempt(review('x', 1))).toBe(true);
  });
});

describe('dueCards', () => {
  const vocabulary = Array.from({ length: 30 }, (_, index) => ({ id: `v1.u00.l01.v${String(index + 1).padStart(2, '0')}`, since: T0 }));

  test('new cards are limited per day; learned cards due come first', () => {
    const deck = buildDeck({ studiedVocabulary: vocabulary, deckItems: [], attempts: [] });
    expect(dueCards(deck, T0, startOfLocalDay(T0, 0))).toHaveLength(20);
    const reviewed = vocabulary.slice(0, 5).map((item, index) => review(item.id, T0 + index, 'wrong'));
    const deckAfter = buildDeck({ studiedVocabulary: vocabulary, deckItems: [], attempts: reviewed });
    // Today: five new cards already started, so fifteen more new ones; the five failed are not due yet.
    const today = dueCards(deckAfter, T0 + 60_000, startOfLocalDay(T0, 0));
    expect(today).toHaveLength(15);
    // The next day: the five failed cards come first, then twenty new ones.
    const tomorrow = T0 + DAY + 60_000;
    const next = dueCards(deckAfter, tomorrow, startOfLocalDay(tomorrow, 0));
    expect(next.slice(0, 5).map((card) => card.id)).toEqual(vocabulary.slice(0, 5).map((item) => item.id));
    expect(next).toHaveLength(25);
  });

  test('startOfLocalDay follows the time zone', () => {
    expect(startOfLocalDay(Date.UTC(2025, 0, 6, 23, 30), 0)).toBe(Date.UTC(2025, 0, 6));
    // UTC+2 (offset -120): 23:30 UTC is 01:30 local on the 7th.
    expect(startOfLocalDay(Date.UTC(2025, 0, 6, 23, 30), -120)).toBe(Date.UTC(2025, 0, 6, 22));
  });
});
