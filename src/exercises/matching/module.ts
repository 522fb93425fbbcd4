import type { ExerciseModule } from '../types';
import { checkMatching } from './check';
import { matchingExamples } from './examples';
import { lintMatching } from './lint';
import { sideText } from './model';
import { matchingResponseSchema, matchingSchema, type MatchingExercise, type MatchingResponse } from './schema';

export const matchingModule: ExerciseModule<MatchingExercise, MatchingResponse> = {
  schema: matchingSchema,
  responseSchema: matchingResponseSchema,
  check: checkMatching,
  solution: (exercise) => ({ matches: exercise.pairs.map((_, index) => index) }),
  answerKey: (exercise) => exercise.pairs.map((pair) => `${sideText(pair.left)} — ${sideText(pair.right)}`),
  lint: lintMatching,
  examples: matchingExamples,
};
