import type { ExerciseExample } from '../types';
import type { ListenChooseExercise, ListenChooseResponse } from './schema';

export const listenChooseExamples: readonly ExerciseExample<ListenChooseExercise, ListenChooseResponse>[] = [
  {
    name: 'a dialogue line by ref: what does it mean?',
    exercise: {
      id: 'v1.u02.l03.ex04',
      type: 'listen-choose',
      instructions: { en: 'Listen to the soldier at the checkpoint and choose what he means.' },
      prompt: { en: 'What does the soldier ask for?' },
      ref: 'v1.u02.l03.d1.line04',
      transcript: { fr: 'Vos papiers, s’il vous plaît.', en: 'Your papers, please.' },
      options: [
        { id: 'a', text: { en: 'Your papers, please.' } },
        { id: 'b', text: { en: 'Your name, please.' } },
        { id: 'c', text: { en: 'Open the boot, please.' } },
      ],
      answer: ['a'],
    },
    right: [{ selected: ['a'] }],
    wrong: [{ selected: ['b'] }, { selected: ['c'] }, { selected: ['a', 'b'] }, { selected: [] }],
  },
  {
    name: 'a clip of its own: what was said?',
    exercise: {
      id: 'v1.u01.l04.ex06',
      type: 'listen-choose',
      instructions: { en: 'Listen to the radio check and choose what you hear.' },
      prompt: { en: 'What does the radio operator say?' },
      audio: {
        id: 'v1.u01.l04.ex06.a1',
        fr: 'Ici Alpha 2, je vous reçois cinq sur cinq.',
        en: 'This is Alpha 2, I read you loud and clear.',
      },
      options: [
        { id: 'a', text: { fr: 'Ici Alpha 2, je vous reçois cinq sur cinq.' } },
        { id: 'b', text: { fr: 'Ici Alpha 12, je vous reçois cinq sur cinq.' } },
        { id: 'c', text: { fr: 'Ici Alpha 2, je vous reçois mal.' } },
      ],
      answer: ['a'],
    },
    right: [{ selected: ['a'] }],
    wrong: [{ selected: ['b'] }, { selected: ['c'] }],
  },
];
