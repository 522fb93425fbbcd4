import { judge } from '../../domain/answers/judge';
import { combineParts, type ExerciseVerdict } from '../types';
import { acceptedForLine, learnerLines } from './model';
import type { RolePlayExercise, RolePlayResponse } from './schema';

/**
 * One part per learner turn. In `choose` mode the option chosen must be the line itself; in `type`
 * mode the typed line is judged by the answer judge against the accepted forms.
 */
export function checkRolePlay(exercise: RolePlayExercise, response: RolePlayResponse): ExerciseVerdict {
  return combineParts(
    learnerLines(exercise).map((line, index) => {
      const given = response.answers[index] ?? '';
      if (exercise.mode === 'choose') {
        const right = given.normalize('NFC').trim() === line.fr.normalize('NFC').trim();
        return { index, result: right ? 'correct' : 'wrong', given, expected: line.fr, issues: [] };
      }
      const verdict = judge(given, acceptedForLine(line));
      return { index, result: verdict.result, given, expected: verdict.expected, issues: verdict.issues };
    }),
  );
}
