import type { ExerciseModule } from '../types';
import { checkGapFill } from './check';
import { gapFillExamples } from './examples';
import { lintGapFill } from './lint';
import { gapFillResponseSchema, gapFillSchema, type GapFillExercise, type GapFillResponse } from './schema';

export const gapFillModule: ExerciseModule<GapFillExercise, GapFillResponse> = {
  schema: gapFillSchema,
  responseSchema: gapFillResponseSchema,
  check: checkGapFill,
  solution: (exercise) => ({ answers: exercise.gaps.map((gap) => gap.accept.fr[0] ?? '') }),
  answerKey: (exercise) => [
    exercise.sentence.fr.replace(/\{(\d)\}/g, (_, digit: string) => exercise.gaps[Number(digit) - 1]?.accept.fr.join(' / ') ?? ''),
  ],
  lint: lintGapFill,
  examples: gapFillExamples,
};
