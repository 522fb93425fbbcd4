/**
 * The audio manifest `public/audio/manifest.json`: which content ids have audio, in which volume
 * folder, made from which French text. Shared by the node tools (`scripts/generate-audio.ts`,
 * `scripts/check-audio.ts`) and the browser (`src/services/audio/howler-audio.ts`), so it stays
 * tiny and free of zod.
 *
 * Files: `audio/<volume>/<id>.mp3` (normal speed) and `audio/<volume>/<id>.slow.mp3` (slow). A
 * clip with `slowBytes: 0` has no slow file: the player slows the normal file down, pitch kept
 * (vocabulary terms and examples, the glossary: see `scripts/lib/audio-speech.ts`).
 */

export const AUDIO_MANIFEST_FORMAT = 'en-avant-audio-manifest';
export const AUDIO_MANIFEST_VERSION = 1;

/** One clip (both speeds) in the manifest. */
export interface AudioClipEntry {
  /** Volume folder (`v1`). */
  volume: string;
  /**
   * First 16 hex digits of sha256(voice settings version + "\n" + the exact French text): a changed
   * sentence or changed voice settings make the clip stale.
   */
  hash: string;
  /** Size of the normal-speed file in bytes. */
  bytes: number;
  /** Size of the slow file in bytes; 0 = no slow file, the player slows the normal one down. */
  slowBytes: number;
  /** Length of the normal-speed clip, when known. */
  durationMs?: number;
  /**
   * A recorded human voice replaced the generated files: the generator leaves them alone while
   * the text is unchanged (their hash is made with the voice version `recorded`).
   */
  recorded?: true;
}

export interface AudioManifest {
  format: typeof AUDIO_MANIFEST_FORMAT;
  version: typeof AUDIO_MANIFEST_VERSION;
  clips: Record<string, AudioClipEntry>;
}

export type ClipSpeed = 'normal' | 'slow';

/** An empty manifest. */
export function emptyAudioManifest(): AudioManifest {
  return { format: AUDIO_MANIFEST_FORMAT, version: AUDIO_MANIFEST_VERSION, clips: {} };
}

/** File name of a clip: `<id>.mp3` or `<id>.slow.mp3`. */
export function clipFileName(clipId: string, speed: ClipSpeed): string {
  return speed === 'slow' ? `${clipId}.slow.mp3` : `${clipId}.mp3`;
}

/** Path of a clip relative to the audio root: `v1/<id>.mp3`. */
export function clipPath(volume: string, clipId: string, speed: ClipSpeed): string {
  return `${volume}/${clipFileName(clipId, speed)}`;
}

/**
 * The URL of a clip in the manifest. It carries the clip's hash and size (`?v=…`), so the service
 * worker's cache-first audio cache never serves an old recording of a changed sentence, and the
 * offline pack downloader caches exactly the URLs the player will ask for.
 */
export function clipUrl(baseUrl: string, clipId: string, entry: AudioClipEntry, speed: ClipSpeed): string {
  const bytes = speed === 'slow' ? entry.slowBytes : entry.bytes;
  return `${baseUrl}${clipPath(entry.volume, clipId, speed)}?v=${entry.hash}-${String(bytes)}`;
}

/** Whether a clip has its own slow file (otherwise slow speed is the normal file played slower). */
export function hasSlowFile(entry: Pick<AudioClipEntry, 'slowBytes'>): boolean {
  return entry.slowBytes > 0;
}

/** One file of an offline audio pack. */
export interface PackFile {
  url: string;
  bytes: number;
}

/** Every file (both speeds, where the slow one is a file) of one volume's audio, with the total size: what "download" fetches. */
export function audioPack(manifest: AudioManifest, volume: string, baseUrl: string): { files: PackFile[]; totalBytes: number } {
  const files: PackFile[] = [];
  for (const [clipId, entry] of Object.entries(manifest.clips)) {
    if (entry.volume !== volume) continue;
    files.push({ url: clipUrl(baseUrl, clipId, entry, 'normal'), bytes: entry.bytes });
    if (hasSlowFile(entry)) files.push({ url: clipUrl(baseUrl, clipId, entry, 'slow'), bytes: entry.slowBytes });
  }
  return { files, totalBytes: files.reduce((sum, file) => sum + file.bytes, 0) };
}

/** The volumes that have audio in the manifest, in order (`v1`, `v2`…). */
export function audioVolumes(manifest: AudioManifest): string[] {
  return [...new Set(Object.values(manifest.clips).map((entry) => entry.volume))].sort();
}

/** The volume a content id belongs to (`v1.u00.l01.d1.line01` → `v1`), or undefined. */
export function volumeOfClipId(clipId: string): string | undefined {
  return /^(v\d+)\./.exec(clipId)?.[1];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isSize = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

const ENTRY_KEYS: ReadonlySet<string> = new Set(['volume', 'hash', 'bytes', 'slowBytes', 'durationMs', 'recorded']);
const VOLUME = /^(v\d+|placement|glossary)$/;
const HASH = /^[0-9a-f]{16}$/;

/**
 * Checks a parsed manifest. Returns the manifest (entries that are malformed are dropped) and a
 * list of problems (`clips["v1…"]: bytes must be a whole number`); a wrong format or version is a
 * problem and gives an empty manifest.
 */
export function parseAudioManifest(value: unknown): { manifest: AudioManifest; problems: string[] } {
  const manifest = emptyAudioManifest();
  const problems: string[] = [];
  if (!isRecord(value)) return { manifest, problems: ['manifest must be a JSON object'] };
  if (value.format !== AUDIO_MANIFEST_FORMAT) problems.push(`format must be "${AUDIO_MANIFEST_FORMAT}"`);
  if (value.version !== AUDIO_MANIFEST_VERSION) problems.push(`version must be ${String(AUDIO_MANIFEST_VERSION)}`);
  if (!isRecord(value.clips)) problems.push('clips must be an object');
  if (problems.length > 0 || !isRecord(value.clips)) return { manifest, problems };
  for (const [id, raw] of Object.entries(value.clips)) {
    const where = `clips[${JSON.stringify(id)}]`;
    if (!isRecord(raw)) {
      problems.push(`${where}: must be an object`);
      continue;
    }
    const entryProblems: string[] = [];
    if (typeof raw.volume !== 'string' || !VOLUME.test(raw.volume))
      entryProblems.push('volume must look like "v1" (or be "placement" or "glossary")');
    if (typeof raw.hash !== 'string' || !HASH.test(raw.hash)) entryProblems.push('hash must be 16 hex digits');
    if (!isSize(raw.bytes)) entryProblems.push('bytes must be a whole number');
    if (!isSize(raw.slowBytes)) entryProblems.push('slowBytes must be a whole number');
    if (raw.durationMs !== undefined && !isSize(raw.durationMs)) entryProblems.push('durationMs must be a whole number');
    if (raw.recorded !== undefined && raw.recorded !== true) entryProblems.push('recorded must be true when present');
    for (const key in raw) if (!ENTRY_KEYS.has(key)) entryProblems.push(`unknown key "${key}"`);
    if (entryProblems.length > 0) {
      for (const problem of entryProblems) problems.push(`${where}: ${problem}`);
      continue;
    }
    const entry: AudioClipEntry = {
      volume: raw.volume as string,
      hash: raw.hash as string,
      bytes: raw.bytes as number,
      slowBytes: raw.slowBytes as number,
    };
    if (raw.durationMs !== undefined) entry.durationMs = raw.durationMs as number;
    if (raw.recorded === true) entry.recorded = true;
    manifest.clips[id] = entry;
  }
  return { manifest, problems };
}
