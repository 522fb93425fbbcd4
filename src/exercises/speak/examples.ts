import type { ExerciseExample } from '../types';
import type { SpeakExercise, SpeakResponse } from './schema';

export const speakExamples: readonly ExerciseExample<SpeakExercise, SpeakResponse>[] = [
  {
    name: 'a dialogue line by ref: greeting an officer',
    exercise: {
      id: 'v1.u00.l01.ex20',
      type: 'speak',
      instructions: { en: 'Greet the captain like Sergeant Mensah. Listen, record yourself, compare, then rate yourself.' },
      ref: 'v1.u00.l01.d1.line11',
      transcript: { fr: 'Enchanté, mon capitaine.', en: 'Pleased to meet you, Captain.' },
      tip: { en: 'In « mon », do not say the n: the vowel is nasal. Stress the last syllable: capiTAINE.' },
    },
    right: [
      { rating: 'good', recorded: true },
      { rating: 'good', recorded: false },
    ],
    wrong: [
      { rating: 'again', recorded: true },
      { rating: null, recorded: true },
      { rating: null, recorded: false },
    ],
  },
  {
    name: 'a clip of its own: a radio call',
    exercise: {
      id: 'v1.u01.l04.ex10',
      type: 'speak',
      instructions: { en: 'Make the radio call. Listen to the model, record yourself, compare, then rate yourself.' },
      audio: {
        id: 'v1.u01.l04.ex10.a1',
        fr: 'Alpha 2, ici Bravo 1. Comment me recevez-vous ? À vous.',
        en: 'Alpha 2, this is Bravo 1. How do you read me? Over.',
      },
      tip: { en: 'Speak slowly and clearly, with a short pause after each call sign.' },
    },
    right: [{ rating: 'good', recorded: true }],
    wrong: [{ rating: 'again', recorded: false }],
  },
];
