import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { frOrGloss } from '../../content/localize';
import { createRng, seedFromString, shuffle } from '../../lib/rng';
import type { AudioErrorKind, AudioSpeed } from '../../services/audio/audio-service';
import { useAudio } from '../../ui/audio-context';
import type { ExerciseReviewProps, ExerciseViewModule, ExerciseViewProps } from '../view-types';
import { clipSource } from './audio';
import { checkListenChoose } from './check';
import type { ListenChooseExercise, ListenChooseResponse } from './schema';

/**
 * Plays clips through the audio service and remembers the last failure, for the views of the
 * listening and speaking types. Stops the audio when the view goes away.
 */
export function useClipPlayer() {
  const audio = useAudio();
  const [error, setError] = useState<AudioErrorKind | undefined>();
  const [playing, setPlaying] = useState<{ clipId: string; speed: AudioSpeed } | undefined>();
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      audio.stop();
    };
  }, [audio]);
  const play = useCallback(
    async (clipId: string, speed: AudioSpeed = 'normal'): Promise<'ended' | 'stopped' | AudioErrorKind> => {
      setError(undefined);
      setPlaying({ clipId, speed });
      const result = await audio.play(clipId, { speed });
      if (mounted.current) {
        setPlaying(undefined);
        if (result !== 'ended' && result !== 'stopped') setError(result);
      }
      return result;
    },
    [audio],
  );
  return { play, error, playing, has: (clipId: string) => audio.has(clipId), stop: () => audio.stop(), mounted };
}

/** The message for a clip that failed to play (kept in a polite live region by the caller). */
export function AudioError({ error }: { error: AudioErrorKind | undefined }) {
  const { t } = useTranslation('exercises');
  return (
    <p className="audio-error" aria-live="polite">
      {error ? t(`listenChoose.audio.error.${error}`) : null}
    </p>
  );
}

/**
 * "Listen" and "Listen slowly" buttons for one clip. When the build has no audio for the clip, a
 * short note replaces them (or nothing, with `whenMissing="hide"`, when the caller says it once).
 */
export function AudioControls({
  clipId,
  slow = true,
  label,
  whenMissing = 'message',
}: {
  clipId: string;
  slow?: boolean;
  /** Accessible name of the group of buttons; "Recording" by default. */
  label?: string;
  whenMissing?: 'message' | 'hide';
}) {
  const { t } = useTranslation('exercises');
  const player = useClipPlayer();
  if (!player.has(clipId)) {
    return whenMissing === 'message' ? <p className="audio-missing">{t('listenChoose.audio.missing')}</p> : null;
  }
  const isPlaying = (speed: AudioSpeed) => player.playing?.clipId === clipId && player.playing.speed === speed;
  return (
    <div className="audio-controls" role="group" aria-label={label ?? t('listenChoose.audio.group')}>
      <button
        type="button"
        className={`button audio-button ${isPlaying('normal') ? 'is-playing' : ''}`}
        onClick={() => void player.play(clipId)}
      >
        <span aria-hidden="true">▶</span> {t('listenChoose.audio.play')}
      </button>
      {slow ? (
        <button
          type="button"
          className={`button audio-button ${isPlaying('slow') ? 'is-playing' : ''}`}
          onClick={() => void player.play(clipId, 'slow')}
        >
          <span aria-hidden="true">▶</span> {t('listenChoose.audio.playSlow')}
        </button>
      ) : null}
      <AudioError error={player.error} />
    </div>
  );
}

type Props = ExerciseViewProps<ListenChooseExercise, ListenChooseResponse>;

/** Listen (replay and slow at will), then choose. The French transcript appears only after checking. */
function ListenChooseView({ exercise, response, onChange, verdict, disabled }: Props) {
  const { t, i18n } = useTranslation('exercises');
  const name = useId();
  const several = exercise.answer.length > 1;
  const options = useMemo(() => shuffle(exercise.options, createRng(seedFromString(exercise.id))), [exercise]);
  const source = clipSource(exercise);
  const prompt = exercise.prompt ? frOrGloss(exercise.prompt, i18n.language) : undefined;

  const toggle = (optionId: string) => {
    if (!several) return onChange({ selected: [optionId] });
    const selected = response.selected.includes(optionId)
      ? response.selected.filter((id) => id !== optionId)
      : [...response.selected, optionId];
    onChange({ selected });
  };

  return (
    <div className="listen-choose">
      {source ? <AudioControls key={source.clipId} clipId={source.clipId} /> : null}
      <fieldset className="choice-group" disabled={disabled}>
        <legend>
          {prompt ? (
            <span lang={prompt.lang} className="exercise-prompt">
              {prompt.text}
            </span>
          ) : (
            <span className="exercise-prompt">{t('listenChoose.whatDidYouHear')}</span>
          )}
          {several ? <span className="hint"> {t('listenChoose.chooseAll')}</span> : null}
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
              {mark === 'key' ? <span className="choice-mark">✓ {t('listenChoose.rightAnswer')}</span> : null}
              {mark === 'wrong' ? <span className="choice-mark">✗ {t('listenChoose.yourChoice')}</span> : null}
            </label>
          );
        })}
      </fieldset>
      {verdict && source ? <Transcript fr={source.fr} gloss={source.en} /> : null}
    </div>
  );
}

/** The French that was heard, with its gloss: shown only once the learner has checked. */
export function Transcript({ fr, gloss }: { fr: string; gloss?: string | undefined }) {
  const { t } = useTranslation('exercises');
  return (
    <p className="transcript">
      <span className="transcript-label">{t('listenChoose.transcript')}</span> <span lang="fr">{fr}</span>
      {gloss !== undefined ? (
        <>
          {' '}
          <span className="translation" lang="en">
            ({gloss})
          </span>
        </>
      ) : null}
    </p>
  );
}

function ListenChooseReview({ exercise, response, verdict }: ExerciseReviewProps<ListenChooseExercise, ListenChooseResponse>) {
  const part = verdict.parts[0];
  const source = clipSource(exercise);
  const inFrench = (optionIds: readonly string[]) =>
    optionIds.every((optionId) => exercise.options.find((option) => option.id === optionId)?.text.fr !== undefined);
  return (
    <p className="review">
      {source ? <span lang="fr">« {source.fr} »</span> : null} →{' '}
      <strong lang={inFrench(exercise.answer) ? 'fr' : undefined}>{part?.expected}</strong>
      {part && part.result !== 'correct' && part.given !== '' ? (
        <span className="review-given" lang={inFrench(response.selected) ? 'fr' : undefined}>
          {' '}
          ({part.given})
        </span>
      ) : null}
    </p>
  );
}

export const viewModule: ExerciseViewModule<ListenChooseExercise, ListenChooseResponse> = {
  View: ListenChooseView,
  Review: ListenChooseReview,
  check: checkListenChoose,
  emptyResponse: () => ({ selected: [] }),
  isAnswered: (_exercise, response) => response.selected.length > 0,
};
