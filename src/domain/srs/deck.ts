/**
 * Which cards a learner has, and which are due. Cards come from three sources: the vocabulary of
 * the lessons the learner has studied, the items they added to their review deck (glossary
 * entries, vocabulary), and the lesson exercises they got wrong. A card's id is the content id of
 * what it asks (`v1.u00.l01.v07`, `gl.radio.0012`, `v1.u00.l01.ex05`), so the schedule follows the
 * content through typo fixes. Pure.
 */
import type { VerdictResult } from '../answers/judge';
import { deriveCardState, isDue, type CardState, type ReviewFacts } from './scheduler';

/** Where a card comes from (also what the review screen shows for it). */
export type CardSource = 'vocabulary' | 'deck' | 'exercise';

/** The attempt-log conventions of reviews: `lessonId` and `exerciseType` of a review attempt. */
export const REVIEW_LESSON_ID = 'review';
export const REVIEW_EXERCISE_TYPE = 'review';

/** A card in the learner's deck, with its derived schedule. */
export interface DeckCard {
  id: string;
  source: CardSource;
  /** When it entered the deck (epoch ms). */
  createdAt: number;
  state: CardState;
}

/** The attempt-log fields the deck needs. */
export interface DeckAttempt {
  lessonId: string;
  exerciseId: string;
  exerciseType: string;
  result: VerdictResult;
  answeredAt: number;
  durationMs: number;
}

/** What the deck is built from. */
export interface DeckSources {
  /** Vocabulary ids of the lessons studied, each with when the lesson was first studied. */
  studiedVocabulary: ReadonlyArray<{ id: string; since: number }>;
  /** Items the learner added to the review deck. */
  deckItems: ReadonlyArray<{ itemId: string; addedAt: number }>;
  /** The whole attempt log of the profile (lesson answers and reviews). */
  attempts: readonly DeckAttempt[];
}

/** Whether an attempt is a review (not a lesson, test or placement answer). */
export function isReviewAttempt(attempt: { exerciseType: string }): boolean {
  return attempt.exerciseType === REVIEW_EXERCISE_TYPE;
}

/**
 * Builds the deck: every card once (the earliest source wins for its creation date), each with its
 * state replayed from its reviews.
 */
export function buildDeck(sources: DeckSources): DeckCard[] {
  const created = new Map<string, { source: CardSource; createdAt: number }>();
  const offer = (id: string, source: CardSource, createdAt: number) => {
    const known = created.get(id);
    if (!known || createdAt < known.createdAt) created.set(id, { source: known?.source ?? source, createdAt });
  };
  for (const item of sources.deckItems) offer(item.itemId, 'deck', item.addedAt);
  for (const item of sources.studiedVocabulary) offer(item.id, 'vocabulary', item.since);
  const reviews = new Map<string, ReviewFacts[]>();
  for (const attempt of sources.attempts) {
    if (isReviewAttempt(attempt)) {
      const list = reviews.get(attempt.exerciseId) ?? [];
      list.push(attempt);
      reviews.set(attempt.exerciseId, list);
    } else if (attempt.result === 'wrong' && /\.ex\d+$/.test(attempt.exerciseId) && /^v\d\.u\d{2}\.l\d{2}$/.test(attempt.lessonId)) {
      offer(attempt.exerciseId, 'exercise', attempt.answeredAt);
    }
  }
  return [...created.entries()]
    .map(([id, { source, createdAt }]) => ({ id, source, createdAt, state: deriveCardState(createdAt, reviews.get(id) ?? []) }))
    .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
}

/** How many new cards a day a learner meets at most: more would bury them in reviews tomorrow. */
export const NEW_CARDS_PER_DAY = 20;

/** The start of the local day of `now` (epoch ms), given the time zone offset of that moment. */
export function startOfLocalDay(now: number, offsetMinutes: number): number {
  const local = now - offsetMinutes * 60_000;
  return local - (((local % 86_400_000) + 86_400_000) % 86_400_000) + offsetMinutes * 60_000;
}

/**
 * The cards to review now, in order: cards already learned that are due (most overdue first), then
 * new cards up to today's allowance. `dayStart` is the start of the learner's day (local time), so
 * the allowance counts the new cards first reviewed since then.
 */
export function dueCards(deck: readonly DeckCard[], now: number, dayStart: number, newPerDay = NEW_CARDS_PER_DAY): DeckCard[] {
  const learned = deck
    .filter((card) => card.state.status !== 'new' && isDue(card.state, now))
    .sort((a, b) => a.state.dueAt - b.state.dueAt);
  const startedToday = deck.filter((card) => card.state.reps === 1 && (card.state.lastReviewAt ?? 0) >= dayStart).length;
  const allowance = Math.max(0, newPerDay - startedToday);
  const fresh = deck.filter((card) => card.state.status === 'new' && isDue(card.state, now)).slice(0, allowance);
  return [...learned, ...fresh];
}
