import type { ExerciseExample } from '../types';
import type { GapFillChoiceExercise, GapFillChoiceResponse } from './schema';

export const gapFillChoiceExamples: readonly ExerciseExample<GapFillChoiceExercise, GapFillChoiceResponse>[] = [
  {
    name: 'être and porter in the present',
    exercise: {
      id: 'v1.u01.l02.ex05',
      type: 'gap-fill-choice',
      instructions: { en: 'Choose the right verb form.' },
      sentence: {
        fr: 'Le capitaine {1} au poste de contrôle. Il {2} un gilet pare-balles.',
        en: 'The captain is at the checkpoint. He is wearing a bulletproof vest.',
      },
      gaps: [
        { options: { fr: ['suis', 'es', 'est'] }, answer: 2, hint: { en: 'être' } },
        { options: { fr: ['porte', 'portes', 'portent'] }, answer: 0, hint: { en: 'porter' } },
      ],
    },
    right: [{ answers: [2, 0] }],
    wrong: [{ answers: [1, 0] }, { answers: [2, 2] }, { answers: [2, null] }, { answers: [] }],
  },
  {
    name: 'un or une before equipment',
    exercise: {
      id: 'v1.u00.l04.ex03',
      type: 'gap-fill-choice',
      instructions: { en: 'Choose the right article.' },
      sentence: {
        fr: 'Dans le véhicule, il y a {1} casque, {2} radio et {3} trousse de secours.',
        en: 'In the vehicle there is a helmet, a radio and a first-aid kit.',
      },
      gaps: [
        { options: { fr: ['un', 'une'] }, answer: 0 },
        { options: { fr: ['un', 'une'] }, answer: 1 },
        { options: { fr: ['un', 'une'] }, answer: 1 },
      ],
      explanation: { en: 'Casque is masculine (un casque); radio and trousse are feminine (une radio, une trousse).' },
    },
    right: [{ answers: [0, 1, 1] }],
    wrong: [{ answers: [0, 0, 1] }, { answers: [1, 1, 1] }, { answers: [null, null, null] }],
  },
];
