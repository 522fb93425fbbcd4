import type { ExerciseExample } from '../types';
import type { RolePlayExercise, RolePlayResponse } from './schema';

export const rolePlayExamples: readonly ExerciseExample<RolePlayExercise, RolePlayResponse>[] = [
  {
    name: 'choose your lines: meeting the instructor',
    exercise: {
      id: 'v1.u00.l01.ex21',
      type: 'role-play',
      instructions: { en: 'You are Sergeant Mensah. Listen to the instructor and choose what you say.' },
      dialogueRef: 'v1.u00.l01.d1',
      role: 'kofi',
      mode: 'choose',
      speakers: [
        { id: 'kofi', name: 'Sergent Kofi Mensah' },
        { id: 'marc', name: 'Adjudant-chef Marc Lefèvre' },
      ],
      lines: [
        {
          ref: 'v1.u00.l01.d1.line01',
          speaker: 'kofi',
          fr: 'Bonjour, mon adjudant-chef.',
          en: 'Good morning, Chief Warrant Officer.',
          options: [{ fr: 'Bonjour, mon adjudant-chef.' }, { fr: 'Bonsoir, mon adjudant-chef.' }, { fr: 'Au revoir, mon adjudant-chef.' }],
        },
        {
          ref: 'v1.u00.l01.d1.line02',
          speaker: 'marc',
          fr: 'Bonjour ! Bienvenue au camp. Comment vous appelez-vous ?',
          en: 'Good morning! Welcome to the camp. What is your name?',
        },
        {
          ref: 'v1.u00.l01.d1.line03',
          speaker: 'kofi',
          fr: "Je m'appelle Kofi Mensah. Je suis sergent.",
          en: 'My name is Kofi Mensah. I am a sergeant.',
          options: [
            { fr: "Je m'appelle Kofi Mensah. Je suis sergent." },
            { fr: "Il s'appelle Kofi Mensah. Il est sergent." },
            { fr: 'Vous vous appelez Kofi Mensah. Vous êtes sergent.' },
          ],
        },
        { ref: 'v1.u00.l01.d1.line04', speaker: 'marc', fr: 'Vous êtes ghanéen ?', en: 'Are you Ghanaian?' },
        {
          ref: 'v1.u00.l01.d1.line05',
          speaker: 'kofi',
          fr: "Oui, je suis ghanéen. Je viens d'Accra.",
          en: 'Yes, I am Ghanaian. I come from Accra.',
          options: [
            { fr: "Oui, je suis ghanéen. Je viens d'Accra." },
            { fr: 'Non, je suis sénégalais. Je viens de Dakar.' },
            { fr: "Oui, je suis ghanéenne. Je viens d'Accra." },
          ],
        },
      ],
    },
    right: [
      { answers: ['Bonjour, mon adjudant-chef.', "Je m'appelle Kofi Mensah. Je suis sergent.", "Oui, je suis ghanéen. Je viens d'Accra."] },
    ],
    wrong: [
      {
        answers: ['Bonjour, mon adjudant-chef.', "Je m'appelle Kofi Mensah. Je suis sergent.", "Oui, je suis ghanéenne. Je viens d'Accra."],
      },
      { answers: ['Bonsoir, mon adjudant-chef.', "Il s'appelle Kofi Mensah. Il est sergent.", "Oui, je suis ghanéen. Je viens d'Accra."] },
      { answers: [] },
    ],
  },
  {
    name: 'type your lines: the soldier at the checkpoint',
    exercise: {
      id: 'v1.u02.l03.ex09',
      type: 'role-play',
      instructions: { en: 'You are Corporal Costa at the checkpoint. Listen to the driver and type your lines.' },
      dialogueRef: 'v1.u02.l03.d1',
      role: 'costa',
      mode: 'type',
      speakers: [
        { id: 'costa', name: 'Caporal Ana Costa' },
        { id: 'traore', name: 'Monsieur Issa Traoré' },
      ],
      lines: [
        {
          ref: 'v1.u02.l03.d1.line01',
          speaker: 'costa',
          fr: "Bonjour, monsieur. Arrêtez-vous ici, s'il vous plaît.",
          en: 'Good morning, sir. Stop here, please.',
        },
        { ref: 'v1.u02.l03.d1.line02', speaker: 'traore', fr: 'Bonjour. Il y a un problème ?', en: 'Good morning. Is there a problem?' },
        { ref: 'v1.u02.l03.d1.line03', speaker: 'costa', fr: "Non, c'est un contrôle de routine.", en: 'No, it is a routine check.' },
        { ref: 'v1.u02.l03.d1.line04', speaker: 'costa', fr: "Vos papiers, s'il vous plaît.", en: 'Your papers, please.' },
        { ref: 'v1.u02.l03.d1.line05', speaker: 'traore', fr: "Voilà ma carte d'identité.", en: 'Here is my identity card.' },
        {
          ref: 'v1.u02.l03.d1.line06',
          speaker: 'costa',
          fr: 'Merci. Vous pouvez passer. Bonne route !',
          en: 'Thank you. You may go through. Safe journey!',
          accept: { fr: ['Merci. Vous pouvez passer. Bonne route !', 'Merci. Vous pouvez y aller. Bonne route !'] },
        },
      ],
    },
    right: [
      {
        answers: [
          "Bonjour, monsieur. Arrêtez-vous ici, s'il vous plaît.",
          "Non, c'est un contrôle de routine.",
          "Vos papiers, s'il vous plaît.",
          'Merci. Vous pouvez passer. Bonne route !',
        ],
      },
      {
        answers: [
          'bonjour monsieur, arrêtez-vous ici s’il vous plaît',
          'Non, c’est un contrôle de routine',
          'Vos papiers s’il vous plaît',
          'Merci, vous pouvez y aller. Bonne route.',
        ],
      },
    ],
    wrong: [
      {
        answers: [
          "Bonjour, monsieur. Arrêtez-vous ici, s'il vous plaît.",
          "Non, c'est un contrôle de routine.",
          "Vos papier, s'il vous plaît.",
          'Merci. Vous pouvez passer. Bonne route !',
        ],
      },
      { answers: ['', '', '', ''] },
    ],
  },
];
