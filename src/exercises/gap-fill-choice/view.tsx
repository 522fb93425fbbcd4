import { Fragment, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { gloss } from '../../content/localize';
import { createRng, seedFromString, shuffle } from '../../lib/rng';
import type { ExerciseReviewProps, ExerciseViewModule, ExerciseViewProps } from '../view-types';
import { checkGapFillChoice } from './check';
import { fillGaps, splitGapSentence } from './model';
import type { GapFillChoiceExercise, GapFillChoiceResponse } from './schema';

type Props = ExerciseViewProps<GapFillChoiceExercise, GapFillChoiceResponse>;

/**
 * The sentence with a native select in each gap: selects work with touch, keyboard and every screen
 * reader, and stay inline at 320 px. Options are shuffled per gap with the exercise's seed; the
 * response stores authored indexes. After checking, each gap gets a ✓ or ✗ with the answer in words.
 */
function GapFillChoiceView({ exercise, response, onChange, verdict, disabled }: Props) {
  const { t, i18n } = useTranslation('exercises');
  const pieces = splitGapSentence(exercise.sentence.fr);
  const orders = useMemo(() => {
    const rng = createRng(seedFromString(exercise.id));
    return exercise.gaps.map((gap) =>
      shuffle(
        gap.options.fr.map((_, index) => index),
        rng,
      ),
    );
  }, [exercise]);
  const setAnswer = (gapIndex: number, value: number | null) => {
    const answers = exercise.gaps.map((_, index) => response.answers[index] ?? null);
    answers[gapIndex] = value;
    onChange({ answers });
  };
  return (
    <div className="gap-fill-choice">
      <p className="gap-sentence" lang="fr">
        {pieces.map((piece, pieceIndex) => {
          if ('text' in piece) return <Fragment key={pieceIndex}>{piece.text}</Fragment>;
          const gap = exercise.gaps[piece.gap];
          if (!gap) return <Fragment key={pieceIndex}>…</Fragment>;
          const part = verdict?.parts[piece.gap];
          const hint = gap.hint ? gloss(gap.hint, i18n.language) : undefined;
          const chosen = response.answers[piece.gap] ?? null;
          return (
            <span key={pieceIndex} className={`gap-choice ${part ? `is-${part.result}` : ''}`}>
              <select
                className="gap-choice-select"
                value={chosen === null ? '' : String(chosen)}
                disabled={disabled}
                onChange={(event) => setAnswer(piece.gap, event.target.value === '' ? null : Number(event.target.value))}
                aria-label={
                  t('gapFillChoice.gapLabel', { number: piece.gap + 1, total: exercise.gaps.length }) + (hint ? ` (${hint})` : '')
                }
              >
                <option value="" lang={i18n.language}>
                  {t('gapFillChoice.choose')}
                </option>
                {(orders[piece.gap] ?? []).map((optionIndex) => (
                  <option key={optionIndex} value={String(optionIndex)}>
                    {gap.options.fr[optionIndex]}
                  </option>
                ))}
              </select>
              {hint ? (
                <span className="gap-hint" aria-hidden="true" lang={i18n.language}>
                  ({hint})
                </span>
              ) : null}
              {part ? (
                <span className="gap-choice-mark">
                  <span aria-hidden="true">{part.result === 'correct' ? '✓' : '✗'}</span>
                  <span className="sr-only" lang={i18n.language}>
                    {part.result === 'correct' ? t('gapFillChoice.correct') : t('gapFillChoice.incorrect')}
                  </span>
                  {part.result !== 'correct' ? (
                    <>
                      {' '}
                      <span className="gap-choice-answer">{part.expected}</span>
                    </>
                  ) : null}
                </span>
              ) : null}
            </span>
          );
        })}
      </p>
      {exercise.sentence.en ? <p className="translation">{exercise.sentence.en}</p> : null}
    </div>
  );
}

function GapFillChoiceReview({ exercise, verdict }: ExerciseReviewProps<GapFillChoiceExercise, GapFillChoiceResponse>) {
  const filled = fillGaps(exercise.sentence.fr, (gap) => verdict.parts[gap]?.expected ?? '…');
  const wrong = verdict.parts.filter((part) => part.result !== 'correct');
  return (
    <p className="review">
      <span lang="fr">{filled}</span>
      {wrong.length > 0 ? (
        <span className="review-given" lang="fr">
          {' '}
          ({wrong.map((part) => part.given || '—').join(', ')})
        </span>
      ) : null}
    </p>
  );
}

export const viewModule: ExerciseViewModule<GapFillChoiceExercise, GapFillChoiceResponse> = {
  View: GapFillChoiceView,
  Review: GapFillChoiceReview,
  check: checkGapFillChoice,
  emptyResponse: (exercise) => ({ answers: exercise.gaps.map(() => null) }),
  isAnswered: (exercise, response) => exercise.gaps.every((_, index) => typeof response.answers[index] === 'number'),
};
