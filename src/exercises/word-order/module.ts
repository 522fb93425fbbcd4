import type { ExerciseModule } from '../types';
import { checkWordOrder } from './check';
import { wordOrderExamples } from './examples';
import { lintWordOrder } from './lint';
import { wordOrderResponseSchema, wordOrderSchema, type WordOrderExercise, type WordOrderResponse } from './schema';

export const wordOrderModule: ExerciseModule<WordOrderExercise, WordOrderResponse> = {
  schema: wordOrderSchema,
  responseSchema: wordOrderResponseSchema,
  check: checkWordOrder,
  solution: (exercise) => ({ order: exercise.chips.fr.map((_, index) => index) }),
  answerKey: (exercise) => [...exercise.accept.fr],
  lint: lintWordOrder,
  examples: wordOrderExamples,
};
