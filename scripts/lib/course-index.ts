import type { ValidatedContent } from '../../src/content/validate.ts';
import type { CourseIndex, CourseOutline } from '../../src/content/course-index-types.ts';

/** The course without its syllabus plans: what the shell needs to list volumes, units and lessons. */
export function buildOutline(content: ValidatedContent): CourseOutline {
  const { course } = content;
  return {
    title: course.title,
    volumes: course.volumes.map((volume) => ({
      ...volume,
      units: volume.units.map((unit) => ({
        ...unit,
        lessons: unit.lessons.map(({ plan: _plan, ...lesson }) => lesson),
        test: { id: unit.test.id, ...(unit.test.file === undefined ? {} : { file: unit.test.file }) },
      })),
    })),
  };
}

/** Builds the small index the app needs before any lesson is loaded (outline, exercise ids, counts). */
export function buildCourseIndex(content: ValidatedContent): CourseIndex {
  const lessons: CourseIndex['lessons'] = {};
  for (const lesson of content.lessons.values()) {
    lessons[lesson.id] = {
      exerciseIds: lesson.exercises.map((exercise) => exercise.id),
      exerciseTypes: lesson.exercises.map((exercise) => exercise.type),
      dialogueLines: lesson.dialogues.reduce((sum, dialogue) => sum + dialogue.lines.length, 0),
      vocabulary: lesson.vocabulary.length,
    };
  }
  const tests: CourseIndex['tests'] = {};
  for (const test of content.tests.values()) {
    tests[test.id] = {
      exerciseIds: test.exercises.map((exercise) => exercise.id),
      exerciseTypes: test.exercises.map((exercise) => exercise.type),
      dialogueLines: test.dialogues.reduce((sum, dialogue) => sum + dialogue.lines.length, 0),
      vocabulary: 0,
    };
  }
  return { outline: buildOutline(content), lessons, tests };
}
