import { clipSource } from '../listen-choose/audio';
import type { ExerciseModule } from '../types';
import { checkSpeak } from './check';
import { speakExamples } from './examples';
import { lintSpeak } from './lint';
import { speakResponseSchema, speakSchema, type SpeakExercise, type SpeakResponse } from './schema';

export const speakModule: ExerciseModule<SpeakExercise, SpeakResponse> = {
  schema: speakSchema,
  responseSchema: speakResponseSchema,
  check: checkSpeak,
  solution: () => ({ rating: 'good', recorded: true }),
  answerKey: (exercise) => [clipSource(exercise)?.fr ?? ''],
  lint: lintSpeak,
  examples: speakExamples,
};
