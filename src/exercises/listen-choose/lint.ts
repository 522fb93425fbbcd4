import type { LintContext, LintIssue } from '../types';
import { lintOwnClip, lintRef } from './audio';
import { checkListenChoose } from './check';
import type { ListenChooseExercise } from './schema';

export function lintListenChoose(exercise: ListenChooseExercise, context: LintContext): LintIssue[] {
  const issues: LintIssue[] = [];
  const ids = exercise.options.map((option) => option.id);
  ids.forEach((optionId, index) => {
    if (ids.indexOf(optionId) !== index) issues.push({ path: `options[${index}].id`, message: `duplicate option id "${optionId}"` });
  });
  exercise.answer.forEach((answerId, index) => {
    if (!ids.includes(answerId)) issues.push({ path: `answer[${index}]`, message: `"${answerId}" is not an option id` });
    if (exercise.answer.indexOf(answerId) !== index) issues.push({ path: `answer[${index}]`, message: `"${answerId}" is listed twice` });
  });
  const texts = exercise.options.map((option) => (option.text.fr ?? option.text.en ?? '').trim().toLowerCase());
  texts.forEach((text, index) => {
    if (texts.indexOf(text) !== index) issues.push({ path: `options[${index}].text`, message: 'two options have the same text' });
  });
  if (exercise.answer.length >= exercise.options.length) {
    issues.push({ path: 'answer', message: 'every option is right: nothing to choose' });
  }
  if (checkListenChoose(exercise, { selected: [...exercise.answer] }).result !== 'correct') {
    issues.push({ path: 'answer', message: 'the key fails its own check' });
  }
  exercise.options.forEach((option, index) => {
    if (!exercise.answer.includes(option.id) && checkListenChoose(exercise, { selected: [option.id] }).result === 'correct') {
      issues.push({ path: `options[${index}]`, message: `distractor "${option.id}" passes the check` });
    }
  });
  if (exercise.ref !== undefined) {
    issues.push(...lintRef(exercise.ref, exercise.transcript?.fr, context, 'ref', 'transcript.fr'));
  }
  if (exercise.audio) issues.push(...lintOwnClip(exercise.id, exercise.audio, 'audio'));
  return issues;
}
