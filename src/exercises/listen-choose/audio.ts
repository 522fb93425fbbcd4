/**
 * Audio helpers shared by the listening and speaking types (listen-choose, dictation,
 * minimal-pairs, speak, role-play). Pure: no zod, no React.
 *
 * Two ways for an exercise to name the French it plays:
 * - `audio: { id, fr }` — a clip of its own. `id` is the exercise id plus `.a1`, `.a2`…
 *   (`v1.u00.l03.ex07.a1`) and `fr` is the text the audio generator voices.
 * - `ref` (plus `transcript: { fr }` where the view must show the text) — the clip of an existing
 *   lesson item (a dialogue line, a vocabulary item…), named by that item's content id. The key is
 *   `ref`, never `id`, because the content validator treats every `id` as a new, unique id.
 */
import type { ExerciseHost } from '../../content/schema';
import { normalizeApostrophes, normalizeHyphens, normalizeQuotes, words } from '../../lib/text';
import type { LintContext, LintIssue } from '../types';

/** A clip the exercise owns: its id and the French it voices. */
export interface ExerciseAudio {
  id: string;
  fr: string;
  en?: string | undefined;
  [lang: string]: string | undefined;
}

/** Escapes a string for use inside a regular expression. */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether `clipId` is a clip id the exercise may own: `<exercise id>.a<number>`. */
export function isOwnClipId(exerciseId: string, clipId: string): boolean {
  return new RegExp(`^${escapeRegExp(exerciseId)}\\.a\\d+$`).test(clipId);
}

/** Lint of an exercise's own clip: its id must be the exercise id plus `.aN`. */
export function lintOwnClip(exerciseId: string, audio: ExerciseAudio, path: string): LintIssue[] {
  return isOwnClipId(exerciseId, audio.id)
    ? []
    : [{ path: `${path}.id`, message: `clip id "${audio.id}" must be the exercise id plus ".a1", ".a2"… (e.g. "${exerciseId}.a1")` }];
}

/** Lint of clip ids used twice in one exercise: each clip voices one text. */
export function lintDistinctClips(clips: ReadonlyArray<{ audio: ExerciseAudio; path: string }>): LintIssue[] {
  const seen = new Map<string, string>();
  const issues: LintIssue[] = [];
  for (const { audio, path } of clips) {
    const first = seen.get(audio.id);
    if (first !== undefined) issues.push({ path: `${path}.id`, message: `clip id "${audio.id}" is already used at ${first}` });
    else seen.set(audio.id, path);
  }
  return issues;
}

/**
 * The French text of a lesson item by content id: a dialogue line, a vocabulary term, a grammar
 * example or a pronunciation item. Undefined when the lesson (or that part of it) is not at hand,
 * e.g. in unit tests that lint with an empty lesson.
 */
export function lessonFrench(lesson: ExerciseHost, id: string): string | undefined {
  const partial = lesson as Partial<ExerciseHost>;
  for (const dialogue of partial.dialogues ?? []) {
    const line = dialogue.lines.find((candidate) => candidate.id === id);
    if (line) return line.text.fr;
  }
  const term = (partial.vocabulary ?? []).find((item) => item.id === id);
  if (term) return term.term.fr;
  for (const point of partial.grammar ?? []) {
    const example = point.examples.find((candidate) => candidate.id === id);
    if (example) return example.text.fr;
  }
  for (const point of partial.pronunciation ?? []) {
    const item = point.items.find((candidate) => candidate.id === id);
    if (item) return item.text.fr;
  }
  return undefined;
}

/**
 * The words of a text, typographic variants of apostrophes, quotes and hyphens unified: two texts
 * with the same key are the same text "modulo punctuation" (case and accents still count).
 */
export function wordKey(text: string): string {
  return words(normalizeHyphens(normalizeQuotes(normalizeApostrophes(text.normalize('NFC'))))).join(' ');
}

/** Whether two texts have the same words, punctuation and spacing aside. */
export function sameWords(a: string, b: string): boolean {
  return wordKey(a) === wordKey(b);
}

/**
 * Lint of a reference to a lesson item whose clip plays: the id must exist in the lesson and,
 * when the exercise copies the item's French (`transcript.fr`), the copy must match the lesson.
 */
export function lintRef(ref: string, copiedFr: string | undefined, context: LintContext, path: string, textPath: string): LintIssue[] {
  const issues: LintIssue[] = [];
  if (!context.ids.has(ref)) {
    issues.push({ path, message: `reference to a missing line or item "${ref}"` });
    return issues;
  }
  const lessonText = lessonFrench(context.lesson, ref);
  if (copiedFr !== undefined && lessonText !== undefined && !sameWords(copiedFr, lessonText)) {
    issues.push({ path: textPath, message: `differs from the text of "${ref}" in the lesson: "${lessonText}"` });
  }
  return issues;
}

/** What plays and what it says, for an exercise that has either a `ref` or its own `audio`. */
export interface ClipSource {
  clipId: string;
  fr: string;
  en?: string | undefined;
}

/** The clip of an exercise with `ref` + `transcript` or `audio`; undefined if neither is complete. */
export function clipSource(exercise: {
  ref?: string | undefined;
  transcript?: { fr: string; en?: string | undefined } | undefined;
  audio?: ExerciseAudio | undefined;
}): ClipSource | undefined {
  if (exercise.audio) return { clipId: exercise.audio.id, fr: exercise.audio.fr, en: exercise.audio.en };
  if (exercise.ref !== undefined && exercise.transcript) {
    return { clipId: exercise.ref, fr: exercise.transcript.fr, en: exercise.transcript.en };
  }
  return undefined;
}
