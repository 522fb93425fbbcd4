/**
 * Content ids: explicit, stable, readable, never reused. Progress, audio and class results key on
 * them, so fixing a typo in a sentence keeps the learner's history.
 *
 *   v1.u00.l01               lesson
 *   v1.u00.l01.d1.line04     dialogue line
 *   v1.u00.l01.v07           vocabulary item
 *   v1.u00.l01.g1.ex02       grammar example
 *   v1.u00.l01.p1.i03        pronunciation item
 *   v1.u00.l01.ex05          exercise
 *   v1.u01.test              unit test (its exercises, dialogues and lines use the same suffixes:
 *                            v1.u01.test.ex05, v1.u01.test.d1.line02; instructor-marked tasks t01…)
 */
const OWNER = String.raw`v[1-3]\.u\d{2}\.(?:l\d{2}|test)`;
const owned = (suffix: string) => new RegExp(`^${OWNER}${suffix}$`);
export const ID_PATTERNS = {
  volume: /^v[1-3]$/,
  unit: /^v[1-3]\.u\d{2}$/,
  lesson: /^v[1-3]\.u\d{2}\.l\d{2}$/,
  test: /^v[1-3]\.u\d{2}\.test$/,
  /** A dialogue of a lesson or of a unit test (listening section). */
  dialogue: owned(String.raw`\.d\d`),
  line: owned(String.raw`\.d\d\.line\d{2}`),
  vocabulary: /^v[1-3]\.u\d{2}\.l\d{2}\.v\d{2}$/,
  grammar: /^v[1-3]\.u\d{2}\.l\d{2}\.g\d$/,
  grammarExample: /^v[1-3]\.u\d{2}\.l\d{2}\.g\d\.ex\d{2}$/,
  pronunciation: /^v[1-3]\.u\d{2}\.l\d{2}\.p\d$/,
  pronunciationItem: /^v[1-3]\.u\d{2}\.l\d{2}\.p\d\.i\d{2}$/,
  culture: /^v[1-3]\.u\d{2}\.l\d{2}\.c\d$/,
  /** An exercise of a lesson or of a unit test. */
  exercise: owned(String.raw`\.ex\d{2}`),
  /** An instructor-marked task of a unit test (speaking, writing). */
  testTask: /^v[1-3]\.u\d{2}\.test\.t\d{2}$/,
} as const;

/** The kinds of content id. */
export type IdKind = keyof typeof ID_PATTERNS;

/** The lesson id an id belongs to (`v1.u00.l01.d1.line04` → `v1.u00.l01`), or undefined. */
export function lessonIdOf(id: string): string | undefined {
  const match = /^v[1-3]\.u\d{2}\.l\d{2}/.exec(id);
  return match?.[0];
}

/**
 * The lesson or unit test an id belongs to (`v1.u01.test.d1.line02` → `v1.u01.test`,
 * `v1.u00.l01.ex05` → `v1.u00.l01`), or undefined.
 */
export function ownerIdOf(id: string): string | undefined {
  const match = /^v[1-3]\.u\d{2}\.(?:l\d{2}|test)/.exec(id);
  return match?.[0];
}

/** The unit id an id belongs to (`v1.u00.l01` → `v1.u00`), or undefined. */
export function unitIdOf(id: string): string | undefined {
  const match = /^v[1-3]\.u\d{2}/.exec(id);
  return match?.[0];
}
