import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { findLesson, lessonLocations } from '../../content/loader';
import type { ExerciseEnvelope } from '../../content/schema';
import { recommendStart } from '../../domain/placement/recommend';
import {
  nextPlacementItem,
  PLACEMENT_LEVELS,
  PLACEMENT_SKILLS,
  scorePlacement,
  type PlacementAnswer,
  type PlacementLevel,
  type PlacementSkill,
  type Tally,
} from '../../domain/placement/staircase';
import { ExerciseRunner } from '../../exercises/exercise-runner';
import { createRng } from '../../lib/rng';
import { systemClock } from '../../services/clock/clock';
import { useProgressStore } from '../../stores/progress-store';
import { useStudySettingsStore, type PlacementRecord } from '../../stores/study-settings-store';
import { useAudio } from '../../ui/audio-context';
import '../../ui/study.css';

/** An item of the bank as the app reads it (validated at build and test time). */
interface BankItem {
  id: string;
  level: PlacementLevel;
  skill: PlacementSkill;
  exercise: ExerciseEnvelope;
}

/** The placement test's lesson id in the attempt log. */
export const PLACEMENT_LESSON_ID = 'placement';

async function loadBank(): Promise<BankItem[]> {
  const module = (await import('../../../content/placement/items.json')) as {
    default: { items: Array<{ level: PlacementLevel; skill: PlacementSkill; exercise: ExerciseEnvelope }> };
  };
  return module.default.items.map((item) => ({ id: item.exercise.id, level: item.level, skill: item.skill, exercise: item.exercise }));
}

function percent(tally: Tally): number {
  return tally.asked === 0 ? 0 : Math.round((tally.right / tally.asked) * 100);
}

