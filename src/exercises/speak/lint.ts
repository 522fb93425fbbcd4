import type { LintContext, LintIssue } from '../types';
import { lintOwnClip, lintRef } from '../listen-choose/audio';
import { checkSpeak } from './check';
import type { SpeakExercise } from './schema';

export function lintSpeak(exercise: SpeakExercise, context: LintContext): LintIssue[] {
  const issues: LintIssue[] = [];
  if (exercise.ref !== undefined) issues.push(...lintRef(exercise.ref, exercise.transcript?.fr, context, 'ref', 'transcript.fr'));
  if (exercise.audio) issues.push(...lintOwnClip(exercise.id, exercise.audio, 'audio'));
  if (checkSpeak(exercise, { rating: 'good', recorded: true }).result !== 'correct') {
    issues.push({ path: '(root)', message: 'the key fails its own check' });
  }
  if (checkSpeak(exercise, { rating: 'again', recorded: true }).result !== 'wrong') {
    issues.push({ path: '(root)', message: '"I need practice" passes the check' });
  }
  return issues;
}
