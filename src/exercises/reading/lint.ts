import { judge } from '../../domain/answers/judge';
import type { LintContext, LintIssue } from '../types';
import { checkReading } from './check';
import { emptyAnswers, modelAnswer } from './model';
import type { ReadingAnswer, ReadingExercise } from './schema';

export function lintReading(exercise: ReadingExercise, _context: LintContext): LintIssue[] {
  const issues: LintIssue[] = [];
  const key = exercise.questions.map(modelAnswer);
  /** The verdict on question `index` when only that question is answered with `answer`. */
  const resultFor = (index: number, answer: ReadingAnswer) => {
    const answers = emptyAnswers(exercise);
    answers[index] = answer;
    return checkReading(exercise, { answers }).parts[index]?.result;
  };

  exercise.questions.forEach((question, index) => {
    const path = `questions[${index}]`;
    switch (question.kind) {
      case 'choice': {
        const ids = question.options.map((option) => option.id);
        ids.forEach((optionId, optionIndex) => {
          if (ids.indexOf(optionId) !== optionIndex) {
            issues.push({ path: `${path}.options[${optionIndex}].id`, message: `duplicate option id "${optionId}"` });
          }
        });
        const texts = question.options.map((option) => (option.text.fr ?? option.text.en ?? '').trim().toLowerCase());
        texts.forEach((text, optionIndex) => {
          if (texts.indexOf(text) !== optionIndex) {
            issues.push({ path: `${path}.options[${optionIndex}].text`, message: 'two options have the same text' });
          }
        });
        question.answer.forEach((answerId, answerIndex) => {
          if (!ids.includes(answerId))
            issues.push({ path: `${path}.answer[${answerIndex}]`, message: `"${answerId}" is not an option id` });
          if (question.answer.indexOf(answerId) !== answerIndex) {
            issues.push({ path: `${path}.answer[${answerIndex}]`, message: `"${answerId}" is listed twice` });
          }
        });
        if (question.answer.length >= question.options.length) {
          issues.push({ path: `${path}.answer`, message: 'every option is right: nothing to choose' });
        }
        for (const option of question.options) {
          if (!question.answer.includes(option.id) && resultFor(index, [option.id]) !== 'wrong') {
            issues.push({ path: `${path}.options`, message: `distractor "${option.id}" passes the check` });
          }
        }
        break;
      }
      case 'true-false':
        if (resultFor(index, !question.answer) !== 'wrong') {
          issues.push({ path: `${path}.answer`, message: 'the opposite answer passes the check' });
        }
        break;
      case 'short':
        question.accept.fr.forEach((answer, answerIndex) => {
          if (judge(answer, question.accept.fr).result !== 'correct') {
            issues.push({ path: `${path}.accept.fr[${answerIndex}]`, message: 'fails its own checker' });
          }
        });
        break;
    }
  });

  if (checkReading(exercise, { answers: key }).result !== 'correct') {
    issues.push({ path: 'questions', message: 'the key fails its own check' });
  }
  const empty = checkReading(exercise, { answers: emptyAnswers(exercise) });
  empty.parts.forEach((part) => {
    if (part.result !== 'wrong') issues.push({ path: `questions[${part.index}]`, message: 'an empty answer passes the check' });
  });
  return issues;
}
