import { combineParts, type ExerciseVerdict } from '../types';
import { sideText } from './model';
import type { MatchingExercise, MatchingResponse } from './schema';

/**
 * Each left item is one part. A pairing counts as right when the chosen right-hand text equals the
 * expected one, so two identical right-hand texts are interchangeable.
 */
export function checkMatching(exercise: MatchingExercise, response: MatchingResponse): ExerciseVerdict {
  return combineParts(
    exercise.pairs.map((pair, index) => {
      const chosenIndex = response.matches[index] ?? -1;
      const chosen = chosenIndex >= 0 ? exercise.pairs[chosenIndex] : undefined;
      const expected = sideText(pair.right);
      const given = chosen === undefined ? '' : sideText(chosen.right);
      return { index, result: given === expected ? 'correct' : 'wrong', given, expected, issues: [] };
    }),
  );
}
