/**
 * The audio adapter contract. Views and stores talk to this interface; the app uses the howler
 * implementation (`howler-audio.ts`), tests use `createFakeAudio()`.
 *
 * A clip is named by the content id of the French text it voices (`v1.u00.l01.d1.line03`); its
 * file is `audio/<volume>/<id>.mp3` (normal speed) or `audio/<volume>/<id>.slow.mp3` (slow).
 */
export type AudioSpeed = 'normal' | 'slow';

/**
 * Playback rate of slow speed when the player makes it (a clip without its own slow file, or a
 * human recording): 0.7×, with the pitch kept by the audio element (`preservesPitch`).
 */
export const PLAYER_SLOW_RATE = 0.7;

/** Blob URLs, as the browser makes them (the audio services take a stand-in in tests). */
export interface ObjectUrls {
  create(blob: Blob): string;
  revoke(url: string): void;
}

export const browserObjectUrls: ObjectUrls = {
  create: (blob) => URL.createObjectURL(blob),
  revoke: (url) => URL.revokeObjectURL(url),
};

/** Why a clip could not play: shown to the learner, and the lesson goes on. */
export type AudioErrorKind = 'missing' | 'load-failed' | 'play-blocked';

export interface AudioEvents {
  onStart?: () => void;
  onEnd?: () => void;
  onError?: (kind: AudioErrorKind) => void;
}

/** Which voice speaks: the bundled recording (default) or the device's own French voice. */
export type VoiceChoice = 'recorded' | 'device';

export interface PlayOptions extends AudioEvents {
  speed?: AudioSpeed;
  /** The French text of the clip: lets the device voice speak it. */
  text?: string | undefined;
  voice?: VoiceChoice;
}

export interface AudioService {
  /** Plays one clip, stopping whatever was playing. Resolves when it ends (or fails). */
  play(clipId: string, options?: PlayOptions): Promise<'ended' | 'stopped' | AudioErrorKind>;
  /** Stops the current clip, if any. */
  stop(): void;
  /** Whether a clip has audio in this build (from public/audio/manifest.json). */
  has(clipId: string): boolean;
}

/** A fake for tests: records what was played; clips listed in `missing` fail as missing. */
export function createFakeAudio(options: { available?: readonly string[]; missing?: readonly string[] } = {}): AudioService & {
  played: Array<{ clipId: string; speed: AudioSpeed }>;
} {
  const played: Array<{ clipId: string; speed: AudioSpeed }> = [];
  const missing = new Set(options.missing ?? []);
  const available = options.available ? new Set(options.available) : undefined;
  return {
    played,
    async play(clipId, playOptions = {}) {
      if (missing.has(clipId) || (available && !available.has(clipId))) {
        playOptions.onError?.('missing');
        return 'missing';
      }
      played.push({ clipId, speed: playOptions.speed ?? 'normal' });
      playOptions.onStart?.();
      playOptions.onEnd?.();
      return 'ended';
    },
    stop() {},
    has: (clipId) => !missing.has(clipId) && (available ? available.has(clipId) : true),
  };
}
