/**
 * The AudioService the app uses: howler.js over Web Audio, one clip at a time.
 *
 * - howler (≈10 KB gzip) is not in the initial bundle: it is imported the first time a screen asks
 *   whether a clip has audio (`has()`), so it is ready by the time the learner taps Listen.
 * - The manifest (`audio/manifest.json`) is fetched after that first `has()`, once the phone is idle
 *   (parsing a megabyte of JSON must not delay the screen that asked), or at once by `play()`. Until it arrives —
 *   or if it cannot be fetched — `has()` answers from the id alone (optimistic) and `play()` tries
 *   the file; once it is known, `has()` follows it. `subscribe()` tells the UI when that happens.
 * - A clip's URL carries its hash and size (`?v=…`), so the service worker's cache-first audio
 *   cache never serves an old recording of a changed sentence.
 * - Only the Howl of the last clip is kept (to replay it at once); the previous one is unloaded,
 *   which frees its decoded buffer.
 * - Slow speed plays the clip's `.slow.mp3` when it has one. A clip without one (vocabulary terms
 *   and examples, the glossary: `slowBytes: 0` in the manifest) plays its normal file at {@link PLAYER_SLOW_RATE} through
 *   howler's HTML5 audio, whose playbackRate keeps the pitch (preservesPitch: a time-stretch, not
 *   a tape slowdown; Web Audio's rate would lower the voice). The file is fetched whole — through
 *   the service worker, so it plays offline and lands in the audio cache — and handed to the audio
 *   element as a blob URL, so no byte-range request ever reaches the cache.
 * - Errors map to AudioErrorKind: no manifest entry or HTTP 404 → `missing`; network or decoding
 *   failure → `load-failed`; the browser refusing to start audio (autoplay policy, or no start
 *   within a few seconds of loading) → `play-blocked`.
 */
import type { Howl, HowlOptions } from 'howler';
import { clipPath, clipUrl, hasSlowFile, parseAudioManifest, volumeOfClipId, type AudioManifest } from '../../content/audio-manifest';
import { whenIdle as defaultWhenIdle } from '../../lib/idle';
import {
  browserObjectUrls,
  PLAYER_SLOW_RATE,
  type AudioErrorKind,
  type AudioEvents,
  type AudioService,
  type AudioSpeed,
  type ObjectUrls,
} from './audio-service';

/** What this service needs from the howler module (the real one, or a fake in tests). */
export interface HowlerModule {
  Howl: new (options: HowlOptions) => Howl;
  Howler: { volume(): number; ctx: AudioContext | null };
}

export interface HowlerAudioOptions {
  /** URL of the audio folder, ending with `/` (default: `<BASE_URL>audio/`). */
  baseUrl?: string;
  /** fetch for the manifest (default: the global fetch). */
  fetch?: (url: string) => Promise<Pick<Response, 'ok' | 'status' | 'json'>>;
  /** Loads howler (default: a dynamic import, its own chunk). */
  loadHowler?: () => Promise<HowlerModule>;
  /** How long a loaded clip may take to start before it counts as blocked (default 5 s). */
  startTimeoutMs?: number;
  /** fetch for whole clip files played slower (default: the global fetch). */
  fetchClip?: (url: string) => Promise<Pick<Response, 'ok' | 'status' | 'blob'>>;
  /** Runs a task when the page is idle (default: `lib/idle`). */
  whenIdle?: (task: () => void) => void;
  /** Blob URLs for those files (default: the browser's). */
  objectUrls?: ObjectUrls;
}

export interface HowlerAudioService extends AudioService {
  /** Fetches the manifest once; resolves when it is known or failed (never rejects). */
  loadManifest(): Promise<void>;
  /** Calls `listener` when `has()` may answer differently (the manifest arrived or failed). */
  subscribe(listener: () => void): () => void;
  /**
   * This service as a plain AudioService whose identity changes whenever `has()` may answer
   * differently: with useSyncExternalStore it is the value for AudioContext, so screens re-render.
   */
  getSnapshot(): AudioService;
}

type PlayResult = 'ended' | 'stopped' | AudioErrorKind;

interface Current {
  howl: Howl;
  key: string;
  /** Frees what the Howl was made from (a blob URL), when it is unloaded. */
  release?: () => void;
  finish?: ((result: PlayResult) => void) | undefined;
}

