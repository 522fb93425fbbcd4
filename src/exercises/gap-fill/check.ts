import { judge } from '../../domain/answers/judge';
import { combineParts, type ExerciseVerdict } from '../types';
import type { GapFillExercise, GapFillResponse } from './schema';

/** Each gap is judged by the answer judge against its accepted answers. */
export function checkGapFill(exercise: GapFillExercise, response: GapFillResponse): ExerciseVerdict {
  return combineParts(
    exercise.gaps.map((gap, index) => {
      const given = response.answers[index] ?? '';
      const verdict = judge(given, gap.accept.fr);
      return { index, result: verdict.result, given, expected: verdict.expected, issues: verdict.issues };
    }),
  );
}
