import { use, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'wouter';
import { findUnitOfTest, LessonNotFoundError, unitTestPromise } from '../../content/loader';
import { gloss } from '../../content/localize';
import type { UnitTest } from '../../content/schema';
import { toPercent } from '../../domain/progress/lesson-progress';
import { scoreTestSitting, sittingSection, sittingStart, type TestSittingScore } from '../../domain/progress/test-score';
import { ExerciseRunner, ReviewItem, type CheckedAnswer } from '../../exercises/exercise-runner';
import { systemClock } from '../../services/clock/clock';
import { useProgressStore } from '../../stores/progress-store';
import { ErrorBoundary } from '../../ui/error-boundary';
import { AudioToolbar, PlayAllButton } from '../../ui/play-button';

type Stage = 'intro' | 'take' | 'results';
const isStage = (value: string | undefined): value is Stage => value === 'intro' || value === 'take' || value === 'results';

/** A unit test taken by the learner: intro, the exercises section by section, then the result. */
export default function UnitTestPage() {
  const { testId = '', stage } = useParams<{ testId: string; stage?: string }>();
  return (
    <ErrorBoundary key={testId} fallback={(error) => <TestLoadError notFound={error instanceof LessonNotFoundError} />}>
      <TestLoader testId={testId} stage={isStage(stage) ? stage : 'intro'} />
    </ErrorBoundary>
  );
}

function TestLoader({ testId, stage }: { testId: string; stage: Stage }) {
  return <LoadedTest test={use(unitTestPromise(testId))} stage={stage} />;
}

function TestLoadError({ notFound }: { notFound: boolean }) {
  const { t } = useTranslation('unit-test');
  return (
    <div role="alert" className="error-page">
      <p>{notFound ? t('notFound') : t('loadFailed')}</p>
      <Link href="/">{t('backToCourse')}</Link>
    </div>
  );
}

/** The exercise ids of each section, in order, with their skills. */
function sectionFacts(test: UnitTest) {
  return test.sections.map((section) => ({ skill: section.skill, exerciseIds: section.exercises }));
}

function LoadedTest({ test, stage }: { test: UnitTest; stage: Stage }) {
  const { t, i18n } = useTranslation('unit-test');
  const [, navigate] = useLocation();
  const attempts = useProgressStore((state) => state.attemptsByLesson[test.id]) ?? [];
  const remembered = useProgressStore((state) => state.lastSections[test.id]);
  const rememberSection = useProgressStore((state) => state.rememberSection);
  const startedAt = sittingStart(remembered);
  const score = scoreTestSitting(sectionFacts(test), attempts, startedAt ?? Number.MAX_SAFE_INTEGER, test.passPercent);
  const unit = findUnitOfTest(test.id)?.unit;
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    headingRef.current?.focus();
  }, [stage]);

  const start = async () => {
    await rememberSection(test.id, sittingSection(systemClock.now()));
    navigate(`/test/${test.id}/take`);
  };

  return (
    <article className="unit-test" aria-labelledby="test-title">
      <p className="breadcrumb">
        <Link href="/">{t('backToCourse')}</Link>
        {unit ? (
          <>
            {' · '}
            <span lang="fr">{unit.title.fr}</span>
          </>
        ) : null}
      </p>
      <h1 id="test-title" ref={headingRef} tabIndex={-1}>
        <span lang="fr">{test.title.fr}</span>
        <span className="translation"> — {gloss(test.title, i18n.language)}</span>
      </h1>
      {stage === 'intro' ? (
        <TestIntro test={test} score={score} inProgress={startedAt !== undefined && !score.finished} onStart={start} />
      ) : null}
      {stage === 'take' ? (
        startedAt === undefined ? (
          <p>
            <button type="button" className="button button-primary" onClick={() => void start()}>
              {t('start')}
            </button>
          </p>
        ) : (
          <TestTaking test={test} score={score} onFinished={() => navigate(`/test/${test.id}/results`)} />
        )
      ) : null}
      {stage === 'results' ? <TestResults test={test} score={score} startedAt={startedAt} onRestart={start} /> : null}
    </article>
  );
}

