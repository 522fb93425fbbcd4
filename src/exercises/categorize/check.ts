import { combineParts, type ExerciseVerdict } from '../types';
import { categoryLabel, displayText, placementText } from './model';
import type { CategorizeExercise, CategorizeResponse } from './schema';

/**
 * Each item is one part, right when placed in its category. `given` and `expected` name the item
 * (`le casque → Équipement`) so the feedback list says which item was misplaced.
 */
export function checkCategorize(exercise: CategorizeExercise, response: CategorizeResponse): ExerciseVerdict {
  return combineParts(
    exercise.items.map((item, index) => {
      const chosen = response.placements[index] ?? null;
      const text = displayText(item.text);
      const chosenLabel = categoryLabel(exercise, chosen);
      return {
        index,
        result: chosen === item.category && exercise.categories.some((category) => category.id === chosen) ? 'correct' : 'wrong',
        given: chosenLabel === '' ? '' : placementText(text, chosenLabel),
        expected: placementText(text, categoryLabel(exercise, item.category)),
        issues: [],
      };
    }),
  );
}
