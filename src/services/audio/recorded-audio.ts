/**
 * Human recordings play instead of the generated files: an AudioService that looks up a clip in
 * the device's recordings first and plays it with a plain audio element (slow = 0.7× with the
 * pitch kept), falling back to `inner` for everything else or when the recording cannot play.
 */
import { browserObjectUrls, PLAYER_SLOW_RATE, type AudioErrorKind, type AudioService, type ObjectUrls } from './audio-service';

/** Where recordings come from (the recordings store in the app, a fake in tests). */
export interface RecordingSource {
  ids(): ReadonlySet<string>;
  load(clipId: string): Promise<Blob | undefined>;
}

/** The part of HTMLAudioElement used here. */
export interface AudioElementLike {
  playbackRate: number;
  preservesPitch?: boolean;
  onplaying: ((event: Event) => void) | null;
  onended: ((event: Event) => void) | null;
  onerror: ((event: Event | string) => void) | null;
  play(): Promise<void>;
  pause(): void;
}

export function withRecordings(
  inner: AudioService,
  source: RecordingSource,
  createElement: (url: string) => AudioElementLike = (url) => new Audio(url),
  urls: ObjectUrls = browserObjectUrls,
): AudioService {
  let current: { element: AudioElementLike; finish: (result: 'stopped') => void } | undefined;
  const stopCurrent = () => {
    current?.element.pause();
    current?.finish('stopped');
    current = undefined;
  };
  return {
    has: (clipId) => source.ids().has(clipId) || inner.has(clipId),
    stop() {
      stopCurrent();
      inner.stop();
    },
    async play(clipId, options = {}) {
      if (options.voice === 'device' || !source.ids().has(clipId)) {
        stopCurrent();
        return inner.play(clipId, options);
      }
      stopCurrent();
      inner.stop();
      const blob = await source.load(clipId).catch(() => undefined);
      if (!blob) return inner.play(clipId, options);
      const url = urls.create(blob);
      const element = createElement(url);
      element.playbackRate = options.speed === 'slow' ? PLAYER_SLOW_RATE : 1;
      element.preservesPitch = true;
      return new Promise<'ended' | 'stopped' | AudioErrorKind>((resolve) => {
        let done = false;
        const finish = (result: 'ended' | 'stopped' | AudioErrorKind) => {
          if (done) return;
          done = true;
          urls.revoke(url);
          if (current?.element === element) current = undefined;
          if (result === 'ended') options.onEnd?.();
          resolve(result);
        };
        current = { element, finish };
        element.onplaying = () => options.onStart?.();
        element.onended = () => finish('ended');
        element.onerror = () => {
          // A recording the browser cannot decode: the generated file still serves the learner.
          finish('stopped');
        };
        element.play().catch((error: unknown) => {
          const blocked = error instanceof DOMException && error.name === 'NotAllowedError';
          if (blocked) options.onError?.('play-blocked');
          finish(blocked ? 'play-blocked' : 'load-failed');
        });
      }).then(async (result) => (result === 'load-failed' ? inner.play(clipId, options) : result));
    },
  };
}
