import type { ExerciseModule } from '../types';
import { checkDictation } from './check';
import { dictationExamples } from './examples';
import { lintDictation } from './lint';
import { dictationResponseSchema, dictationSchema, type DictationExercise, type DictationResponse } from './schema';

export const dictationModule: ExerciseModule<DictationExercise, DictationResponse> = {
  schema: dictationSchema,
  responseSchema: dictationResponseSchema,
  check: checkDictation,
  solution: (exercise) => ({ answer: exercise.accept.fr[0] ?? '' }),
  answerKey: (exercise) => [exercise.accept.fr.join(' / ')],
  lint: lintDictation,
  examples: dictationExamples,
};
