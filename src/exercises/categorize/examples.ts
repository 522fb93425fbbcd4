import type { ExerciseExample } from '../types';
import type { CategorizeExercise, CategorizeResponse } from './schema';

export const categorizeExamples: readonly ExerciseExample<CategorizeExercise, CategorizeResponse>[] = [
  {
    name: 'ranks and equipment',
    exercise: {
      id: 'v1.u01.l01.ex06',
      type: 'categorize',
      instructions: { en: 'Is it a rank or a piece of equipment?' },
      categories: [
        { id: 'a', label: { fr: 'Grades', en: 'Ranks' } },
        { id: 'b', label: { fr: 'Équipement', en: 'Equipment' } },
      ],
      items: [
        { text: { fr: 'le sergent' }, category: 'a' },
        { text: { fr: 'le casque' }, category: 'b' },
        { text: { fr: 'le capitaine' }, category: 'a' },
        { text: { fr: 'la radio' }, category: 'b' },
        { text: { fr: 'le gilet pare-balles' }, category: 'b' },
        { text: { fr: 'le lieutenant' }, category: 'a' },
        { text: { fr: 'les jumelles' }, category: 'b' },
        { text: { fr: 'le caporal' }, category: 'a' },
      ],
    },
    right: [{ placements: ['a', 'b', 'a', 'b', 'b', 'a', 'b', 'a'] }],
    wrong: [
      { placements: ['a', 'b', 'a', 'b', 'b', 'a', 'b', 'b'] },
      { placements: ['a', 'b', 'a', 'b', 'b', 'a', 'b', null] },
      { placements: [] },
    ],
  },
  {
    name: 'masculine or feminine nouns',
    exercise: {
      id: 'v1.u00.l04.ex05',
      type: 'categorize',
      instructions: { en: 'Masculine or feminine? Sort the nouns.' },
      categories: [
        { id: 'm', label: { fr: 'le / un', en: 'masculine' } },
        { id: 'f', label: { fr: 'la / une', en: 'feminine' } },
      ],
      items: [
        { text: { fr: 'patrouille' }, category: 'f' },
        { text: { fr: 'véhicule' }, category: 'm' },
        { text: { fr: 'mission' }, category: 'f' },
        { text: { fr: 'drapeau' }, category: 'm' },
        { text: { fr: 'tente' }, category: 'f' },
        { text: { fr: 'camion' }, category: 'm' },
        { text: { fr: 'frontière' }, category: 'f' },
        { text: { fr: 'uniforme' }, category: 'm' },
      ],
      explanation: {
        en: 'Nouns ending in -tion are feminine (une mission). Otherwise, learn each noun with its article: un véhicule, une tente.',
      },
    },
    right: [{ placements: ['f', 'm', 'f', 'm', 'f', 'm', 'f', 'm'] }],
    wrong: [{ placements: ['f', 'f', 'f', 'm', 'f', 'm', 'f', 'm'] }, { placements: ['m', 'f', 'm', 'f', 'm', 'f', 'm', 'f'] }],
  },
  {
    name: 'people, vehicles and places',
    exercise: {
      id: 'v1.u02.l01.ex04',
      type: 'categorize',
      instructions: { en: 'Sort the words: people, vehicles or places?' },
      categories: [
        { id: 'a', label: { fr: 'Personnes', en: 'People' } },
        { id: 'b', label: { fr: 'Véhicules', en: 'Vehicles' } },
        { id: 'c', label: { fr: 'Lieux', en: 'Places' } },
      ],
      items: [
        { text: { fr: 'le médecin' }, category: 'a' },
        { text: { fr: 'l’hélicoptère' }, category: 'b' },
        { text: { fr: 'le camp' }, category: 'c' },
        { text: { fr: 'l’interprète' }, category: 'a' },
        { text: { fr: 'le camion' }, category: 'b' },
        { text: { fr: 'l’hôpital' }, category: 'c' },
        { text: { fr: 'le chauffeur' }, category: 'a' },
        { text: { fr: 'l’ambulance' }, category: 'b' },
        { text: { fr: 'l’aéroport' }, category: 'c' },
      ],
    },
    right: [{ placements: ['a', 'b', 'c', 'a', 'b', 'c', 'a', 'b', 'c'] }],
    wrong: [{ placements: ['a', 'b', 'c', 'a', 'b', 'c', 'a', 'c', 'b'] }, { placements: ['a', 'b', 'c', 'a', 'b', 'c', 'a', 'b', 'x'] }],
  },
];
