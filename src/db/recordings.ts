/**
 * Human recordings, in their own IndexedDB database (`en-avant-recordings`), apart from learners'
 * progress: they are large blobs that belong to the device or the class, not to a profile, they
 * travel as audio packs rather than in backups, and keeping them out of the progress database keeps
 * its upgrades and exports small. Its schema history follows the same rule as schema.ts: versions
 * are appended, never edited.
 */
import Dexie from 'dexie';

/** One line recorded by an instructor: plays instead of the generated file for that clip id. */
export interface RecordingRow {
  /** The content id of the French text (`v1.u00.l01.d1.line03`), as the audio files are named. */
  clipId: string;
  /**
   * The audio bytes. Stored as an ArrayBuffer rather than a Blob: older Safari cannot keep Blobs
   * in IndexedDB, and bytes survive every structured clone.
   */
  audio: ArrayBuffer;
  mimeType: string;
  durationMs: number;
  /** Epoch milliseconds. */
  recordedAt: number;
}

export const RECORDINGS_SCHEMA_VERSIONS = [{ version: 1, stores: { recordings: 'clipId, recordedAt' } }] as const;

export type RecordingsDb = Dexie & { recordings: Dexie.Table<RecordingRow, string> };

export const RECORDINGS_DB_NAME = 'en-avant-recordings';

export function createRecordingsDb(name: string = RECORDINGS_DB_NAME, indexedDB?: IDBFactory, keyRange?: typeof IDBKeyRange): RecordingsDb {
  const db = new Dexie(name, indexedDB && keyRange ? { indexedDB, IDBKeyRange: keyRange } : undefined) as RecordingsDb;
  for (const { version, stores } of RECORDINGS_SCHEMA_VERSIONS) db.version(version).stores({ ...stores });
  return db;
}

export async function saveRecording(db: RecordingsDb, row: RecordingRow): Promise<void> {
  await db.recordings.put(row);
}

export async function loadRecording(db: RecordingsDb, clipId: string): Promise<RecordingRow | undefined> {
  return db.recordings.get(clipId);
}

export async function deleteRecording(db: RecordingsDb, clipId: string): Promise<void> {
  await db.recordings.delete(clipId);
}

export async function recordedClipIds(db: RecordingsDb): Promise<string[]> {
  return (await db.recordings.toCollection().primaryKeys()).map(String);
}

export async function allRecordings(db: RecordingsDb): Promise<RecordingRow[]> {
  return db.recordings.orderBy('recordedAt').toArray();
}

/** Adds or replaces the given recordings in one transaction: all of them, or none on failure. */
export async function putRecordings(db: RecordingsDb, rows: readonly RecordingRow[]): Promise<void> {
  await db.transaction('rw', db.recordings, async () => {
    await db.recordings.bulkPut([...rows]);
  });
}

let instance: Promise<RecordingsDb> | undefined;

/** The device's recordings database, opened on first use (Dexie is its own chunk). */
export function getRecordingsDb(): Promise<RecordingsDb> {
  instance ??= Promise.resolve(createRecordingsDb());
  return instance;
}

/** Replaces the database (tests use fake-indexeddb). */
export function setRecordingsDbForTests(db: RecordingsDb): void {
  instance = Promise.resolve(db);
}
