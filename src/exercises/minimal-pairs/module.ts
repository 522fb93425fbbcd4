import type { ExerciseModule } from '../types';
import { checkMinimalPairs } from './check';
import { minimalPairsExamples } from './examples';
import { lintMinimalPairs } from './lint';
import { minimalPairsResponseSchema, minimalPairsSchema, type MinimalPairsExercise, type MinimalPairsResponse } from './schema';

export const minimalPairsModule: ExerciseModule<MinimalPairsExercise, MinimalPairsResponse> = {
  schema: minimalPairsSchema,
  responseSchema: minimalPairsResponseSchema,
  check: checkMinimalPairs,
  solution: (exercise) => ({ answers: exercise.items.map((item) => item.answer) }),
  answerKey: (exercise) =>
    exercise.items.map((item, index) => `${index + 1}. ${item.options.fr[item.answer] ?? ''} (${item.options.fr.join(' / ')})`),
  lint: lintMinimalPairs,
  examples: minimalPairsExamples,
};
