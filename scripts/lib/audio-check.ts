/**
 * Pure logic shared by `scripts/generate-audio.ts` and `scripts/check-audio.ts`: clip hashes,
 * comparing the content's clips with the manifest and the files on disk, size summaries, the
 * manifest's stable JSON and WAV durations. No file system, no process: unit-tested in
 * `audio-check.test.ts`.
 */
import { createHash } from 'node:crypto';
import { clipPath, type AudioClipEntry, type AudioManifest } from '../../src/content/audio-manifest.ts';
import type { ClipText } from './audio-clips.ts';
import { RECORDED_VOICE_VERSION, voiceSettingsVersion } from './audio-speech.ts';

/** First 16 hex digits of sha256(voice settings version + "\n" + exact French text). */
export function clipHash(text: string, voiceVersion: string): string {
  return createHash('sha256').update(`${voiceVersion}\n${text}`, 'utf8').digest('hex').slice(0, 16);
}

/** The hash a clip's manifest entry must have: recorded clips keep theirs while the text is unchanged. */
export function expectedHash(clip: Pick<ClipText, 'text' | 'voice' | 'slowFile'>, entry?: Pick<AudioClipEntry, 'recorded'>): string {
  return clipHash(clip.text, entry?.recorded ? RECORDED_VOICE_VERSION : voiceSettingsVersion(clip.voice, clip.slowFile));
}

/** Files under the audio root: path relative to it with `/` (`v1/x.mp3`) → size in bytes. */
export type AudioFiles = ReadonlyMap<string, number>;

/** The manifest's own file name under the audio root. */
export const MANIFEST_FILE = 'manifest.json';

/**
 * The state of one clip:
 * - `ok`: entry with the right hash and volume, both files present with the recorded sizes;
 * - `no-entry`: no manifest entry (never generated);
 * - `stale`: the text or the voice settings changed since it was made;
 * - `moved`: the entry names another volume than the content;
 * - `file-missing`: the entry is right but a file is not on disk;
 * - `size-mismatch`: entry and files are there but a file's size differs from the manifest
 *   (e.g. a recording replaced it); the generator adopts the new size.
 */
export type ClipStatus = 'ok' | 'no-entry' | 'stale' | 'moved' | 'file-missing' | 'size-mismatch';

export interface ClipAudit {
  clip: ClipText;
  status: ClipStatus;
  entry?: AudioClipEntry;
  /** For `file-missing` and `size-mismatch`: the files concerned (relative to the audio root). */
  files?: string[];
}

export interface VolumeSize {
  clips: number;
  /** Bytes of the normal-speed files present on disk. */
  bytes: number;
  /** Bytes of the slow files present on disk. */
  slowBytes: number;
  /** Clips without a slow file (the player slows the normal one down). */
  playerSlowed: number;
}

export interface AudioAudit {
  clips: ClipAudit[];
  /** Manifest ids that no content string needs. */
  orphanEntries: string[];
  /** Files under the audio root that no clip needs (the manifest itself excluded). */
  orphanFiles: string[];
  /** Sizes per volume of the files clips need, in volume order. */
  sizes: Map<string, VolumeSize>;
}

/** Compares the content's clips with the manifest and the files on disk. */
export function auditAudio(clips: readonly ClipText[], manifest: AudioManifest, files: AudioFiles): AudioAudit {
  const expectedFiles = new Set<string>([MANIFEST_FILE]);
  const sizes = new Map<string, VolumeSize>();
  const audits: ClipAudit[] = clips.map((clip) => {
    const normal = clipPath(clip.volume, clip.id, 'normal');
    const slow = clip.slowFile ? clipPath(clip.volume, clip.id, 'slow') : undefined;
    const paths = slow === undefined ? [normal] : [normal, slow];
    for (const path of paths) expectedFiles.add(path);
    const size = sizes.get(clip.volume) ?? { clips: 0, bytes: 0, slowBytes: 0, playerSlowed: 0 };
    sizes.set(clip.volume, size);
    size.clips += 1;
    size.bytes += files.get(normal) ?? 0;
    size.slowBytes += slow === undefined ? 0 : (files.get(slow) ?? 0);
    if (slow === undefined) size.playerSlowed += 1;

    const entry = Object.hasOwn(manifest.clips, clip.id) ? manifest.clips[clip.id] : undefined;
    if (!entry) return { clip, status: 'no-entry' };
    if (entry.hash !== expectedHash(clip, entry)) return { clip, entry, status: 'stale' };
    if (entry.volume !== clip.volume) return { clip, entry, status: 'moved' };
    const missing = paths.filter((path) => !files.has(path));
    if (missing.length > 0) return { clip, entry, status: 'file-missing', files: missing };
    const resized = paths.filter((path) => files.get(path) !== (path === normal ? entry.bytes : entry.slowBytes));
    if (resized.length > 0) return { clip, entry, status: 'size-mismatch', files: resized };
    return { clip, entry, status: 'ok' };
  });
  const needed = new Set(clips.map((clip) => clip.id));
  return {
    clips: audits,
    orphanEntries: Object.keys(manifest.clips)
      .filter((id) => !needed.has(id))
      .sort(),
    orphanFiles: [...files.keys()].filter((path) => !expectedFiles.has(path)).sort(),
    sizes: new Map([...sizes].sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))),
  };
}

