import type { ExerciseModule } from '../types';
import { acceptedAnswers, checkTranslate } from './check';
import { translateExamples } from './examples';
import { lintTranslate } from './lint';
import { translateResponseSchema, translateSchema, type TranslateExercise, type TranslateResponse } from './schema';

export const translateModule: ExerciseModule<TranslateExercise, TranslateResponse> = {
  schema: translateSchema,
  responseSchema: translateResponseSchema,
  check: checkTranslate,
  solution: (exercise) => ({ answer: acceptedAnswers(exercise)[0] ?? '' }),
  answerKey: (exercise) => {
    const source = exercise.direction === 'en-fr' ? exercise.source.en : exercise.source.fr;
    return [`${source} → ${acceptedAnswers(exercise).join(' / ')}`];
  },
  lint: lintTranslate,
  examples: translateExamples,
};
