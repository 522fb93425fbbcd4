import type { ExerciseModule } from '../types';
import { clipSource } from './audio';
import { checkListenChoose, listenOptionText } from './check';
import { listenChooseExamples } from './examples';
import { lintListenChoose } from './lint';
import { listenChooseResponseSchema, listenChooseSchema, type ListenChooseExercise, type ListenChooseResponse } from './schema';

export const listenChooseModule: ExerciseModule<ListenChooseExercise, ListenChooseResponse> = {
  schema: listenChooseSchema,
  responseSchema: listenChooseResponseSchema,
  check: checkListenChoose,
  solution: (exercise) => ({ selected: [...exercise.answer] }),
  answerKey: (exercise) => [
    ...exercise.answer.map((optionId) => `${optionId}) ${listenOptionText(exercise, optionId)}`),
    `(${clipSource(exercise)?.fr ?? ''})`,
  ],
  lint: lintListenChoose,
  examples: listenChooseExamples,
};
