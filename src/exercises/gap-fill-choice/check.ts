import { combineParts, type ExerciseVerdict } from '../types';
import { keyOption } from './model';
import type { GapFillChoiceExercise, GapFillChoiceResponse } from './schema';

/** Each gap is one part: right when the chosen option is the key (by index: options are unique). */
export function checkGapFillChoice(exercise: GapFillChoiceExercise, response: GapFillChoiceResponse): ExerciseVerdict {
  return combineParts(
    exercise.gaps.map((gap, index) => {
      const chosen = response.answers[index] ?? null;
      const inRange = chosen !== null && chosen < gap.options.fr.length;
      return {
        index,
        result: inRange && chosen === gap.answer ? 'correct' : 'wrong',
        given: chosen === null ? '' : (gap.options.fr[chosen] ?? ''),
        expected: keyOption(gap),
        issues: [],
      };
    }),
  );
}
