import type { LintIssue } from '../types';
import type { LintContext } from '../types';
import { checkMultipleChoice } from './check';
import type { MultipleChoiceExercise } from './schema';

export function lintMultipleChoice(exercise: MultipleChoiceExercise, context: LintContext): LintIssue[] {
  const issues: LintIssue[] = [];
  const ids = exercise.options.map((option) => option.id);
  ids.forEach((optionId, index) => {
    if (ids.indexOf(optionId) !== index) {
      issues.push({ path: `options[${index}].id`, message: `duplicate option id "${optionId}"` });
    }
  });
  exercise.answer.forEach((answerId, index) => {
    if (!ids.includes(answerId)) {
      issues.push({ path: `answer[${index}]`, message: `"${answerId}" is not an option id` });
    }
  });
  const texts = exercise.options.map((option) => (option.text.fr ?? option.text.en ?? '').trim().toLowerCase());
  texts.forEach((text, index) => {
    if (texts.indexOf(text) !== index) {
      issues.push({ path: `options[${index}].text`, message: 'two options have the same text' });
    }
  });
  if (exercise.answer.length === exercise.options.length) {
    issues.push({ path: 'answer', message: 'every option is right: nothing to choose' });
  }
  if (checkMultipleChoice(exercise, { selected: exercise.answer }).result !== 'correct') {
    issues.push({ path: 'answer', message: 'the key fails its own check' });
  }
  for (const option of exercise.options) {
    if (!exercise.answer.includes(option.id) && checkMultipleChoice(exercise, { selected: [option.id] }).result === 'correct') {
      issues.push({ path: `options`, message: `distractor "${option.id}" passes the check` });
    }
  }
  if (exercise.ref !== undefined && !context.ids.has(exercise.ref)) {
    issues.push({ path: 'ref', message: `reference to a missing line or item "${exercise.ref}"` });
  }
  return issues;
}
