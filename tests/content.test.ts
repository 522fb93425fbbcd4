/**
 * The content, validated by the same code as `npm run validate-content`, plus the fixture courses
 * proving that each kind of error is caught and named with its file and JSON path.
 */
import { describe, expect, test } from 'vitest';
import { formatContentError, validateContent } from '../src/content/validate';
import { readContentFiles } from '../scripts/lib/read-content';

const messages = (root: string) => validateContent(readContentFiles(root), `${root}/`).errors.map(formatContentError);

describe('the course content', () => {
  test('content/ is valid: schemas, ids, references and every exercise lint', () => {
    expect(messages('content')).toEqual([]);
  });

  test('every written lesson and unit test listed in course.json is loaded', () => {
    const { content } = validateContent(readContentFiles('content'));
    const units = content?.course.volumes.flatMap((volume) => volume.units) ?? [];
    const written = units.flatMap((unit) => unit.lessons).filter((lesson) => lesson.file !== undefined);
    expect(written.length).toBeGreaterThanOrEqual(5);
    expect(content?.lessons.size).toBe(written.length);
    expect(content?.tests.size).toBe(units.filter((unit) => unit.test.file !== undefined).length);
  });

  test('the syllabus plans three volumes of at least five units of at least four lessons, each with a test', () => {
    const { content } = validateContent(readContentFiles('content'));
    const volumes = content?.course.volumes ?? [];
    expect(volumes.map((volume) => volume.level)).toEqual(['A1', 'A2', 'B1']);
    for (const volume of volumes) {
      const units = volume.units.filter((unit) => !unit.id.endsWith('.u00'));
      expect(units.length).toBeGreaterThanOrEqual(5);
      for (const unit of volume.units) {
        expect(unit.lessons.length, unit.id).toBeGreaterThanOrEqual(4);
        expect(unit.test.id).toBe(`${unit.id}.test`);
      }
    }
  });
});