/** The adaptive placement test: intro, about 24 items chosen by a staircase, then a recommended start. */
export default function PlacementPage() {
  const { t } = useTranslation('placement');
  const [, navigate] = useLocation();
  const audio = useAudio();
  const record = useProgressStore((state) => state.record);
  const placement = useStudySettingsStore((state) => state.placement);
  const savePlacement = useStudySettingsStore((state) => state.savePlacement);
  const acceptPlacement = useStudySettingsStore((state) => state.acceptPlacement);
  const [bank, setBank] = useState<BankItem[] | undefined>();
  const [answers, setAnswers] = useState<PlacementAnswer[]>([]);
  const [current, setCurrent] = useState<BankItem | undefined>();
  const [stage, setStage] = useState<'intro' | 'test' | 'result'>(placement && placement.acceptedAt === undefined ? 'result' : 'intro');
  const [error, setError] = useState(false);
  const rng = useRef(createRng(systemClock.now() >>> 0));

  const start = async () => {
    try {
      const items = await loadBank();
      // Listening items play a clip; without audio in this build they are left out, not failed.
      const usable = items.filter((item) => item.skill !== 'listening' || audio.has(String((item.exercise as { ref?: string }).ref ?? '')));
      setBank(usable);
      setAnswers([]);
      setCurrent(nextPlacementItem(usable, [], rng.current));
      setStage('test');
    } catch {
      setError(true);
    }
  };

  const finish = async (all: PlacementAnswer[]) => {
    const outcome = scorePlacement(all);
    const lessons = lessonLocations().map(({ volume, unit, lesson }) => ({
      id: lesson.id,
      volumeId: volume.id,
      unitId: unit.id,
      level: volume.level,
    }));
    const recommendation = recommendStart(outcome, lessons);
    if (!recommendation) return;
    const result: PlacementRecord = {
      takenAt: systemClock.now(),
      byLevel: outcome.byLevel,
      bySkill: outcome.bySkill,
      reason: outcome.reason,
      recommendedLessonId: recommendation.lessonId,
      recommendedUnitId: recommendation.unitId,
      testedOut: recommendation.testedOut,
    };
    try {
      await savePlacement(result);
    } catch {
      setError(true);
    }
    setStage('result');
  };

  const location = useMemo(() => (placement ? findLesson(placement.recommendedLessonId) : undefined), [placement]);

  if (error) return <p role="alert">{t('error')}</p>;

  if (stage === 'test' && bank && current) {
    return (
      <div className="study-page placement">
        <h1>{t('title')}</h1>
        <p className="lesson-gloss">{t('progress')}</p>
        <ExerciseRunner
          key={current.id}
          exercise={current.exercise}
          position={answers.length}
          total={Math.min(24, bank.length)}
          onChecked={async (checked) => {
            const answer: PlacementAnswer = {
              itemId: current.id,
              level: current.level,
              skill: current.skill,
              right: checked.verdict.result !== 'wrong',
            };
            setAnswers((previous) => [...previous, answer]);
            await record({
              lessonId: PLACEMENT_LESSON_ID,
              exerciseId: current.id,
              exerciseType: current.exercise.type,
              response: checked.response,
              result: checked.verdict.result,
              score: checked.verdict.score,
              durationMs: checked.durationMs,
            });
          }}
          onContinue={() => {
            const following = nextPlacementItem(bank, answers, rng.current);
            if (following) setCurrent(following);
            else void finish(answers);
          }}
          continueLabel={t('next')}
        />
        <p>
          <Link href="/">{t('quit')}</Link>
        </p>
      </div>
    );
  }

  if (stage === 'result' && placement) {
    return (
      <div className="study-page placement">
        <h1>{t('result.title')}</h1>
        <section className="study-card" aria-labelledby="placement-start">
          <h2 id="placement-start">{t('result.start')}</h2>
          {location ? (
            <p className="review-prompt">
              <span lang="fr">{location.unit.title.fr}</span> <span className="level-badge">{location.volume.level}</span>
            </p>
          ) : null}
          <p>{t(`reason.${placement.reason}`)}</p>
          {placement.testedOut.length > 0 ? <p>{t('result.testedOut', { count: placement.testedOut.length })}</p> : null}
          {placement.acceptedAt === undefined ? (
            <p className="study-actions">
              <button
                type="button"
                className="button button-primary"
                onClick={async () => {
                  await acceptPlacement();
                  navigate('/');
                }}
              >
                {t('result.accept')}
              </button>
              <Link href="/" className="button">
                {t('result.decline')}
              </Link>
            </p>
          ) : (
            <p className="notice notice-ok">{t('result.accepted')}</p>
          )}
        </section>
        <div className="study-grid">
          <section className="study-card" aria-labelledby="placement-levels">
            <h2 id="placement-levels">{t('result.byLevel')}</h2>
            <ScoreList rows={PLACEMENT_LEVELS.map((level) => ({ key: level, label: level, tally: placement.byLevel[level] }))} />
          </section>
          <section className="study-card" aria-labelledby="placement-skills">
            <h2 id="placement-skills">{t('result.bySkill')}</h2>
            <ScoreList
              rows={PLACEMENT_SKILLS.map((skill) => ({ key: skill, label: t(`skill.${skill}`), tally: placement.bySkill[skill] }))}
            />
          </section>
        </div>
        <p>
          <button type="button" className="button" onClick={() => setStage('intro')}>
            {t('retake')}
          </button>
        </p>
      </div>
    );
  }

  return (
    <div className="study-page placement">
      <h1>{t('title')}</h1>
      <section className="study-card" aria-labelledby="placement-about">
        <h2 id="placement-about">{t('intro.title')}</h2>
        <p>{t('intro.text')}</p>
        <p>{t('intro.skills')}</p>
        {placement?.acceptedAt !== undefined ? <p className="notice">{t('intro.again')}</p> : null}
        <p className="study-actions">
          <button type="button" className="button button-primary" onClick={() => void start()}>
            {t('intro.start')}
          </button>
          <Link href="/">{t('quit')}</Link>
        </p>
      </section>
    </div>
  );
}

function ScoreList({ rows }: { rows: Array<{ key: string; label: string; tally: Tally }> }) {
  const { t } = useTranslation('placement');
  return (
    <ul className="score-list">
      {rows.map((row) => (
        <li key={row.key}>
          <span id={`score-${row.key}`}>
            {row.label}:{' '}
            {row.tally.asked === 0
              ? t('result.notAsked')
              : t('result.score', { right: row.tally.right, asked: row.tally.asked, percent: percent(row.tally) })}
          </span>
          <span className="meter" role="img" aria-labelledby={`score-${row.key}`}>
            <span style={{ inlineSize: `${percent(row.tally)}%` }} />
          </span>
        </li>
      ))}
    </ul>
  );
}
