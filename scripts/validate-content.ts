/**
 * Validates everything under content/ (or `--dir <path>`) against the schemas and each exercise
 * type's lint. Prints `file: json.path: problem` per error and exits 1 when there is any.
 */
import { formatContentError, validateContent } from '../src/content/validate.ts';
import { readContentFiles } from './lib/read-content.ts';

const dirFlag = process.argv.indexOf('--dir');
const root = dirFlag >= 0 ? (process.argv[dirFlag + 1] ?? 'content') : 'content';
const prefix = `${root.replace(/\/$/, '')}/`;
const { errors, content } = validateContent(readContentFiles(root), prefix);

if (errors.length > 0) {
  for (const error of errors) process.stderr.write(`${formatContentError(error)}\n`);
  process.stderr.write(`\n${errors.length} content error(s).\n`);
  process.exit(1);
}
const lessons = content?.lessons.size ?? 0;
const exercises = [...(content?.lessons.values() ?? [])].reduce((sum, lesson) => sum + lesson.exercises.length, 0);
process.stdout.write(`content OK: ${lessons} lesson(s), ${exercises} exercise(s) valid.\n`);
