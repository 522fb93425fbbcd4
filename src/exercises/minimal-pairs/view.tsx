import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useAudio } from '../../ui/audio-context';
import { AudioControls } from '../listen-choose/view';
import type { ExerciseReviewProps, ExerciseViewModule, ExerciseViewProps } from '../view-types';
import { checkMinimalPairs } from './check';
import type { MinimalPairsExercise, MinimalPairsResponse } from './schema';

type Props = ExerciseViewProps<MinimalPairsExercise, MinimalPairsResponse>;

/** One numbered row per item: listen (normal or slow), then pick the word heard. */
function MinimalPairsView({ exercise, response, onChange, verdict, disabled }: Props) {
  const { t } = useTranslation('exercises');
  const audio = useAudio();
  const name = useId();
  const total = exercise.items.length;
  const someMissing = exercise.items.some((item) => !audio.has(item.audio.id));
  const choose = (item: number, option: number) => {
    const answers = exercise.items.map((_, index) => response.answers[index] ?? null);
    answers[item] = option;
    onChange({ answers });
  };
  return (
    <div className="minimal-pairs">
      {someMissing ? <p className="audio-missing">{t('listenChoose.audio.missing')}</p> : null}
      <ol className="minimal-pairs-items">
        {exercise.items.map((item, index) => {
          const label = t('minimalPairs.item', { number: index + 1, total });
          const part = verdict?.parts[index];
          return (
            <li key={item.audio.id} className={`minimal-pairs-item ${part ? `is-${part.result}` : ''}`}>
              <AudioControls clipId={item.audio.id} label={t('minimalPairs.listenTo', { number: index + 1 })} whenMissing="hide" />
              <fieldset className="choice-group" disabled={disabled}>
                <legend>
                  {label}
                  {part ? (
                    <span className="choice-mark">
                      {' '}
                      {part.result === 'correct' ? '✓' : '✗'} {t(`minimalPairs.${part.result === 'correct' ? 'right' : 'wrong'}`)}
                    </span>
                  ) : null}
                </legend>
                <div className="minimal-pairs-options">
                  {item.options.fr.map((option, optionIndex) => {
                    const checked = response.answers[index] === optionIndex;
                    const isKey = optionIndex === item.answer;
                    const mark = verdict ? (isKey ? 'key' : checked ? 'wrong' : '') : '';
                    return (
                      <label key={optionIndex} className={`choice ${checked ? 'is-checked' : ''} ${mark ? `is-${mark}` : ''}`}>
                        <input
                          type="radio"
                          name={`${name}-${index}`}
                          value={optionIndex}
                          checked={checked}
                          onChange={() => choose(index, optionIndex)}
                        />
                        <span lang="fr">{option}</span>
                        {mark === 'key' ? <span className="choice-mark">{t('minimalPairs.said')}</span> : null}
                        {mark === 'wrong' ? <span className="choice-mark">{t('minimalPairs.yourChoice')}</span> : null}
                      </label>
                    );
                  })}
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
    </div>
  );
}

function MinimalPairsReview({ verdict }: ExerciseReviewProps<MinimalPairsExercise, MinimalPairsResponse>) {
  const { t } = useTranslation('exercises');
  return (
    <p className="review">
      {verdict.parts.map((part, index) => (
        <span key={part.index}>
          {index > 0 ? ', ' : ''}
          <span aria-hidden="true">{part.result === 'correct' ? '✓' : '✗'}</span>
          <span className="sr-only">{t(`minimalPairs.${part.result === 'correct' ? 'right' : 'wrong'}`)}</span>{' '}
          <strong lang="fr">{part.expected}</strong>
          {part.result !== 'correct' ? (
            <span className="review-given" lang="fr">
              {' '}
              ({part.given || '—'})
            </span>
          ) : null}
        </span>
      ))}
    </p>
  );
}

export const viewModule: ExerciseViewModule<MinimalPairsExercise, MinimalPairsResponse> = {
  View: MinimalPairsView,
  Review: MinimalPairsReview,
  check: checkMinimalPairs,
  emptyResponse: (exercise) => ({ answers: exercise.items.map(() => null) }),
  isAnswered: (exercise, response) => exercise.items.every((_, index) => typeof response.answers[index] === 'number'),
};
