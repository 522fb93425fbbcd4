import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import Dexie from 'dexie';
import { describe, expect, test } from 'vitest';
import { createDb } from './db';
import { attemptsForLesson, attemptsForProfile, getVisit, recordAttempt, recordVisit } from './repos/attempts';
import { activateProfile, createProfile, getActiveProfileId, listProfiles } from './repos/profiles';
import { addToReviewDeck, isInReviewDeck, removeFromReviewDeck, reviewDeckForProfile } from './repos/review-deck';
import { CURRENT_DB_VERSION, SCHEMA_VERSIONS, type AttemptRow } from './schema';

/** A fresh, isolated database per test. */
const freshDb = (name = 'test') => createDb(name, new IDBFactory(), IDBKeyRange);

const attempt = (overrides: Partial<AttemptRow> = {}): Omit<AttemptRow, 'id'> => ({
  profileId: 'p1',
  lessonId: 'v1.u00.l01',
  exerciseId: 'v1.u00.l01.ex01',
  exerciseType: 'gap-fill',
  response: { answers: ['suis'] },
  result: 'correct',
  score: 1,
  answeredAt: 1000,
  durationMs: 4200,
  ...overrides,
});

describe('schema history', () => {
  test('versions are strictly increasing and the current one is the last', () => {
    const versions = SCHEMA_VERSIONS.map((entry) => entry.version);
    expect([...versions].sort((a, b) => a - b)).toEqual(versions);
    expect(new Set(versions).size).toBe(versions.length);
    expect(CURRENT_DB_VERSION).toBe(versions[versions.length - 1]);
  });

  test('the database opens at the current version with every table', async () => {
    const db = freshDb();
    await db.open();
    expect(db.verno).toBe(CURRENT_DB_VERSION);
    expect(db.tables.map((table) => table.name).sort()).toEqual(['attempts', 'lessonVisits', 'profiles', 'reviewDeck', 'settings']);
    db.close();
  });

  test('opening an existing database keeps its data (reload, app update with the same schema)', async () => {
    const factory = new IDBFactory();
    const first = createDb('persist', factory, IDBKeyRange);
    await createProfile(first, { id: 'p1', name: 'Kofi', uiLanguage: 'en', createdAt: 1, lastActiveAt: 1 });
    await recordAttempt(first, attempt());
    first.close();
    const second = createDb('persist', factory, IDBKeyRange);
    expect(await listProfiles(second)).toHaveLength(1);
    expect(await attemptsForProfile(second, 'p1')).toHaveLength(1);
    second.close();
  });

  test('a database created by an earlier app at version 1 (plain IndexedDB) upgrades without losing rows', async () => {
    const factory = new IDBFactory();
    // Simulate what a first release left behind, written with the stores of version 1.
    const old = new Dexie('legacy', { indexedDB: factory, IDBKeyRange });
    old.version(1).stores({ ...SCHEMA_VERSIONS[0].stores });
    await old.table('profiles').add({ id: 'p1', name: 'Ana', uiLanguage: 'fr', createdAt: 1, lastActiveAt: 1 });
    await old.table('attempts').add(attempt({ profileId: 'p1' }));
    old.close();
    const db = createDb('legacy', factory, IDBKeyRange);
    await db.open();
    expect(db.verno).toBe(CURRENT_DB_VERSION);
    expect((await listProfiles(db))[0]?.name).toBe('Ana');
    expect(await attemptsForProfile(db, 'p1')).toHaveLength(1);
    db.close();
  });
});

describe('upgrade to version 2 (review deck)', () => {
  test('a version 1 database gains an empty review deck and keeps every row', async () => {
    const factory = new IDBFactory();
    const v1 = SCHEMA_VERSIONS.find((entry) => entry.version === 1);
    if (!v1) throw new Error('no version 1');
    const old = new Dexie('v1-to-v2', { indexedDB: factory, IDBKeyRange });
    old.version(1).stores({ ...v1.stores });
    await old.table('profiles').add({ id: 'p1', name: 'Ana', uiLanguage: 'fr', createdAt: 1, lastActiveAt: 1 });
    await old.table('attempts').add(attempt({ profileId: 'p1' }));
    await old.table('lessonVisits').put({ profileId: 'p1', lessonId: 'v1.u00.l01', section: 'grammar', openedAt: 2 });
    await old.table('settings').put({ profileId: '', key: 'activeProfileId', value: 'p1' });
    old.close();
    const db = createDb('v1-to-v2', factory, IDBKeyRange);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(2);
    expect(await getActiveProfileId(db)).toBe('p1');
    expect(await attemptsForProfile(db, 'p1')).toHaveLength(1);
    expect((await getVisit(db, 'p1', 'v1.u00.l01'))?.section).toBe('grammar');
    expect(await reviewDeckForProfile(db, 'p1')).toEqual([]);
    await addToReviewDeck(db, 'p1', 'gl.radio.0012', 50);
    expect(await isInReviewDeck(db, 'p1', 'gl.radio.0012')).toBe(true);
    db.close();
  });
});

