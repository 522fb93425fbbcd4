import type { ExerciseModule } from '../types';
import { checkMultipleChoice } from './check';
import { multipleChoiceExamples } from './examples';
import { lintMultipleChoice } from './lint';
import { multipleChoiceResponseSchema, multipleChoiceSchema, type MultipleChoiceExercise, type MultipleChoiceResponse } from './schema';

export const multipleChoiceModule: ExerciseModule<MultipleChoiceExercise, MultipleChoiceResponse> = {
  schema: multipleChoiceSchema,
  responseSchema: multipleChoiceResponseSchema,
  check: checkMultipleChoice,
  solution: (exercise) => ({ selected: [...exercise.answer] }),
  answerKey: (exercise) =>
    exercise.answer.map((optionId) => {
      const option = exercise.options.find((candidate) => candidate.id === optionId);
      return `${optionId}) ${option?.text.fr ?? option?.text.en ?? ''}`;
    }),
  lint: lintMultipleChoice,
  examples: multipleChoiceExamples,
};
