import type { ExerciseModule } from '../types';
import { checkOddOneOut } from './check';
import { oddOneOutExamples } from './examples';
import { lintOddOneOut } from './lint';
import { optionText } from './model';
import { oddOneOutResponseSchema, oddOneOutSchema, type OddOneOutExercise, type OddOneOutResponse } from './schema';

export const oddOneOutModule: ExerciseModule<OddOneOutExercise, OddOneOutResponse> = {
  schema: oddOneOutSchema,
  responseSchema: oddOneOutResponseSchema,
  check: checkOddOneOut,
  solution: (exercise) => ({ selected: exercise.answer }),
  answerKey: (exercise) => [`${exercise.answer}) ${optionText(exercise, exercise.answer)}`],
  lint: lintOddOneOut,
  examples: oddOneOutExamples,
};
