import type { ExerciseExample } from '../types';
import type { WordOrderExercise, WordOrderResponse } from './schema';

export const wordOrderExamples: readonly ExerciseExample<WordOrderExercise, WordOrderResponse>[] = [
  {
    name: 'a short introduction',
    exercise: {
      id: 'v1.u00.l01.ex07',
      type: 'word-order',
      instructions: { en: 'Put the words in order.' },
      prompt: { en: 'My name is Amina Diallo.' },
      chips: { fr: ['Je', 'm’appelle', 'Amina', 'Diallo.'] },
      accept: { fr: ['Je m’appelle Amina Diallo.'] },
    },
    right: [{ order: [0, 1, 2, 3] }],
    wrong: [{ order: [1, 0, 2, 3] }, { order: [0, 1, 2] }],
  },
  {
    name: 'with a distractor chip',
    exercise: {
      id: 'v1.u00.l01.ex08',
      type: 'word-order',
      instructions: { en: 'Put the words in order. One word is not needed.' },
      prompt: { en: 'Where is the command post?' },
      chips: { fr: ['Où', 'est', 'le', 'poste', 'de', 'commandement ?'] },
      distractors: { fr: ['la'] },
      accept: { fr: ['Où est le poste de commandement ?'] },
    },
    right: [{ order: [0, 1, 2, 3, 4, 5] }],
    wrong: [{ order: [0, 1, 6, 3, 4, 5] }, { order: [1, 0, 2, 3, 4, 5] }],
  },
];
