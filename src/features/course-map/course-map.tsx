import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useEffect } from 'react';
import { course, isWritten, lessonPromise } from '../../content/loader';
import { gloss } from '../../content/localize';
import { deriveLessonProgress, toPercent, type LessonProgress } from '../../domain/progress/lesson-progress';
import { useProgressStore } from '../../stores/progress-store';
import { lessonExerciseIds } from '../../content/lesson-index';
import { useCourseProgress } from '../../stores/use-course-progress';

/** Course map: volumes → units → lessons, each with its status and score. */
export default function CourseMap() {
  const { t, i18n } = useTranslation('course-map');
  const attemptsByLesson = useProgressStore((state) => state.attemptsByLesson);
  const lastSections = useProgressStore((state) => state.lastSections);
  const lessonHref = (lessonId: string) => `/lesson/${lessonId}/${lastSections[lessonId] ?? 'dialogue'}`;
  const progressOf = (lessonId: string): LessonProgress =>
    deriveLessonProgress(lessonId, lessonExerciseIds(lessonId), attemptsByLesson[lessonId] ?? []);
  // Lessons open in order (domain/progress/unlock.ts); a placement result or an instructor opens more.
  const { access, next } = useCourseProgress();

  // Fetch the next lesson's content while the learner reads the map.
  useEffect(() => {
    if (next) void lessonPromise(next.lesson.id).catch(() => undefined);
  }, [next]);

  return (
    <div className="course-map">
      <h1>{t('title')}</h1>
      {next ? (
        <p className="continue">
          <Link className="button button-primary" href={lessonHref(next.lesson.id)}>
            {progressOf(next.lesson.id).status === 'in-progress' ? t('continueLesson') : t('startLesson')}
            {': '}
            <span lang="fr">{next.lesson.title.fr}</span>
          </Link>
        </p>
      ) : (
        <p className="continue">{t('allDone')}</p>
      )}
      {course.volumes.map((volume) => (
        <section key={volume.id} aria-labelledby={`vol-${volume.id}`} className="volume">
          <h2 id={`vol-${volume.id}`}>
            <span lang="fr">{volume.title.fr}</span> <span className="level-badge">{volume.level}</span>
          </h2>
          {volume.units.map((unit) => (
            <section key={unit.id} className="unit" aria-labelledby={`unit-${unit.id}`}>
              <h3 id={`unit-${unit.id}`} lang="fr">
                {unit.title.fr}
              </h3>
              <p className="unit-summary">{gloss(unit.summary, i18n.language)}</p>
              {!unit.lessons.some(isWritten) ? (
                // A unit not written yet: one line, not a card per planned lesson (a lighter page).
                <p className="unit-planned">{t('unitPlanned', { count: unit.lessons.length })}</p>
              ) : (
                <ol className="lesson-list">
                  {unit.lessons.map((lesson) => {
                    if (!isWritten(lesson)) {
                      return (
                        <li key={lesson.id} className="lesson-card status-planned">
                          <span className="lesson-link" aria-disabled="true">
                            <span className="lesson-title" lang="fr">
                              {lesson.title.fr}
                            </span>
                            <span className="lesson-gloss">{gloss(lesson.title, i18n.language)}</span>
                            <span className="lesson-status">{t('status.planned')}</span>
                          </span>
                        </li>
                      );
                    }
                    const progress = progressOf(lesson.id);
                    if (access[lesson.id] === 'locked') {
                      return (
                        <li key={lesson.id} className="lesson-card status-locked">
                          <span className="lesson-link" aria-disabled="true">
                            <span className="lesson-title" lang="fr">
                              {lesson.title.fr}
                            </span>
                            <span className="lesson-gloss">{gloss(lesson.title, i18n.language)}</span>
                            <span className="lesson-status">
                              <span>{t(`status.${progress.status}`)}</span> · <span>{t('locked')}</span>
                            </span>
                          </span>
                        </li>
                      );
                    }
                    return (
                      <li key={lesson.id} className={`lesson-card status-${progress.status}`}>
                        <Link href={lessonHref(lesson.id)} className="lesson-link">
                          <span className="lesson-title" lang="fr">
                            {lesson.title.fr}
                          </span>
                          <span className="lesson-gloss">{gloss(lesson.title, i18n.language)}</span>
                          <span className="lesson-status">
                            {access[lesson.id] === 'tested-out' ? `${t('testedOut')} · ` : ''}
                            {t(`status.${progress.status}`)}
                            {progress.status !== 'not-started'
                              ? ` · ${t('score', { percent: toPercent(progress.score) })} · ${t('answered', { answered: progress.exercisesAnswered, total: progress.exercisesTotal })}`
                              : ''}
                          </span>
                          <span className="progress-bar" aria-hidden="true">
                            <span style={{ width: `${toPercent(progress.exercisesAnswered / Math.max(1, progress.exercisesTotal))}%` }} />
                          </span>
                        </Link>
                      </li>
                    );
                  })}
                </ol>
              )}
              {unit.test.file !== undefined ? (
                <p className="unit-test-link">
                  <Link href={`/test/${unit.test.id}`} className="button">
                    {t('unitTest')}
                  </Link>
                </p>
              ) : null}
            </section>
          ))}
        </section>
      ))}
    </div>
  );
}
