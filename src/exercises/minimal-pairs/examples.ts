import type { ExerciseExample } from '../types';
import type { MinimalPairsExercise, MinimalPairsResponse } from './schema';

export const minimalPairsExamples: readonly ExerciseExample<MinimalPairsExercise, MinimalPairsResponse>[] = [
  {
    name: 'u / ou and le / les',
    exercise: {
      id: 'v1.u03.l02.ex05',
      type: 'minimal-pairs',
      instructions: { en: 'Listen. Which word do you hear?' },
      items: [
        { audio: { id: 'v1.u03.l02.ex05.a1', fr: 'dessous' }, options: { fr: ['dessus', 'dessous'] }, answer: 1 },
        { audio: { id: 'v1.u03.l02.ex05.a2', fr: 'le poste' }, options: { fr: ['le poste', 'les postes'] }, answer: 0 },
        { audio: { id: 'v1.u03.l02.ex05.a3', fr: 'la roue' }, options: { fr: ['la rue', 'la roue'] }, answer: 1 },
        { audio: { id: 'v1.u03.l02.ex05.a4', fr: 'poisson' }, options: { fr: ['poisson', 'poison'] }, answer: 0 },
      ],
      explanation: { en: 'u (dessus, rue) is said with rounded lips and the tongue forward; ou (dessous, roue) with the tongue back.' },
    },
    right: [{ answers: [1, 0, 1, 0] }],
    wrong: [{ answers: [0, 0, 1, 0] }, { answers: [1, 0, 1, null] }, { answers: [] }],
  },
  {
    name: 'nasal vowels, with three options',
    exercise: {
      id: 'v1.u01.l05.ex07',
      type: 'minimal-pairs',
      instructions: { en: 'Listen to the nasal vowel. Which word do you hear?' },
      items: [
        { audio: { id: 'v1.u01.l05.ex07.a1', fr: 'vingt' }, options: { fr: ['vingt', 'vent'] }, answer: 0 },
        { audio: { id: 'v1.u01.l05.ex07.a2', fr: 'bon' }, options: { fr: ['bain', 'banc', 'bon'] }, answer: 2 },
        { audio: { id: 'v1.u01.l05.ex07.a3', fr: 'lent' }, options: { fr: ['long', 'lent'] }, answer: 1 },
      ],
    },
    right: [{ answers: [0, 2, 1] }],
    wrong: [{ answers: [0, 1, 1] }, { answers: [1, 2, 1] }, { answers: [null, null, null] }],
  },
];
