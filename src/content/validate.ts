/**
 * The content validator, shared by `scripts/validate-content.ts` (build, CI) and
 * `tests/content.test.ts` (npm test). Pure: it receives the files as text and returns messages of
 * the form `content/vol1/unit-02/lesson-03.json: exercises[4].accept.fr[0]: fails its own checker`.
 */
import type { z } from 'zod';
import { isExerciseType, moduleFor } from '../exercises/registry';
import { ownerIdOf } from './ids';
import { validateGlossary } from './glossary-validate';
import {
  courseSchema,
  lessonSchema,
  testAsHost,
  unitTestSchema,
  type Course,
  type Dialogue,
  type ExerciseEnvelope,
  type ExerciseHost,
  type Lesson,
  type UnitTest,
} from './schema';

/** One problem found in the content. */
export interface ContentError {
  /** Path of the file, e.g. `content/vol1/unit-00/lesson-01.json`. */
  file: string;
  /** JSON path inside the file, e.g. `exercises[4].accept.fr[0]`; `(root)` for the whole file. */
  path: string;
  message: string;
}

/** Formats an error as `file: json.path: problem`. */
export function formatContentError(error: ContentError): string {
  return `${error.file}: ${error.path}: ${error.message}`;
}

/** Formats a zod/JSON path as `a.b[2].c`. */
export function formatJsonPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(root)' : out;
}

/** The files under content/, keyed by their path relative to the content root (`vol1/unit-00/lesson-01.json`). */
export type ContentFiles = ReadonlyMap<string, string>;

/** A validated course with its lessons, as the app and tools use it. */
export interface ValidatedContent {
  course: Course;
  /** The written lessons, by id (planned lessons have no file yet). */
  lessons: Map<string, Lesson>;
  /** The written unit tests, by id. */
  tests: Map<string, UnitTest>;
}

/** Rewords zod's message for a missing field, the most common authoring slip. */
function describeIssue(message: string): string {
  const missing = /^Invalid input: expected (\w+), received undefined$/.exec(message);
  return missing ? `missing required field (expected ${missing[1] ?? 'a value'})` : message;
}

function zodErrors(file: string, error: z.ZodError, prefix: ReadonlyArray<PropertyKey> = []): ContentError[] {
  return error.issues.map((issue) => ({
    file,
    path: formatJsonPath([...prefix, ...issue.path]),
    message: describeIssue(issue.message),
  }));
}

function parseJson(file: string, text: string, errors: ContentError[]): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    errors.push({ file, path: '(root)', message: `invalid JSON: ${error instanceof Error ? error.message : String(error)}` });
    return undefined;
  }
}

/** Collects every `id` field in a lesson with its JSON path. */
function collectIds(value: unknown, path: PropertyKey[], out: Array<{ id: string; path: string }>): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => collectIds(item, [...path, index], out));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'id' && typeof child === 'string' && /^v\d\./.test(child)) {
        out.push({ id: child, path: formatJsonPath([...path, key]) });
      } else {
        collectIds(child, [...path, key], out);
      }
    }
  }
}

/** Checks that every id belongs to its lesson or test and is used once in the whole course. */
function checkIds(file: string, raw: unknown, ownerId: string, errors: ContentError[], seenIds: Map<string, string>): Set<string> {
  const ids: Array<{ id: string; path: string }> = [];
  collectIds(raw, [], ids);
  for (const { id, path } of ids) {
    if (path !== 'id' && ownerIdOf(id) !== ownerId) {
      errors.push({ file, path, message: `id "${id}" does not belong to ${ownerId}` });
    }
    const previous = seenIds.get(id);
    if (previous !== undefined) {
      errors.push({ file, path, message: `duplicate id "${id}" (first used at ${previous})` });
    } else {
      seenIds.set(id, `${file}: ${path}`);
    }
  }
  return new Set(ids.map((entry) => entry.id));
}

function checkDialogues(file: string, dialogues: readonly Dialogue[], errors: ContentError[]): void {
  dialogues.forEach((dialogue, dialogueIndex) => {
    const speakers = new Set(dialogue.speakers.map((speaker) => speaker.id));
    dialogue.lines.forEach((line, lineIndex) => {
      if (!speakers.has(line.speaker)) {
        errors.push({
          file,
          path: `dialogues[${dialogueIndex}].lines[${lineIndex}].speaker`,
          message: `unknown speaker "${line.speaker}"`,
        });
      }
      if (!line.id.startsWith(`${dialogue.id}.`)) {
        errors.push({
          file,
          path: `dialogues[${dialogueIndex}].lines[${lineIndex}].id`,
          message: `line id "${line.id}" is not inside dialogue ${dialogue.id}`,
        });
      }
    });
  });
}

