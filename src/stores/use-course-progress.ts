import { useMemo } from 'react';
import { isWritten, lessonLocations, type LessonLocation } from '../content/loader';
import { lessonExerciseIds } from '../content/lesson-index';
import { deriveLessonProgress, type LessonProgress } from '../domain/progress/lesson-progress';
import { lessonAccess, type LessonAccess } from '../domain/progress/unlock';
import { useProgressStore } from './progress-store';
import { selectTestedOut, useStudySettingsStore } from './study-settings-store';

/** Progress and access of every lesson of the course, for the home screen and the course map. */
export interface CourseProgress {
  locations: LessonLocation[];
  progress: Record<string, LessonProgress>;
  access: Record<string, LessonAccess>;
  /** The first open lesson not completed, in course order (tested-out lessons skipped). */
  next: LessonLocation | undefined;
}

/** Derives the course progress of the active profile from its attempt log and settings. */
export function useCourseProgress(): CourseProgress {
  const attemptsByLesson = useProgressStore((state) => state.attemptsByLesson);
  const placement = useStudySettingsStore((state) => state.placement);
  const unlockAll = useStudySettingsStore((state) => state.unlockAll);
  return useMemo(() => {
    const locations = lessonLocations();
    const progress: Record<string, LessonProgress> = {};
    for (const { lesson } of locations) {
      progress[lesson.id] = deriveLessonProgress(lesson.id, lessonExerciseIds(lesson.id), attemptsByLesson[lesson.id] ?? []);
    }
    const access = lessonAccess(
      locations.map(({ lesson }) => ({ id: lesson.id, written: isWritten(lesson), status: progress[lesson.id]?.status ?? 'not-started' })),
      selectTestedOut({ placement }),
      unlockAll,
    );
    const next = locations.find(({ lesson }) => access[lesson.id] === 'open' && progress[lesson.id]?.status !== 'completed');
    return { locations, progress, access, next };
  }, [attemptsByLesson, placement, unlockAll]);
}
