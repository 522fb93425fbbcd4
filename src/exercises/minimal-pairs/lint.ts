import type { LintContext, LintIssue } from '../types';
import { lintDistinctClips, lintOwnClip, sameWords } from '../listen-choose/audio';
import { checkMinimalPairs } from './check';
import { soundKey } from './model';
import type { MinimalPairsExercise } from './schema';

export function lintMinimalPairs(exercise: MinimalPairsExercise, _context: LintContext): LintIssue[] {
  const issues: LintIssue[] = [];
  exercise.items.forEach((item, index) => {
    const path = `items[${index}]`;
    issues.push(...lintOwnClip(exercise.id, item.audio, `${path}.audio`));
    const options = item.options.fr;
    if (item.answer >= options.length) {
      issues.push({ path: `${path}.answer`, message: `answer ${item.answer} is not an option index (0–${options.length - 1})` });
    } else if (!sameWords(options[item.answer] ?? '', item.audio.fr)) {
      issues.push({ path: `${path}.audio.fr`, message: `the clip must say the right option "${options[item.answer] ?? ''}"` });
    }
    options.forEach((option, optionIndex) => {
      options.slice(0, optionIndex).forEach((other) => {
        if (option.trim().toLowerCase() === other.trim().toLowerCase()) {
          issues.push({ path: `${path}.options.fr[${optionIndex}]`, message: `"${option}" is offered twice` });
        } else if (soundKey(option) === soundKey(other)) {
          issues.push({
            path: `${path}.options.fr[${optionIndex}]`,
            message: `"${other}" and "${option}" sound the same: homophones are not minimal pairs`,
          });
        }
      });
    });
  });
  issues.push(...lintDistinctClips(exercise.items.map((item, index) => ({ audio: item.audio, path: `items[${index}].audio` }))));
  const key = exercise.items.map((item) => item.answer);
  if (checkMinimalPairs(exercise, { answers: key }).result !== 'correct') {
    issues.push({ path: 'items', message: 'the key fails its own check' });
  }
  exercise.items.forEach((item, index) => {
    item.options.fr.forEach((_, optionIndex) => {
      if (optionIndex === item.answer) return;
      const answers = key.map((answer, at) => (at === index ? optionIndex : answer));
      if (checkMinimalPairs(exercise, { answers }).result !== 'wrong') {
        issues.push({ path: `items[${index}].options.fr[${optionIndex}]`, message: 'this distractor passes the check' });
      }
    });
  });
  const answers = exercise.items.map((item) => item.answer);
  if (exercise.items.length >= 4 && answers.every((answer) => answer === answers[0])) {
    issues.push({ path: 'items', message: 'every item has the same answer position: vary which word is said' });
  }
  return issues;
}
