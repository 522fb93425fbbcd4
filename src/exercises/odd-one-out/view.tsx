import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { createRng, seedFromString, shuffle } from '../../lib/rng';
import type { ExerciseReviewProps, ExerciseViewModule, ExerciseViewProps } from '../view-types';
import { checkOddOneOut } from './check';
import { optionText } from './model';
import type { OddOneOutExercise, OddOneOutResponse } from './schema';

type Props = ExerciseViewProps<OddOneOutExercise, OddOneOutResponse>;

/** A native radio group of the words in a seeded shuffled order; marks are words, not colours. */
function OddOneOutView({ exercise, response, onChange, verdict, disabled }: Props) {
  const { t } = useTranslation('exercises');
  const name = useId();
  const options = useMemo(() => shuffle(exercise.options, createRng(seedFromString(exercise.id))), [exercise]);
  return (
    <fieldset className="choice-group odd-one-out" disabled={disabled}>
      <legend className="exercise-prompt">{t('oddOneOut.question')}</legend>
      {options.map((option) => {
        const checked = response.selected === option.id;
        const mark = verdict ? (option.id === exercise.answer ? 'key' : checked ? 'wrong' : '') : '';
        return (
          <label key={option.id} className={`choice ${checked ? 'is-checked' : ''} ${mark ? `is-${mark}` : ''}`}>
            <input type="radio" name={name} value={option.id} checked={checked} onChange={() => onChange({ selected: option.id })} />
            <span lang="fr">{option.text.fr}</span>
            {mark === 'key' ? (
              <span className="choice-mark">
                <span aria-hidden="true">✓ </span>
                {t('oddOneOut.oddOne')}
              </span>
            ) : null}
            {mark === 'wrong' ? (
              <span className="choice-mark">
                <span aria-hidden="true">✗ </span>
                {t('oddOneOut.yourChoice')}
              </span>
            ) : null}
          </label>
        );
      })}
    </fieldset>
  );
}

function OddOneOutReview({ exercise, response, verdict }: ExerciseReviewProps<OddOneOutExercise, OddOneOutResponse>) {
  const { t } = useTranslation('exercises');
  return (
    <p className="review">
      <span lang="fr">{exercise.options.map((option) => option.text.fr).join(', ')}</span> → {t('oddOneOut.reviewLabel')}{' '}
      <strong lang="fr">{optionText(exercise, exercise.answer)}</strong>
      {verdict.result !== 'correct' ? <span className="review-given"> ({optionText(exercise, response.selected) || '—'})</span> : null}
    </p>
  );
}

export const viewModule: ExerciseViewModule<OddOneOutExercise, OddOneOutResponse> = {
  View: OddOneOutView,
  Review: OddOneOutReview,
  check: checkOddOneOut,
  emptyResponse: () => ({ selected: null }),
  isAnswered: (exercise, response) => exercise.options.some((option) => option.id === response.selected),
};
