import type { ValidatedContent } from '../../src/content/validate.ts';
import type { CourseIndex } from '../../src/content/course-index-types.ts';

/** Builds the small index the app needs before any lesson is loaded (exercise ids, counts). */
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
  return { lessons };
}
