import type { WordOrderExercise } from './schema';

/** Pure helpers of the word-order type, kept apart from the zod schema so views ship without zod. */

/** Every chip the learner sees: the sentence's chips, then the distractors. */
export function allChips(exercise: WordOrderExercise): string[] {
  return [...exercise.chips.fr, ...(exercise.distractors?.fr ?? [])];
}

/** Joins chips as a sentence: a space between words, none after an apostrophe. */
export function joinChips(chips: readonly string[]): string {
  return chips.reduce((sentence, chip) => {
    if (sentence === '') return chip;
    return /['’]$/.test(sentence) ? sentence + chip : `${sentence} ${chip}`;
  }, '');
}
