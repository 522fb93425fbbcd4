import { use, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { findUnitOfTest, LessonNotFoundError, unitTestPromise } from '../../content/loader';
import { gloss } from '../../content/localize';
import type { ExerciseEnvelope, UnitTest } from '../../content/schema';
import { isExerciseType } from '../../exercises/exercise-types';
import type { ExerciseViewModule } from '../../exercises/view-types';
import { loadExerciseView } from '../../exercises/views';
import { ErrorBoundary } from '../../ui/error-boundary';
import { PlayAllButton } from '../../ui/play-button';
import { keyLines } from './answer-key';
import { LoadError, PrintButton } from './shared';

type Mode = 'paper' | 'key';

/** A unit test for class use: the learners' paper, or the instructor's key with transcripts and rubrics. */
export default function TestPaperPage() {
  const { testId = '', mode } = useParams<{ testId: string; mode?: string }>();
  return (
    <ErrorBoundary key={testId} fallback={(error) => <LoadError notFound={error instanceof LessonNotFoundError} />}>
      <TestPaper test={use(unitTestPromise(testId))} mode={mode === 'key' ? 'key' : 'paper'} />
    </ErrorBoundary>
  );
}

type AnyViewModule = ExerciseViewModule<{ id: string; type: string }, unknown>;

/** One question as the learner sees it, read-only (printed, it leaves space to answer). */
function PaperQuestion({ exercise, number }: { exercise: ExerciseEnvelope; number: number }) {
  const { i18n } = useTranslation('instructor');
  const [module, setModule] = useState<AnyViewModule | undefined>();
  useEffect(() => {
    if (isExerciseType(exercise.type)) void loadExerciseView(exercise.type).then(setModule);
  }, [exercise.type]);
  const View = module?.View;
  return (
    <li className="paper-question" value={number}>
      <p className="paper-instructions">{gloss(exercise.instructions, i18n.language)}</p>
      {View && module ? (
        <View exercise={exercise} response={module.emptyResponse(exercise)} onChange={() => undefined} verdict={undefined} disabled />
      ) : null}
    </li>
  );
}

function TestPaper({ test, mode }: { test: UnitTest; mode: Mode }) {
  const { t, i18n } = useTranslation('instructor');
  const g = (text: { en: string; [lang: string]: string | undefined }) => gloss(text, i18n.language);
  const unit = findUnitOfTest(test.id)?.unit;
  const byId = new Map(test.exercises.map((exercise) => [exercise.id, exercise]));
  const numbers = new Map(test.sections.flatMap((section) => section.exercises).map((id, index) => [id, index + 1]));
  return (
    <article className="instructor-page test-paper" aria-labelledby="paper-title">
      <p className="breadcrumb no-print">
        <Link href="/instructor">{t('title')}</Link>
        {unit ? (
          <>
            {' · '}
            <span lang="fr">{unit.title.fr}</span>
          </>
        ) : null}
      </p>
      <h1 id="paper-title">
        <span lang="fr">{test.title.fr}</span>
        {mode === 'key' ? <span className="translation"> — {t('answerKey')}</span> : null}
      </h1>
      <nav className="no-print actions" aria-label={t('testViews')}>
        <PrintButton />{' '}
        <Link className="button" href={`/instructor/test/${test.id}/paper`} aria-current={mode === 'paper' ? 'page' : undefined}>
          {t('testPaper')}
        </Link>{' '}
        <Link className="button" href={`/instructor/test/${test.id}/key`} aria-current={mode === 'key' ? 'page' : undefined}>
          {t('answerKey')}
        </Link>
      </nav>
      <p className="paper-meta">
        {t('paperMeta', { minutes: test.durationMinutes, count: test.exercises.length, percent: test.passPercent })}
      </p>
      {mode === 'paper' ? (
        <>
          <p className="paper-name">
            {t('name')}: ____________________ {t('date')}: ____________
          </p>
          <p>{g(test.instructions)}</p>
          {test.sections.map((section, index) => (
            <section key={index} aria-labelledby={`paper-s${index}`} className="paper-section">
              <h2 id={`paper-s${index}`}>{g(section.title)}</h2>
              {section.skill === 'listening'
                ? test.dialogues.map((dialogue) => (
                    <p key={dialogue.id} className="no-print">
                      <strong lang="fr">{dialogue.title.fr}</strong>{' '}
                      <PlayAllButton clipIds={dialogue.lines.map((line) => line.id)} onCurrentChange={() => undefined} />
                    </p>
                  ))
                : null}
              <ol>
                {section.exercises.map((id) => {
                  const exercise = byId.get(id);
                  return exercise ? <PaperQuestion key={id} exercise={exercise} number={numbers.get(id) ?? 0} /> : null;
                })}
              </ol>
            </section>
          ))}
          {test.tasks.length > 0 ? (
            <section aria-labelledby="paper-tasks" className="paper-section">
              <h2 id="paper-tasks">{t('tasks')}</h2>
              <ol>
                {test.tasks.map((task) => (
                  <li key={task.id}>
                    <strong>{g(task.title)}</strong>: {g(task.task)}
                  </li>
                ))}
              </ol>
            </section>
          ) : null}
        </>
      ) : (
        <>
          <section aria-labelledby="key-admin">
            <h2 id="key-admin">{t('administration')}</h2>
            {test.guide.administration.map((paragraph, index) => (
              <p key={index}>{g(paragraph)}</p>
            ))}
          </section>
          {test.dialogues.length > 0 ? (
            <section aria-labelledby="key-transcripts">
              <h2 id="key-transcripts">{t('transcripts')}</h2>
              {test.dialogues.map((dialogue) => {
                const speakers = new Map(dialogue.speakers.map((speaker) => [speaker.id, speaker.name]));
                return (
                  <div key={dialogue.id} className="transcript">
                    <h3 lang="fr">{dialogue.title.fr}</h3>
                    <ol className="dialogue-lines">
                      {dialogue.lines.map((line) => (
                        <li key={line.id}>
                          <span className="speaker">{speakers.get(line.speaker) ?? line.speaker}</span>{' '}
                          <span lang="fr">{line.text.fr}</span>
                        </li>
                      ))}
                    </ol>
                  </div>
                );
              })}
            </section>
          ) : null}
          {test.sections.map((section, index) => (
            <section key={index} aria-labelledby={`key-s${index}`} className="answer-key">
              <h2 id={`key-s${index}`}>{g(section.title)}</h2>
              <ol>
                {section.exercises.map((id) => {
                  const exercise = byId.get(id);
                  if (!exercise) return null;
                  return (
                    <li key={id} value={numbers.get(id)}>
                      <span className="key-instructions">{g(exercise.instructions)}</span>
                      <ul className="key-lines" lang="fr">
                        {keyLines(exercise).map((line, lineIndex) => (
                          <li key={lineIndex}>{line}</li>
                        ))}
                      </ul>
                    </li>
                  );
                })}
              </ol>
            </section>
          ))}
          {test.tasks.length > 0 ? (
            <section aria-labelledby="key-tasks">
              <h2 id="key-tasks">{t('tasks')}</h2>
              {test.tasks.map((task) => (
                <div key={task.id} className="task-key">
                  <h3>{g(task.title)}</h3>
                  <p>{g(task.task)}</p>
                  <p>
                    {t('modelAnswer')}: <span lang="fr">{task.modelAnswer.fr}</span>
                  </p>
                  <table className="rubric">
                    <caption>{t('rubric', { points: task.rubric.reduce((sum, row) => sum + row.points, 0) })}</caption>
                    <tbody>
                      {task.rubric.map((row, rowIndex) => (
                        <tr key={rowIndex}>
                          <td>{g(row.criterion)}</td>
                          <td>{t('points', { count: row.points })}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              ))}
            </section>
          ) : null}
          <section aria-labelledby="key-marking">
            <h2 id="key-marking">{t('marking')}</h2>
            {test.guide.marking.map((paragraph, index) => (
              <p key={index}>{g(paragraph)}</p>
            ))}
          </section>
          <section aria-labelledby="key-remediation">
            <h2 id="key-remediation">{t('remediation')}</h2>
            {test.guide.remediation.map((paragraph, index) => (
              <p key={index}>{g(paragraph)}</p>
            ))}
          </section>
        </>
      )}
    </article>
  );
}
