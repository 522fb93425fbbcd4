import type { ExerciseExample } from '../types';
import type { MatchingExercise, MatchingResponse } from './schema';

export const matchingExamples: readonly ExerciseExample<MatchingExercise, MatchingResponse>[] = [
  {
    name: 'greetings and their meaning',
    exercise: {
      id: 'v1.u00.l01.ex05',
      type: 'matching',
      instructions: { en: 'Match each French expression with its meaning.' },
      pairs: [
        { left: { fr: 'Bonjour' }, right: { en: 'Hello' } },
        { left: { fr: 'Au revoir' }, right: { en: 'Goodbye' } },
        { left: { fr: 'Merci' }, right: { en: 'Thank you' } },
        { left: { fr: 'Bonsoir' }, right: { en: 'Good evening' } },
      ],
    },
    right: [{ matches: [0, 1, 2, 3] }],
    wrong: [{ matches: [1, 0, 2, 3] }, { matches: [0, 1, 2, -1] }, { matches: [] }],
  },
];
