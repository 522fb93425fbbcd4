import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { gloss } from '../../content/localize';
import { clipSource } from '../listen-choose/audio';
import { AudioControls, useClipPlayer } from '../listen-choose/view';
import type { ExerciseReviewProps, ExerciseViewModule, ExerciseViewProps } from '../view-types';
import { useRecorder } from '../../ui/use-recorder';
import { checkSpeak } from './check';
import type { SpeakExercise, SpeakRating, SpeakResponse } from './schema';

type Props = ExerciseViewProps<SpeakExercise, SpeakResponse>;

const RATINGS: readonly SpeakRating[] = ['again', 'hard', 'good'];

/** Plays the learner's own recording (an object URL) with a plain audio element. */
function useOwnPlayback() {
  const elementRef = useRef<HTMLAudioElement | null>(null);
  useEffect(
    () => () => {
      elementRef.current?.pause();
      elementRef.current = null;
    },
    [],
  );
  return (url: string) =>
    new Promise<void>((resolve) => {
      elementRef.current?.pause();
      const element = new Audio(url);
      elementRef.current = element;
      element.onended = () => resolve();
      element.onerror = () => resolve();
      Promise.resolve(element.play()).catch(() => resolve());
    });
}

/**
 * Read the line, listen to the model, record yourself, play the model then your recording, rate
 * yourself. Without a microphone (or permission), the learner is told why and can still listen,
 * say the line aloud and rate.
 */
function SpeakPractice({ exercise, response, onChange, verdict, disabled }: Props) {
  const { t, i18n } = useTranslation('exercises');
  const rateId = useId();
  const source = clipSource(exercise);
  const player = useClipPlayer();
  const playOwn = useOwnPlayback();
  const latest = useRef({ response, disabled, onChange });
  useEffect(() => {
    latest.current = { response, disabled, onChange };
  }, [response, disabled, onChange]);
  const recorder = useRecorder(() => {
    const { response: current, disabled: locked, onChange: report } = latest.current;
    if (!locked && !current.recorded) report({ ...current, recorded: true });
  });
  const tip = exercise.tip ? gloss(exercise.tip, i18n.language) : undefined;

  const compare = async () => {
    if (source && player.has(source.clipId)) {
      const result = await player.play(source.clipId);
      if (result === 'stopped' || !player.mounted.current) return;
    }
    if (recorder.url !== undefined) await playOwn(recorder.url);
  };
  const playMine = () => {
    player.stop();
    if (recorder.url !== undefined) void playOwn(recorder.url);
  };

  const micMessage =
    recorder.state === 'unsupported' || recorder.state === 'denied' || recorder.state === 'no-mic' || recorder.state === 'failed'
      ? t(`speak.mic.${recorder.state}`)
      : recorder.state === 'recording'
        ? t('speak.recordingNow')
        : recorder.state === 'requesting'
          ? t('speak.requesting')
          : recorder.url !== undefined
            ? t('speak.recorded')
            : '';

  return (
    <div className="speak">
      {source ? (
        <p className="speak-line">
          <span className="speak-label">{t('speak.say')}</span>{' '}
          <span lang="fr" className="speak-fr">
            {source.fr}
          </span>
          {source.en !== undefined ? (
            <>
              {' '}
              <span className="translation" lang="en">
                ({source.en})
              </span>
            </>
          ) : null}
        </p>
      ) : null}
      {tip !== undefined ? <p className="hint">{tip}</p> : null}
      {source ? <AudioControls key={source.clipId} clipId={source.clipId} label={t('speak.model')} /> : null}
      <div className="speak-recorder" role="group" aria-label={t('speak.yourVoice')}>
        {recorder.state === 'recording' ? (
          <button type="button" className="button speak-stop" onClick={recorder.stop}>
            <span aria-hidden="true">■</span> {t('speak.stop')}
          </button>
        ) : recorder.state !== 'unsupported' ? (
          <button
            type="button"
            className="button speak-record"
            onClick={() => void recorder.start()}
            disabled={recorder.state === 'requesting'}
          >
            <span aria-hidden="true">●</span> {recorder.url !== undefined ? t('speak.recordAgain') : t('speak.record')}
          </button>
        ) : null}
        {recorder.url !== undefined && recorder.state !== 'recording' ? (
          <>
            <button type="button" className="button" onClick={() => void compare()}>
              <span aria-hidden="true">▶▶</span> {t('speak.compare')}
            </button>
            <button type="button" className="button" onClick={playMine}>
              <span aria-hidden="true">▶</span> {t('speak.playMine')}
            </button>
          </>
        ) : null}
        <p className="speak-status" aria-live="polite">
          {micMessage}
        </p>
      </div>
      <p className="hint speak-privacy">{t('speak.privacy')}</p>
      <div className="speak-rating" role="group" aria-labelledby={rateId}>
        <p id={rateId} className="speak-rating-question">
          {t('speak.rate')}
        </p>
        {RATINGS.map((rating) => (
          <button
            key={rating}
            type="button"
            className={`button speak-rate speak-rate-${rating}`}
            aria-pressed={response.rating === rating}
            disabled={disabled}
            onClick={() => onChange({ ...response, rating })}
          >
            {response.rating === rating ? <span aria-hidden="true">✓ </span> : null}
            {t(`speak.rating.${rating}`)}
          </button>
        ))}
      </div>
      {verdict ? <p className="hint">{t('speak.selfAssessed')}</p> : null}
    </div>
  );
}

/** Keyed by exercise, so a recording never carries over to the next exercise (its URL is revoked). */
function SpeakView(props: Props) {
  return <SpeakPractice key={props.exercise.id} {...props} />;
}

function SpeakReview({ exercise, response }: ExerciseReviewProps<SpeakExercise, SpeakResponse>) {
  const { t } = useTranslation('exercises');
  return (
    <p className="review">
      <span lang="fr">{clipSource(exercise)?.fr}</span> — {t('speak.yourRating')}{' '}
      <strong>{response.rating === null ? '—' : t(`speak.rating.${response.rating}`)}</strong>
      {response.recorded ? null : <span className="review-given"> ({t('speak.notRecorded')})</span>}
    </p>
  );
}

export const viewModule: ExerciseViewModule<SpeakExercise, SpeakResponse> = {
  View: SpeakView,
  Review: SpeakReview,
  check: checkSpeak,
  emptyResponse: () => ({ rating: null, recorded: false }),
  isAnswered: (_exercise, response) => response.rating !== null,
};
