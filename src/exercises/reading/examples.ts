import type { ExerciseExample } from '../types';
import type { ReadingExercise, ReadingResponse } from './schema';

export const readingExamples: readonly ExerciseExample<ReadingExercise, ReadingResponse>[] = [
  {
    name: 'a duty roster notice (A2)',
    exercise: {
      id: 'v1.u03.l04.ex07',
      type: 'reading',
      instructions: { en: 'Read the notice, then answer the questions.' },
      text: {
        title: { fr: 'Note de service : tours de garde', en: 'Notice: guard duty roster' },
        paragraphs: [
          { fr: 'Semaine du 3 au 9 mars.', en: 'Week of 3 to 9 March.' },
          {
            fr: 'Le sergent Diallo est de garde lundi et mardi, de 6 h à 14 h. Le caporal Moreau le remplace de 14 h à 22 h.',
            en: 'Sergeant Diallo is on guard on Monday and Tuesday, from 6 a.m. to 2 p.m. Corporal Moreau takes over from 2 p.m. to 10 p.m.',
          },
          {
            fr: 'Mercredi, la garde de nuit est assurée par la section du lieutenant Traoré.',
            en: 'On Wednesday, Lieutenant Traoré’s platoon does the night guard.',
          },
          {
            fr: 'Tout changement doit être demandé au bureau de l’adjudant avant jeudi midi.',
            en: 'Any change must be requested at the warrant officer’s office before Thursday noon.',
          },
        ],
      },
      questions: [
        {
          kind: 'choice',
          prompt: { en: 'When is Sergeant Diallo on guard?' },
          options: [
            { id: 'a', text: { fr: 'Lundi et mardi, de 6 h à 14 h' } },
            { id: 'b', text: { fr: 'Lundi et mardi, de 14 h à 22 h' } },
            { id: 'c', text: { fr: 'Mercredi, la nuit' } },
          ],
          answer: ['a'],
        },
        {
          kind: 'true-false',
          statement: {
            fr: 'Le caporal Moreau remplace le sergent Diallo à 14 h.',
            en: 'Corporal Moreau takes over from Sergeant Diallo at 2 p.m.',
          },
          answer: true,
        },
        {
          kind: 'true-false',
          statement: { fr: 'On peut demander un changement vendredi.', en: 'You can ask for a change on Friday.' },
          answer: false,
        },
        {
          kind: 'short',
          prompt: { en: 'Whose platoon does the night guard on Wednesday? Write the name.' },
          accept: { fr: ['Traoré', 'le lieutenant Traoré', 'lieutenant Traoré', 'la section du lieutenant Traoré'] },
        },
      ],
    },
    right: [{ answers: [['a'], true, false, 'Traoré'] }, { answers: [['a'], true, false, 'le lieutenant traoré'] }],
    wrong: [
      { answers: [['b'], true, false, 'Traoré'] },
      { answers: [['a'], false, false, 'Traoré'] },
      { answers: [['a'], true, false, 'Moreau'] },
      { answers: [['a'], true, null, 'Traoré'] },
      { answers: [] },
    ],
  },
  {
    name: 'a patrol order (A2–B1), with several right options',
    exercise: {
      id: 'v1.u04.l03.ex08',
      type: 'reading',
      instructions: { en: 'Read the patrol order, then answer the questions.' },
      text: {
        title: { fr: 'Ordre de patrouille' },
        paragraphs: [
          {
            fr: 'Demain matin, la deuxième section part en patrouille vers le village de Kani. Le départ est prévu à 7 h 30 devant le poste de commandement.',
          },
          {
            fr: 'Chaque soldat emporte deux litres d’eau, sa radio et sa trousse de premiers secours. Les véhicules restent au camp : la patrouille se fait à pied.',
          },
          { fr: 'En cas de problème, contactez immédiatement le capitaine Lefèvre sur le canal 3.' },
        ],
      },
      questions: [
        {
          kind: 'choice',
          prompt: { en: 'What does each soldier take?' },
          options: [
            { id: 'a', text: { fr: 'de l’eau' } },
            { id: 'b', text: { fr: 'une radio' } },
            { id: 'c', text: { fr: 'un véhicule' } },
            { id: 'd', text: { fr: 'une trousse de premiers secours' } },
          ],
          answer: ['a', 'b', 'd'],
        },
        { kind: 'true-false', statement: { fr: 'La patrouille part en véhicule.' }, answer: false },
        {
          kind: 'short',
          prompt: { en: 'At what time does the patrol leave?' },
          accept: { fr: ['7 h 30', '7h30', 'sept heures trente', 'sept heures et demie'] },
        },
        {
          kind: 'choice',
          prompt: { en: 'Who do you contact if there is a problem?' },
          options: [
            { id: 'a', text: { fr: 'le capitaine Lefèvre' } },
            { id: 'b', text: { fr: 'la deuxième section' } },
            { id: 'c', text: { fr: 'le chef du village' } },
          ],
          answer: ['a'],
        },
      ],
    },
    right: [{ answers: [['a', 'b', 'd'], false, '7 h 30', ['a']] }, { answers: [['d', 'b', 'a'], false, '7h30', ['a']] }],
    wrong: [
      { answers: [['a', 'b'], false, '7 h 30', ['a']] },
      { answers: [['a', 'b', 'c', 'd'], false, '7 h 30', ['a']] },
      { answers: [['a', 'b', 'd'], true, '7 h 30', ['a']] },
      { answers: [['a', 'b', 'd'], false, '8 h 30', ['a']] },
    ],
  },
  {
    name: 'an incident report (B1), with an English prompt and options',
    exercise: {
      id: 'v1.u06.l03.ex05',
      type: 'reading',
      instructions: { en: 'Read the incident report, then answer the questions.' },
      text: {
        title: { fr: 'Rapport d’incident' },
        paragraphs: [
          {
            fr: 'Le 12 avril, vers 16 h, une patrouille a été arrêtée par un groupe d’hommes armés à l’entrée du village de Boda.',
          },
          {
            fr: 'Les soldats n’ont pas tiré. Le chef de patrouille a parlé avec le chef du groupe, puis la patrouille est rentrée au camp sans blessé.',
          },
          { fr: 'Jusqu’à nouvel ordre, il est interdit de prendre cette route.' },
        ],
      },
      questions: [
        { kind: 'true-false', statement: { fr: 'Les soldats ont tiré sur le groupe armé.' }, answer: false },
        { kind: 'true-false', statement: { fr: 'Personne n’a été blessé.' }, answer: true },
        {
          kind: 'choice',
          prompt: { en: 'What does the report order?' },
          options: [
            { id: 'a', text: { en: 'Not to use this road until further notice' } },
            { id: 'b', text: { en: 'To go back to Boda the next day' } },
            { id: 'c', text: { en: 'To arrest the armed men' } },
          ],
          answer: ['a'],
        },
        {
          kind: 'short',
          prompt: { en: 'In which village did the incident happen?' },
          accept: { fr: ['Boda', 'à Boda', 'le village de Boda'] },
        },
      ],
    },
    right: [{ answers: [false, true, ['a'], 'Boda'] }, { answers: [false, true, ['a'], 'à Boda'] }],
    wrong: [
      { answers: [true, true, ['a'], 'Boda'] },
      { answers: [false, true, ['c'], 'Boda'] },
      { answers: [false, true, ['a'], 'Kani'] },
      { answers: [false, true, ['a'], ''] },
    ],
  },
];
