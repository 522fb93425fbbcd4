/**
 * The exercise type names, with no dependencies, so the browser can check a type name without
 * pulling in the registry's schemas (zod) and lint code.
 */
export const EXERCISE_TYPES = ['multiple-choice', 'gap-fill', 'word-order', 'matching'] as const;

/** An exercise type name (= its folder name = the content `type` value). */
export type ExerciseType = (typeof EXERCISE_TYPES)[number];

/** True when `type` names a registered exercise type. */
export function isExerciseType(type: string): type is ExerciseType {
  return (EXERCISE_TYPES as readonly string[]).includes(type);
}
