import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { frOrGloss } from '../../content/localize';
import { createRng, seedFromString, shuffleAwayFromIdentity } from '../../lib/rng';
import type { ExerciseReviewProps, ExerciseViewModule, ExerciseViewProps } from '../view-types';
import { checkCategorize } from './check';
import { categoryLabel, displayText } from './model';
import type { CategorizeExercise, CategorizeResponse } from './schema';

type Props = ExerciseViewProps<CategorizeExercise, CategorizeResponse>;

/**
 * Each item (in a seeded shuffled order) is a fieldset whose legend is the item and whose native
 * radio buttons are the 2–4 categories, in authored order. One tap per item on a phone, the
 * categories always in view, arrow keys within a group and Tab between groups, and screen readers
 * announce "le casque, group, Équipement, radio button, 2 of 2". No drag and drop, no hidden state.
 */
function CategorizeView({ exercise, response, onChange, verdict, disabled }: Props) {
  const { t, i18n } = useTranslation('exercises');
  const name = useId();
  const order = useMemo(
    () =>
      shuffleAwayFromIdentity(
        exercise.items.map((_, index) => index),
        createRng(seedFromString(exercise.id)),
      ),
    [exercise],
  );
  const place = (itemIndex: number, categoryId: string) => {
    const placements = exercise.items.map((_, index) => response.placements[index] ?? null);
    placements[itemIndex] = categoryId;
    onChange({ placements });
  };
  return (
    <ul className="categorize">
      {order.map((itemIndex) => {
        const item = exercise.items[itemIndex];
        if (!item) return null;
        const itemText = frOrGloss(item.text, i18n.language);
        const part = verdict?.parts[itemIndex];
        const chosen = response.placements[itemIndex] ?? null;
        const answerLabel = frOrGloss(exercise.categories.find((category) => category.id === item.category)?.label ?? {}, i18n.language);
        return (
          <li key={itemIndex} className={`categorize-item ${part ? `is-${part.result}` : ''}`}>
            <fieldset className="categorize-group" disabled={disabled}>
              <legend className="categorize-legend">
                <span lang={itemText.lang}>{itemText.text}</span>
              </legend>
              <div className="categorize-options">
                {exercise.categories.map((category) => {
                  const label = frOrGloss(category.label, i18n.language);
                  return (
                    <label key={category.id} className={`categorize-option ${chosen === category.id ? 'is-checked' : ''}`}>
                      <input
                        type="radio"
                        name={`${name}-${itemIndex}`}
                        value={category.id}
                        checked={chosen === category.id}
                        onChange={() => place(itemIndex, category.id)}
                      />
                      <span lang={label.lang}>{label.text}</span>
                    </label>
                  );
                })}
              </div>
            </fieldset>
            {part ? (
              <p className="categorize-mark">
                <span aria-hidden="true">{part.result === 'correct' ? '✓' : '✗'}</span>{' '}
                {part.result === 'correct' ? (
                  t('categorize.correct')
                ) : (
                  <>
                    {t('categorize.incorrect')} {t('categorize.answer')} <strong lang={answerLabel.lang}>{answerLabel.text}</strong>
                  </>
                )}
              </p>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

function CategorizeReview({ exercise, response, verdict }: ExerciseReviewProps<CategorizeExercise, CategorizeResponse>) {
  const langOf = (text: { fr?: string | undefined }) => (text.fr !== undefined ? 'fr' : undefined);
  return (
    <ul className="review">
      {exercise.categories.map((category) => {
        const members = exercise.items.flatMap((item, index) => (item.category === category.id ? [{ item, index }] : []));
        return (
          <li key={category.id}>
            <strong lang={langOf(category.label)}>{displayText(category.label)}</strong> :{' '}
            {members.map(({ item, index }, position) => (
              <span key={index}>
                {position > 0 ? ', ' : ''}
                <span lang={langOf(item.text)}>{displayText(item.text)}</span>
                {verdict.parts[index]?.result === 'wrong' ? (
                  <span className="review-given"> ({categoryLabel(exercise, response.placements[index] ?? null) || '—'})</span>
                ) : null}
              </span>
            ))}
          </li>
        );
      })}
    </ul>
  );
}

export const viewModule: ExerciseViewModule<CategorizeExercise, CategorizeResponse> = {
  View: CategorizeView,
  Review: CategorizeReview,
  check: checkCategorize,
  emptyResponse: (exercise) => ({ placements: exercise.items.map(() => null) }),
  isAnswered: (exercise, response) =>
    exercise.items.every((_, index) => {
      const placement = response.placements[index] ?? null;
      return placement !== null && exercise.categories.some((category) => category.id === placement);
    }),
};
