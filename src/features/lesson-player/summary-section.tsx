import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Lesson } from '../../content/schema';
import { deriveLessonProgress, toPercent } from '../../domain/progress/lesson-progress';
import { ReviewItem } from '../../exercises/exercise-runner';
import { useProgressStore } from '../../stores/progress-store';

/** The end of a lesson: score, what went well, what to review, and where to go next. */
export function SummarySection({ lesson, nextLessonId }: { lesson: Lesson; nextLessonId: string | undefined }) {
  const { t } = useTranslation('lesson');
  const attempts = useProgressStore((state) => state.attemptsByLesson[lesson.id]) ?? [];
  const ids = lesson.exercises.map((exercise) => exercise.id);
  const progress = deriveLessonProgress(lesson.id, ids, attempts);
  const latest = new Map(attempts.map((attempt) => [attempt.exerciseId, attempt]));
  const correct = ids.filter((id) => latest.get(id)?.result === 'correct').length;
  const toReview = lesson.exercises.filter((exercise) => progress.toReview.includes(exercise.id));
  const slips = lesson.exercises.filter((exercise) => progress.slips.includes(exercise.id));

  return (
    <div className="summary">
      <p className="score" aria-label={t('summary.scoreLabel', { percent: toPercent(progress.score) })}>
        <span className="score-number">{toPercent(progress.score)}%</span>
      </p>
      <ul className="summary-counts">
        <li>{t('summary.correct', { count: correct })}</li>
        <li>{t('summary.slips', { count: slips.length })}</li>
        <li>{t('summary.wrong', { count: toReview.length })}</li>
        <li>{t('summary.unanswered', { count: progress.exercisesTotal - progress.exercisesAnswered })}</li>
      </ul>
      {progress.status !== 'completed' ? (
        <p>
          <Link className="button" href={`/lesson/${lesson.id}/exercises`}>
            {t('summary.finishExercises')}
          </Link>
        </p>
      ) : null}
      {toReview.length > 0 ? (
        <section aria-labelledby="to-review">
          <h3 id="to-review">{t('summary.toReview')}</h3>
          <ul className="review-list">
            {toReview.map((exercise) => (
              <ReviewItem key={exercise.id} exercise={exercise} response={latest.get(exercise.id)?.response} />
            ))}
          </ul>
          <p className="review-hint">{t('summary.reviewHint')}</p>
          <p>
            <Link className="button button-primary" href={`/lesson/${lesson.id}/exercises/retry`}>
              {t('summary.retryWrong')}
            </Link>
          </p>
        </section>
      ) : null}
      {slips.length > 0 ? (
        <section aria-labelledby="slips">
          <h3 id="slips">{t('summary.slipsTitle')}</h3>
          <ul className="review-list">
            {slips.map((exercise) => (
              <ReviewItem key={exercise.id} exercise={exercise} response={latest.get(exercise.id)?.response} />
            ))}
          </ul>
        </section>
      ) : null}
      <p className="summary-next">
        {nextLessonId ? (
          <Link className="button" href={`/lesson/${nextLessonId}`}>
            {t('summary.nextLesson')}
          </Link>
        ) : null}{' '}
        <Link className="button" href="/">
          {t('summary.backToCourse')}
        </Link>
      </p>
    </div>
  );
}
