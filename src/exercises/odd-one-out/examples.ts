import type { ExerciseExample } from '../types';
import type { OddOneOutExercise, OddOneOutResponse } from './schema';

export const oddOneOutExamples: readonly ExerciseExample<OddOneOutExercise, OddOneOutResponse>[] = [
  {
    name: 'ranks and a helmet',
    exercise: {
      id: 'v1.u01.l01.ex07',
      type: 'odd-one-out',
      instructions: { en: 'Which word does not belong?' },
      options: [
        { id: 'a', text: { fr: 'sergent', en: 'sergeant' } },
        { id: 'b', text: { fr: 'capitaine', en: 'captain' } },
        { id: 'c', text: { fr: 'casque', en: 'helmet' } },
        { id: 'd', text: { fr: 'lieutenant', en: 'lieutenant' } },
        { id: 'e', text: { fr: 'caporal', en: 'corporal' } },
      ],
      answer: 'c',
      explanation: { en: 'Casque (helmet) is a piece of equipment; the others are ranks.' },
    },
    right: [{ selected: 'c' }],
    wrong: [{ selected: 'a' }, { selected: 'e' }, { selected: null }, { selected: 'z' }],
  },
  {
    name: 'numbers and a day',
    exercise: {
      id: 'v1.u00.l03.ex06',
      type: 'odd-one-out',
      instructions: { en: 'Find the odd one out.' },
      options: [
        { id: 'a', text: { fr: 'douze' } },
        { id: 'b', text: { fr: 'quinze' } },
        { id: 'c', text: { fr: 'vingt' } },
        { id: 'd', text: { fr: 'mardi' } },
      ],
      answer: 'd',
      explanation: { en: 'Mardi (Tuesday) is a day of the week; douze, quinze and vingt are numbers (12, 15, 20).' },
    },
    right: [{ selected: 'd' }],
    wrong: [{ selected: 'b' }, { selected: null }],
  },
];
