import { combineParts, type ExerciseVerdict } from '../types';
import type { MinimalPairsExercise, MinimalPairsResponse } from './schema';

/** One part per item: right when the option chosen is the one the clip says. */
export function checkMinimalPairs(exercise: MinimalPairsExercise, response: MinimalPairsResponse): ExerciseVerdict {
  return combineParts(
    exercise.items.map((item, index) => {
      const chosen = response.answers[index];
      const given = chosen === null || chosen === undefined ? '' : (item.options.fr[chosen] ?? '');
      return {
        index,
        result: chosen === item.answer ? 'correct' : 'wrong',
        given,
        expected: item.options.fr[item.answer] ?? '',
        issues: [],
      };
    }),
  );
}