/** Each exercise against its type's schema and lint. */
function checkExercises(
  file: string,
  exercises: readonly ExerciseEnvelope[],
  host: ExerciseHost,
  ids: ReadonlySet<string>,
  errors: ContentError[],
): void {
  exercises.forEach((envelope, index) => {
    const prefix = ['exercises', index];
    if (!isExerciseType(envelope.type)) {
      errors.push({ file, path: formatJsonPath([...prefix, 'type']), message: `unknown exercise type "${envelope.type}"` });
      return;
    }
    const module = moduleFor(envelope.type);
    const result = module.schema.safeParse(envelope);
    if (!result.success) {
      errors.push(...zodErrors(file, result.error, prefix));
      return;
    }
    for (const issue of module.lint(result.data, { lesson: host, ids })) {
      errors.push({ file, path: `${formatJsonPath(prefix)}.${issue.path}`, message: issue.message });
    }
  });
}

function validateLesson(file: string, raw: unknown, errors: ContentError[], seenIds: Map<string, string>): Lesson | undefined {
  const parsed = lessonSchema.safeParse(raw);
  if (!parsed.success) {
    errors.push(...zodErrors(file, parsed.error));
    return undefined;
  }
  const lesson = parsed.data;
  const before = errors.length;
  const ids = checkIds(file, raw, lesson.id, errors, seenIds);
  checkDialogues(file, lesson.dialogues, errors);
  checkExercises(file, lesson.exercises, lesson, ids, errors);

  const planMinutes = lesson.guide.plan.reduce((sum, step) => sum + step.minutes, 0);
  if (planMinutes !== 90) {
    errors.push({ file, path: 'guide.plan', message: `the class plan lasts ${planMinutes} minutes; it must add up to 90` });
  }
  return errors.length === before ? lesson : undefined;
}

function validateTest(file: string, raw: unknown, errors: ContentError[], seenIds: Map<string, string>): UnitTest | undefined {
  const parsed = unitTestSchema.safeParse(raw);
  if (!parsed.success) {
    errors.push(...zodErrors(file, parsed.error));
    return undefined;
  }
  const test = parsed.data;
  const before = errors.length;
  const ids = checkIds(file, raw, test.id, errors, seenIds);
  checkDialogues(file, test.dialogues, errors);
  checkExercises(file, test.exercises, testAsHost(test), ids, errors);

  const exerciseIds = new Set(test.exercises.map((exercise) => exercise.id));
  const placed = new Map<string, string>();
  test.sections.forEach((section, sectionIndex) => {
    section.exercises.forEach((exerciseId, index) => {
      const path = `sections[${sectionIndex}].exercises[${index}]`;
      if (!exerciseIds.has(exerciseId)) errors.push({ file, path, message: `no exercise "${exerciseId}" in this test` });
      const earlier = placed.get(exerciseId);
      if (earlier !== undefined) errors.push({ file, path, message: `exercise "${exerciseId}" is already in ${earlier}` });
      placed.set(exerciseId, path);
    });
  });
  test.exercises.forEach((exercise, index) => {
    if (!placed.has(exercise.id)) {
      errors.push({ file, path: `exercises[${index}].id`, message: `exercise "${exercise.id}" is in no section` });
    }
  });
  return errors.length === before ? test : undefined;
}

/**
 * Validates a whole content tree: course.json, every lesson it lists, and no lesson file left out.
 * `filePrefix` is prepended to file names in messages (e.g. `content/`).
 */
