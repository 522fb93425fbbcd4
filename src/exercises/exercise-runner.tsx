import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { gloss } from '../content/localize';
import type { ExerciseEnvelope } from '../content/schema';
import { isExerciseType } from './exercise-types';
import type { ExerciseVerdict } from './types';
import { loadExerciseView } from './views';
import type { ExerciseViewModule } from './view-types';
import { systemClock } from '../services/clock/clock';
import { VerdictFeedback } from '../ui/verdict-feedback';

type AnyViewModule = ExerciseViewModule<{ id: string; type: string }, unknown>;

/** Loads the view module for an exercise type (a lazy chunk). */
function useViewModule(type: string): AnyViewModule | undefined | 'unknown-type' {
  const [loaded, setLoaded] = useState<{ type: string; module: AnyViewModule } | undefined>();
  useEffect(() => {
    if (!isExerciseType(type)) return;
    let cancelled = false;
    void loadExerciseView(type).then((module) => {
      if (!cancelled) setLoaded({ type, module });
    });
    return () => {
      cancelled = true;
    };
  }, [type]);
  if (!isExerciseType(type)) return 'unknown-type';
  return loaded?.type === type ? loaded.module : undefined;
}

/** One answer in a list (summaries, test results): the instructions and the type's compact Review. */
export function ReviewItem({ exercise, response }: { exercise: ExerciseEnvelope; response: unknown }) {
  const { i18n } = useTranslation();
  const viewModule = useViewModule(exercise.type);
  if (viewModule === undefined || viewModule === 'unknown-type') return null;
  const Review = viewModule.Review;
  return (
    <li>
      <span className="review-instructions">{gloss(exercise.instructions, i18n.language)}</span>
      <Review exercise={exercise} response={response} verdict={viewModule.check(exercise, response)} />
    </li>
  );
}

export interface CheckedAnswer {
  exercise: ExerciseEnvelope;
  response: unknown;
  verdict: ExerciseVerdict;
  durationMs: number;
}

/**
 * One exercise: the type's view, a Check button, feedback in a live region, then Continue.
 * The attempt is handed to `onChecked` (which logs it) as soon as the learner checks.
 */
export function ExerciseRunner({
  exercise,
  position,
  total,
  onChecked,
  onContinue,
  continueLabel,
}: {
  exercise: ExerciseEnvelope;
  position: number;
  total: number;
  onChecked(answer: CheckedAnswer): Promise<void>;
  onContinue(): void;
  continueLabel: string;
}) {
  const { t, i18n } = useTranslation('lesson');
  const viewModule = useViewModule(exercise.type);
  const [response, setResponse] = useState<unknown>(undefined);
  const [verdict, setVerdict] = useState<ExerciseVerdict | undefined>();
  const [saveError, setSaveError] = useState(false);
  const startedAt = useRef(systemClock.now());
  const continueRef = useRef<HTMLButtonElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    setResponse(undefined);
    setVerdict(undefined);
    setSaveError(false);
    startedAt.current = systemClock.now();
    headingRef.current?.focus();
  }, [exercise.id]);

  useEffect(() => {
    if (verdict) continueRef.current?.focus();
  }, [verdict]);

  if (viewModule === 'unknown-type') {
    return <p role="alert">{t('exercises.unknownType', { type: exercise.type })}</p>;
  }
  if (viewModule === undefined) return <p aria-busy="true">{t('loading')}</p>;

  const current = response ?? viewModule.emptyResponse(exercise);
  const View = viewModule.View;
  const canCheck = !verdict && viewModule.isAnswered(exercise, current);
  const explanation =
    typeof exercise['explanation'] === 'object' && exercise['explanation'] !== null
      ? gloss(exercise['explanation'] as { en: string }, i18n.language)
      : undefined;

  const check = async () => {
    if (!canCheck) return;
    const result = viewModule.check(exercise, current);
    setVerdict(result);
    try {
      await onChecked({ exercise, response: current, verdict: result, durationMs: systemClock.now() - startedAt.current });
    } catch {
      setSaveError(true);
    }
  };

  return (
    <section className="exercise" aria-labelledby={`${exercise.id}-heading`} data-exercise-type={exercise.type}>
      <p className="exercise-count">{t('exercises.position', { position: position + 1, total })}</p>
      <h3 id={`${exercise.id}-heading`} ref={headingRef} tabIndex={-1} className="exercise-instructions">
        {gloss(exercise.instructions, i18n.language)}
      </h3>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (verdict) onContinue();
          else void check();
        }}
      >
        <View exercise={exercise} response={current} onChange={setResponse} verdict={verdict} disabled={verdict !== undefined} />
        <div className="feedback" aria-live="polite" role="status">
          {verdict ? <VerdictFeedback verdict={verdict} explanation={explanation} /> : null}
          {saveError ? <p className="error">{t('exercises.saveFailed')}</p> : null}
        </div>
        <div className="exercise-actions">
          {verdict ? (
            <button type="submit" className="button button-primary" ref={continueRef}>
              {continueLabel}
            </button>
          ) : (
            <button type="submit" className="button button-primary" disabled={!canCheck}>
              {t('exercises.check')}
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
