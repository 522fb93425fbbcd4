import { create } from 'zustand';
import type { RecordingRow, RecordingsDb } from '../db/recordings';
import { base64ToBytes, bytesToBase64 } from '../lib/base64';
import type { AudioPackFile, AudioPackProblem } from '../domain/recordings/audio-pack-format';
import { systemClock } from '../services/clock/clock';

/** The recordings module (and Dexie) load on first use, never with the app shell. */
const packFormat = () => import('../domain/recordings/audio-pack-format'); // zod: not in the shell
const db = async (): Promise<RecordingsDb> => (await import('../db/recordings')).getRecordingsDb();
const repo = () => import('../db/recordings');

export type ImportResult = { ok: true; count: number } | { ok: false; problem: AudioPackProblem | { kind: 'storage' } };

interface RecordingsState {
  /** Clip ids that have a human recording on this device. */
  ids: ReadonlySet<string>;
  loaded: boolean;
  load(): Promise<void>;
  get(clipId: string): Promise<Blob | undefined>;
  save(clipId: string, blob: Blob, durationMs: number): Promise<void>;
  remove(clipId: string): Promise<void>;
  /** An audio pack file of the recordings whose ids pass `include` (all by default). */
  exportPack(label: string, include?: (clipId: string) => boolean): Promise<Blob>;
  /** Validates the file, then adds its recordings in one transaction; a bad file changes nothing. */
  importPack(text: string): Promise<ImportResult>;
}

export const useRecordingsStore = create<RecordingsState>()((set, get) => ({
  ids: new Set(),
  loaded: false,
  async load() {
    const { recordedClipIds } = await repo();
    set({ ids: new Set(await recordedClipIds(await db())), loaded: true });
  },
  async get(clipId) {
    const { loadRecording } = await repo();
    const row = await loadRecording(await db(), clipId);
    return row ? new Blob([row.audio], { type: row.mimeType }) : undefined;
  },
  async save(clipId, blob, durationMs) {
    const { saveRecording } = await repo();
    const audio = await blob.arrayBuffer();
    await saveRecording(await db(), { clipId, audio, mimeType: blob.type || 'audio/webm', durationMs, recordedAt: systemClock.now() });
    set({ ids: new Set([...get().ids, clipId]) });
  },
  async remove(clipId) {
    const { deleteRecording } = await repo();
    await deleteRecording(await db(), clipId);
    const ids = new Set(get().ids);
    ids.delete(clipId);
    set({ ids });
  },
  async exportPack(label, include = () => true) {
    const { allRecordings } = await repo();
    const rows = (await allRecordings(await db())).filter((row) => include(row.clipId));
    const recordings: AudioPackFile['recordings'] = [];
    for (const row of rows) {
      recordings.push({
        clipId: row.clipId,
        mimeType: row.mimeType,
        durationMs: row.durationMs,
        recordedAt: row.recordedAt,
        data: bytesToBase64(new Uint8Array(row.audio)),
      });
    }
    const { AUDIO_PACK_FORMAT, AUDIO_PACK_VERSION } = await packFormat();
    const file: AudioPackFile = {
      format: AUDIO_PACK_FORMAT,
      version: AUDIO_PACK_VERSION,
      exportedAt: new Date(systemClock.now()).toISOString(),
      label,
      recordings,
    };
    return new Blob([JSON.stringify(file)], { type: 'application/json' });
  },
  async importPack(text) {
    const { parseAudioPack } = await packFormat();
    const parsed = parseAudioPack(text);
    if (!parsed.ok) return parsed;
    const rows: RecordingRow[] = parsed.pack.recordings.map((recording) => ({
      clipId: recording.clipId,
      mimeType: recording.mimeType,
      durationMs: recording.durationMs,
      recordedAt: recording.recordedAt,
      audio: base64ToBytes(recording.data).buffer,
    }));
    try {
      const { putRecordings } = await repo();
      await putRecordings(await db(), rows);
    } catch {
      return { ok: false, problem: { kind: 'storage' } };
    }
    set({ ids: new Set([...get().ids, ...rows.map((row) => row.clipId)]) });
    return { ok: true, count: rows.length };
  },
}));
