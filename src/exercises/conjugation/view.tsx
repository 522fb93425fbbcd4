import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { gloss } from '../../content/localize';
import type { ExerciseReviewProps, ExerciseViewModule, ExerciseViewProps } from '../view-types';
import { checkConjugation } from './check';
import { personLabel } from './model';
import type { ConjugationExercise, ConjugationResponse } from './schema';

type Props = ExerciseViewProps<ConjugationExercise, ConjugationResponse>;

const MARK_ICON = { correct: '✓', 'near-miss': '≈', wrong: '✗' } as const;

/** The table's caption: `être (to be) — present`. */
function Caption({ exercise }: { exercise: ConjugationExercise }) {
  const { i18n } = useTranslation('exercises');
  // A French interface needs no gloss of a French verb.
  const meaning = i18n.language.split('-')[0] === 'fr' ? '' : gloss(exercise.verb, i18n.language);
  return (
    <>
      <span lang="fr" className="conjugation-verb">
        {exercise.verb.fr}
      </span>
      {meaning ? ` (${meaning})` : ''} — {gloss(exercise.tense, i18n.language)}
    </>
  );
}

/**
 * A grammar table: one row per person, a text input per asked cell labelled by its person (shown
 * as `j’` before a vowel), given cells filled in as models. After checking, each row gets a
 * written mark and, when not right, the expected form.
 */
function ConjugationView({ exercise, response, onChange, verdict, disabled }: Props) {
  const { t } = useTranslation('exercises');
  const baseId = useId();
  const setAnswer = (cell: number, value: string) => {
    const answers = exercise.cells.map((_, index) => response.answers[index] ?? '');
    answers[cell] = value;
    onChange({ answers });
  };
  return (
    <div className="table-scroll">
      <table className="conjugation-table">
        <caption>
          <Caption exercise={exercise} />
        </caption>
        <tbody>
          {exercise.cells.map((cell, index) => {
            const main = cell.accept.fr[0] ?? '';
            const label = personLabel(cell.person, main);
            const inputId = `${baseId}-${index}`;
            const part = verdict?.parts.find((candidate) => candidate.index === index);
            if (cell.given) {
              return (
                <tr key={index} className="conjugation-row is-given">
                  <th scope="row" lang="fr">
                    {label}
                  </th>
                  <td>
                    <span lang="fr" className="conjugation-given">
                      {main}
                    </span>{' '}
                    <span className="conjugation-model">{t('conjugation.model')}</span>
                  </td>
                </tr>
              );
            }
            return (
              <tr key={index} className={`conjugation-row ${part ? `is-${part.result}` : ''}`}>
                <th scope="row">
                  <label htmlFor={inputId} lang="fr">
                    {label}
                  </label>
                </th>
                <td>
                  <input
                    id={inputId}
                    type="text"
                    className="conjugation-input"
                    value={response.answers[index] ?? ''}
                    onChange={(event) => setAnswer(index, event.target.value)}
                    readOnly={disabled}
                    aria-describedby={part ? `${inputId}-mark` : undefined}
                    aria-invalid={part?.result === 'wrong' ? true : undefined}
                    autoCapitalize="off"
                    autoCorrect="off"
                    autoComplete="off"
                    spellCheck={false}
                    lang="fr"
                    size={Math.max(8, Math.max(...cell.accept.fr.map((form) => form.length)) + 2)}
                  />
                  {part ? (
                    <span id={`${inputId}-mark`} className={`answer-mark is-${part.result}`}>
                      <span aria-hidden="true">{MARK_ICON[part.result]}</span> {t(`conjugation.mark.${part.result}`)}
                      {part.result !== 'correct' ? (
                        <>
                          {' '}
                          {t('verdict.expected')} <span lang="fr">{part.expected}</span>
                        </>
                      ) : null}
                    </span>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function ConjugationReview({ exercise, verdict }: ExerciseReviewProps<ConjugationExercise, ConjugationResponse>) {
  return (
    <div className="review">
      <Caption exercise={exercise} />
      <ul className="conjugation-review">
        {verdict.parts.map((part) => (
          <li key={part.index}>
            <span lang="fr">{part.expected}</span>
            {part.result !== 'correct' ? (
              <span className="review-given" lang="fr">
                {' '}
                ({part.given || '—'})
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

export const viewModule: ExerciseViewModule<ConjugationExercise, ConjugationResponse> = {
  View: ConjugationView,
  Review: ConjugationReview,
  check: checkConjugation,
  emptyResponse: (exercise) => ({ answers: exercise.cells.map(() => '') }),
  isAnswered: (exercise, response) =>
    exercise.cells.every((cell, index) => cell.given === true || (response.answers[index] ?? '').trim() !== ''),
};
