import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { gloss } from '../../content/localize';
import type { ExerciseReviewProps, ExerciseViewModule, ExerciseViewProps } from '../view-types';
import { checkTrueFalse } from './check';
import type { TrueFalseExercise, TrueFalseResponse } from './schema';

type Props = ExerciseViewProps<TrueFalseExercise, TrueFalseResponse>;

/** The learner-language gloss of a French text, or '' when there is none (or the UI is French). */
function translationOf(text: { fr: string; [lang: string]: string | undefined }, language: string): string {
  const { fr: _fr, ...glosses } = text;
  return language.split('-')[0] === 'fr' ? '' : gloss(glosses, language);
}

/**
 * One fieldset per statement (the statement is the legend) with two native radio buttons, so each
 * statement is a radio group for screen readers and arrow keys. After checking, each statement says
 * in words whether it was right, and a wrong one shows the answer and its justification.
 */
function TrueFalseView({ exercise, response, onChange, verdict, disabled }: Props) {
  const { t, i18n } = useTranslation('exercises');
  const name = useId();
  const setAnswer = (statementIndex: number, value: boolean) => {
    const answers = exercise.statements.map((_, index) => response.answers[index] ?? null);
    answers[statementIndex] = value;
    onChange({ answers });
  };
  const textTranslation = exercise.text ? translationOf(exercise.text, i18n.language) : '';
  const truthLabel = (value: boolean) => (value ? t('trueFalse.true') : t('trueFalse.false'));

  return (
    <div className="true-false">
      {exercise.text ? (
        <div className="true-false-text">
          <p lang="fr" className="true-false-source">
            {exercise.text.fr}
          </p>
          {textTranslation !== '' ? (
            <details className="true-false-translation">
              <summary>{t('trueFalse.showTranslation')}</summary>
              <p className="translation">{textTranslation}</p>
            </details>
          ) : null}
        </div>
      ) : null}
      <ol className="true-false-list">
        {exercise.statements.map((statement, index) => {
          const part = verdict?.parts[index];
          const chosen = response.answers[index] ?? null;
          const justification = statement.justification ? gloss(statement.justification, i18n.language) : '';
          const statementTranslation = part ? translationOf(statement.text, i18n.language) : '';
          return (
            <li key={index} className={`true-false-item ${part ? `is-${part.result}` : ''}`}>
              <fieldset className="true-false-group" disabled={disabled}>
                <legend className="true-false-statement" lang="fr">
                  {statement.text.fr}
                </legend>
                <div className="true-false-options">
                  {[true, false].map((value) => (
                    <label key={String(value)} className={`true-false-option ${chosen === value ? 'is-checked' : ''}`}>
                      <input type="radio" name={`${name}-${index}`} checked={chosen === value} onChange={() => setAnswer(index, value)} />
                      <span>{truthLabel(value)}</span>
                    </label>
                  ))}
                </div>
              </fieldset>
              {part ? (
                <div className="true-false-feedback">
                  {statementTranslation !== '' ? <p className="translation">{statementTranslation}</p> : null}
                  <p className="true-false-mark">
                    <span aria-hidden="true">{part.result === 'correct' ? '✓' : '✗'}</span>{' '}
                    {part.result === 'correct'
                      ? t('trueFalse.correct')
                      : `${t('trueFalse.incorrect')} ${t('trueFalse.answerIs', { answer: truthLabel(statement.answer) })}`}
                  </p>
                  {part.result !== 'correct' && justification !== '' ? <p className="true-false-justification">{justification}</p> : null}
                </div>
              ) : null}
            </li>
          );
        })}
      </ol>
    </div>
  );
}

function TrueFalseReview({ exercise, response, verdict }: ExerciseReviewProps<TrueFalseExercise, TrueFalseResponse>) {
  const { t } = useTranslation('exercises');
  const truthLabel = (value: boolean | null) => (value === null ? '—' : value ? t('trueFalse.true') : t('trueFalse.false'));
  return (
    <ol className="review">
      {exercise.statements.map((statement, index) => (
        <li key={index}>
          <span lang="fr">{statement.text.fr}</span> → <strong>{truthLabel(statement.answer)}</strong>
          {verdict.parts[index]?.result === 'wrong' ? (
            <span className="review-given"> ({truthLabel(response.answers[index] ?? null)})</span>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

export const viewModule: ExerciseViewModule<TrueFalseExercise, TrueFalseResponse> = {
  View: TrueFalseView,
  Review: TrueFalseReview,
  check: checkTrueFalse,
  emptyResponse: (exercise) => ({ answers: exercise.statements.map(() => null) }),
  isAnswered: (exercise, response) => exercise.statements.every((_, index) => typeof response.answers[index] === 'boolean'),
};
