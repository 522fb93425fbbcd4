import type { ExerciseModule } from '../types';
import { checkCategorize } from './check';
import { categorizeExamples } from './examples';
import { lintCategorize } from './lint';
import { displayText } from './model';
import { categorizeResponseSchema, categorizeSchema, type CategorizeExercise, type CategorizeResponse } from './schema';

export const categorizeModule: ExerciseModule<CategorizeExercise, CategorizeResponse> = {
  schema: categorizeSchema,
  responseSchema: categorizeResponseSchema,
  check: checkCategorize,
  solution: (exercise) => ({ placements: exercise.items.map((item) => item.category) }),
  answerKey: (exercise) =>
    exercise.categories.map(
      (category) =>
        `${displayText(category.label)} : ${exercise.items
          .filter((item) => item.category === category.id)
          .map((item) => displayText(item.text))
          .join(', ')}`,
    ),
  lint: lintCategorize,
  examples: categorizeExamples,
};
