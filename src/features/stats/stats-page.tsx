import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { gloss } from '../../content/localize';
import { lessonPromise } from '../../content/loader';
import { isReviewAttempt } from '../../domain/srs/deck';
import { dayLabel, totalMinutes, totalsByPeriod } from '../../domain/stats/activity';
import { weakestGrammar, type GrammarPoint } from '../../domain/stats/grammar';
import { systemClock } from '../../services/clock/clock';
import { useProgressStore } from '../../stores/progress-store';
import { useReviewStore } from '../../stores/review-store';
import '../../ui/study.css';
import { BarChart } from './bar-chart';

const offsetOf = (ms: number) => new Date(ms).getTimezoneOffset();
const LESSON_ID = /^v\d\.u\d{2}\.l\d{2}$/;

/** Statistics: time studied, words known, accuracy over time, weakest grammar points. */
export default function StatsPage() {
  const { t, i18n } = useTranslation('stats');
  const profileId = useProgressStore((state) => state.profileId);
  const attemptsByLesson = useProgressStore((state) => state.attemptsByLesson);
  const refresh = useReviewStore((state) => state.refresh);
  const knownWords = useReviewStore((state) => (state.profileId === profileId ? state.loaded?.knownWords : undefined));
  const cards = useReviewStore((state) => (state.profileId === profileId ? state.loaded?.deck.length : undefined));
  const [points, setPoints] = useState<Array<GrammarPoint & { lessonTitle: string }>>([]);

  const attempts = useMemo(() => Object.values(attemptsByLesson).flat(), [attemptsByLesson]);
  const now = systemClock.now();
  const days = totalsByPeriod(attempts, now, offsetOf, 'day', 14);
  const weeks = totalsByPeriod(attempts, now, offsetOf, 'week', 8);
  const lessonIds = useMemo(() => Object.keys(attemptsByLesson).filter((id) => LESSON_ID.test(id)), [attemptsByLesson]);

  useEffect(() => {
    if (profileId !== undefined) void refresh(profileId).catch(() => undefined);
  }, [profileId, refresh]);
  useEffect(() => {
    let cancelled = false;
    void Promise.all(lessonIds.map((id) => lessonPromise(id).catch(() => undefined))).then((lessons) => {
      if (cancelled) return;
      setPoints(
        lessons.flatMap((lesson) =>
          lesson
            ? lesson.grammar.map((point) => ({
                id: point.id,
                lessonId: lesson.id,
                title: gloss(point.title, i18n.language),
                lessonTitle: lesson.title.fr,
              }))
            : [],
        ),
      );
    });
    return () => {
      cancelled = true;
    };
  }, [lessonIds, i18n.language]);

  const lessonAttempts = attempts.filter((attempt) => !isReviewAttempt(attempt) && LESSON_ID.test(attempt.lessonId));
  const weakest = weakestGrammar(lessonAttempts, points).slice(0, 5);
  const shortDate = (day: number) => dayLabel(day).slice(5);

  return (
    <div className="study-page stats">
      <h1>{t('title')}</h1>
      <div className="study-grid">
        <section className="study-card" aria-labelledby="stats-time">
          <h2 id="stats-time">{t('time.title')}</h2>
          <p className="big-number">{t('time.total', { minutes: totalMinutes(attempts) })}</p>
        </section>
        <section className="study-card" aria-labelledby="stats-words">
          <h2 id="stats-words">{t('words.title')}</h2>
          <p className="big-number">{knownWords ?? '…'}</p>
          <p>{t('words.help', { cards: cards ?? 0 })}</p>
        </section>
      </div>
      <section className="study-card" aria-labelledby="stats-days">
        <h2 id="stats-days">{t('time.byDay')}</h2>
        <BarChart
          title={t('time.chart')}
          bars={days.map((day) => ({ label: shortDate(day.day), value: day.minutes, display: t('time.minutes', { count: day.minutes }) }))}
          columns={[t('table.day'), t('table.minutes')]}
          tableLabel={t('table.show')}
        />
      </section>
      <section className="study-card" aria-labelledby="stats-accuracy">
        <h2 id="stats-accuracy">{t('accuracy.title')}</h2>
        <BarChart
          title={t('accuracy.chart')}
          max={100}
          bars={weeks.map((week) => ({
            label: shortDate(week.day),
            value: Math.round(week.accuracy * 100),
            display:
              week.answers === 0
                ? t('accuracy.none')
                : t('accuracy.value', { percent: Math.round(week.accuracy * 100), count: week.answers }),
          }))}
          columns={[t('table.week'), t('table.accuracy')]}
          tableLabel={t('table.show')}
        />
      </section>
      <section className="study-card" aria-labelledby="stats-grammar">
        <h2 id="stats-grammar">{t('grammar.title')}</h2>
        {weakest.length === 0 ? (
          <p>{t('grammar.none')}</p>
        ) : (
          <ol className="score-list">
            {weakest.map((score) => {
              const point = points.find((candidate) => candidate.id === score.point.id);
              return (
                <li key={score.point.id}>
                  <Link href={`/lesson/${score.point.lessonId}/grammar`}>{score.point.title}</Link>
                  <span className="lesson-gloss">
                    <span lang="fr">{point?.lessonTitle}</span> · {t('grammar.errors', { wrong: score.wrong, answered: score.answered })}
                  </span>
                </li>
              );
            })}
          </ol>
        )}
        <p className="lesson-gloss">{t('grammar.how')}</p>
      </section>
    </div>
  );
}
