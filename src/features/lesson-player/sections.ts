/** The sections of a lesson, in the order the player walks through them. */
export const LESSON_SECTIONS = ['dialogue', 'vocabulary', 'grammar', 'pronunciation', 'culture', 'exercises', 'summary'] as const;
export type LessonSection = (typeof LESSON_SECTIONS)[number];

export function isLessonSection(value: string | undefined): value is LessonSection {
  return value !== undefined && (LESSON_SECTIONS as readonly string[]).includes(value);
}

/** The section after `section`, if any. */
export function nextSection(section: LessonSection): LessonSection | undefined {
  return LESSON_SECTIONS[LESSON_SECTIONS.indexOf(section) + 1];
}
