/**
 * Validates everything under content/ (or `--dir <path>`) against the schemas and each exercise
 * type's lint. Prints `file: json.path: problem` per error and exits 1 when there is any.
 *
 * `--only <prefix>` reports only errors in files whose path starts with the prefix (e.g.
 * `content/vol1/unit-03/`), so an author can check the unit they are writing while other units
 * are half-written; the exit code follows the reported errors.
 *
 * `--drafts <dir>` overlays lesson and test files written outside the tree (same layout:
 * `<dir>/vol1/unit-03/lesson-02.json`, `<dir>/vol1/unit-03/test.json`) and treats them as listed
 * in course.json, so drafts can be validated together with the real course before they move in.
 * Errors in drafts name the draft path.
 */
import { formatContentError, validateContent } from '../src/content/validate.ts';
import { validatePlacementBank } from '../src/content/placement-schema.ts';
import { readContentFiles } from './lib/read-content.ts';

const flag = (name: string): string | undefined => {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
};
const root = flag('--dir') ?? 'content';
const drafts = flag('--drafts');
const only = flag('--only') ?? (drafts === undefined ? undefined : `${drafts.replace(/\/$/, '')}/`);
const prefix = `${root.replace(/\/$/, '')}/`;
const files = readContentFiles(root);
const draftPaths = new Set<string>();
if (drafts !== undefined) {
  for (const [path, text] of readContentFiles(drafts)) {
    if (!/^vol\d\/unit-\d{2}\/(lesson-\d{2}|test)\.json$/.test(path)) continue;
    files.set(path, text);
    draftPaths.add(path);
  }
  const course = JSON.parse(files.get('course.json') ?? '{}') as {
    volumes?: Array<{ id: string; units: Array<{ id: string; lessons: Array<{ id: string; file?: string }>; test: { file?: string } }> }>;
  };
  for (const volume of course.volumes ?? []) {
    for (const unit of volume.units) {
      const folder = `vol${volume.id.slice(1)}/unit-${unit.id.slice(-2)}`;
      for (const lesson of unit.lessons) {
        const path = `${folder}/lesson-${lesson.id.slice(-2)}.json`;
        if (draftPaths.has(path)) lesson.file = path;
      }
      if (draftPaths.has(`${folder}/test.json`)) unit.test.file = `${folder}/test.json`;
    }
  }
  files.set('course.json', JSON.stringify(course));
}
const { errors: rawErrors, content } = validateContent(files, prefix);
const draftPrefix = drafts === undefined ? '' : `${drafts.replace(/\/$/, '')}/`;
const errors = rawErrors.map((error) => {
  const path = error.file.startsWith(prefix) ? error.file.slice(prefix.length) : error.file;
  return draftPaths.has(path) ? { ...error, file: `${draftPrefix}${path}` } : error;
});
// The placement test's item bank, validated by the same code as tests/placement-items.test.ts.
const placementText = files.get('placement/items.json');
if (placementText !== undefined) {
  try {
    errors.push(...validatePlacementBank(JSON.parse(placementText) as unknown, `${prefix}placement/items.json`));
  } catch (error) {
    errors.push({ file: `${prefix}placement/items.json`, path: '(root)', message: `not valid JSON: ${String(error)}` });
  }
}
const reported = only === undefined ? errors : errors.filter((error) => error.file.startsWith(only));

if (reported.length > 0) {
  for (const error of reported) process.stderr.write(`${formatContentError(error)}\n`);
  process.stderr.write(`\n${reported.length} content error(s).\n`);
  process.exit(1);
}
if (only !== undefined) {
  process.stdout.write(`content OK under ${only}${errors.length > 0 ? ` (${errors.length} error(s) elsewhere)` : ''}.\n`);
  process.exit(0);
}
const lessons = [...(content?.lessons.values() ?? [])];
const tests = [...(content?.tests.values() ?? [])];
const planned = (content?.course.volumes ?? []).flatMap((volume) => volume.units.flatMap((unit) => unit.lessons)).length - lessons.length;
const exercises = [...lessons, ...tests].reduce((sum, item) => sum + item.exercises.length, 0);
process.stdout.write(
  `content OK: ${lessons.length} lesson(s) and ${tests.length} unit test(s) written, ${planned} lesson(s) planned, ${exercises} exercise(s) valid.\n`,
);