export function validateContent(files: ContentFiles, filePrefix = 'content/'): { errors: ContentError[]; content?: ValidatedContent } {
  const errors: ContentError[] = [];
  const courseFile = `${filePrefix}course.json`;
  const courseText = files.get('course.json');
  if (courseText === undefined) {
    return { errors: [{ file: courseFile, path: '(root)', message: 'file not found' }] };
  }
  const courseRaw = parseJson(courseFile, courseText, errors);
  if (courseRaw === undefined) return { errors };
  const courseParsed = courseSchema.safeParse(courseRaw);
  if (!courseParsed.success) return { errors: zodErrors(courseFile, courseParsed.error) };
  const course = courseParsed.data;

  const lessons = new Map<string, Lesson>();
  const tests = new Map<string, UnitTest>();
  const seenIds = new Map<string, string>();
  const referencedFiles = new Set<string>();
  course.volumes.forEach((volume, volumeIndex) => {
    const volumePath = `volumes[${volumeIndex}]`;
    if (seenIds.has(volume.id)) errors.push({ file: courseFile, path: `${volumePath}.id`, message: `duplicate id "${volume.id}"` });
    seenIds.set(volume.id, `${courseFile}: ${volumePath}.id`);
    volume.units.forEach((unit, unitIndex) => {
      const unitPath = `${volumePath}.units[${unitIndex}]`;
      if (!unit.id.startsWith(`${volume.id}.`))
        errors.push({ file: courseFile, path: `${unitPath}.id`, message: `unit "${unit.id}" is not in volume ${volume.id}` });
      if (seenIds.has(unit.id)) errors.push({ file: courseFile, path: `${unitPath}.id`, message: `duplicate id "${unit.id}"` });
      seenIds.set(unit.id, `${courseFile}: ${unitPath}.id`);
      unit.lessons.forEach((ref, lessonIndex) => {
        const refPath = `${unitPath}.lessons[${lessonIndex}]`;
        if (!ref.id.startsWith(`${unit.id}.`))
          errors.push({ file: courseFile, path: `${refPath}.id`, message: `lesson "${ref.id}" is not in unit ${unit.id}` });
        if (seenIds.has(ref.id)) errors.push({ file: courseFile, path: `${refPath}.id`, message: `duplicate id "${ref.id}"` });
        ref.plan.exerciseTypes.forEach((type, typeIndex) => {
          if (!isExerciseType(type))
            errors.push({
              file: courseFile,
              path: `${refPath}.plan.exerciseTypes[${typeIndex}]`,
              message: `unknown exercise type "${type}"`,
            });
        });
        if (ref.file === undefined) {
          seenIds.set(ref.id, `${courseFile}: ${refPath}.id`);
          return; // planned: the syllabus entry is all there is so far
        }
        if (referencedFiles.has(ref.file))
          errors.push({ file: courseFile, path: `${refPath}.file`, message: `file "${ref.file}" is listed twice` });
        referencedFiles.add(ref.file);
        const text = files.get(ref.file);
        if (text === undefined) {
          errors.push({ file: courseFile, path: `${refPath}.file`, message: `file not found "${ref.file}"` });
          return;
        }
        const lessonFile = `${filePrefix}${ref.file}`;
        const raw = parseJson(lessonFile, text, errors);
        if (raw === undefined) return;
        const lesson = validateLesson(lessonFile, raw, errors, seenIds);
        if (lesson === undefined) return;
        if (lesson.id !== ref.id) {
          errors.push({ file: lessonFile, path: 'id', message: `id "${lesson.id}" differs from course.json's "${ref.id}"` });
        }
        if (lesson.title.fr !== ref.title.fr) {
          errors.push({ file: lessonFile, path: 'title.fr', message: `title differs from course.json's "${ref.title.fr}"` });
        }
        if (lesson.level !== volume.level) {
          errors.push({ file: lessonFile, path: 'level', message: `level ${lesson.level} differs from the volume's ${volume.level}` });
        }
        lessons.set(lesson.id, lesson);
      });

      const testRef = unit.test;
      const testPath = `${unitPath}.test`;
      if (testRef.id !== `${unit.id}.test`) {
        errors.push({ file: courseFile, path: `${testPath}.id`, message: `the test of unit ${unit.id} must have id "${unit.id}.test"` });
      }
      if (testRef.file === undefined) return;
      referencedFiles.add(testRef.file);
      const text = files.get(testRef.file);
      if (text === undefined) {
        errors.push({ file: courseFile, path: `${testPath}.file`, message: `file not found "${testRef.file}"` });
        return;
      }
      const testFile = `${filePrefix}${testRef.file}`;
      const raw = parseJson(testFile, text, errors);
      if (raw === undefined) return;
      const test = validateTest(testFile, raw, errors, seenIds);
      if (test === undefined) return;
      if (test.id !== testRef.id) {
        errors.push({ file: testFile, path: 'id', message: `id "${test.id}" differs from course.json's "${testRef.id}"` });
      }
      if (test.level !== volume.level) {
        errors.push({ file: testFile, path: 'level', message: `level ${test.level} differs from the volume's ${volume.level}` });
      }
      tests.set(test.id, test);
    });
  });

  for (const path of files.keys()) {
    if (/^vol\d\/unit-\d{2}\/(lesson-\d{2}|test)\.json$/.test(path) && !referencedFiles.has(path)) {
      const kind = path.endsWith('test.json') ? 'test' : 'lesson';
      errors.push({ file: `${filePrefix}${path}`, path: '(root)', message: `${kind} file is not listed in course.json` });
    }
  }
  // The EN–FR glossary (content/glossary/<domain>.json), by its own validator.
  errors.push(...validateGlossary(files, filePrefix).errors);
  return errors.length === 0 ? { errors, content: { course, lessons, tests } } : { errors };
}
