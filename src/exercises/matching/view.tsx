import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { frOrGloss } from '../../content/localize';
import { createRng, seedFromString, shuffleAwayFromIdentity } from '../../lib/rng';
import type { ExerciseReviewProps, ExerciseViewModule, ExerciseViewProps } from '../view-types';
import { checkMatching } from './check';
import { sideText } from './model';
import type { MatchingExercise, MatchingResponse } from './schema';

type Props = ExerciseViewProps<MatchingExercise, MatchingResponse>;

/**
 * Each left item gets a native select listing the right-hand items in a seeded shuffled order:
 * native selects work with touch, keyboard and every screen reader, down to 320 px.
 */
function MatchingView({ exercise, response, onChange, verdict, disabled }: Props) {
  const { t, i18n } = useTranslation('exercises');
  const baseId = useId();
  const rightOrder = useMemo(
    () =>
      shuffleAwayFromIdentity(
        exercise.pairs.map((_, index) => index),
        createRng(seedFromString(exercise.id)),
      ),
    [exercise],
  );
  const setMatch = (left: number, right: number) => {
    const matches = exercise.pairs.map((_, index) => response.matches[index] ?? -1);
    matches[left] = right;
    onChange({ matches });
  };
  const used = new Set(response.matches.filter((index) => index >= 0));
  return (
    <ol className="matching">
      {exercise.pairs.map((pair, left) => {
        const leftText = frOrGloss(pair.left, i18n.language);
        const part = verdict?.parts[left];
        const selectId = `${baseId}-${left}`;
        return (
          <li key={left} className={`matching-row ${part ? `is-${part.result}` : ''}`}>
            <label htmlFor={selectId} lang={leftText.lang} className="matching-left">
              {leftText.text}
            </label>
            <select
              id={selectId}
              value={response.matches[left] ?? -1}
              disabled={disabled}
              onChange={(event) => setMatch(left, Number(event.target.value))}
            >
              <option value={-1}>{t('matching.choose')}</option>
              {rightOrder.map((right) => {
                const rightPair = exercise.pairs[right];
                if (!rightPair) return null;
                const text = frOrGloss(rightPair.right, i18n.language);
                return (
                  <option key={right} value={right} lang={text.lang}>
                    {text.text}
                    {used.has(right) && response.matches[left] !== right ? ` ${t('matching.alreadyUsed')}` : ''}
                  </option>
                );
              })}
            </select>
            {part && part.result !== 'correct' ? (
              <span className="matching-answer">
                {t('verdict.expected')} <span>{part.expected}</span>
              </span>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}

function MatchingReview({ exercise, verdict }: ExerciseReviewProps<MatchingExercise, MatchingResponse>) {
  return (
    <ul className="review">
      {exercise.pairs.map((pair, index) => (
        <li key={index}>
          {sideText(pair.left)} — {sideText(pair.right)}
          {verdict.parts[index]?.result === 'wrong' ? <span className="review-given"> ({verdict.parts[index]?.given || '—'})</span> : null}
        </li>
      ))}
    </ul>
  );
}

export const viewModule: ExerciseViewModule<MatchingExercise, MatchingResponse> = {
  View: MatchingView,
  Review: MatchingReview,
  check: checkMatching,
  emptyResponse: (exercise) => ({ matches: exercise.pairs.map(() => -1) }),
  isAnswered: (exercise, response) => exercise.pairs.every((_, index) => (response.matches[index] ?? -1) >= 0),
};