function TestIntro({
  test,
  score,
  inProgress,
  onStart,
}: {
  test: UnitTest;
  score: TestSittingScore;
  inProgress: boolean;
  onStart: () => Promise<void>;
}) {
  const { t, i18n } = useTranslation('unit-test');
  return (
    <div className="test-intro">
      <p>{gloss(test.instructions, i18n.language)}</p>
      <ul className="test-facts">
        <li>{t('intro.duration', { minutes: test.durationMinutes })}</li>
        <li>{t('intro.items', { count: test.exercises.length })}</li>
        <li>{t('intro.passMark', { percent: test.passPercent })}</li>
      </ul>
      <h2>{t('intro.sections')}</h2>
      <ol className="test-sections">
        {test.sections.map((section) => (
          <li key={section.title.en}>
            {gloss(section.title, i18n.language)} <span className="muted">({t('intro.items', { count: section.exercises.length })})</span>
          </li>
        ))}
      </ol>
      {test.tasks.length > 0 ? <p className="muted">{t('intro.tasks', { count: test.tasks.length })}</p> : null}
      <p className="actions">
        {inProgress ? (
          <Link className="button button-primary" href={`/test/${test.id}/take`}>
            {t('continue', { answered: score.answered, total: score.total })}
          </Link>
        ) : null}
        <button type="button" className={inProgress ? 'button' : 'button button-primary'} onClick={() => void onStart()}>
          {inProgress ? t('startAgain') : t('start')}
        </button>
      </p>
    </div>
  );
}

function TestTaking({ test, score, onFinished }: { test: UnitTest; score: TestSittingScore; onFinished: () => void }) {
  const { t, i18n } = useTranslation('unit-test');
  const record = useProgressStore((state) => state.record);
  const byId = useMemo(() => new Map(test.exercises.map((exercise) => [exercise.id, exercise])), [test]);
  // The exercise on screen is fixed until the learner continues, so feedback stays visible.
  const [currentId, setCurrentId] = useState<string | undefined>(score.nextExerciseId);
  const exercise = currentId === undefined ? undefined : byId.get(currentId);
  const sectionIndex = test.sections.findIndex((section) => currentId !== undefined && section.exercises.includes(currentId));
  const section = test.sections[sectionIndex];

  useEffect(() => {
    if (currentId === undefined) onFinished();
  }, [currentId, onFinished]);
  if (!exercise || !section) return null;

  const onChecked = async (answer: CheckedAnswer) => {
    await record({
      lessonId: test.id,
      exerciseId: answer.exercise.id,
      exerciseType: answer.exercise.type,
      response: answer.response,
      result: answer.verdict.result,
      score: answer.verdict.score,
      durationMs: answer.durationMs,
    });
  };
  const position = test.exercises.findIndex((candidate) => candidate.id === exercise.id);
  const remaining = test.sections.flatMap((candidate) => candidate.exercises).filter((id) => id !== exercise.id);
  const nextId = () => {
    const answered = new Set(
      (useProgressStore.getState().attemptsByLesson[test.id] ?? [])
        .filter((attempt) => attempt.answeredAt >= (sittingStart(useProgressStore.getState().lastSections[test.id]) ?? 0))
        .map((attempt) => attempt.exerciseId),
    );
    return remaining.find((id) => !answered.has(id));
  };
  return (
    <div className="test-taking">
      <div
        className="progress-bar"
        role="progressbar"
        aria-label={t('progress')}
        aria-valuemin={0}
        aria-valuemax={score.total}
        aria-valuenow={score.answered}
      >
        <span style={{ width: `${Math.round((score.answered / Math.max(1, score.total)) * 100)}%` }} />
      </div>
      <h2>
        {t('sectionHeading', { number: sectionIndex + 1, total: test.sections.length })}: {gloss(section.title, i18n.language)}
      </h2>
      {section.skill === 'listening' && test.dialogues.length > 0 ? <ListeningMaterial test={test} /> : null}
      <ExerciseRunner
        key={exercise.id}
        exercise={exercise}
        position={position}
        total={test.exercises.length}
        onChecked={onChecked}
        continueLabel={nextId() === undefined ? t('seeResults') : t('next')}
        onContinue={() => setCurrentId(nextId())}
      />
    </div>
  );
}

