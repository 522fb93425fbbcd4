import { useEffect, useState } from 'react';
import { loadLesson, LessonNotFoundError } from '../../content/loader';
import type { Lesson } from '../../content/schema';

/** Loads a lesson chunk; reports not-found and load failures (e.g. offline before first visit). */
export function useLesson(lessonId: string): { lesson?: Lesson; error?: 'not-found' | 'load-failed' } {
  const [state, setState] = useState<{ lesson?: Lesson; error?: 'not-found' | 'load-failed'; id: string }>({ id: lessonId });
  useEffect(() => {
    let cancelled = false;
    loadLesson(lessonId).then(
      (lesson) => {
        if (!cancelled) setState({ lesson, id: lessonId });
      },
      (error: unknown) => {
        if (!cancelled) setState({ error: error instanceof LessonNotFoundError ? 'not-found' : 'load-failed', id: lessonId });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [lessonId]);
  if (state.id !== lessonId) return {};
  const result: { lesson?: Lesson; error?: 'not-found' | 'load-failed' } = {};
  if (state.lesson) result.lesson = state.lesson;
  if (state.error) result.error = state.error;
  return result;
}
