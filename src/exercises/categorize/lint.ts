import type { LintContext, LintIssue } from '../types';
import { checkCategorize } from './check';
import { displayText } from './model';
import type { CategorizeExercise } from './schema';

const normalize = (text: string): string => text.trim().toLowerCase().replace(/\s+/g, ' ');

export function lintCategorize(exercise: CategorizeExercise, _context: LintContext): LintIssue[] {
  const issues: LintIssue[] = [];
  const ids = exercise.categories.map((category) => category.id);
  ids.forEach((categoryId, index) => {
    if (ids.indexOf(categoryId) !== index)
      issues.push({ path: `categories[${index}].id`, message: `duplicate category id "${categoryId}"` });
  });
  const labels = exercise.categories.map((category) => normalize(displayText(category.label)));
  labels.forEach((label, index) => {
    if (labels.indexOf(label) !== index) issues.push({ path: `categories[${index}].label`, message: 'two categories have the same label' });
  });
  const texts = exercise.items.map((item) => normalize(displayText(item.text)));
  texts.forEach((text, index) => {
    if (texts.indexOf(text) !== index) issues.push({ path: `items[${index}].text`, message: `duplicate item "${text}"` });
  });
  exercise.items.forEach((item, index) => {
    if (!ids.includes(item.category)) {
      issues.push({ path: `items[${index}].category`, message: `"${item.category}" is not a category id` });
    }
  });
  exercise.categories.forEach((category, index) => {
    if (!exercise.items.some((item) => item.category === category.id)) {
      issues.push({ path: `categories[${index}]`, message: `no item belongs to category "${category.id}"` });
    }
  });
  const key = exercise.items.map((item) => item.category);
  if (checkCategorize(exercise, { placements: key }).result !== 'correct') {
    issues.push({ path: 'items', message: 'the key fails its own check' });
  }
  exercise.items.forEach((item, itemIndex) => {
    for (const categoryId of ids) {
      if (categoryId === item.category) continue;
      const placements = key.map((value, at) => (at === itemIndex ? categoryId : value));
      if (checkCategorize(exercise, { placements }).result !== 'wrong') {
        issues.push({ path: `items[${itemIndex}]`, message: `placing it in "${categoryId}" passes the check` });
      }
    }
  });
  return issues;
}
