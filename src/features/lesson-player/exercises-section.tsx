import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { Lesson } from '../../content/schema';
import { deriveLessonProgress, firstUnanswered } from '../../domain/progress/lesson-progress';
import { useProgressStore } from '../../stores/progress-store';
import { ExerciseRunner, type CheckedAnswer } from '../../exercises/exercise-runner';

/**
 * Walks through the lesson's exercises one at a time, resuming at the first unanswered one.
 * In retry mode (`/lesson/:id/exercises/retry`) it walks only through the exercises whose latest answer was wrong.
 */
export function ExercisesSection({ lesson, retry }: { lesson: Lesson; retry: boolean }) {
  const { t } = useTranslation('lesson');
  const [, navigate] = useLocation();
  const attempts = useProgressStore((state) => state.attemptsByLesson[lesson.id]);
  const record = useProgressStore((state) => state.record);

  // The list of exercises for this run is fixed when the section opens, so answering does not
  // reshuffle the queue under the learner.
  const queue = useMemo(() => {
    const ids = lesson.exercises.map((exercise) => exercise.id);
    if (!retry) return lesson.exercises;
    const toReview = new Set(deriveLessonProgress(lesson.id, ids, attempts ?? []).toReview);
    return lesson.exercises.filter((exercise) => toReview.has(exercise.id));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [lesson, retry]);
  const [index, setIndex] = useState(() => {
    if (retry) return 0;
    const start = firstUnanswered(
      lesson.exercises.map((exercise) => exercise.id),
      attempts ?? [],
    );
    return start >= lesson.exercises.length ? 0 : start;
  });

  const exercise = queue[index];
  if (!exercise) {
    return (
      <div className="empty-state">
        <p>{t('exercises.nothingToRetry')}</p>
      </div>
    );
  }

  const onChecked = async (answer: CheckedAnswer) => {
    await record({
      lessonId: lesson.id,
      exerciseId: answer.exercise.id,
      exerciseType: answer.exercise.type,
      response: answer.response,
      result: answer.verdict.result,
      score: answer.verdict.score,
      durationMs: answer.durationMs,
    });
  };
  const last = index + 1 >= queue.length;
  return (
    <div className="exercises">
      <div
        className="progress-bar"
        role="progressbar"
        aria-label={t('exercises.progress')}
        aria-valuemin={0}
        aria-valuemax={queue.length}
        aria-valuenow={index}
      >
        <span style={{ width: `${Math.round((index / queue.length) * 100)}%` }} />
      </div>
      <ExerciseRunner
        key={exercise.id}
        exercise={exercise}
        position={index}
        total={queue.length}
        onChecked={onChecked}
        continueLabel={last ? t('exercises.seeResults') : t('exercises.continue')}
        onContinue={() => {
          if (last) navigate(`/lesson/${lesson.id}/summary`);
          else setIndex(index + 1);
        }}
      />
    </div>
  );
}
