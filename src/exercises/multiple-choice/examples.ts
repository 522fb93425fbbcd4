import type { ExerciseExample } from '../types';
import type { MultipleChoiceExercise, MultipleChoiceResponse } from './schema';

export const multipleChoiceExamples: readonly ExerciseExample<MultipleChoiceExercise, MultipleChoiceResponse>[] = [
  {
    name: 'one right answer',
    exercise: {
      id: 'v1.u00.l01.ex01',
      type: 'multiple-choice',
      instructions: { en: 'Choose the right answer.' },
      prompt: { en: 'How do you greet an officer in the morning?' },
      options: [
        { id: 'a', text: { fr: 'Bonjour, mon capitaine.' } },
        { id: 'b', text: { fr: 'Salut !' } },
        { id: 'c', text: { fr: 'Bonne nuit, capitaine.' } },
      ],
      answer: ['a'],
    },
    right: [{ selected: ['a'] }],
    wrong: [{ selected: ['b'] }, { selected: ['a', 'b'] }, { selected: [] }],
  },
  {
    name: 'several right answers',
    exercise: {
      id: 'v1.u00.l01.ex02',
      type: 'multiple-choice',
      instructions: { en: 'Choose every polite way to say goodbye.' },
      prompt: { en: 'Goodbye (polite)' },
      options: [
        { id: 'a', text: { fr: 'Au revoir, madame.' } },
        { id: 'b', text: { fr: 'Bonne journée !' } },
        { id: 'c', text: { fr: 'Bonjour !' } },
      ],
      answer: ['a', 'b'],
    },
    right: [{ selected: ['b', 'a'] }],
    wrong: [{ selected: ['a'] }, { selected: ['a', 'b', 'c'] }],
  },
];
