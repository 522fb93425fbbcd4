import { combineParts, type ExerciseVerdict } from '../types';
import { statementWithAnswer } from './model';
import type { TrueFalseExercise, TrueFalseResponse } from './schema';

/**
 * Each statement is one part. `given` and `expected` repeat the statement so that the feedback
 * list says which statement was missed (`Moussa est capitaine. — faux`), not just "faux".
 */
export function checkTrueFalse(exercise: TrueFalseExercise, response: TrueFalseResponse): ExerciseVerdict {
  return combineParts(
    exercise.statements.map((statement, index) => {
      const given = response.answers[index] ?? null;
      return {
        index,
        result: given === statement.answer ? 'correct' : 'wrong',
        given: given === null ? '' : statementWithAnswer(statement.text.fr, given),
        expected: statementWithAnswer(statement.text.fr, statement.answer),
        issues: [],
      };
    }),
  );
}
