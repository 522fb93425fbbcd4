import type { ExerciseModule } from '../types';
import { checkTrueFalse } from './check';
import { trueFalseExamples } from './examples';
import { lintTrueFalse } from './lint';
import { statementWithAnswer } from './model';
import { trueFalseResponseSchema, trueFalseSchema, type TrueFalseExercise, type TrueFalseResponse } from './schema';

export const trueFalseModule: ExerciseModule<TrueFalseExercise, TrueFalseResponse> = {
  schema: trueFalseSchema,
  responseSchema: trueFalseResponseSchema,
  check: checkTrueFalse,
  solution: (exercise) => ({ answers: exercise.statements.map((statement) => statement.answer) }),
  answerKey: (exercise) =>
    exercise.statements.map((statement, index) => `${index + 1}. ${statementWithAnswer(statement.text.fr, statement.answer)}`),
  lint: lintTrueFalse,
  examples: trueFalseExamples,
};
