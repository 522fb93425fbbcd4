import type { ExerciseModule } from '../types';
import { checkConjugation } from './check';
import { conjugationExamples } from './examples';
import { lintConjugation } from './lint';
import { withPronoun } from './model';
import { conjugationResponseSchema, conjugationSchema, type ConjugationExercise, type ConjugationResponse } from './schema';

export const conjugationModule: ExerciseModule<ConjugationExercise, ConjugationResponse> = {
  schema: conjugationSchema,
  responseSchema: conjugationResponseSchema,
  check: checkConjugation,
  solution: (exercise) => ({ answers: exercise.cells.map((cell) => (cell.given ? '' : (cell.accept.fr[0] ?? ''))) }),
  answerKey: (exercise) => [
    `${exercise.verb.fr} — ${exercise.tense.en}`,
    ...exercise.cells.map((cell) => cell.accept.fr.map((form) => withPronoun(cell.person.fr, form)).join(' / ')),
  ],
  lint: lintConjugation,
  examples: conjugationExamples,
};
