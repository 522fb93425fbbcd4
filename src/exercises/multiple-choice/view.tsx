import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { frOrGloss } from '../../content/localize';
import { createRng, seedFromString, shuffle } from '../../lib/rng';
import type { ExerciseReviewProps, ExerciseViewModule, ExerciseViewProps } from '../view-types';
import { checkMultipleChoice } from './check';
import type { MultipleChoiceExercise, MultipleChoiceResponse } from './schema';

type Props = ExerciseViewProps<MultipleChoiceExercise, MultipleChoiceResponse>;

function MultipleChoiceView({ exercise, response, onChange, verdict, disabled }: Props) {
  const { t, i18n } = useTranslation('exercises');
  const name = useId();
  const several = exercise.answer.length > 1;
  const options = useMemo(() => shuffle(exercise.options, createRng(seedFromString(exercise.id))), [exercise]);
  const prompt = frOrGloss(exercise.prompt, i18n.language);

  const toggle = (optionId: string) => {
    if (!several) return onChange({ selected: [optionId] });
    const selected = response.selected.includes(optionId)
      ? response.selected.filter((id) => id !== optionId)
      : [...response.selected, optionId];
    onChange({ selected });
  };

  return (
    <fieldset className="choice-group" disabled={disabled}>
      <legend>
        <span lang={prompt.lang} className="exercise-prompt">
          {prompt.text}
        </span>
        {several ? <span className="hint"> {t('multipleChoice.chooseAll')}</span> : null}
      </legend>
      {options.map((option) => {
        const text = frOrGloss(option.text, i18n.language);
        const checked = response.selected.includes(option.id);
        const isKey = exercise.answer.includes(option.id);
        const mark = verdict ? (isKey ? 'key' : checked ? 'wrong' : '') : '';
        return (
          <label key={option.id} className={`choice ${checked ? 'is-checked' : ''} ${mark ? `is-${mark}` : ''}`}>
            <input
              type={several ? 'checkbox' : 'radio'}
              name={name}
              value={option.id}
              checked={checked}
              onChange={() => toggle(option.id)}
            />
            <span lang={text.lang}>{text.text}</span>
            {mark === 'key' ? <span className="choice-mark">{t('multipleChoice.rightAnswer')}</span> : null}
            {mark === 'wrong' ? <span className="choice-mark">{t('multipleChoice.yourChoice')}</span> : null}
          </label>
        );
      })}
    </fieldset>
  );
}

function MultipleChoiceReview({ exercise, verdict }: ExerciseReviewProps<MultipleChoiceExercise, MultipleChoiceResponse>) {
  const { i18n } = useTranslation('exercises');
  const prompt = frOrGloss(exercise.prompt, i18n.language);
  const part = verdict.parts[0];
  return (
    <p className="review">
      <span lang={prompt.lang}>{prompt.text}</span> → <strong lang="fr">{part?.expected}</strong>
      {part && part.result !== 'correct' && part.given !== '' ? <span className="review-given"> ({part.given})</span> : null}
    </p>
  );
}

export const viewModule: ExerciseViewModule<MultipleChoiceExercise, MultipleChoiceResponse> = {
  View: MultipleChoiceView,
  Review: MultipleChoiceReview,
  check: checkMultipleChoice,
  emptyResponse: () => ({ selected: [] }),
  isAnswered: (_exercise, response) => response.selected.length > 0,
};
