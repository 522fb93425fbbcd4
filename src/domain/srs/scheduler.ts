/**
 * Spaced repetition with FSRS (the `ts-fsrs` package). A card's state is never stored: it is
 * replayed from the review attempts in the log, oldest first, so it survives export and import and
 * can be rebuilt after any change of parameters. Pure: time is a parameter, fuzz is off (the same
 * log always gives the same schedule) and the short-term learning steps are off (a learner studies
 * in short daily sessions: a card failed today comes back tomorrow, not in ten minutes).
 */
import { createEmptyCard, fsrs, Rating, State, type Card, type Grade } from 'ts-fsrs';
import type { VerdictResult } from '../answers/judge';

/** One review of one card, as the attempt log records it. */
export interface ReviewFacts {
  result: VerdictResult;
  /** Epoch milliseconds. */
  answeredAt: number;
  durationMs: number;
}

/** The grades a review can earn, named as FSRS names them. */
export type ReviewGrade = 'again' | 'hard' | 'good' | 'easy';

/** A correct answer given faster than this earns "easy". */
export const EASY_ANSWER_MS = 6000;

/** A card counts as a "known word" once its stability (days until recall drops to 90%) reaches this. */
export const KNOWN_STABILITY_DAYS = 7;

/** The FSRS state of a card, in plain numbers so it can be shown and tested. */
export interface CardState {
  /** Epoch ms when the card is next due; a new card is due when it was created. */
  dueAt: number;
  /** Days; 0 for a new card. */
  stabilityDays: number;
  difficulty: number;
  reps: number;
  lapses: number;
  status: 'new' | 'learning' | 'review' | 'relearning';
  /** Epoch ms of the latest review, if any. */
  lastReviewAt?: number;
}

const scheduler = fsrs({ enable_fuzz: false, enable_short_term: false });

/** The grade a verdict earns: correct → good (easy if fast), near-miss → hard, wrong → again. */
export function gradeFromVerdict(result: VerdictResult, durationMs: number): ReviewGrade {
  if (result === 'wrong') return 'again';
  if (result === 'near-miss') return 'hard';
  return durationMs > 0 && durationMs < EASY_ANSWER_MS ? 'easy' : 'good';
}

const RATINGS: Record<ReviewGrade, Grade> = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy };
const STATUSES: Record<State, CardState['status']> = {
  [State.New]: 'new',
  [State.Learning]: 'learning',
  [State.Review]: 'review',
  [State.Relearning]: 'relearning',
};

function toState(card: Card): CardState {
  const state: CardState = {
    dueAt: card.due.getTime(),
    stabilityDays: card.stability,
    difficulty: card.difficulty,
    reps: card.reps,
    lapses: card.lapses,
    status: STATUSES[card.state],
  };
  if (card.last_review) state.lastReviewAt = card.last_review.getTime();
  return state;
}

/**
 * Replays a card's reviews through FSRS. `createdAt` is when the card entered the deck (a new card
 * is due from then); reviews are sorted by time first, so the order they were stored in does not
 * matter (an imported log is merged in any order).
 */
export function deriveCardState(createdAt: number, reviews: readonly ReviewFacts[]): CardState {
  let card = createEmptyCard(new Date(createdAt));
  const ordered = [...reviews].sort((a, b) => a.answeredAt - b.answeredAt);
  for (const review of ordered) {
    const grade = RATINGS[gradeFromVerdict(review.result, review.durationMs)];
    card = scheduler.next(card, new Date(Math.max(review.answeredAt, createdAt)), grade).card;
  }
  return toState(card);
}

/** Whether a card is due at `now`. */
export function isDue(state: CardState, now: number): boolean {
  return state.dueAt <= now;
}

/** Whether a card counts as known (see {@link KNOWN_STABILITY_DAYS}). */
export function isKnown(state: CardState): boolean {
  return state.status !== 'new' && state.stabilityDays >= KNOWN_STABILITY_DAYS;
}