const defaultLoadHowler = async (): Promise<HowlerModule> => {
  const module = await import('howler');
  return { Howl: module.Howl, Howler: module.Howler };
};

/** Maps howler's load error (a message or a media error code) to an AudioErrorKind. */
export function loadErrorKind(error: unknown): AudioErrorKind {
  return typeof error === 'string' && /status: 404\b/.test(error) ? 'missing' : 'load-failed';
}

export function createHowlerAudio(options: HowlerAudioOptions = {}): HowlerAudioService {
  const baseUrl = options.baseUrl ?? `${import.meta.env.BASE_URL}audio/`;
  const fetchManifest = options.fetch ?? ((url: string) => fetch(url));
  const loadHowlerModule = options.loadHowler ?? defaultLoadHowler;
  const startTimeoutMs = options.startTimeoutMs ?? 5000;
  const fetchClip = options.fetchClip ?? ((url: string) => fetch(url));
  const whenIdle = options.whenIdle ?? defaultWhenIdle;
  let manifestScheduled = false;
  const objectUrls = options.objectUrls ?? browserObjectUrls;

  let manifestState: 'idle' | 'loading' | 'ready' | 'failed' = 'idle';
  let manifest: AudioManifest | undefined;
  let manifestPromise: Promise<void> | undefined;
  let howlerPromise: Promise<HowlerModule> | undefined;
  let howler: HowlerModule | undefined;
  let current: Current | undefined;
  /** Bumped by every play() and stop(): a play() that finds it changed was overtaken. */
  let generation = 0;
  const listeners = new Set<() => void>();
  const view = (): AudioService => ({ play: (...args) => play(...args), stop: () => stop(), has: (clipId) => has(clipId) });
  let snapshot: AudioService;

  const notify = () => {
    snapshot = view();
    for (const listener of listeners) listener();
  };

  const loadHowler = (): Promise<HowlerModule> => {
    howlerPromise ??= loadHowlerModule().then(
      (module) => (howler = module),
      (error: unknown) => {
        howlerPromise = undefined; // try again next time (e.g. the chunk failed offline)
        throw error;
      },
    );
    return howlerPromise;
  };

  const loadManifest = (): Promise<void> => {
    if (manifestState === 'ready') return Promise.resolve();
    manifestPromise ??= (async () => {
      manifestState = 'loading';
      void loadHowler().catch(() => undefined);
      try {
        const response = await fetchManifest(`${baseUrl}manifest.json`);
        if (!response.ok) throw new Error(`HTTP ${String(response.status)}`);
        const parsed = parseAudioManifest(await response.json());
        if (parsed.problems.length > 0 && Object.keys(parsed.manifest.clips).length === 0) throw new Error(parsed.problems.join('; '));
        manifest = parsed.manifest;
        manifestState = 'ready';
      } catch (error) {
        console.warn('audio: manifest unavailable, trying files directly', error);
        manifestState = 'failed';
        manifestPromise = undefined; // the next play() asks again
      }
      notify();
    })();
    return manifestPromise;
  };

  const has = (clipId: string): boolean => {
    if (manifestState === 'idle' && !manifestScheduled) {
      manifestScheduled = true;
      whenIdle(() => {
        manifestScheduled = false;
        if (manifestState === 'idle') void loadManifest();
      });
    }
    if (manifestState === 'ready' && manifest) return Object.hasOwn(manifest.clips, clipId);
    return volumeOfClipId(clipId) !== undefined;
  };

  /** The file to play and how: a clip without a slow file plays its normal file stretched. */
  const sourceFor = (clipId: string, speed: AudioSpeed): { url: string; stretched: boolean } | undefined => {
    const entry = manifest && Object.hasOwn(manifest.clips, clipId) ? manifest.clips[clipId] : undefined;
    if (entry) {
      const stretched = speed === 'slow' && !hasSlowFile(entry);
      return { url: clipUrl(baseUrl, clipId, entry, stretched ? 'normal' : speed), stretched };
    }
    const volume = volumeOfClipId(clipId);
    return volume ? { url: `${baseUrl}${clipPath(volume, clipId, speed)}`, stretched: false } : undefined;
  };

  /** A Howl that plays a whole file at {@link PLAYER_SLOW_RATE}, pitch kept (see above). */
  const stretchedHowl = async (module: HowlerModule, url: string): Promise<Pick<Current, 'howl' | 'release'> | AudioErrorKind> => {
    let blob: Blob;
    try {
      const response = await fetchClip(url);
      if (response.status === 404) return 'missing';
      if (!response.ok) return 'load-failed';
      blob = await response.blob();
    } catch {
      return 'load-failed';
    }
    const objectUrl = objectUrls.create(blob);
    const howl = new module.Howl({ src: [objectUrl], format: ['mp3'], html5: true, rate: PLAYER_SLOW_RATE, preload: true });
    return { howl, release: () => objectUrls.revoke(objectUrl) };
  };

  /** Ends the current clip's play() with `result` (the Howl is kept for a replay). */
  const endCurrent = (result: PlayResult) => {
    current?.finish?.(result);
  };

  const dropCurrent = () => {
    if (!current) return;
    current.howl.unload();
    current.release?.();
    current = undefined;
  };

  /**
   * Inside the learner's tap (before any await): creates/resumes the AudioContext, which some
   * browsers (iOS Safari) only allow during a user gesture.
   */
  const unlockInGesture = () => {
    if (!howler) return;
    try {
      howler.Howler.volume();
      const ctx = howler.Howler.ctx;
      if (ctx && ctx.state !== 'running') void ctx.resume().catch(() => undefined);
    } catch {
      // no Web Audio: howler falls back to HTML5 audio
    }
  };

  const play: AudioService['play'] = async (clipId, playOptions = {}) => {
    const { speed = 'normal', ...events }: { speed?: AudioSpeed } & AudioEvents = playOptions;
    const mine = ++generation;
    endCurrent('stopped');
    current?.howl.stop();
    unlockInGesture();

    const fail = (kind: AudioErrorKind): AudioErrorKind => {
      events.onError?.(kind);
      return kind;
    };

    await loadManifest();
    if (mine !== generation) return 'stopped';
    if (!has(clipId)) return fail('missing');
    const source = sourceFor(clipId, speed);
    if (!source) return fail('missing');
    const { url, stretched } = source;

    let module: HowlerModule;
    try {
      module = await loadHowler();
    } catch {
      return mine === generation ? fail('load-failed') : 'stopped';
    }
    if (mine !== generation) return 'stopped';

    const key = `${speed}:${url}`;
    if (current?.key !== key || current.howl.state() === 'unloaded') {
      dropCurrent();
      if (stretched) {
        const made = await stretchedHowl(module, url);
        if (mine !== generation) {
          if (typeof made !== 'string') {
            made.howl.unload();
            made.release?.();
          }
          return 'stopped';
        }
        if (typeof made === 'string') return fail(made);
        current = { key, ...made };
      } else {
        current = { key, howl: new module.Howl({ src: [url], format: ['mp3'], html5: false, preload: true }) };
      }
    }
    const entry: Current = current;
    const howl = entry.howl;

    return new Promise<PlayResult>((resolve) => {
      let started = false;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const startWatchdog = () => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          if (!started) finish('play-blocked');
        }, startTimeoutMs);
      };
      const onLoad = () => startWatchdog();
      const onPlay = () => {
        started = true;
        clearTimeout(timer);
        events.onStart?.();
      };
      const onEnd = () => finish('ended');
      const onLoadError = (_id: number, error: unknown) => finish(loadErrorKind(error));
      const onPlayError = () => finish('play-blocked');

      function finish(result: PlayResult) {
        if (entry.finish !== finish) return;
        entry.finish = undefined;
        clearTimeout(timer);
        howl.off('load', onLoad);
        howl.off('play', onPlay);
        howl.off('end', onEnd);
        howl.off('loaderror', onLoadError);
        howl.off('playerror', onPlayError);
        if (result !== 'ended' && result !== 'stopped') {
          howl.stop();
          if (current === entry) dropCurrent(); // a failed Howl is not reused: the next try loads again
          events.onError?.(result);
        } else if (result === 'ended') {
          events.onEnd?.();
        }
        resolve(result);
      }

      entry.finish = finish;
      howl.once('load', onLoad);
      howl.on('play', onPlay);
      howl.once('end', onEnd);
      howl.once('loaderror', onLoadError);
      howl.once('playerror', onPlayError);
      if (howl.state() === 'loaded') startWatchdog();
      howl.play();
    });
  };

  const stop = () => {
    generation += 1;
    endCurrent('stopped');
    current?.howl.stop();
  };
  snapshot = view();

  return {
    play,
    stop,
    has,
    loadManifest,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
  };
}