/** Whether the generator must (re)make a clip's files. */
export function needsGeneration(status: ClipStatus): boolean {
  return status === 'no-entry' || status === 'stale' || status === 'moved' || status === 'file-missing';
}

const STATUS_MESSAGE: Record<Exclude<ClipStatus, 'ok'>, string> = {
  'no-entry': 'no audio',
  stale: 'stale audio (the French text or the voice settings changed)',
  moved: 'audio is in the wrong volume folder',
  'file-missing': 'audio file missing',
  'size-mismatch': 'audio file size differs from the manifest',
};

/**
 * The problems `check-audio` fails on, one line each, e.g.
 * `content/vol1/unit-00/lesson-01.json: dialogues[0].lines[2].text.fr: no audio for v1.u00.l01.d1.line03 ("Je m'appelle…")`.
 * `audioRoot` prefixes file paths in messages (`public/audio`).
 */
export function auditProblems(audit: AudioAudit, audioRoot: string): string[] {
  const problems: string[] = [];
  for (const { clip, status, files } of audit.clips) {
    if (status === 'ok') continue;
    const shown = clip.text.length > 60 ? `${clip.text.slice(0, 57)}…` : clip.text;
    const detail = files ? ` (${files.map((file) => `${audioRoot}/${file}`).join(', ')})` : '';
    problems.push(`${clip.where}: ${STATUS_MESSAGE[status]} for ${clip.id} (${JSON.stringify(shown)})${detail}`);
  }
  for (const id of audit.orphanEntries) problems.push(`${audioRoot}/${MANIFEST_FILE}: orphan entry ${id} (no French text has this id)`);
  for (const file of audit.orphanFiles) problems.push(`${audioRoot}/${file}: orphan file (no French text needs it)`);
  return problems;
}

/** `1.23 MB`, `456.7 KB`, `89 B` (1 MB = 1,000,000 bytes, as download sizes are shown). */
export function formatBytes(bytes: number): string {
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(2)} MB`;
  if (bytes >= 1_000) return `${(bytes / 1_000).toFixed(1)} KB`;
  return `${String(bytes)} B`;
}

/**
 * Lines like `v1: 509 clips, 2.41 MB normal + 3.52 MB slow = 5.93 MB (120 slowed by the player)`,
 * then the overall total.
 */
export function formatSizes(sizes: ReadonlyMap<string, VolumeSize>): string[] {
  const line = (label: string, size: VolumeSize) =>
    `${label}: ${String(size.clips)} clips, ${formatBytes(size.bytes)} normal + ${formatBytes(size.slowBytes)} slow = ${formatBytes(size.bytes + size.slowBytes)}` +
    (size.playerSlowed > 0 ? ` (${String(size.playerSlowed)} slowed by the player)` : '');
  const total: VolumeSize = { clips: 0, bytes: 0, slowBytes: 0, playerSlowed: 0 };
  const lines: string[] = [];
  for (const [volume, size] of sizes) {
    lines.push(line(volume, size));
    total.clips += size.clips;
    total.bytes += size.bytes;
    total.slowBytes += size.slowBytes;
    total.playerSlowed += size.playerSlowed;
  }
  lines.push(line('total', total));
  return lines;
}

/** The manifest as written to disk: ids sorted, fields in a fixed order, 2-space indent, final newline. */
export function stringifyManifest(manifest: AudioManifest): string {
  const clips: Record<string, AudioClipEntry> = {};
  for (const id of Object.keys(manifest.clips).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))) {
    const entry = manifest.clips[id];
    if (!entry) continue;
    clips[id] = {
      volume: entry.volume,
      hash: entry.hash,
      bytes: entry.bytes,
      slowBytes: entry.slowBytes,
      ...(entry.durationMs !== undefined ? { durationMs: entry.durationMs } : {}),
      ...(entry.recorded ? { recorded: true as const } : {}),
    };
  }
  return `${JSON.stringify({ format: manifest.format, version: manifest.version, clips }, null, 2)}\n`;
}

/**
 * Duration in ms of a PCM WAV file, from its `fmt ` and `data` chunks. A data size that runs past
 * the end of the file (a header written for streaming) is clipped to what is there. Undefined when
 * the bytes are not a WAV file.
 */
export function wavDurationMs(bytes: Uint8Array): number | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tag = (offset: number) => String.fromCharCode(...bytes.subarray(offset, offset + 4));
  if (bytes.length < 12 || tag(0) !== 'RIFF' || tag(8) !== 'WAVE') return undefined;
  let byteRate: number | undefined;
  let offset = 12;
  while (offset + 8 <= bytes.length) {
    const id = tag(offset);
    const size = view.getUint32(offset + 4, true);
    const body = offset + 8;
    if (id === 'fmt ' && body + 12 <= bytes.length) byteRate = view.getUint32(body + 8, true);
    if (id === 'data') {
      if (!byteRate) return undefined;
      const dataBytes = Math.min(size, bytes.length - body);
      return Math.round((dataBytes / byteRate) * 1000);
    }
    offset = body + size + (size % 2);
  }
  return undefined;
}
