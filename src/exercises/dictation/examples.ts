import type { ExerciseExample } from '../types';
import type { DictationExercise, DictationResponse } from './schema';

export const dictationExamples: readonly ExerciseExample<DictationExercise, DictationResponse>[] = [
  {
    name: 'an order at the checkpoint',
    exercise: {
      id: 'v1.u02.l03.ex08',
      type: 'dictation',
      instructions: { en: 'Listen and write what the soldier says.' },
      audio: {
        id: 'v1.u02.l03.ex08.a1',
        fr: 'Arrêtez le véhicule et coupez le moteur.',
        en: 'Stop the vehicle and switch off the engine.',
      },
      accept: { fr: ['Arrêtez le véhicule et coupez le moteur.'] },
    },
    right: [
      { answer: 'Arrêtez le véhicule et coupez le moteur.' },
      { answer: 'arrêtez le véhicule et coupez le moteur' },
      { answer: ' Arrêtez  le véhicule et coupez le moteur ! ' },
    ],
    wrong: [
      { answer: 'Arrêtez la véhicule et coupez le moteur.' },
      { answer: 'Arrêtez le véhicule et coupez moteur.' },
      { answer: 'Arrêtez le véhicule et coupez le moteur tout de suite.' },
      { answer: '' },
    ],
  },
  {
    name: 'a radio check with numbers and an apostrophe',
    exercise: {
      id: 'v1.u01.l04.ex09',
      type: 'dictation',
      instructions: { en: 'Listen to the radio message and write it. Write the numbers in words.' },
      audio: { id: 'v1.u01.l04.ex09.a1', fr: 'Ici Bravo deux. Je vous reçois cinq sur cinq, à vous.' },
      accept: { fr: ['Ici Bravo deux. Je vous reçois cinq sur cinq, à vous.', 'Ici Bravo 2. Je vous reçois 5 sur 5, à vous.'] },
      hint: { en: 'Bravo is a call sign: it takes a capital.' },
    },
    right: [
      { answer: 'Ici Bravo deux. Je vous reçois cinq sur cinq, à vous.' },
      { answer: 'ici Bravo deux je vous reçois cinq sur cinq à vous' },
    ],
    wrong: [
      { answer: 'Ici Bravo deux. Je vous reçois cinq sur cinq, a vous.' },
      { answer: 'Ici Bravo deux. Je vous reçois cent sur cent, à vous.' },
    ],
  },
];
