import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { course, lessonPromise } from '../../content/loader';
import { gloss } from '../../content/localize';
import { toPercent } from '../../domain/progress/lesson-progress';
import { canOpen } from '../../domain/progress/unlock';
import { currentStreak, weeklyGoalProgress } from '../../domain/stats/activity';
import { systemClock } from '../../services/clock/clock';
import { isLowOnSpace, requestPersistence, storageSnapshot } from '../../services/storage/storage';
import { useProgressStore } from '../../stores/progress-store';
import { useReviewStore } from '../../stores/review-store';
import { useStudySettingsStore } from '../../stores/study-settings-store';
import { useCourseProgress } from '../../stores/use-course-progress';
import '../../ui/study.css';

const offsetOf = (ms: number) => new Date(ms).getTimezoneOffset();
const LESSON_ID = /^v\d\.u\d{2}\.l\d{2}$/;

/** The learner's home: what to do next, reviews due, streak and weekly goal, progress through the course. */
export default function HomePage() {
  const { t, i18n } = useTranslation('home');
  const profileId = useProgressStore((state) => state.profileId);
  const attemptsByLesson = useProgressStore((state) => state.attemptsByLesson);
  const lastVisited = useProgressStore((state) => state.lastVisited);
  const lastSections = useProgressStore((state) => state.lastSections);
  const dueCount = useReviewStore((state) => state.dueCount);
  const refreshReviews = useReviewStore((state) => state.refresh);
  const weeklyGoal = useStudySettingsStore((state) => state.weeklyGoal);
  const placement = useStudySettingsStore((state) => state.placement);
  const markPersistAsked = useStudySettingsStore((state) => state.markPersistAsked);
  const { locations, progress, access, next } = useCourseProgress();
  const [lowOnSpace, setLowOnSpace] = useState(false);

  const attempts = useMemo(() => Object.values(attemptsByLesson).flat(), [attemptsByLesson]);
  const now = systemClock.now();
  const streak = currentStreak(attempts, now, offsetOf);
  const goal = weeklyGoalProgress(attempts, weeklyGoal, now, offsetOf);
  const hasProgress = attempts.length > 0;

  useEffect(() => {
    if (profileId !== undefined) void refreshReviews(profileId).catch(() => undefined);
  }, [profileId, refreshReviews, attemptsByLesson]);

  // Once a profile has progress worth keeping, ask the browser once to keep the storage; warn when space runs low.
  useEffect(() => {
    if (!hasProgress) return;
    void (async () => {
      const snapshot = await storageSnapshot();
      setLowOnSpace(isLowOnSpace(snapshot));
      if (snapshot.persisted === false && !(await markPersistAsked())) await requestPersistence();
    })();
  }, [hasProgress, markPersistAsked]);

  const resume =
    lastVisited &&
    LESSON_ID.test(lastVisited.lessonId) &&
    progress[lastVisited.lessonId]?.status !== 'completed' &&
    canOpen(access[lastVisited.lessonId])
      ? locations.find((location) => location.lesson.id === lastVisited.lessonId)
      : undefined;
  const target = resume ?? next;
  const targetSection = target ? (lastSections[target.lesson.id] ?? 'dialogue') : undefined;

  useEffect(() => {
    if (target) void lessonPromise(target.lesson.id).catch(() => undefined);
  }, [target]);

  const currentVolume = target?.volume.id ?? course.volumes[0]?.id;

  return (
    <div className="study-page home">
      <h1>{t('title')}</h1>
      {lowOnSpace ? (
        <p className="notice notice-bad" role="alert">
          {t('storage.low')}
        </p>
      ) : null}
      <div className="study-grid">
        <section className="study-card" aria-labelledby="home-next">
          <h2 id="home-next">{t('next.title')}</h2>
          {target && targetSection ? (
            <>
              <p>
                <Link className="button button-primary" href={`/lesson/${target.lesson.id}/${targetSection}`}>
                  {resume || progress[target.lesson.id]?.status === 'in-progress' ? t('next.continue') : t('next.start')}
                  {': '}
                  <span lang="fr">{target.lesson.title.fr}</span>
                </Link>
              </p>
              <p className="lesson-gloss">
                <span lang="fr">{target.unit.title.fr}</span> · {t(`sections.${targetSection}`, { defaultValue: targetSection })}
              </p>
            </>
          ) : (
            <p>{t('next.allDone')}</p>
          )}
          {placement === undefined && !hasProgress ? (
            <p>
              <Link href="/placement">{t('next.placement')}</Link>
            </p>
          ) : null}
        </section>
        <section className="study-card" aria-labelledby="home-reviews">
          <h2 id="home-reviews">{t('reviews.title')}</h2>
          <p className="big-number" aria-live="polite">
            {dueCount === undefined ? '…' : t('reviews.due', { count: dueCount })}
          </p>
          {dueCount !== undefined && dueCount > 0 ? (
            <p>
              <Link className="button button-primary" href="/review">
                {t('reviews.start')}
              </Link>
            </p>
          ) : (
            <p>{t('reviews.none')}</p>
          )}
        </section>
        <section className="study-card" aria-labelledby="home-habit">
          <h2 id="home-habit">{t('habit.title')}</h2>
          <p>
            <span className="big-number">{streak}</span> {t('habit.streak', { count: streak })}
          </p>
          <p id="goal-label">{t(`habit.goal.${goal.goal.kind}`, { done: goal.done, target: goal.goal.target })}</p>
          <span
            className="meter"
            role="progressbar"
            aria-labelledby="goal-label"
            aria-valuemin={0}
            aria-valuemax={goal.goal.target}
            aria-valuenow={Math.min(goal.done, goal.goal.target)}
          >
            <span style={{ inlineSize: `${toPercent(goal.done / Math.max(1, goal.goal.target))}%` }} />
          </span>
          {goal.met ? <p className="notice notice-ok">{t('habit.met')}</p> : null}
          <p className="study-actions">
            <Link href="/settings">{t('habit.change')}</Link>
            <Link href="/stats">{t('habit.stats')}</Link>
          </p>
        </section>
      </div>

      <section aria-labelledby="home-progress" className="study-page">
        <h2 id="home-progress">{t('progress.title')}</h2>
        <p className="study-actions">
          <Link href="/course">{t('progress.map')}</Link>
        </p>
        {course.volumes.map((volume) => {
          const lessons = locations.filter((location) => location.volume.id === volume.id);
          const written = lessons.filter((location) => access[location.lesson.id] !== 'planned');
          const done = written.filter(
            (location) => progress[location.lesson.id]?.status === 'completed' || access[location.lesson.id] === 'tested-out',
          );
          return (
            <details key={volume.id} className="volume-progress study-card" open={volume.id === currentVolume}>
              <summary>
                <span lang="fr">{volume.title.fr}</span> <span className="level-badge">{volume.level}</span>
                <span className="lesson-status">
                  {written.length === 0
                    ? t('progress.volumePlanned', { count: lessons.length })
                    : t('progress.volume', { done: done.length, written: written.length, total: lessons.length })}
                </span>
              </summary>
              {volume.units.map((unit) => (
                <section key={unit.id} className="unit-progress" aria-labelledby={`home-unit-${unit.id}`}>
                  <h3 id={`home-unit-${unit.id}`} lang="fr">
                    {unit.title.fr}
                  </h3>
                  {unit.lessons.every((lesson) => access[lesson.id] === 'planned') ? (
                    <p className="lesson-gloss">{t('progress.unitPlanned', { count: unit.lessons.length })}</p>
                  ) : (
                    <ol className="lesson-list">
                      {unit.lessons.map((lesson) => {
                        const state = access[lesson.id] ?? 'locked';
                        const lessonProgress = progress[lesson.id];
                        const title = (
                          <>
                            <span className="lesson-title" lang="fr">
                              {lesson.title.fr}
                            </span>
                            <span className="lesson-gloss">{gloss(lesson.title, i18n.language)}</span>
                          </>
                        );
                        if (state === 'planned' || state === 'locked') {
                          return (
                            <li key={lesson.id} className={`lesson-card status-${state}`}>
                              <span className="lesson-link" aria-disabled="true">
                                {title}
                                <span className="lesson-status">{t(`access.${state}`)}</span>
                              </span>
                            </li>
                          );
                        }
                        const status = lessonProgress?.status ?? 'not-started';
                        return (
                          <li key={lesson.id} className={`lesson-card status-${state === 'tested-out' ? 'tested-out' : status}`}>
                            <Link href={`/lesson/${lesson.id}/${lastSections[lesson.id] ?? 'dialogue'}`} className="lesson-link">
                              {title}
                              <span className="lesson-status">
                                {state === 'tested-out' ? t('access.tested-out') : t(`status.${status}`)}
                                {lessonProgress && status !== 'not-started'
                                  ? ` · ${t('score', { percent: toPercent(lessonProgress.score) })} · ${t('answered', { answered: lessonProgress.exercisesAnswered, total: lessonProgress.exercisesTotal })}`
                                  : ''}
                              </span>
                            </Link>
                          </li>
                        );
                      })}
                    </ol>
                  )}
                </section>
              ))}
            </details>
          );
        })}
      </section>
    </div>
  );
}
