import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { gloss } from '../../content/localize';
import type { ExerciseReviewProps, ExerciseViewModule, ExerciseViewProps } from '../view-types';
import { checkGapFill } from './check';
import { splitGapSentence } from './model';
import type { GapFillExercise, GapFillResponse } from './schema';

type Props = ExerciseViewProps<GapFillExercise, GapFillResponse>;

function GapFillView({ exercise, response, onChange, verdict, disabled }: Props) {
  const { t, i18n } = useTranslation('exercises');
  const pieces = splitGapSentence(exercise.sentence.fr);
  const setAnswer = (gap: number, value: string) => {
    const answers = exercise.gaps.map((_, index) => response.answers[index] ?? '');
    answers[gap] = value;
    onChange({ answers });
  };
  return (
    <div className="gap-fill">
      <p className="gap-sentence" lang="fr">
        {pieces.map((piece, index) => {
          if ('text' in piece) return <Fragment key={index}>{piece.text}</Fragment>;
          const gap = exercise.gaps[piece.gap];
          const part = verdict?.parts[piece.gap];
          const hint = gap?.hint ? gloss(gap.hint, i18n.language) : undefined;
          return (
            <span key={index} className={`gap ${part ? `is-${part.result}` : ''}`}>
              <input
                type="text"
                className="gap-input"
                value={response.answers[piece.gap] ?? ''}
                onChange={(event) => setAnswer(piece.gap, event.target.value)}
                readOnly={disabled}
                aria-label={t('gapFill.gapLabel', { number: piece.gap + 1, total: exercise.gaps.length }) + (hint ? ` (${hint})` : '')}
                autoCapitalize="off"
                autoCorrect="off"
                autoComplete="off"
                spellCheck={false}
                lang="fr"
                size={Math.max(6, (gap?.accept.fr[0]?.length ?? 6) + 2)}
              />
              {hint ? (
                <span className="gap-hint" aria-hidden="true" lang={i18n.language}>
                  ({hint})
                </span>
              ) : null}
            </span>
          );
        })}
      </p>
      {exercise.sentence.en ? <p className="translation">{exercise.sentence.en}</p> : null}
    </div>
  );
}

function GapFillReview({ exercise, verdict }: ExerciseReviewProps<GapFillExercise, GapFillResponse>) {
  const filled = exercise.sentence.fr.replace(/\{(\d)\}/g, (_, digit: string) => verdict.parts[Number(digit) - 1]?.expected ?? '…');
  const wrong = verdict.parts.filter((part) => part.result !== 'correct');
  return (
    <p className="review">
      <span lang="fr">{filled}</span>
      {wrong.length > 0 ? (
        <span className="review-given" lang="fr">
          {' '}
          ({wrong.map((part) => part.given || '—').join(', ')})
        </span>
      ) : null}
    </p>
  );
}

export const viewModule: ExerciseViewModule<GapFillExercise, GapFillResponse> = {
  View: GapFillView,
  Review: GapFillReview,
  check: checkGapFill,
  emptyResponse: (exercise) => ({ answers: exercise.gaps.map(() => '') }),
  isAnswered: (exercise, response) => exercise.gaps.every((_, index) => (response.answers[index] ?? '').trim() !== ''),
};
