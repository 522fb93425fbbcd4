import type { z } from 'zod';
import type { Issue, VerdictResult } from '../domain/answers/judge';
import type { ExerciseHost } from '../content/schema';

/**
 * The verdict on one part of an exercise (a gap, a pair, an option): what the learner gave, what
 * was expected, and the judge's structured issues (views translate them, never the checker).
 */
export interface PartVerdict {
  /** 0-based index of the part (gap, pair…) in the exercise. */
  index: number;
  result: VerdictResult;
  /** What the learner gave for this part, as displayed. */
  given: string;
  /** The main accepted form for this part. */
  expected: string;
  issues: Issue[];
  /** Language of `given` and `expected` when not French (e.g. "en" for a translation into English). */
  lang?: string;
}

/** The verdict on a whole exercise, returned by every module's pure `check`. */
export interface ExerciseVerdict {
  /** correct: every part right; near-miss: only slips; wrong: at least one error. */
  result: VerdictResult;
  /** 0..1; a near-miss (slip) part earns full credit but is reported, as a teacher would. */
  score: number;
  parts: PartVerdict[];
}

/** What a lint rule reports; the validator prefixes the file and exercise path. */
export interface LintIssue {
  /** JSON path inside the exercise, e.g. `gaps[0].accept.fr[1]`. */
  path: string;
  message: string;
}

/** What a lint rule may look up in the lesson (or unit test) around the exercise. */
export interface LintContext {
  lesson: ExerciseHost;
  /** Every content id in the lesson (lines, vocabulary, examples…), for reference checks. */
  ids: ReadonlySet<string>;
}

/** A worked example: one exercise with responses that must pass and responses that must fail. */
export interface ExerciseExample<E, R> {
  name: string;
  exercise: E;
  right: readonly R[];
  wrong: readonly R[];
}

/**
 * The contract of an exercise type. One type = one folder = one entry in `registry.ts` (node-safe)
 * and one in `views.ts` (React).
 */
export interface ExerciseModule<E extends { id: string; type: string }, R> {
  /** The exercise as authored, validated by zod; its `type` literal is the folder name. */
  schema: z.ZodType<E>;
  /** The learner's response as stored in the attempt log. */
  responseSchema: z.ZodType<R>;
  /** Pure judgement of a response. No time, no randomness, no I/O. */
  check(exercise: E, response: R): ExerciseVerdict;
  /** The model response, for answer keys, tests and the lint. */
  solution(exercise: E): R;
  /** The answer key as short lines for instructors and print (French, as authored). */
  answerKey(exercise: E): string[];
  /** Semantic checks beyond the schema: the key passes its own check, distractors fail it… */
  lint(exercise: E, context: LintContext): LintIssue[];
  examples: readonly ExerciseExample<E, R>[];
}

/** Combines part verdicts into an exercise verdict. */
export function combineParts(parts: PartVerdict[]): ExerciseVerdict {
  const result: VerdictResult = parts.some((part) => part.result === 'wrong')
    ? 'wrong'
    : parts.some((part) => part.result === 'near-miss')
      ? 'near-miss'
      : 'correct';
  const credited = parts.filter((part) => part.result !== 'wrong').length;
  return { result, score: parts.length === 0 ? 0 : credited / parts.length, parts };
}
