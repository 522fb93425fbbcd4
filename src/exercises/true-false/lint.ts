import type { LintContext, LintIssue } from '../types';
import { checkTrueFalse } from './check';
import type { TrueFalseExercise } from './schema';

const normalize = (text: string): string => text.trim().toLowerCase().replace(/\s+/g, ' ');

export function lintTrueFalse(exercise: TrueFalseExercise, context: LintContext): LintIssue[] {
  const issues: LintIssue[] = [];
  if (exercise.ref !== undefined && !context.ids.has(exercise.ref)) {
    issues.push({ path: 'ref', message: `reference to a missing dialogue or line "${exercise.ref}"` });
  }
  const texts = exercise.statements.map((statement) => normalize(statement.text.fr));
  texts.forEach((text, index) => {
    if (texts.indexOf(text) !== index) {
      issues.push({ path: `statements[${index}].text.fr`, message: 'two statements have the same text' });
    }
  });
  const answers = new Set(exercise.statements.map((statement) => statement.answer));
  if (answers.size < 2) {
    issues.push({
      path: 'statements',
      message: `every statement is ${exercise.statements[0]?.answer ? 'true' : 'false'}: mix true and false ones`,
    });
  }
  const key = exercise.statements.map((statement) => statement.answer);
  if (checkTrueFalse(exercise, { answers: key }).result !== 'correct') {
    issues.push({ path: 'statements', message: 'the key fails its own check' });
  }
  key.forEach((answer, index) => {
    const flipped = key.map((value, at) => (at === index ? !answer : value));
    if (checkTrueFalse(exercise, { answers: flipped }).result !== 'wrong') {
      issues.push({ path: `statements[${index}].answer`, message: 'the opposite answer passes the check' });
    }
  });
  return issues;
}
