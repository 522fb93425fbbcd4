import { use } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { findLesson, LessonNotFoundError, lessonPromise } from '../../content/loader';
import { gloss } from '../../content/localize';
import type { Lesson } from '../../content/schema';
import { ErrorBoundary } from '../../ui/error-boundary';
import { AnswerKey } from './answer-key';
import { LoadError, PrintButton } from './shared';

/** The instructor's guide to one lesson: objectives, the 90-minute plan, activities, errors, answer key. */
export default function LessonGuidePage() {
  const { lessonId = '' } = useParams<{ lessonId: string }>();
  return (
    <ErrorBoundary key={lessonId} fallback={(error) => <LoadError notFound={error instanceof LessonNotFoundError} />}>
      <LessonGuide lesson={use(lessonPromise(lessonId))} />
    </ErrorBoundary>
  );
}

function LessonGuide({ lesson }: { lesson: Lesson }) {
  const { t, i18n } = useTranslation('instructor');
  const g = (text: { en: string; [lang: string]: string | undefined }) => gloss(text, i18n.language);
  const location = findLesson(lesson.id);
  let elapsed = 0;
  return (
    <article className="instructor-page" aria-labelledby="guide-title">
      <p className="breadcrumb no-print">
        <Link href="/instructor">{t('title')}</Link>
        {location ? (
          <>
            {' · '}
            <span lang="fr">{location.unit.title.fr}</span>
          </>
        ) : null}
      </p>
      <h1 id="guide-title">
        <span lang="fr">{lesson.title.fr}</span>
        <span className="translation"> — {g(lesson.title)}</span>
      </h1>
      <p className="no-print actions">
        <PrintButton />{' '}
        <Link className="button" href={`/lesson/${lesson.id}/dialogue`}>
          {t('openLesson')}
        </Link>{' '}
        <Link className="button" href={`/instructor/project/${lesson.id}`}>
          {t('project')}
        </Link>{' '}
        <Link className="button" href={`/instructor/record/${lesson.id}`}>
          {t('record')}
        </Link>
      </p>
      <p>{g(lesson.situation)}</p>

      <section aria-labelledby="guide-objectives">
        <h2 id="guide-objectives">{t('objectives')}</h2>
        <ul>
          {lesson.guide.objectives.map((objective, index) => (
            <li key={index}>{g(objective)}</li>
          ))}
        </ul>
      </section>
      {lesson.guide.materials.length > 0 ? (
        <section aria-labelledby="guide-materials">
          <h2 id="guide-materials">{t('materials')}</h2>
          <ul>
            {lesson.guide.materials.map((material, index) => (
              <li key={index}>{g(material)}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="guide-plan">
        <h2 id="guide-plan">{t('plan', { minutes: lesson.guide.plan.reduce((sum, step) => sum + step.minutes, 0) })}</h2>
        <table className="class-plan">
          <thead>
            <tr>
              <th scope="col">{t('time')}</th>
              <th scope="col">{t('activity')}</th>
            </tr>
          </thead>
          <tbody>
            {lesson.guide.plan.map((step, index) => {
              const from = elapsed;
              elapsed += step.minutes;
              return (
                <tr key={index}>
                  <td className="plan-time">{t('minutesRange', { from, to: elapsed })}</td>
                  <td>
                    <strong>{g(step.activity)}</strong>
                    {step.detail ? <p>{g(step.detail)}</p> : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="guide-extension">
        <h2 id="guide-extension">{t('extension')}</h2>
        <ul>
          {lesson.guide.extension.map((item, index) => (
            <li key={index}>{g(item)}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="guide-roleplay">
        <h2 id="guide-roleplay">{t('rolePlay')}</h2>
        <ul>
          {lesson.guide.rolePlay.map((item, index) => (
            <li key={index}>{g(item)}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="guide-errors">
        <h2 id="guide-errors">{t('commonErrors')}</h2>
        <table className="common-errors">
          <thead>
            <tr>
              <th scope="col">{t('learnerSays')}</th>
              <th scope="col">{t('correction')}</th>
              <th scope="col">{t('why')}</th>
            </tr>
          </thead>
          <tbody>
            {lesson.guide.commonErrors.map((error, index) => (
              <tr key={index}>
                <td lang="fr">
                  <s>{error.learnerError.fr}</s>
                </td>
                <td lang="fr">{error.correction.fr}</td>
                <td>{g(error.why)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <AnswerKey exercises={lesson.exercises} headingId="guide-key" />
    </article>
  );
}
