/**
 * The React side of the exercise registry: type → lazily loaded view module. One line per type;
 * `satisfies` makes a missing or extra type a compile error.
 */
import type { ExerciseOf, ExerciseType, ResponseOf } from './registry';
import type { ExerciseViewModule } from './view-types';

export const exerciseViews = {
  'multiple-choice': () => import('./multiple-choice/view'),
  'gap-fill': () => import('./gap-fill/view'),
  'word-order': () => import('./word-order/view'),
  matching: () => import('./matching/view'),
  'true-false': () => import('./true-false/view'),
  'gap-fill-choice': () => import('./gap-fill-choice/view'),
  categorize: () => import('./categorize/view'),
  'odd-one-out': () => import('./odd-one-out/view'),
  translate: () => import('./translate/view'),
  conjugation: () => import('./conjugation/view'),
  reading: () => import('./reading/view'),
  'listen-choose': () => import('./listen-choose/view'),
  dictation: () => import('./dictation/view'),
  'minimal-pairs': () => import('./minimal-pairs/view'),
  speak: () => import('./speak/view'),
  'role-play': () => import('./role-play/view'),
} satisfies { [T in ExerciseType]: () => Promise<{ viewModule: ExerciseViewModule<ExerciseOf<T>, ResponseOf<T>> }> };

/** Loads the view module of a type, seen through the common contract. */
export async function loadExerciseView(type: ExerciseType): Promise<ExerciseViewModule<{ id: string; type: string }, unknown>> {
  const loaded = await exerciseViews[type]();
  return loaded.viewModule as unknown as ExerciseViewModule<{ id: string; type: string }, unknown>;
}
