import { judge } from '../../domain/answers/judge';
import type { LintContext, LintIssue } from '../types';
import { lintOwnClip, sameWords } from '../listen-choose/audio';
import { checkDictation } from './check';
import type { DictationExercise } from './schema';

export function lintDictation(exercise: DictationExercise, _context: LintContext): LintIssue[] {
  const issues: LintIssue[] = [...lintOwnClip(exercise.id, exercise.audio, 'audio')];
  const main = exercise.accept.fr[0] ?? '';
  if (!sameWords(main, exercise.audio.fr)) {
    issues.push({
      path: 'accept.fr[0]',
      message: `the main answer must be what the clip says ("${exercise.audio.fr}"), punctuation aside`,
    });
  }
  exercise.accept.fr.forEach((answer, index) => {
    if (judge(answer, exercise.accept.fr).result !== 'correct') {
      issues.push({ path: `accept.fr[${index}]`, message: 'fails its own checker' });
    }
  });
  if (checkDictation(exercise, { answer: main }).result !== 'correct') {
    issues.push({ path: 'accept', message: 'the key fails its own check' });
  }
  if (checkDictation(exercise, { answer: '' }).result !== 'wrong') {
    issues.push({ path: 'accept', message: 'an empty answer passes the check' });
  }
  return issues;
}
