import { judge } from '../../domain/answers/judge';
import type { LintContext, LintIssue } from '../types';
import { checkGapFill } from './check';
import { splitGapSentence } from './model';
import type { GapFillExercise } from './schema';

export function lintGapFill(exercise: GapFillExercise, _context: LintContext): LintIssue[] {
  const issues: LintIssue[] = [];
  const gapNumbers = splitGapSentence(exercise.sentence.fr).flatMap((piece) => ('gap' in piece ? [piece.gap] : []));
  const expected = exercise.gaps.map((_, index) => index);
  if ([...gapNumbers].sort().join(',') !== expected.join(',')) {
    issues.push({
      path: 'sentence.fr',
      message: `gap markers {${gapNumbers.map((gap) => gap + 1).join('}, {')}} do not match the ${exercise.gaps.length} gap(s) defined, each used once`,
    });
  }
  exercise.gaps.forEach((gap, gapIndex) => {
    gap.accept.fr.forEach((answer, answerIndex) => {
      if (judge(answer, gap.accept.fr).result !== 'correct') {
        issues.push({ path: `gaps[${gapIndex}].accept.fr[${answerIndex}]`, message: 'fails its own checker' });
      }
    });
  });
  const key = exercise.gaps.map((gap) => gap.accept.fr[0] ?? '');
  if (checkGapFill(exercise, { answers: key }).result !== 'correct') {
    issues.push({ path: 'gaps', message: 'the key fails its own check' });
  }
  if (checkGapFill(exercise, { answers: exercise.gaps.map(() => '') }).result !== 'wrong') {
    issues.push({ path: 'gaps', message: 'an empty answer passes the check' });
  }
  return issues;
}