describe('the validator on fixture courses', () => {
  test('a valid fixture course passes', () => {
    expect(messages('tests/fixtures/valid-course')).toEqual([]);
  });

  const broken = messages('tests/fixtures/broken-course');
  const file = (n: number) => `tests/fixtures/broken-course/vol1/unit-00/lesson-0${n}.json`;

  test.each([
    ['missing field', `${file(1)}: vocabulary: missing required field (expected array)`],
    ['wrong type', `${file(2)}: level: Invalid option: expected one of "A1"|"A2"|"B1"`],
    ['duplicate id', `${file(3)}: exercises[1].id: duplicate id "v1.u00.l03.ex01" (first used at ${file(3)}: exercises[0].id)`],
    ['bad id pattern', `${file(4)}: exercises[0].id: id must look like "v1.u00.l01.ex01"`],
    ['unknown exercise type', `${file(5)}: exercises[0].type: unknown exercise type "crossword"`],
    ['key fails its own check', `${file(6)}: exercises[2].chips.fr: the chips, in the order written, do not rebuild accept.fr[0]`],
    ['reference to a missing line', `${file(7)}: exercises[0].ref: reference to a missing line or item "v1.u00.l07.d1.line09"`],
    ['invalid JSON', `${file(8)}: (root): invalid JSON: Expected double-quoted property name in JSON at position 23`],
    ['unknown speaker', `${file(9)}: dialogues[0].lines[1].speaker: unknown speaker "piotr"`],
  ])('%s is reported with file and JSON path', (_kind, message) => {
    expect(broken).toContain(message);
  });

  test('each broken lesson yields exactly one error, nothing else', () => {
    expect(broken).toHaveLength(9);
  });

  test('a lesson file missing from disk is named in course.json', () => {
    const files = readContentFiles('tests/fixtures/valid-course');
    files.delete('vol1/unit-00/lesson-01.json');
    const errors = validateContent(files, 'x/').errors.map(formatContentError);
    expect(errors).toEqual(['x/course.json: volumes[0].units[0].lessons[0].file: file not found "vol1/unit-00/lesson-01.json"']);
  });

  test('a lesson file not listed in course.json is reported', () => {
    const files = readContentFiles('tests/fixtures/valid-course');
    files.set('vol1/unit-00/lesson-02.json', files.get('vol1/unit-00/lesson-01.json') ?? '');
    const errors = validateContent(files, 'x/').errors.map(formatContentError);
    expect(errors).toEqual(['x/vol1/unit-00/lesson-02.json: (root): lesson file is not listed in course.json']);
  });

  const testFile = 'vol1/unit-00/test.json';
  const withTest = (edit: (test: Record<string, unknown> & { exercises: unknown[]; sections: Array<{ exercises: string[] }> }) => void) => {
    const files = readContentFiles('tests/fixtures/valid-course');
    const test = JSON.parse(files.get(testFile) ?? '{}') as Parameters<typeof edit>[0];
    edit(test);
    files.set(testFile, JSON.stringify(test));
    return validateContent(files, 'x/').errors.map(formatContentError);
  };

  test('a unit test with fewer than 20 exercises is reported', () => {
    const errors = withTest((test) => {
      test.exercises = test.exercises.slice(0, 19);
      test.sections[1]!.exercises = test.sections[1]!.exercises.slice(0, 9);
    });
    expect(errors).toEqual(['x/vol1/unit-00/test.json: exercises: a unit test needs at least 20 auto-marked exercises']);
  });

  test('a unit test exercise in no section, or in a section twice, is reported', () => {
    const errors = withTest((test) => {
      test.sections[1]!.exercises = test.sections[1]!.exercises.slice(0, 9);
      test.sections[0]!.exercises.push('v1.u00.test.ex01');
    });
    expect(errors).toEqual([
      'x/vol1/unit-00/test.json: sections[0].exercises[10]: exercise "v1.u00.test.ex01" is already in sections[0].exercises[0]',
      'x/vol1/unit-00/test.json: exercises[19].id: exercise "v1.u00.test.ex20" is in no section',
    ]);
  });

  test('a unit test exercise whose id belongs to a lesson is reported', () => {
    const errors = withTest((test) => {
      (test.exercises[5] as { id: string }).id = 'v1.u00.l01.ex99';
      test.sections[0]!.exercises[5] = 'v1.u00.l01.ex99';
    });
    expect(errors).toEqual(['x/vol1/unit-00/test.json: exercises[5].id: id "v1.u00.l01.ex99" does not belong to v1.u00.test']);
  });

  test('a unit test file not listed in course.json is reported', () => {
    const files = readContentFiles('tests/fixtures/valid-course');
    files.set('vol1/unit-01/test.json', files.get(testFile) ?? '');
    const errors = validateContent(files, 'x/').errors.map(formatContentError);
    expect(errors).toEqual(['x/vol1/unit-01/test.json: (root): test file is not listed in course.json']);
  });

  test('a planned lesson needs no file but must name known exercise types', () => {
    const files = readContentFiles('tests/fixtures/valid-course');
    const course = JSON.parse(files.get('course.json') ?? '{}') as {
      volumes: Array<{ units: Array<{ lessons: Array<{ plan: { exerciseTypes: string[] } }> }> }>;
    };
    course.volumes[0]!.units[0]!.lessons[1]!.plan.exerciseTypes = ['crossword'];
    files.set('course.json', JSON.stringify(course));
    const errors = validateContent(files, 'x/').errors.map(formatContentError);
    expect(errors).toEqual(['x/course.json: volumes[0].units[0].lessons[1].plan.exerciseTypes[0]: unknown exercise type "crossword"']);
  });

  test('a class plan that does not add up to 90 minutes is reported', () => {
    const files = readContentFiles('tests/fixtures/valid-course');
    const lesson = JSON.parse(files.get('vol1/unit-00/lesson-01.json') ?? '{}') as { guide: { plan: Array<{ minutes: number }> } };
    lesson.guide.plan[0]!.minutes = 10;
    files.set('vol1/unit-00/lesson-01.json', JSON.stringify(lesson));
    const errors = validateContent(files, 'x/').errors.map(formatContentError);
    expect(errors).toEqual(['x/vol1/unit-00/lesson-01.json: guide.plan: the class plan lasts 70 minutes; it must add up to 90']);
  });
});
