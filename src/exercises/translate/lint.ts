import type { LintContext, LintIssue } from '../types';
import { acceptedAnswers, checkTranslate } from './check';
import type { TranslateExercise } from './schema';

export function lintTranslate(exercise: TranslateExercise, _context: LintContext): LintIssue[] {
  const issues: LintIssue[] = [];
  const language = exercise.direction === 'en-fr' ? 'fr' : 'en';
  const accepted = acceptedAnswers(exercise);
  accepted.forEach((answer, index) => {
    if (checkTranslate(exercise, { answer }).result !== 'correct') {
      issues.push({ path: `accept.${language}[${index}]`, message: 'fails its own check' });
    }
    const earlier = accepted.slice(0, index).findIndex((other) => {
      const single = { ...exercise, accept: exercise.direction === 'en-fr' ? { fr: [other] } : { en: [other] } } as TranslateExercise;
      return checkTranslate(single, { answer }).result === 'correct';
    });
    if (earlier >= 0) {
      issues.push({ path: `accept.${language}[${index}]`, message: `the same answer as accept.${language}[${earlier}] once normalised` });
    }
  });
  if (checkTranslate(exercise, { answer: '' }).result !== 'wrong') {
    issues.push({ path: 'accept', message: 'an empty answer passes the check' });
  }
  const source = exercise.direction === 'en-fr' ? exercise.source.en : exercise.source.fr;
  if (checkTranslate(exercise, { answer: source }).result !== 'wrong') {
    issues.push({ path: 'source', message: 'copying the source sentence passes the check' });
  }
  return issues;
}
