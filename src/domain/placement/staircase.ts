/**
 * The adaptive placement test: a staircase over the CEFR bands A1 → A2 → B1. The learner starts at
 * A1; two right answers in a row at a band move them up, a wrong answer moves them down. Each item
 * is taken from the current band, in the skill asked least so far (listening, reading, grammar,
 * vocabulary), so every skill is sampled. The test stops after {@link PLACEMENT_LENGTH} items
 * (about fifteen minutes) or when the bank runs out. Pure: the choice among equals uses a seeded rng.
 */
import type { Rng } from '../../lib/rng';

/** The bands the test places in. */
export const PLACEMENT_LEVELS = ['A1', 'A2', 'B1'] as const;
export type PlacementLevel = (typeof PLACEMENT_LEVELS)[number];

/** The skills the test samples. */
export const PLACEMENT_SKILLS = ['listening', 'reading', 'grammar', 'vocabulary'] as const;
export type PlacementSkill = (typeof PLACEMENT_SKILLS)[number];

/** Number of items in a sitting: about 15 minutes at 30–60 seconds an item. */
export const PLACEMENT_LENGTH = 24;

/** An item of the bank as the staircase sees it. */
export interface PlacementItemFacts {
  id: string;
  level: PlacementLevel;
  skill: PlacementSkill;
}

/** One answered item. `right` is true for a correct answer or a near-miss. */
export interface PlacementAnswer {
  itemId: string;
  level: PlacementLevel;
  skill: PlacementSkill;
  right: boolean;
}

/** The band the next item comes from, replaying the staircase over the answers so far. */
export function currentLevelIndex(answers: readonly PlacementAnswer[]): number {
  let index = 0;
  let streak = 0;
  for (const answer of answers) {
    if (answer.right) {
      streak += 1;
      if (streak >= 2) {
        index = Math.min(PLACEMENT_LEVELS.length - 1, index + 1);
        streak = 0;
      }
    } else {
      index = Math.max(0, index - 1);
      streak = 0;
    }
  }
  return index;
}

/**
 * The next item to ask, or undefined when the sitting is over. When the current band has no item
 * left, the nearest band that has one is used.
 */
export function nextPlacementItem<T extends PlacementItemFacts>(
  bank: readonly T[],
  answers: readonly PlacementAnswer[],
  rng: Rng,
  length = PLACEMENT_LENGTH,
): T | undefined {
  if (answers.length >= length) return undefined;
  const asked = new Set(answers.map((answer) => answer.itemId));
  const remaining = bank.filter((item) => !asked.has(item.id));
  if (remaining.length === 0) return undefined;
  const wanted = currentLevelIndex(answers);
  const byDistance = [...PLACEMENT_LEVELS.keys()].sort((a, b) => Math.abs(a - wanted) - Math.abs(b - wanted) || a - b);
  for (const levelIndex of byDistance) {
    const level = PLACEMENT_LEVELS[levelIndex];
    const candidates = remaining.filter((item) => item.level === level);
    if (candidates.length === 0) continue;
    const askedPerSkill = (skill: PlacementSkill) => answers.filter((answer) => answer.skill === skill).length;
    const fewest = Math.min(...candidates.map((item) => askedPerSkill(item.skill)));
    const pool = candidates.filter((item) => askedPerSkill(item.skill) === fewest);
    return pool[Math.floor(rng() * pool.length)] ?? pool[0];
  }
  return undefined;
}

/** Right answers out of asked ones. */
export interface Tally {
  asked: number;
  right: number;
}

/** Why a start is recommended (the screen words it). */
export type PlacementReason = 'beginner' | 'some-a1' | 'mastered-A1' | 'mastered-A2' | 'mastered-B1';

/** The outcome of a sitting. */
export interface PlacementOutcome {
  byLevel: Record<PlacementLevel, Tally>;
  bySkill: Record<PlacementSkill, Tally>;
  /** The highest band mastered (at least 3 items, 70% right), if any. */
  masteredLevel: PlacementLevel | undefined;
  reason: PlacementReason;
}

/** A band is mastered with at least this many items asked and this share right. */
export const MASTERY = { minAsked: 3, minShare: 0.7 } as const;

const tally = (answers: readonly PlacementAnswer[]): Tally => ({
  asked: answers.length,
  right: answers.filter((answer) => answer.right).length,
});

/** Scores a sitting: per band, per skill, the band mastered and the reason for the recommendation. */
export function scorePlacement(answers: readonly PlacementAnswer[]): PlacementOutcome {
  const byLevel = Object.fromEntries(
    PLACEMENT_LEVELS.map((level) => [level, tally(answers.filter((answer) => answer.level === level))]),
  ) as Record<PlacementLevel, Tally>;
  const bySkill = Object.fromEntries(
    PLACEMENT_SKILLS.map((skill) => [skill, tally(answers.filter((answer) => answer.skill === skill))]),
  ) as Record<PlacementSkill, Tally>;
  const mastered = (level: PlacementLevel) =>
    byLevel[level].asked >= MASTERY.minAsked && byLevel[level].right / byLevel[level].asked >= MASTERY.minShare;
  const masteredLevel = [...PLACEMENT_LEVELS].reverse().find(mastered);
  const a1 = byLevel.A1;
  const reason: PlacementReason =
    masteredLevel !== undefined
      ? `mastered-${masteredLevel}`
      : a1.asked >= MASTERY.minAsked && a1.right / a1.asked >= 0.5
        ? 'some-a1'
        : 'beginner';
  return { byLevel, bySkill, masteredLevel, reason };
}
