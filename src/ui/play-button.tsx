/**
 * Listening controls for French text: a Listen button per line, a "Slow audio" switch shared by
 * every button, a "play the whole dialogue" button, and the keyboard help.
 *
 * - A clip without audio in this build (`useAudio().has(id)` is false: no manifest entry, or no
 *   audio service at all) shows no button: check-audio makes sure every French line has audio in a
 *   real build, so this only happens in tests and half-built content.
 * - A clip that fails (missing file, offline, blocked by the browser) says so in a live region
 *   next to its button; the lesson goes on.
 * - Keyboard: native buttons (Enter/Space); Shift+Enter or Shift+Space plays slowly; Escape stops.
 *   No single-letter shortcuts, which screen readers use for their own navigation.
 */
import { useEffect, useRef, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AudioErrorKind, AudioSpeed } from '../services/audio/audio-service';
import { useAudio } from './audio-context';
import { offlineFrenchVoices } from '../services/audio/device-voice';
import { useAudioPreferences, useAudioSpeed } from './audio-preferences';

function SpeakerIcon({ slow }: { slow: boolean }) {
  return (
    <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
      <path d="M3 9h4l5-4v14l-5-4H3z" fill="currentColor" />
      <path d="M15.5 8.5a5 5 0 0 1 0 7" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      {slow ? null : <path d="M18 6a8.5 8.5 0 0 1 0 12" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />}
    </svg>
  );
}

function StopIcon() {
  return (
    <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
      <rect x="6" y="6" width="12" height="12" rx="1.5" fill="currentColor" />
    </svg>
  );
}

/**
 * The French text a clip voices, for the device voice: the element named by `describedBy`, or by
 * the convention `<clip id>-fr` that dialogue and vocabulary rows follow.
 */
function clipText(clipId: string, describedBy?: string): string | undefined {
  if (typeof document === 'undefined') return undefined;
  const element = document.getElementById(describedBy ?? `${clipId}-fr`) ?? document.getElementById(`${clipId}-fr`);
  const text = element?.textContent?.trim();
  return text === '' ? undefined : text;
}

/** Keeps the latest audio service in a ref (its identity changes when the manifest arrives). */
function useLatestAudio() {
  const audio = useAudio();
  const ref = useRef(audio);
  useEffect(() => {
    ref.current = audio;
  }, [audio]);
  return { audio, ref };
}

/**
 * A Listen button for one clip (a content id), with its message area. `describedBy` is the id of
 * the French text it voices, so a screen reader says "Listen, button, Bonjour…".
 */
export function PlayButton({
  clipId,
  describedBy,
  speed,
  caption = false,
}: {
  clipId: string;
  describedBy?: string;
  speed?: AudioSpeed;
  /** Shows the label beside the icon (where a normal and a slow button stand side by side). */
  caption?: boolean;
}) {
  const { t } = useTranslation('common');
  const { audio, ref } = useLatestAudio();
  const preferred = useAudioSpeed();
  const { voice } = useAudioPreferences();
  const [state, setState] = useState<'idle' | 'loading' | 'playing'>('idle');
  const [error, setError] = useState<AudioErrorKind | undefined>();
  const busy = useRef(false);

  // Leaving the screen stops what this button started.
  useEffect(
    () => () => {
      if (busy.current) ref.current.stop();
    },
    [ref],
  );

  if (!audio.has(clipId)) return null;
  const chosen = speed ?? preferred;

  const onClick = async (event: MouseEvent<HTMLButtonElement>) => {
    if (busy.current) {
      audio.stop();
      return;
    }
    busy.current = true;
    setError(undefined);
    setState('loading');
    const result = await audio.play(clipId, {
      speed: event.shiftKey ? 'slow' : chosen,
      voice,
      text: clipText(clipId, describedBy),
      onStart: () => setState('playing'),
    });
    busy.current = false;
    setState('idle');
    if (result !== 'ended' && result !== 'stopped') setError(result);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'Escape' && busy.current) {
      event.preventDefault();
      audio.stop();
    }
  };

  const label = state === 'idle' ? (chosen === 'slow' ? t('audio.listenSlowly') : t('audio.listen')) : t('audio.stop');
  return (
    <>
      <button
        type="button"
        className={caption ? 'play-button has-caption' : 'play-button'}
        aria-label={label}
        aria-describedby={describedBy}
        aria-busy={state === 'loading' ? true : undefined}
        data-state={state}
        onClick={(event) => void onClick(event)}
        onKeyDown={onKeyDown}
      >
        {state === 'idle' ? <SpeakerIcon slow={chosen === 'slow'} /> : <StopIcon />}
        {caption ? (
          <span className="play-button-caption" aria-hidden="true">
            {state !== 'idle' ? t('audio.stop') : chosen === 'slow' ? t('audio.slowCaption') : t('audio.listen')}
          </span>
        ) : null}
      </button>
      <span role="status" className="audio-message">
        {error ? t(`audio.error.${error}`) : null}
      </span>
    </>
  );
}

