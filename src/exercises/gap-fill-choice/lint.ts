import { judge } from '../../domain/answers/judge';
import type { LintContext, LintIssue } from '../types';
import { checkGapFillChoice } from './check';
import { fillGaps, splitGapSentence } from './model';
import type { GapFillChoiceExercise } from './schema';

export function lintGapFillChoice(exercise: GapFillChoiceExercise, _context: LintContext): LintIssue[] {
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
    if (gap.answer >= gap.options.fr.length) {
      issues.push({
        path: `gaps[${gapIndex}].answer`,
        message: `answer ${gap.answer} is not an option index (0–${gap.options.fr.length - 1})`,
      });
    }
    gap.options.fr.forEach((option, optionIndex) => {
      if (/[{}]/.test(option)) {
        issues.push({ path: `gaps[${gapIndex}].options.fr[${optionIndex}]`, message: 'an option must not contain { or }' });
      }
      // Two options the judge would not tell apart (case, apostrophes, spaces…) are the same option.
      const twin = gap.options.fr.findIndex((other, otherIndex) => otherIndex < optionIndex && judge(option, [other]).result === 'correct');
      if (twin >= 0) {
        issues.push({ path: `gaps[${gapIndex}].options.fr[${optionIndex}]`, message: `same option as options.fr[${twin}]` });
      }
    });
  });
  const key = exercise.gaps.map((gap) => gap.answer);
  if (checkGapFillChoice(exercise, { answers: key }).result !== 'correct') {
    issues.push({ path: 'gaps', message: 'the key fails its own check' });
  }
  exercise.gaps.forEach((gap, gapIndex) => {
    gap.options.fr.forEach((_, optionIndex) => {
      if (optionIndex === gap.answer) return;
      const answers = key.map((value, at) => (at === gapIndex ? optionIndex : value));
      if (checkGapFillChoice(exercise, { answers }).result !== 'wrong') {
        issues.push({ path: `gaps[${gapIndex}].options.fr[${optionIndex}]`, message: 'a distractor passes the check' });
      }
    });
  });
  const keysInRange = exercise.gaps.every((gap) => gap.answer < gap.options.fr.length);
  const filled = fillGaps(exercise.sentence.fr, (gap) => exercise.gaps[gap]?.options.fr[exercise.gaps[gap]?.answer ?? -1] ?? '');
  // French puts a space before ? ! : ; but never before , or . nor after an elided j’, l’, d’…
  if (keysInRange && / {2,}|^\s|\s$| [,.]|[’'] /u.test(filled)) {
    issues.push({ path: 'sentence.fr', message: `the sentence with the key reads oddly (spaces): "${filled}"` });
  }
  return issues;
}
