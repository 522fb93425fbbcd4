import { useId, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { gloss } from '../../content/localize';
import type { ExerciseReviewProps, ExerciseViewModule, ExerciseViewProps } from '../view-types';
import { checkTranslate } from './check';
import type { TranslateExercise, TranslateResponse } from './schema';

type Props = ExerciseViewProps<TranslateExercise, TranslateResponse>;

const MARK_ICON = { correct: '✓', 'near-miss': '≈', wrong: '✗' } as const;

/** The source sentence and its language, the target language. */
function languages(exercise: TranslateExercise): { source: string; sourceLang: 'en' | 'fr'; target: 'en' | 'fr' } {
  return exercise.direction === 'en-fr'
    ? { source: exercise.source.en, sourceLang: 'en', target: 'fr' }
    : { source: exercise.source.fr, sourceLang: 'fr', target: 'en' };
}

/** Enter checks (a translation is one sentence); Shift+Enter still makes a new line. */
function submitOnEnter(event: KeyboardEvent<HTMLTextAreaElement>) {
  if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
  const form = event.currentTarget.form;
  if (!form) return;
  event.preventDefault();
  form.requestSubmit();
}

/**
 * The source sentence, then a textarea in the target language. After checking, the textarea is
 * marked (border and a written mark, not colour alone); the player's feedback shows the expected
 * answer with the difference highlighted.
 */
function TranslateView({ exercise, response, onChange, verdict, disabled }: Props) {
  const { t, i18n } = useTranslation('exercises');
  const id = useId();
  const { source, sourceLang, target } = languages(exercise);
  const part = verdict?.parts[0];
  const hint = exercise.hint ? gloss(exercise.hint, i18n.language) : undefined;
  const describedBy = [`${id}-source`, hint ? `${id}-hint` : '', part ? `${id}-mark` : ''].filter(Boolean).join(' ');
  // French is what is being learnt: no autocorrect or spellchecker doing the work.
  const frenchInput = target === 'fr' ? { autoCapitalize: 'off', autoCorrect: 'off', spellCheck: false } : {};
  return (
    <div className="translate">
      <p className="translate-source">
        <span className="translate-label">{t(sourceLang === 'en' ? 'translate.sourceEn' : 'translate.sourceFr')}</span>{' '}
        <span id={`${id}-source`} lang={sourceLang} className="exercise-prompt">
          {source}
        </span>
      </p>
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {t('translate.hint', { hint })}
        </p>
      ) : null}
      <label htmlFor={id} className="translate-label">
        {t(target === 'fr' ? 'translate.yourFrench' : 'translate.yourEnglish')}
      </label>
      <textarea
        id={id}
        className={`translate-input ${part ? `is-${part.result}` : ''}`}
        lang={target}
        rows={3}
        value={response.answer}
        onChange={(event) => onChange({ answer: event.target.value })}
        onKeyDown={submitOnEnter}
        readOnly={disabled}
        aria-describedby={describedBy}
        aria-invalid={part?.result === 'wrong' ? true : undefined}
        autoComplete="off"
        {...frenchInput}
      />
      {part ? (
        <p id={`${id}-mark`} className={`answer-mark is-${part.result}`}>
          <span aria-hidden="true">{MARK_ICON[part.result]}</span> {t(`translate.mark.${part.result}`)}
        </p>
      ) : null}
    </div>
  );
}

function TranslateReview({ exercise, verdict }: ExerciseReviewProps<TranslateExercise, TranslateResponse>) {
  const { source, sourceLang, target } = languages(exercise);
  const part = verdict.parts[0];
  return (
    <p className="review">
      <span lang={sourceLang}>{source}</span> → <strong lang={target}>{part?.expected}</strong>
      {part && part.result !== 'correct' ? (
        <span className="review-given" lang={target}>
          {' '}
          ({part.given || '—'})
        </span>
      ) : null}
    </p>
  );
}

export const viewModule: ExerciseViewModule<TranslateExercise, TranslateResponse> = {
  View: TranslateView,
  Review: TranslateReview,
  check: checkTranslate,
  emptyResponse: () => ({ answer: '' }),
  isAnswered: (_exercise, response) => response.answer.trim() !== '',
};