/**
 * Plays clips one after another (a whole dialogue), reporting the clip being played so the
 * screen can highlight it. Pressing it again, or Escape, stops. A clip that is missing or fails to
 * load is skipped; a browser that blocks audio stops the run.
 */
export function PlayAllButton({
  clipIds,
  onCurrentChange,
}: {
  clipIds: readonly string[];
  onCurrentChange(clipId: string | undefined): void;
}) {
  const { t } = useTranslation('common');
  const { audio, ref } = useLatestAudio();
  const speed = useAudioSpeed();
  const { voice } = useAudioPreferences();
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<AudioErrorKind | undefined>();
  const cancelled = useRef(false);
  const report = useRef(onCurrentChange);
  useEffect(() => {
    report.current = onCurrentChange;
  }, [onCurrentChange]);

  const active = useRef(false);

  // Leaving the screen stops the run.
  useEffect(
    () => () => {
      if (active.current) {
        cancelled.current = true;
        ref.current.stop();
      }
    },
    [ref],
  );

  const playable = clipIds.filter((id) => audio.has(id));
  if (playable.length === 0) return null;

  const run = async () => {
    if (active.current) {
      cancelled.current = true;
      audio.stop();
      return;
    }
    cancelled.current = false;
    active.current = true;
    setRunning(true);
    setError(undefined);
    for (const clipId of playable) {
      report.current(clipId);
      const result = await audio.play(clipId, { speed, voice, text: clipText(clipId) });
      if (cancelled.current || result === 'stopped') break;
      if (result === 'play-blocked') {
        setError(result);
        break;
      }
      if (result !== 'ended') setError(result);
    }
    report.current(undefined);
    active.current = false;
    setRunning(false);
  };

  return (
    <>
      <button
        type="button"
        className="button play-all-button"
        aria-pressed={running}
        onClick={() => void run()}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && running) {
            event.preventDefault();
            cancelled.current = true;
            audio.stop();
          }
        }}
      >
        {running ? <StopIcon /> : <SpeakerIcon slow={speed === 'slow'} />} {running ? t('audio.stopAll') : t('audio.playAll')}
      </button>
      <span role="status" className="audio-message">
        {error ? t(`audio.error.${error}`) : null}
      </span>
    </>
  );
}

/** The "Slow audio" switch: every Listen button below the provider then plays the slow clip. */
export function SlowToggle() {
  const { t } = useTranslation('common');
  const { slow, setSlow } = useAudioPreferences();
  return (
    <label className="toggle slow-toggle">
      <input type="checkbox" checked={slow} onChange={(event) => setSlow(event.target.checked)} /> {t('audio.slow')}
    </label>
  );
}

/** Offline French voices of this device, updated when the browser finishes loading its list. */
function useDeviceFrenchVoices(): string[] {
  const [names, setNames] = useState<string[]>([]);
  useEffect(() => {
    if (typeof speechSynthesis === 'undefined') return;
    const update = () => setNames(offlineFrenchVoices(speechSynthesis).map((voice) => voice.name));
    update();
    speechSynthesis.addEventListener?.('voiceschanged', update);
    return () => speechSynthesis.removeEventListener?.('voiceschanged', update);
  }, []);
  return names;
}

/** "Voice: recordings / this device's French voice", shown only where the device has one offline. */
export function VoiceChoiceSelect() {
  const { t } = useTranslation('common');
  const { voice, setVoice } = useAudioPreferences();
  const voices = useDeviceFrenchVoices();
  if (voices.length === 0) return null;
  return (
    <label className="voice-choice">
      {t('audio.voice')}{' '}
      <select value={voice} onChange={(event) => setVoice(event.target.value === 'device' ? 'device' : 'recorded')}>
        <option value="recorded">{t('audio.voiceRecorded')}</option>
        <option value="device">{t('audio.voiceDevice', { name: voices[0] })}</option>
      </select>
    </label>
  );
}

/**
 * The controls above a section's listening material: the slow switch, `children` (e.g. nothing,
 * or extra buttons) and the keyboard help. Renders nothing when none of `clipIds` has audio.
 */
export function AudioToolbar({ clipIds, children }: { clipIds: readonly string[]; children?: ReactNode }) {
  const { t } = useTranslation('common');
  const audio = useAudio();
  if (!clipIds.some((id) => audio.has(id))) return null;
  return (
    <div className="audio-toolbar">
      <SlowToggle />
      <VoiceChoiceSelect />
      {children}
      <p className="audio-help">{t('audio.keyboardHelp')}</p>
    </div>
  );
}
