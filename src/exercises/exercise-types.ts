/**
 * The exercise type names, with no dependencies, so the browser can check a type name without
 * pulling in the registry's schemas (zod) and lint code.
 */
export const EXERCISE_TYPES = [
  'multiple-choice',
  'true-false',
  'gap-fill',
  'gap-fill-choice',
  'matching',
  'word-order',
  'categorize',
  'odd-one-out',
  'translate',
  'conjugation',
  'reading',
  'listen-choose',
  'dictation',
  'minimal-pairs',
  'speak',
  'role-play',
] as const;

/** An exercise type name (= its folder name = the content `type` value). */
export type ExerciseType = (typeof EXERCISE_TYPES)[number];

/** True when `type` names a registered exercise type. */
export function isExerciseType(type: string): type is ExerciseType {
  return (EXERCISE_TYPES as readonly string[]).includes(type);
}
