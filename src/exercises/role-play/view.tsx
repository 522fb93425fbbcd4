import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VerdictResult } from '../../domain/answers/judge';
import { createRng, seedFromString, shuffle } from '../../lib/rng';
import { useClipPlayer } from '../listen-choose/view';
import type { ExerciseReviewProps, ExerciseViewModule, ExerciseViewProps } from '../view-types';
import { checkRolePlay } from './check';
import { learnerLineIndexes, speakerName } from './model';
import type { RolePlayExercise, RolePlayResponse } from './schema';

type Props = ExerciseViewProps<RolePlayExercise, RolePlayResponse>;

const MARK: Record<VerdictResult, string> = { correct: '✓', 'near-miss': '≈', wrong: '✗' };

/** Number of turns answered in a row from the start: where a learner coming back resumes. */
function answeredTurns(answers: readonly string[], turns: number): number {
  let count = 0;
  while (count < turns && (answers[count] ?? '').trim() !== '') count += 1;
  return count;
}

/**
 * The conversation as a log: the other speakers' lines appear (and play) up to the learner's turn;
 * the learner chooses or types their line and says it ("Say it"); the next lines follow. After
 * checking, the whole dialogue shows with each turn marked.
 */
function RolePlayConversation({ exercise, response, onChange, verdict, disabled }: Props) {
  const { t } = useTranslation('exercises');
  const name = useId();
  const inputId = useId();
  const turns = useMemo(() => learnerLineIndexes(exercise), [exercise]);
  const [turn, setTurn] = useState(() => answeredTurns(response.answers, turns.length));
  const player = useClipPlayer();
  const turnRef = useRef<HTMLFieldSetElement>(null);
  const advanced = useRef(false);
  const answers = turns.map((_, index) => response.answers[index] ?? '');
  const done = disabled || turn >= turns.length;
  const visibleUntil = done ? exercise.lines.length : (turns[turn] ?? exercise.lines.length);
  const currentLine = done ? undefined : exercise.lines[turns[turn] ?? -1];
  const learnerName = speakerName(exercise, exercise.role);

  const optionOrder = useMemo(
    () =>
      turns.map((lineIndex, index) =>
        shuffle(exercise.lines[lineIndex]?.options ?? [], createRng(seedFromString(`${exercise.id}#${index}`))),
      ),
    [exercise, turns],
  );

  useEffect(() => {
    if (advanced.current) turnRef.current?.focus();
  }, [turn]);

  const setAnswer = (value: string) => {
    const next = [...answers];
    next[turn] = value;
    onChange({ answers: next });
  };

  const playLines = async (from: number, to: number) => {
    for (let index = from; index < to; index += 1) {
      const line = exercise.lines[index];
      if (!line || line.speaker === exercise.role || !player.has(line.ref)) continue;
      const result = await player.play(line.ref);
      if (result !== 'ended' || !player.mounted.current) return;
    }
  };

  const sayIt = () => {
    if (done || (answers[turn] ?? '').trim() === '') return;
    const from = (turns[turn] ?? 0) + 1;
    const to = turns[turn + 1] ?? exercise.lines.length;
    advanced.current = true;
    setTurn(turn + 1);
    void playLines(from, to);
  };

  const restart = () => {
    player.stop();
    advanced.current = true;
    setTurn(0);
    onChange({ answers: turns.map(() => '') });
  };

  return (
    <div className="role-play">
      <p className="role-play-role">{t('rolePlay.yourRole', { name: learnerName })}</p>
      <div role="log" aria-label={t('rolePlay.conversation')}>
        <ol className="role-play-log">
          {exercise.lines.slice(0, visibleUntil).map((line, index) => {
            const turnIndex = turns.indexOf(index);
            if (turnIndex === -1) {
              const speaker = speakerName(exercise, line.speaker);
              return (
                <li key={line.ref} className="role-play-line">
                  <span className="role-play-speaker">{speaker}</span>{' '}
                  <span lang="fr" className="role-play-fr">
                    {line.fr}
                  </span>
                  {line.en !== undefined ? (
                    <span className="translation role-play-en" lang="en">
                      {' '}
                      ({line.en})
                    </span>
                  ) : null}
                  {player.has(line.ref) ? (
                    <button
                      type="button"
                      className="button audio-button role-play-play"
                      aria-label={t('rolePlay.playLine', { name: speaker })}
                      onClick={() => void player.play(line.ref)}
                    >
                      <span aria-hidden="true">▶</span>
                    </button>
                  ) : null}
                </li>
              );
            }
            const part = verdict?.parts[turnIndex];
            const given = answers[turnIndex] ?? '';
            return (
              <li key={line.ref} className={`role-play-line is-learner ${part ? `is-${part.result}` : ''}`}>
                <span className="role-play-speaker">{t('rolePlay.you', { name: learnerName })}</span>{' '}
                {part ? (
                  <span aria-hidden="true" className="role-play-mark">
                    {MARK[part.result]}{' '}
                  </span>
                ) : null}
                {part ? <span className="sr-only">{t(`rolePlay.mark.${part.result}`)} </span> : null}
                <span lang="fr" className="role-play-fr">
                  {given === '' ? '—' : given}
                </span>
                {part && part.result !== 'correct' ? (
                  <span className="role-play-expected">
                    {' '}
                    {t('rolePlay.expected')} <span lang="fr">{part.expected}</span>
                  </span>
                ) : null}
              </li>
            );
          })}
        </ol>
      </div>
      {currentLine ? (
        <fieldset className="role-play-turn choice-group" ref={turnRef} tabIndex={-1}>
          <legend>{t('rolePlay.yourTurn', { number: turn + 1, total: turns.length })}</legend>
          {currentLine.en !== undefined ? (
            <p className="hint">
              {t('rolePlay.cue')} <span lang="en">{currentLine.en}</span>
            </p>
          ) : null}
          {exercise.mode === 'choose' ? (
            (optionOrder[turn] ?? []).map((option) => (
              <label key={option.fr} className={`choice ${answers[turn] === option.fr ? 'is-checked' : ''}`}>
                <input
                  type="radio"
                  name={`${name}-${turn}`}
                  value={option.fr}
                  checked={answers[turn] === option.fr}
                  onChange={() => setAnswer(option.fr)}
                />
                <span lang="fr">{option.fr}</span>
              </label>
            ))
          ) : (
            <>
              <label htmlFor={inputId} className="role-play-label">
                {t('rolePlay.yourLine')}
              </label>
              <input
                id={inputId}
                type="text"
                className="role-play-input"
                value={answers[turn] ?? ''}
                onChange={(event) => setAnswer(event.target.value)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter') {
                    event.preventDefault();
                    sayIt();
                  }
                }}
                autoCapitalize="off"
                autoCorrect="off"
                autoComplete="off"
                spellCheck={false}
                lang="fr"
              />
            </>
          )}
          <div className="role-play-actions">
            <button type="button" className="button button-primary" onClick={sayIt} disabled={(answers[turn] ?? '').trim() === ''}>
              {t('rolePlay.sayIt')}
            </button>
          </div>
        </fieldset>
      ) : null}
      {!disabled && turn > 0 ? (
        <button type="button" className="button-link" onClick={restart}>
          {t('rolePlay.restart')}
        </button>
      ) : null}
    </div>
  );
}

/** Keyed by exercise, so the turn reached never carries over to the next role-play. */
function RolePlayView(props: Props) {
  return <RolePlayConversation key={props.exercise.id} {...props} />;
}

function RolePlayReview({ verdict }: ExerciseReviewProps<RolePlayExercise, RolePlayResponse>) {
  const { t } = useTranslation('exercises');
  return (
    <ul className="review role-play-review">
      {verdict.parts.map((part) => (
        <li key={part.index}>
          <span aria-hidden="true">{MARK[part.result]}</span> <span className="sr-only">{t(`rolePlay.mark.${part.result}`)} </span>
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
  );
}

export const viewModule: ExerciseViewModule<RolePlayExercise, RolePlayResponse> = {
  View: RolePlayView,
  Review: RolePlayReview,
  check: checkRolePlay,
  emptyResponse: (exercise) => ({ answers: learnerLineIndexes(exercise).map(() => '') }),
  isAnswered: (exercise, response) => learnerLineIndexes(exercise).every((_, index) => (response.answers[index] ?? '').trim() !== ''),
};
