import type { ExerciseExample } from '../types';
import type { TrueFalseExercise, TrueFalseResponse } from './schema';

export const trueFalseExamples: readonly ExerciseExample<TrueFalseExercise, TrueFalseResponse>[] = [
  {
    name: 'a sergeant introduces himself',
    exercise: {
      id: 'v1.u00.l02.ex06',
      type: 'true-false',
      instructions: { en: 'Read the text. True or false?' },
      text: {
        fr: 'Je m’appelle Moussa Diallo. Je suis sergent dans l’armée sénégalaise. Je travaille au poste de contrôle numéro trois, près de l’aéroport. Je parle wolof, français et un peu anglais.',
        en: 'My name is Moussa Diallo. I am a sergeant in the Senegalese army. I work at checkpoint number three, near the airport. I speak Wolof, French and a little English.',
      },
      statements: [
        { text: { fr: 'Moussa est sergent.', en: 'Moussa is a sergeant.' }, answer: true },
        {
          text: { fr: 'Il travaille à l’hôpital.', en: 'He works at the hospital.' },
          answer: false,
          justification: { en: 'He works at checkpoint number three: « au poste de contrôle numéro trois ».' },
        },
        { text: { fr: 'Le poste de contrôle est près de l’aéroport.', en: 'The checkpoint is near the airport.' }, answer: true },
        {
          text: { fr: 'Il parle très bien anglais.', en: 'He speaks English very well.' },
          answer: false,
          justification: { en: 'He speaks only a little English: « un peu anglais ».' },
        },
      ],
    },
    right: [{ answers: [true, false, true, false] }],
    wrong: [{ answers: [true, true, true, false] }, { answers: [true, false, true, null] }, { answers: [] }],
  },
  {
    name: 'at the checkpoint in the evening',
    exercise: {
      id: 'v1.u01.l03.ex04',
      type: 'true-false',
      instructions: { en: 'Read the conversation at the checkpoint. True or false?' },
      text: {
        fr: '— Bonsoir. Vos papiers, s’il vous plaît.\n— Voilà mon passeport.\n— Merci. Où allez-vous ?\n— Je vais à Bangui, chez ma sœur.\n— D’accord. Bonne route !',
      },
      statements: [
        {
          text: { fr: 'C’est le matin.' },
          answer: false,
          justification: { en: 'The soldier says « Bonsoir »: it is the evening.' },
        },
        { text: { fr: 'Le soldat demande les papiers.' }, answer: true },
        {
          text: { fr: 'Le voyageur donne sa carte d’identité.' },
          answer: false,
          justification: { en: 'He gives his passport: « Voilà mon passeport ».' },
        },
        { text: { fr: 'Le voyageur va à Bangui.' }, answer: true },
      ],
      explanation: { en: '« Bonsoir » is the greeting for the evening; « Bonne route ! » wishes a good journey.' },
    },
    right: [{ answers: [false, true, false, true] }],
    wrong: [{ answers: [true, true, false, true] }, { answers: [false, true, true, true] }, { answers: [null, null, null, null] }],
  },
];