/** The test's recordings: played whole, transcript hidden (it is a listening test). */
function ListeningMaterial({ test }: { test: UnitTest }) {
  const { t, i18n } = useTranslation('unit-test');
  return (
    <section className="listening-material" aria-label={t('listening')}>
      <AudioToolbar clipIds={test.dialogues.flatMap((dialogue) => dialogue.lines.map((line) => line.id))} />
      {test.dialogues.map((dialogue) => (
        <div key={dialogue.id} className="listening-item">
          <p>
            <strong lang="fr">{dialogue.title.fr}</strong> — {gloss(dialogue.setting, i18n.language)}
          </p>
          <PlayAllButton clipIds={dialogue.lines.map((line) => line.id)} onCurrentChange={() => undefined} />
        </div>
      ))}
    </section>
  );
}

function TestResults({
  test,
  score,
  startedAt,
  onRestart,
}: {
  test: UnitTest;
  score: TestSittingScore;
  startedAt: number | undefined;
  onRestart: () => Promise<void>;
}) {
  const { t, i18n } = useTranslation('unit-test');
  const attempts = useProgressStore((state) => state.attemptsByLesson[test.id]) ?? [];
  const latest = new Map(
    attempts.filter((attempt) => attempt.answeredAt >= (startedAt ?? 0)).map((attempt) => [attempt.exerciseId, attempt]),
  );
  const wrong = test.exercises.filter((exercise) => score.wrong.includes(exercise.id));
  return (
    <div className="test-results">
      {!score.finished ? (
        <p role="status">
          {t('results.unfinished', { answered: score.answered, total: score.total })}{' '}
          <Link href={`/test/${test.id}/take`}>{t('continueShort')}</Link>
        </p>
      ) : null}
      <p className="score" aria-label={t('results.scoreLabel', { percent: toPercent(score.score) })}>
        <span className="score-number">{toPercent(score.score)}%</span>
      </p>
      {score.finished ? (
        <p className={score.passed ? 'verdict-pass' : 'verdict-fail'} role="status">
          {score.passed ? t('results.passed', { percent: test.passPercent }) : t('results.failed', { percent: test.passPercent })}
        </p>
      ) : null}
      <table className="section-scores">
        <caption>{t('results.bySection')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('results.section')}</th>
            <th scope="col">{t('results.points')}</th>
            <th scope="col">{t('results.percent')}</th>
          </tr>
        </thead>
        <tbody>
          {test.sections.map((section, index) => {
            const sectionScore = score.sections[index];
            return (
              <tr key={section.title.en}>
                <th scope="row">{gloss(section.title, i18n.language)}</th>
                <td>
                  {Math.round((sectionScore?.points ?? 0) * 10) / 10} / {sectionScore?.total ?? 0}
                </td>
                <td>{toPercent(sectionScore?.score ?? 0)}%</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {wrong.length > 0 ? (
        <section aria-labelledby="test-wrong">
          <h2 id="test-wrong">{t('results.toReview')}</h2>
          <ul className="review-list">
            {wrong.map((exercise) => (
              <ReviewItem key={exercise.id} exercise={exercise} response={latest.get(exercise.id)?.response} />
            ))}
          </ul>
        </section>
      ) : null}
      {test.tasks.length > 0 ? (
        <section aria-labelledby="test-tasks">
          <h2 id="test-tasks">{t('results.tasks')}</h2>
          <p className="muted">{t('results.tasksHint')}</p>
          <ul>
            {test.tasks.map((task) => (
              <li key={task.id}>
                <strong>{gloss(task.title, i18n.language)}</strong>: {gloss(task.task, i18n.language)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p className="actions">
        <Link className="button" href="/">
          {t('backToCourse')}
        </Link>{' '}
        <button type="button" className="button" onClick={() => void onRestart()}>
          {t('startAgain')}
        </button>
      </p>
    </div>
  );
}
