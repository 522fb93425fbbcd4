import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { course, isWritten, loadSyllabus } from '../../content/loader';
import { gloss } from '../../content/localize';
import type { Course, LessonPlan } from '../../content/schema';

/** The syllabus plan of every lesson, by id (course.json, loaded when this screen opens). */
function useLessonPlans(): Map<string, LessonPlan> | undefined {
  const [plans, setPlans] = useState<Map<string, LessonPlan>>();
  useEffect(() => {
    let cancelled = false;
    void loadSyllabus().then((syllabus: Course) => {
      if (cancelled) return;
      const entries = syllabus.volumes.flatMap((volume) =>
        volume.units.flatMap((unit) => unit.lessons.map((lesson) => [lesson.id, lesson.plan] as const)),
      );
      setPlans(new Map(entries));
    });
    return () => {
      cancelled = true;
    };
  }, []);
  return plans;
}

function PlanDetails({ plan }: { plan: LessonPlan }) {
  const { t, i18n } = useTranslation('instructor');
  const g = (text: { en: string; [lang: string]: string | undefined }) => gloss(text, i18n.language);
  return (
    <dl className="plan-details">
      <dt>{t('syllabus.objectives')}</dt>
      <dd>
        <ul>
          {plan.objectives.map((objective, index) => (
            <li key={index}>{g(objective)}</li>
          ))}
        </ul>
      </dd>
      <dt>{t('syllabus.situation')}</dt>
      <dd>{g(plan.situation)}</dd>
      <dt>{t('syllabus.vocabulary')}</dt>
      <dd>{g(plan.vocabulary)}</dd>
      <dt>{t('syllabus.grammar')}</dt>
      <dd>
        {plan.grammar.new.map(g).join(' · ')}
        {plan.grammar.recycled.length > 0 ? (
          <span className="muted">
            {' '}
            ({t('syllabus.recycled')}: {plan.grammar.recycled.map(g).join(' · ')})
          </span>
        ) : null}
      </dd>
      <dt>{t('syllabus.pronunciation')}</dt>
      <dd>{g(plan.pronunciation)}</dd>
      <dt>{t('syllabus.culture')}</dt>
      <dd>{g(plan.culture)}</dd>
    </dl>
  );
}

/** The instructor's desk: every unit with its lesson guides, plans and unit test (paper and key). */
export default function InstructorHome() {
  const { t, i18n } = useTranslation('instructor');
  const plans = useLessonPlans();
  return (
    <div className="instructor-page">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      {course.volumes.map((volume) => (
        <section key={volume.id} aria-labelledby={`ivol-${volume.id}`}>
          <h2 id={`ivol-${volume.id}`}>
            <span lang="fr">{volume.title.fr}</span> <span className="level-badge">{volume.level}</span>
          </h2>
          {volume.units.map((unit) => (
            <details key={unit.id} className="instructor-unit" open={unit.lessons.some(isWritten)}>
              <summary>
                <span lang="fr">{unit.title.fr}</span> <span className="muted">— {gloss(unit.title, i18n.language)}</span>
              </summary>
              <ol className="instructor-lessons">
                {unit.lessons.map((lesson) => {
                  const plan = plans?.get(lesson.id);
                  return (
                    <li key={lesson.id}>
                      <span lang="fr" className="lesson-title">
                        {lesson.title.fr}
                      </span>{' '}
                      <span className="muted">{gloss(lesson.title, i18n.language)}</span>
                      <div className="actions">
                        {isWritten(lesson) ? (
                          <>
                            <Link className="button" href={`/instructor/lesson/${lesson.id}`}>
                              {t('guideAndKey')}
                            </Link>{' '}
                            <Link className="button" href={`/instructor/project/${lesson.id}`}>
                              {t('project')}
                            </Link>
                          </>
                        ) : (
                          <span className="muted">{t('planned')}</span>
                        )}
                      </div>
                      {plan ? (
                        <details className="plan">
                          <summary>{t('syllabus.show')}</summary>
                          <PlanDetails plan={plan} />
                        </details>
                      ) : null}
                    </li>
                  );
                })}
              </ol>
              <p className="actions">
                {unit.test.file !== undefined ? (
                  <>
                    <Link className="button" href={`/instructor/test/${unit.test.id}/paper`}>
                      {t('testPaper')}
                    </Link>{' '}
                    <Link className="button" href={`/instructor/test/${unit.test.id}/key`}>
                      {t('testKey')}
                    </Link>
                  </>
                ) : (
                  <span className="muted">{t('testPlanned')}</span>
                )}
              </p>
            </details>
          ))}
        </section>
      ))}
    </div>
  );
}
