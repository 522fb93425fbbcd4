import type { ExerciseExample } from '../types';
import type { GapFillExercise, GapFillResponse } from './schema';

export const gapFillExamples: readonly ExerciseExample<GapFillExercise, GapFillResponse>[] = [
  {
    name: 'two gaps with être and s’appeler',
    exercise: {
      id: 'v1.u00.l02.ex03',
      type: 'gap-fill',
      instructions: { en: 'Complete the sentence.' },
      sentence: { fr: 'Je {1} sergent et je m’{2} Kofi.', en: 'I am a sergeant and my name is Kofi.' },
      gaps: [
        { accept: { fr: ['suis'] }, hint: { en: 'être' } },
        { accept: { fr: ['appelle'] }, hint: { en: 's’appeler' } },
      ],
    },
    right: [{ answers: ['suis', 'appelle'] }, { answers: [' Suis ', 'appelle'] }],
    wrong: [{ answers: ['es', 'appelle'] }, { answers: ['suis', ''] }, { answers: [] }],
  },
  {
    name: 'several accepted answers',
    exercise: {
      id: 'v1.u00.l02.ex04',
      type: 'gap-fill',
      instructions: { en: 'Greet the lieutenant.' },
      sentence: { fr: '{1}, mon lieutenant !' },
      gaps: [{ accept: { fr: ['Bonjour', 'Bonsoir'] } }],
    },
    right: [{ answers: ['bonsoir'] }, { answers: ['Bonjour'] }],
    wrong: [{ answers: ['Salut'] }],
  },
];
