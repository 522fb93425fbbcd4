import type { ExerciseModule } from '../types';
import { checkGapFillChoice } from './check';
import { gapFillChoiceExamples } from './examples';
import { lintGapFillChoice } from './lint';
import { fillGaps, keyOption } from './model';
import { gapFillChoiceResponseSchema, gapFillChoiceSchema, type GapFillChoiceExercise, type GapFillChoiceResponse } from './schema';

export const gapFillChoiceModule: ExerciseModule<GapFillChoiceExercise, GapFillChoiceResponse> = {
  schema: gapFillChoiceSchema,
  responseSchema: gapFillChoiceResponseSchema,
  check: checkGapFillChoice,
  solution: (exercise) => ({ answers: exercise.gaps.map((gap) => gap.answer) }),
  answerKey: (exercise) => [fillGaps(exercise.sentence.fr, (gap) => keyOption(exercise.gaps[gap] ?? { options: { fr: [] }, answer: 0 }))],
  lint: lintGapFillChoice,
  examples: gapFillChoiceExamples,
};
