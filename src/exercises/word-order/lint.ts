import type { LintContext, LintIssue } from '../types';
import { checkWordOrder } from './check';
import type { WordOrderExercise } from './schema';

export function lintWordOrder(exercise: WordOrderExercise, _context: LintContext): LintIssue[] {
  const issues: LintIssue[] = [];
  const chipOrder = exercise.chips.fr.map((_, index) => index);
  if (checkWordOrder(exercise, { order: chipOrder }).result !== 'correct') {
    issues.push({ path: 'chips.fr', message: 'the chips, in the order written, do not rebuild accept.fr[0]' });
  }
  const reversed = [...chipOrder].reverse();
  if (checkWordOrder(exercise, { order: reversed }).result === 'correct' && exercise.chips.fr.length > 2) {
    issues.push({ path: 'chips.fr', message: 'the reversed order also passes: the exercise does not test order' });
  }
  const distractorStart = exercise.chips.fr.length;
  exercise.distractors?.fr.forEach((_, index) => {
    const withDistractor = [...chipOrder, distractorStart + index];
    if (checkWordOrder(exercise, { order: withDistractor }).result === 'correct') {
      issues.push({ path: `distractors.fr[${index}]`, message: 'using this distractor still passes the check' });
    }
  });
  return issues;
}
