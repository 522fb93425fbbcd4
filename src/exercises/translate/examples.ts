import type { ExerciseExample } from '../types';
import type { TranslateExercise, TranslateResponse } from './schema';

export const translateExamples: readonly ExerciseExample<TranslateExercise, TranslateResponse>[] = [
  {
    name: 'into French: a patrol time',
    exercise: {
      id: 'v1.u02.l03.ex06',
      type: 'translate',
      instructions: { en: 'Translate into French.' },
      direction: 'en-fr',
      source: { en: 'The patrol leaves at six o’clock.' },
      accept: { fr: ['La patrouille part à six heures.', 'La patrouille part à 6 heures.', 'La patrouille part à 6 h.'] },
    },
    right: [
      { answer: 'La patrouille part à six heures.' },
      { answer: 'la patrouille part à 6 heures' },
      { answer: 'La patrouille part à 6 h' },
    ],
    wrong: [
      { answer: 'Le patrouille part à six heures.' },
      { answer: 'La patrouille partent à six heures.' },
      { answer: 'La patrouille part a six heures.' },
      { answer: '' },
    ],
  },
  {
    name: 'into French: a polite order with vous',
    exercise: {
      id: 'v1.u03.l02.ex07',
      type: 'translate',
      instructions: { en: 'Translate into French.' },
      direction: 'en-fr',
      source: { en: 'Show me your papers, please.' },
      hint: { en: 'You are speaking to a civilian you do not know: use vous.' },
      accept: { fr: ['Montrez-moi vos papiers, s’il vous plaît.'] },
      explanation: { en: 'With a stranger, use vous: montrez, vos, s’il vous plaît.' },
    },
    right: [{ answer: "Montrez-moi vos papiers, s'il vous plaît." }, { answer: 'montrez-moi vos papiers s’il vous plaît' }],
    wrong: [{ answer: 'Montre-moi tes papiers, s’il te plaît.' }, { answer: 'Montrez-moi vos papiers.' }],
  },
  {
    name: 'into English: the captain is away',
    exercise: {
      id: 'v1.u02.l04.ex05',
      type: 'translate',
      instructions: { en: 'Translate into English.' },
      direction: 'fr-en',
      source: { fr: 'Le capitaine n’est pas au camp aujourd’hui.' },
      accept: {
        en: [
          'The captain is not at the camp today.',
          'The captain is not in the camp today.',
          'The captain is not at camp today.',
          'The captain is not in camp today.',
        ],
      },
    },
    right: [
      { answer: 'The captain isn’t at the camp today.' },
      { answer: 'the captain is not in camp today' },
      { answer: 'THE CAPTAIN IS NOT AT THE CAMP TODAY!' },
    ],
    wrong: [
      { answer: 'The captain is at the camp today.' },
      { answer: 'The captain is not at the camp tomorrow.' },
      { answer: 'The captains are not at the camp today.' },
      { answer: '' },
    ],
  },
  {
    name: 'into English: an incident report (B1)',
    exercise: {
      id: 'v1.u06.l02.ex08',
      type: 'translate',
      instructions: { en: 'Translate this line of the incident report into English.' },
      direction: 'fr-en',
      source: { fr: 'Un véhicule a été arrêté au poste de contrôle ce matin.' },
      hint: { en: 'poste de contrôle = checkpoint' },
      accept: {
        en: ['A vehicle was stopped at the checkpoint this morning.', 'A vehicle has been stopped at the checkpoint this morning.'],
      },
    },
    right: [
      { answer: 'A vehicle was stopped at the checkpoint this morning' },
      { answer: 'a vehicle has been stopped at the checkpoint this morning.' },
    ],
    wrong: [
      { answer: 'A vehicle was stopped at the checkpoint this evening.' },
      { answer: 'Two vehicles were stopped at the checkpoint this morning.' },
      { answer: 'A vehicle stopped at the checkpoint this morning.' },
    ],
  },
];