describe('repositories', () => {
  test('the review deck is per profile, idempotent and keeps the first date', async () => {
    const db = freshDb();
    await addToReviewDeck(db, 'p1', 'gl.radio.0012', 10);
    await addToReviewDeck(db, 'p1', 'gl.radio.0012', 20);
    await addToReviewDeck(db, 'p1', 'v1.u00.l01.v07', 30);
    expect(await isInReviewDeck(db, 'p1', 'gl.radio.0012')).toBe(true);
    expect(await isInReviewDeck(db, 'p2', 'gl.radio.0012')).toBe(false);
    expect(await reviewDeckForProfile(db, 'p1')).toEqual([
      { profileId: 'p1', itemId: 'gl.radio.0012', addedAt: 10 },
      { profileId: 'p1', itemId: 'v1.u00.l01.v07', addedAt: 30 },
    ]);
    await removeFromReviewDeck(db, 'p1', 'gl.radio.0012');
    expect(await isInReviewDeck(db, 'p1', 'gl.radio.0012')).toBe(false);
  });

  test('the attempt log is append-only and ordered by time', async () => {
    const db = freshDb();
    await recordAttempt(db, attempt({ answeredAt: 3000, result: 'wrong', score: 0 }));
    await recordAttempt(db, attempt({ answeredAt: 1000 }));
    await recordAttempt(db, attempt({ answeredAt: 2000, exerciseId: 'v1.u00.l01.ex02' }));
    const rows = await attemptsForLesson(db, 'p1', 'v1.u00.l01');
    expect(rows.map((row) => row.answeredAt)).toEqual([1000, 2000, 3000]);
    expect(rows.every((row) => typeof row.id === 'number')).toBe(true);
  });

  test('one profile never sees another profile’s attempts', async () => {
    const db = freshDb();
    await recordAttempt(db, attempt({ profileId: 'p1' }));
    await recordAttempt(db, attempt({ profileId: 'p2' }));
    await recordAttempt(db, attempt({ profileId: 'p2', lessonId: 'v1.u00.l02', exerciseId: 'v1.u00.l02.ex01' }));
    expect(await attemptsForLesson(db, 'p1', 'v1.u00.l01')).toHaveLength(1);
    expect(await attemptsForProfile(db, 'p2')).toHaveLength(2);
  });

  test('the active profile is remembered and must still exist', async () => {
    const db = freshDb();
    expect(await getActiveProfileId(db)).toBeUndefined();
    await createProfile(db, { id: 'p1', name: 'Kofi', uiLanguage: 'en', createdAt: 1, lastActiveAt: 1 });
    await createProfile(db, { id: 'p2', name: 'Ana', uiLanguage: 'fr', createdAt: 2, lastActiveAt: 2 });
    await activateProfile(db, 'p1', 10);
    expect(await getActiveProfileId(db)).toBe('p1');
    expect((await listProfiles(db)).map((profile) => profile.id)).toEqual(['p1', 'p2']);
    await db.profiles.delete('p1');
    expect(await getActiveProfileId(db)).toBeUndefined();
  });

  test('the last section visited is kept per lesson', async () => {
    const db = freshDb();
    await recordVisit(db, { profileId: 'p1', lessonId: 'v1.u00.l01', section: 'grammar', openedAt: 5 });
    await recordVisit(db, { profileId: 'p1', lessonId: 'v1.u00.l01', section: 'exercises', openedAt: 6 });
    expect((await getVisit(db, 'p1', 'v1.u00.l01'))?.section).toBe('exercises');
    expect(await getVisit(db, 'p2', 'v1.u00.l01')).toBeUndefined();
  });
});
