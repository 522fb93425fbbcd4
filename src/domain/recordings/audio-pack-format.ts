/**
 * The audio pack file: an instructor's recordings exported from one device and imported on the
 * learners' devices. JSON with the audio as base64, a `format` and a `version`; validated with zod
 * before anything is written, so a bad, truncated or newer file changes nothing.
 */
import { z } from 'zod';

export const AUDIO_PACK_FORMAT = 'en-avant-audio-pack';
export const AUDIO_PACK_VERSION = 1;

const clipIdPattern = /^(v[1-3]\.u\d{2}\.(l\d{2}|test)|gl\.[a-z0-9-]+\.\d{4})(\.[a-z0-9]+)*$/;

export const audioPackSchema = z.strictObject({
  format: z.literal(AUDIO_PACK_FORMAT),
  version: z.literal(AUDIO_PACK_VERSION),
  exportedAt: z.string().min(1),
  /** Who recorded it or for which class, free text. */
  label: z.string().max(200).default(''),
  recordings: z
    .array(
      z.strictObject({
        clipId: z.string().regex(clipIdPattern, 'not a content id'),
        mimeType: z.string().regex(/^audio\/[a-z0-9.+-]+(;.*)?$/i, 'not an audio type'),
        durationMs: z.number().int().min(0).max(120_000),
        recordedAt: z.number().int().min(0),
        /** The audio, base64. */
        data: z
          .string()
          .min(1)
          .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'not base64'),
      }),
    )
    .max(20_000),
});

export type AudioPackFile = z.infer<typeof audioPackSchema>;

/** Why a file was refused, for a clear message. */
export type AudioPackProblem =
  | { kind: 'not-json' }
  | { kind: 'wrong-format' }
  | { kind: 'newer-version'; version: number }
  | { kind: 'invalid'; path: string; message: string };

/** Parses and validates an audio pack file's text. Pure: no storage is touched. */
export function parseAudioPack(text: string): { ok: true; pack: AudioPackFile } | { ok: false; problem: AudioPackProblem } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problem: { kind: 'not-json' } };
  }
  if (typeof value !== 'object' || value === null || (value as Record<string, unknown>)['format'] !== AUDIO_PACK_FORMAT) {
    return { ok: false, problem: { kind: 'wrong-format' } };
  }
  const version = (value as Record<string, unknown>)['version'];
  if (typeof version === 'number' && version > AUDIO_PACK_VERSION) return { ok: false, problem: { kind: 'newer-version', version } };
  const parsed = audioPackSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.map((key) => (typeof key === 'number' ? `[${String(key)}]` : `.${String(key)}`)).join('') ?? '';
    return { ok: false, problem: { kind: 'invalid', path: path.replace(/^\./, ''), message: issue?.message ?? 'invalid' } };
  }
  return { ok: true, pack: parsed.data };
}
