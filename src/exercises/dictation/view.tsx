import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { gloss } from '../../content/localize';
import type { VerdictResult } from '../../domain/answers/judge';
import { AudioControls, Transcript } from '../listen-choose/view';
import type { PartVerdict } from '../types';
import type { ExerciseReviewProps, ExerciseViewModule, ExerciseViewProps } from '../view-types';
import { checkDictation } from './check';
import type { DictationExercise, DictationResponse } from './schema';

type Props = ExerciseViewProps<DictationExercise, DictationResponse>;

const MARK: Record<VerdictResult, string> = { correct: '✓', 'near-miss': '≈', wrong: '✗' };

/** The expected text word by word, each word marked right / almost / wrong, with what was written. */
export function WordMarks({ parts }: { parts: readonly PartVerdict[] }) {
  const { t } = useTranslation('exercises');
  return (
    <ol className="word-marks" aria-label={t('dictation.wordByWord')}>
      {parts.map((part) => (
        <li key={part.index} className={`word-mark is-${part.result}`}>
          <span aria-hidden="true" className="word-mark-icon">
            {MARK[part.result]}
          </span>
          {part.expected !== '' ? (
            <span lang="fr" className="word-mark-expected">
              {part.expected}
            </span>
          ) : (
            <span className="word-mark-expected">{t('dictation.notNeeded')}</span>
          )}
          <span className="sr-only"> ({t(`dictation.mark.${part.result}`)})</span>
          {part.result !== 'correct' || part.given !== part.expected ? (
            <span className="word-mark-given">
              {' '}
              {part.given === '' ? (
                t('dictation.missing')
              ) : (
                <>
                  {t('dictation.youWrote')} <span lang="fr">{part.given}</span>
                </>
              )}
            </span>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

/** Listen (as often as needed, slowly if wanted) and type. After checking: the text, word by word. */
function DictationView({ exercise, response, onChange, verdict, disabled }: Props) {
  const { t, i18n } = useTranslation('exercises');
  const inputId = useId();
  const hintId = useId();
  const hint = exercise.hint ? gloss(exercise.hint, i18n.language) : undefined;
  return (
    <div className="dictation">
      <AudioControls key={exercise.audio.id} clipId={exercise.audio.id} />
      <label htmlFor={inputId} className="dictation-label">
        {t('dictation.label')}
      </label>
      {hint !== undefined ? (
        <p id={hintId} className="hint">
          {hint}
        </p>
      ) : null}
      <input
        id={inputId}
        type="text"
        className={`dictation-input ${verdict ? `is-${verdict.result}` : ''}`}
        value={response.answer}
        onChange={(event) => onChange({ answer: event.target.value })}
        readOnly={disabled}
        aria-describedby={hint !== undefined ? hintId : undefined}
        autoCapitalize="off"
        autoCorrect="off"
        autoComplete="off"
        spellCheck={false}
        lang="fr"
      />
      {verdict ? (
        <>
          <WordMarks parts={verdict.parts} />
          <Transcript fr={exercise.audio.fr} gloss={exercise.audio.en} />
        </>
      ) : null}
    </div>
  );
}

function DictationReview({ exercise, response, verdict }: ExerciseReviewProps<DictationExercise, DictationResponse>) {
  return (
    <p className="review">
      <span lang="fr">{exercise.accept.fr[0]}</span>
      {verdict.result !== 'correct' ? (
        <span className="review-given" lang="fr">
          {' '}
          ({response.answer.trim() || '—'})
        </span>
      ) : null}
    </p>
  );
}

export const viewModule: ExerciseViewModule<DictationExercise, DictationResponse> = {
  View: DictationView,
  Review: DictationReview,
  check: checkDictation,
  emptyResponse: () => ({ answer: '' }),
  isAnswered: (_exercise, response) => response.answer.trim() !== '',
};
