import type { LintContext, LintIssue } from '../types';
import { checkOddOneOut } from './check';
import type { OddOneOutExercise } from './schema';

const normalize = (text: string): string => text.trim().toLowerCase().replace(/\s+/g, ' ');

export function lintOddOneOut(exercise: OddOneOutExercise, _context: LintContext): LintIssue[] {
  const issues: LintIssue[] = [];
  const ids = exercise.options.map((option) => option.id);
  ids.forEach((optionId, index) => {
    if (ids.indexOf(optionId) !== index) issues.push({ path: `options[${index}].id`, message: `duplicate option id "${optionId}"` });
  });
  const texts = exercise.options.map((option) => normalize(option.text.fr));
  texts.forEach((text, index) => {
    if (texts.indexOf(text) !== index) issues.push({ path: `options[${index}].text.fr`, message: 'two options have the same text' });
  });
  if (!ids.includes(exercise.answer)) {
    issues.push({ path: 'answer', message: `"${exercise.answer}" is not an option id` });
  }
  if (checkOddOneOut(exercise, { selected: exercise.answer }).result !== 'correct') {
    issues.push({ path: 'answer', message: 'the key fails its own check' });
  }
  exercise.options.forEach((option, index) => {
    if (option.id !== exercise.answer && checkOddOneOut(exercise, { selected: option.id }).result !== 'wrong') {
      issues.push({ path: `options[${index}]`, message: `"${option.id}" belongs with the others but passes the check` });
    }
  });
  return issues;
}
