import { judge } from '../../domain/answers/judge';
import type { LintContext, LintIssue } from '../types';
import { checkConjugation } from './check';
import { acceptedWithPronoun, answerReadings } from './model';
import type { ConjugationExercise } from './schema';

export function lintConjugation(exercise: ConjugationExercise, _context: LintContext): LintIssue[] {
  const issues: LintIssue[] = [];
  const asked = exercise.cells.flatMap((cell, index) => (cell.given ? [] : [index]));
  if (asked.length === 0) issues.push({ path: 'cells', message: 'every cell is given: nothing is asked' });

  const persons = exercise.cells.map((cell) => cell.person.fr.trim().toLowerCase());
  persons.forEach((person, index) => {
    if (persons.indexOf(person) !== index) issues.push({ path: `cells[${index}].person`, message: `duplicate person "${person}"` });
  });

  exercise.cells.forEach((cell, index) => {
    const accepted = acceptedWithPronoun(cell.person, cell.accept.fr);
    cell.accept.fr.forEach((form, formIndex) => {
      const passes = answerReadings(form, cell.person).some((reading) => judge(reading, accepted).result === 'correct');
      if (!passes) issues.push({ path: `cells[${index}].accept.fr[${formIndex}]`, message: 'fails its own checker' });
    });
    if (cell.given) return;
    // The other persons' forms are this cell's distractors: each must be marked wrong here.
    const own = new Set(cell.accept.fr.map((form) => form.trim().toLowerCase()));
    exercise.cells.forEach((other, otherIndex) => {
      const form = other.accept.fr[0];
      if (otherIndex === index || form === undefined || own.has(form.trim().toLowerCase())) return;
      const answers = exercise.cells.map(() => '');
      answers[index] = form;
      const part = checkConjugation(exercise, { answers }).parts.find((candidate) => candidate.index === index);
      if (part && part.result !== 'wrong') {
        issues.push({
          path: `cells[${index}].accept`,
          message: `the form of "${other.person.fr}" ("${form}") is not marked wrong for "${cell.person.fr}" (${part.result})`,
        });
      }
    });
  });

  const key = exercise.cells.map((cell) => (cell.given ? '' : (cell.accept.fr[0] ?? '')));
  if (checkConjugation(exercise, { answers: key }).result !== 'correct') {
    issues.push({ path: 'cells', message: 'the key fails its own check' });
  }
  if (asked.length > 0 && checkConjugation(exercise, { answers: exercise.cells.map(() => '') }).result !== 'wrong') {
    issues.push({ path: 'cells', message: 'an empty answer passes the check' });
  }
  return issues;
}
