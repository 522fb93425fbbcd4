import type { LintContext, LintIssue } from '../types';
import { checkMatching } from './check';
import { sideText } from './model';
import type { MatchingExercise } from './schema';

export function lintMatching(exercise: MatchingExercise, _context: LintContext): LintIssue[] {
  const issues: LintIssue[] = [];
  const lefts = exercise.pairs.map((pair) => sideText(pair.left));
  const rights = exercise.pairs.map((pair) => sideText(pair.right));
  lefts.forEach((text, index) => {
    if (lefts.indexOf(text) !== index) issues.push({ path: `pairs[${index}].left`, message: `duplicate left item "${text}"` });
  });
  rights.forEach((text, index) => {
    if (rights.indexOf(text) !== index)
      issues.push({ path: `pairs[${index}].right`, message: `duplicate right item "${text}": the pairing is ambiguous` });
  });
  const key = exercise.pairs.map((_, index) => index);
  if (checkMatching(exercise, { matches: key }).result !== 'correct') {
    issues.push({ path: 'pairs', message: 'the key fails its own check' });
  }
  const rotated = key.map((index) => (index + 1) % key.length);
  if (checkMatching(exercise, { matches: rotated }).result === 'correct') {
    issues.push({ path: 'pairs', message: 'a wrong pairing passes the check' });
  }
  return issues;
}
