import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { gloss } from '../../content/localize';
import { clipSource } from '../listen-choose/audio';
import { AudioControls, useClipPlayer } from '../listen-choose/view';
import type { ExerciseReviewProps, ExerciseViewModule, ExerciseViewProps } from '../view-types';
import { checkSpeak } from './check';
import type { SpeakExercise, SpeakRating, SpeakResponse } from './schema';

type Props = ExerciseViewProps<SpeakExercise, SpeakResponse>;

/** Where the microphone stands. The last four are dead ends shown as a message; listening and rating still work. */
type MicState = 'idle' | 'requesting' | 'recording' | 'unsupported' | 'denied' | 'no-mic' | 'failed';

/** A recording stops by itself after this long, so a forgotten microphone does not stay open. */
const MAX_RECORDING_MS = 30_000;

const RATINGS: readonly SpeakRating[] = ['again', 'hard', 'good'];

/** Whether this browser can record audio at all. */
function canRecord(): boolean {
  return (
    typeof navigator !== 'undefined' && typeof navigator.mediaDevices?.getUserMedia === 'function' && typeof MediaRecorder !== 'undefined'
  );
}

/** Maps a getUserMedia failure to what the learner is told. */
function micErrorState(error: unknown): MicState {
  const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
  if (name === 'NotAllowedError' || name === 'SecurityError' || name === 'PermissionDeniedError') return 'denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError' || name === 'DevicesNotFoundError') return 'no-mic';
  return 'failed';
}

/**
 * Records the microphone into memory with MediaRecorder. The recording is an object URL that is
 * revoked when replaced or when the view unmounts; the stream's tracks are stopped as soon as the
 * recording stops, so the browser's microphone indicator goes off.
 */
function useRecorder(onRecorded: () => void) {
  const [state, setState] = useState<MicState>(() => (canRecord() ? 'idle' : 'unsupported'));
  const [url, setUrl] = useState<string | undefined>();
  const recorderRef = useRef<MediaRecorder | null>(null);
  const streamRef = useRef<MediaStream | null>(null);
  const urlRef = useRef<string | undefined>(undefined);
  const timerRef = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const mounted = useRef(true);
  const onRecordedRef = useRef(onRecorded);
  useEffect(() => {
    onRecordedRef.current = onRecorded;
  }, [onRecorded]);

  const release = () => {
    clearTimeout(timerRef.current);
    streamRef.current?.getTracks().forEach((track) => track.stop());
    streamRef.current = null;
  };

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      const recorder = recorderRef.current;
      recorderRef.current = null;
      if (recorder && recorder.state !== 'inactive') {
        recorder.ondataavailable = null;
        recorder.onstop = null;
        recorder.stop();
      }
      release();
      if (urlRef.current !== undefined) URL.revokeObjectURL(urlRef.current);
      urlRef.current = undefined;
    };
  }, []);

  const stop = () => {
    const recorder = recorderRef.current;
    if (recorder && recorder.state !== 'inactive') recorder.stop();
  };

  const start = async () => {
    if (!canRecord()) {
      setState('unsupported');
      return;
    }
    setState('requesting');
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    } catch (error) {
      if (mounted.current) setState(micErrorState(error));
      return;
    }
    if (!mounted.current) {
      stream.getTracks().forEach((track) => track.stop());
      return;
    }
    streamRef.current = stream;
    let recorder: MediaRecorder;
    try {
      recorder = new MediaRecorder(stream);
    } catch {
      release();
      setState('failed');
      return;
    }
    const chunks: Blob[] = [];
    recorder.ondataavailable = (event) => {
      if (event.data.size > 0) chunks.push(event.data);
    };
    recorder.onstop = () => {
      release();
      recorderRef.current = null;
      if (!mounted.current) return;
      if (chunks.length === 0) {
        setState('failed');
        return;
      }
      const blob = new Blob(chunks, { type: recorder.mimeType || chunks[0]?.type || 'audio/webm' });
      if (urlRef.current !== undefined) URL.revokeObjectURL(urlRef.current);
      const next = URL.createObjectURL(blob);
      urlRef.current = next;
      setUrl(next);
      setState('idle');
      onRecordedRef.current();
    };
    recorderRef.current = recorder;
    recorder.start();
    setState('recording');
    timerRef.current = setTimeout(stop, MAX_RECORDING_MS);
  };

  return { state, url, start, stop };
}

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
