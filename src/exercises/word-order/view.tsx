import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { frOrGloss } from '../../content/localize';
import { createRng, seedFromString, shuffleAwayFromIdentity } from '../../lib/rng';
import type { ExerciseReviewProps, ExerciseViewModule, ExerciseViewProps } from '../view-types';
import { checkWordOrder } from './check';
import { allChips, joinChips } from './model';
import type { WordOrderExercise, WordOrderResponse } from './schema';

type Props = ExerciseViewProps<WordOrderExercise, WordOrderResponse>;

/**
 * Tap (or Enter/Space) a word to add it to the sentence; tap a placed word to send it back.
 * Everything is a button, so it works by keyboard and screen reader without drag and drop.
 */
function WordOrderView({ exercise, response, onChange, verdict, disabled }: Props) {
  const { t, i18n } = useTranslation('exercises');
  const chips = allChips(exercise);
  const bankOrder = useMemo(
    () =>
      shuffleAwayFromIdentity(
        chips.map((_, index) => index),
        createRng(seedFromString(exercise.id)),
      ),
    // chips derive from the exercise
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [exercise],
  );
  const placed = new Set(response.order);
  const prompt = frOrGloss(exercise.prompt, i18n.language);
  // A placed word's button disappears from the bank: keep keyboard and screen-reader users in
  // place by moving focus to the next word still available (or to the sentence when none is).
  const bankRef = useRef<HTMLDivElement>(null);
  const answerRef = useRef<HTMLDivElement>(null);
  const refocus = useRef<'bank' | 'answer' | undefined>(undefined);
  useEffect(() => {
    const target = refocus.current;
    refocus.current = undefined;
    if (target === undefined) return;
    const next = (target === 'bank' ? bankRef : answerRef).current?.querySelector('button');
    (next ?? (target === 'bank' ? answerRef : bankRef).current?.querySelector('button'))?.focus();
  }, [response.order]);
  const add = (index: number) => {
    refocus.current = 'bank';
    onChange({ order: [...response.order, index] });
  };
  const remove = (position: number) => {
    refocus.current = 'answer';
    onChange({ order: response.order.filter((_, at) => at !== position) });
  };

  return (
    <div className="word-order">
      <p className="exercise-prompt" lang={prompt.lang}>
        {prompt.text}
      </p>
      <div
        ref={answerRef}
        className={`word-order-answer ${verdict ? `is-${verdict.result}` : ''}`}
        role="group"
        aria-label={t('wordOrder.yourSentence')}
      >
        {response.order.length === 0 ? <span className="placeholder">{t('wordOrder.empty')}</span> : null}
        {response.order.map((chipIndex, position) => (
          <button
            key={`${chipIndex}-${position}`}
            type="button"
            className="chip chip-placed"
            lang="fr"
            disabled={disabled}
            onClick={() => remove(position)}
            aria-label={t('wordOrder.removeWord', { word: chips[chipIndex] ?? '' })}
          >
            {chips[chipIndex]}
          </button>
        ))}
      </div>
      <div ref={bankRef} className="word-order-bank" role="group" aria-label={t('wordOrder.availableWords')}>
        {bankOrder.map((chipIndex) =>
          placed.has(chipIndex) ? (
            <span key={chipIndex} className="chip chip-ghost" aria-hidden="true">
              {chips[chipIndex]}
            </span>
          ) : (
            <button
              key={chipIndex}
              type="button"
              className="chip"
              lang="fr"
              disabled={disabled}
              onClick={() => add(chipIndex)}
              aria-label={t('wordOrder.addWord', { word: chips[chipIndex] ?? '' })}
            >
              {chips[chipIndex]}
            </button>
          ),
        )}
      </div>
      {response.order.length > 0 && !disabled ? (
        <button type="button" className="button-link" onClick={() => onChange({ order: [] })}>
          {t('wordOrder.clear')}
        </button>
      ) : null}
      <p className="sr-only" aria-live="polite">
        {response.order.length > 0 ? joinChips(response.order.map((index) => chips[index] ?? '')) : ''}
      </p>
    </div>
  );
}

function WordOrderReview({ exercise, verdict }: ExerciseReviewProps<WordOrderExercise, WordOrderResponse>) {
  const part = verdict.parts[0];
  return (
    <p className="review">
      <span lang="fr">{exercise.accept.fr[0]}</span>
      {part && part.result !== 'correct' ? (
        <span className="review-given" lang="fr">
          {' '}
          ({part.given || '—'})
        </span>
      ) : null}
    </p>
  );
}

export const viewModule: ExerciseViewModule<WordOrderExercise, WordOrderResponse> = {
  View: WordOrderView,
  Review: WordOrderReview,
  check: checkWordOrder,
  emptyResponse: () => ({ order: [] }),
  isAnswered: (exercise, response) => response.order.length >= exercise.chips.fr.length,
};
