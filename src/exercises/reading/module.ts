import type { ExerciseModule } from '../types';
import { checkReading } from './check';
import { readingExamples } from './examples';
import { lintReading } from './lint';
import { modelAnswer, optionText, truthText } from './model';
import { readingResponseSchema, readingSchema, type ReadingExercise, type ReadingResponse } from './schema';

export const readingModule: ExerciseModule<ReadingExercise, ReadingResponse> = {
  schema: readingSchema,
  responseSchema: readingResponseSchema,
  check: checkReading,
  solution: (exercise) => ({ answers: exercise.questions.map(modelAnswer) }),
  answerKey: (exercise) =>
    exercise.questions.map((question, index) => {
      const number = `${index + 1}.`;
      switch (question.kind) {
        case 'choice':
          return `${number} ${question.answer.map((optionId) => `${optionId}) ${optionText(question, optionId)}`).join(' / ')}`;
        case 'true-false':
          return `${number} ${truthText(question.answer)} — ${question.statement.fr}`;
        case 'short':
          return `${number} ${question.accept.fr.join(' / ')}`;
      }
    }),
  lint: lintReading,
  examples: readingExamples,
};
