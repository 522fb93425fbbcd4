import type { ExerciseExample } from '../types';
import type { ConjugationExercise, ConjugationResponse } from './schema';

export const conjugationExamples: readonly ExerciseExample<ConjugationExercise, ConjugationResponse>[] = [
  {
    name: 'être in the present, je given as a model',
    exercise: {
      id: 'v1.u01.l02.ex04',
      type: 'conjugation',
      instructions: { en: 'Complete the table.' },
      verb: { fr: 'être', en: 'to be' },
      tense: { en: 'present' },
      cells: [
        { person: { fr: 'je' }, accept: { fr: ['suis'] }, given: true },
        { person: { fr: 'tu' }, accept: { fr: ['es'] } },
        { person: { fr: 'il/elle/on' }, accept: { fr: ['est'] } },
        { person: { fr: 'nous' }, accept: { fr: ['sommes'] } },
        { person: { fr: 'vous' }, accept: { fr: ['êtes'] } },
        { person: { fr: 'ils/elles' }, accept: { fr: ['sont'] } },
      ],
    },
    right: [
      { answers: ['', 'es', 'est', 'sommes', 'êtes', 'sont'] },
      { answers: ['', 'tu es', 'Elle est', 'nous sommes', ' vous êtes ', 'ils sont'] },
    ],
    wrong: [
      { answers: ['', 'es', 'est', 'sommes', 'êtes', 'sommes'] },
      { answers: ['', 'est', 'est', 'sommes', 'êtes', 'sont'] },
      { answers: ['', 'es', 'est', 'sommes', 'êtes', ''] },
      { answers: [] },
    ],
  },
  {
    name: 'avoir in the present, with j’ai',
    exercise: {
      id: 'v1.u01.l03.ex05',
      type: 'conjugation',
      instructions: { en: 'Write the forms of avoir. You may leave out the pronoun.' },
      verb: { fr: 'avoir', en: 'to have' },
      tense: { en: 'present' },
      cells: [
        { person: { fr: 'je' }, accept: { fr: ['ai'] } },
        { person: { fr: 'tu' }, accept: { fr: ['as'] } },
        { person: { fr: 'il/elle/on' }, accept: { fr: ['a'] } },
        { person: { fr: 'nous' }, accept: { fr: ['avons'] }, given: true },
        { person: { fr: 'vous' }, accept: { fr: ['avez'] } },
        { person: { fr: 'ils/elles' }, accept: { fr: ['ont'] } },
      ],
      explanation: { en: 'Before a vowel, je becomes j’: j’ai.' },
    },
    right: [{ answers: ['ai', 'as', 'a', '', 'avez', 'ont'] }, { answers: ["j'ai", 'tu as', 'on a', '', 'vous avez', 'elles ont'] }],
    wrong: [
      { answers: ['ai', 'a', 'a', '', 'avez', 'ont'] },
      { answers: ['ai', 'as', 'a', '', 'avons', 'ont'] },
      { answers: ['ai', 'as', 'a', '', 'avez', 'sont'] },
    ],
  },
  {
    name: 'arriver in the passé composé, with agreement',
    exercise: {
      id: 'v1.u05.l01.ex06',
      type: 'conjugation',
      instructions: { en: 'Write the passé composé of arriver. Watch the agreement.' },
      verb: { fr: 'arriver', en: 'to arrive' },
      tense: { en: 'passé composé (perfect)' },
      cells: [
        { person: { fr: 'je' }, accept: { fr: ['suis arrivé', 'suis arrivée'] } },
        { person: { fr: 'tu' }, accept: { fr: ['es arrivé', 'es arrivée'] } },
        { person: { fr: 'il' }, accept: { fr: ['est arrivé'] }, given: true },
        { person: { fr: 'elle' }, accept: { fr: ['est arrivée'] } },
        { person: { fr: 'nous' }, accept: { fr: ['sommes arrivés', 'sommes arrivées'] } },
        { person: { fr: 'ils' }, accept: { fr: ['sont arrivés'] } },
      ],
      explanation: { en: 'Arriver takes être: the participle agrees with the subject.' },
    },
    right: [
      { answers: ['suis arrivé', 'es arrivée', '', 'est arrivée', 'sommes arrivés', 'sont arrivés'] },
      { answers: ['je suis arrivée', 'tu es arrivé', '', 'elle est arrivée', 'nous sommes arrivées', 'ils sont arrivés'] },
    ],
    wrong: [
      { answers: ['suis arrivé', 'es arrivé', '', 'est arrivé', 'sommes arrivés', 'sont arrivés'] },
      { answers: ['ai arrivé', 'es arrivé', '', 'est arrivée', 'sommes arrivés', 'sont arrivés'] },
      { answers: ['suis arrivé', 'es arrivé', '', 'est arrivée', 'sommes arrivés', 'sont arrive'] },
    ],
  },
];
