import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, expect, test } from 'vitest';
import { allRecordings, createRecordingsDb, setRecordingsDbForTests, type RecordingsDb } from '../db/recordings';
import { useRecordingsStore } from './recordings-store';

let db: RecordingsDb;
beforeEach(() => {
  db = createRecordingsDb('recordings-test', new IDBFactory(), IDBKeyRange);
  setRecordingsDbForTests(db);
  useRecordingsStore.setState({ ids: new Set(), loaded: false });
});

/** A recording as MediaRecorder gives it (jsdom's Blob has no arrayBuffer(): add it). */
const blobOf = (bytes: number[]): Blob => {
  const data = new Uint8Array(bytes);
  return Object.assign(new Blob([data], { type: 'audio/webm' }), { arrayBuffer: () => Promise.resolve(data.buffer) });
};
const bytesOf = (blob: Blob | undefined): Promise<Uint8Array> =>
  new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsArrayBuffer(blob ?? new Blob());
  });

test('a saved recording is known by id, loads back, and can be removed', async () => {
  const store = useRecordingsStore.getState();
  await store.save('v1.u00.l01.d1.line01', blobOf([1, 2, 3]), 1200);
  expect(useRecordingsStore.getState().ids.has('v1.u00.l01.d1.line01')).toBe(true);
  const loaded = await store.get('v1.u00.l01.d1.line01');
  expect(await bytesOf(loaded)).toEqual(new Uint8Array([1, 2, 3]));
  await store.remove('v1.u00.l01.d1.line01');
  expect(useRecordingsStore.getState().ids.size).toBe(0);
});

test('an exported pack imports on another device with the same audio', async () => {
  await useRecordingsStore.getState().save('v1.u00.l01.d1.line01', blobOf([9, 8, 7]), 900);
  await useRecordingsStore.getState().save('v1.u00.l02.d1.line01', blobOf([5]), 400);
  const pack = await useRecordingsStore.getState().exportPack('Class A', (id) => id.startsWith('v1.u00.l01'));

  // Another device: an empty database.
  setRecordingsDbForTests(createRecordingsDb('other-device', new IDBFactory(), IDBKeyRange));
  useRecordingsStore.setState({ ids: new Set(), loaded: false });
  const result = await useRecordingsStore.getState().importPack(await pack.text());
  expect(result).toEqual({ ok: true, count: 1 });
  const blob = await useRecordingsStore.getState().get('v1.u00.l01.d1.line01');
  expect(await bytesOf(blob)).toEqual(new Uint8Array([9, 8, 7]));
  expect(blob!.type).toBe('audio/webm');
});

test('a bad or newer pack is refused and changes nothing', async () => {
  await useRecordingsStore.getState().save('v1.u00.l01.d1.line01', blobOf([1]), 100);
  const before = await allRecordings(db);
  const truncated = await useRecordingsStore.getState().importPack('{"format":"en-avant-audio-pack","version":1,"recor');
  expect(truncated).toEqual({ ok: false, problem: { kind: 'not-json' } });
  const newer = await useRecordingsStore
    .getState()
    .importPack(JSON.stringify({ format: 'en-avant-audio-pack', version: 9, exportedAt: 'x', recordings: [] }));
  expect(newer).toEqual({ ok: false, problem: { kind: 'newer-version', version: 9 } });
  expect((await allRecordings(db)).map((row) => row.clipId)).toEqual(before.map((row) => row.clipId));
});
