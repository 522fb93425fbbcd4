import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, test } from 'vitest';
import { backupFileName, exportProfile, importBackup, parseBackup, type BackupFile } from './backup';
import { createDb, type EnAvantDb } from './db';
import { attemptsForProfile, recordAttempt, recordVisit, visitsForProfile } from './repos/attempts';
import { createProfile, deleteProfile, listProfiles } from './repos/profiles';
import { addToReviewDeck, reviewDeckForProfile } from './repos/review-deck';
import { putProfileSetting, settingsForProfile } from './repos/settings';
import { isQuotaError } from './errors';
import type { AttemptRow } from './schema';

const freshDb = (name = 'backup') => createDb(name, new IDBFactory(), IDBKeyRange);

const attempt = (profileId: string, answeredAt: number, overrides: Partial<AttemptRow> = {}): Omit<AttemptRow, 'id'> => ({
  profileId,
  lessonId: 'v1.u00.l01',
  exerciseId: 'v1.u00.l01.ex01',
  exerciseType: 'gap-fill',
  response: { answers: ['suis'] },
  result: 'correct',
  score: 1,
  answeredAt,
  durationMs: 4000,
  ...overrides,
});

async function seed(db: EnAvantDb, profileId: string, name: string): Promise<void> {
  await createProfile(db, { id: profileId, name, uiLanguage: 'en', createdAt: 1, lastActiveAt: 2 });
  await recordAttempt(db, attempt(profileId, 100));
  await recordAttempt(db, attempt(profileId, 200, { exerciseId: 'v1.u00.l01.ex02', result: 'wrong', score: 0 }));
  await recordAttempt(db, attempt(profileId, 300, { lessonId: 'review', exerciseId: 'v1.u00.l01.v01', exerciseType: 'review' }));
  await recordVisit(db, { profileId, lessonId: 'v1.u00.l01', section: 'exercises', openedAt: 150 });
  await putProfileSetting(db, profileId, 'weeklyGoal', { kind: 'sessions', target: 4 });
  await addToReviewDeck(db, profileId, 'gl.radio.0012', 250);
}

/** Everything stored, for "nothing changed" assertions. */
async function snapshot(db: EnAvantDb) {
  return {
    profiles: await db.profiles.toArray(),
    attempts: await db.attempts.toArray(),
    visits: await db.lessonVisits.toArray(),
    settings: await db.settings.toArray(),
    deck: await db.reviewDeck.toArray(),
  };
}

describe('export and import', () => {
  test('a profile exported, wiped and imported comes back whole', async () => {
    const db = freshDb();
    await seed(db, 'p1', 'Kofi');
    const backup = await exportProfile(db, 'p1', 1000);
    expect(backup).toMatchObject({ format: 'en-avant-backup', version: 1, exportedAt: 1000, profile: { id: 'p1', name: 'Kofi' } });
    expect(backup.attempts).toHaveLength(3);
    const text = JSON.stringify(backup);
    const before = await snapshot(db);
    await deleteProfile(db, 'p1');
    expect(await attemptsForProfile(db, 'p1')).toEqual([]);
    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(await importBackup(db, parsed.backup)).toEqual({ profileId: 'p1', merged: false, attemptsAdded: 3 });
    const after = await snapshot(db);
    const strip = (rows: AttemptRow[]) => rows.map(({ id: _id, ...row }) => row);
    expect(strip(after.attempts)).toEqual(strip(before.attempts));
    expect(after.profiles).toEqual(before.profiles);
    expect(after.visits).toEqual(before.visits);
    expect(after.settings).toEqual(before.settings);
    expect(after.deck).toEqual(before.deck);
  });

  test('importing into the same profile merges: both devices’ answers are kept, duplicates skipped', async () => {
    const db = freshDb();
    await seed(db, 'p1', 'Kofi');
    const backup = await exportProfile(db, 'p1', 1000);
    await recordAttempt(db, attempt('p1', 400, { exerciseId: 'v1.u00.l01.ex03' }));
    const extra: BackupFile = { ...backup, attempts: [...backup.attempts, { ...backup.attempts[0]!, answeredAt: 500 }] };
    expect(await importBackup(db, extra)).toMatchObject({ merged: true, attemptsAdded: 1 });
    expect((await attemptsForProfile(db, 'p1')).map((row) => row.answeredAt)).toEqual([100, 200, 300, 400, 500]);
  });

  test.each([
    ['not JSON', '{"format": "en-avant-backup", "vers', 'not-json'],
    ['another file', JSON.stringify({ hello: 'world' }), 'not-a-backup'],
    ['a newer version', JSON.stringify({ format: 'en-avant-backup', version: 2 }), 'newer-version'],
    ['a newer database', JSON.stringify({ format: 'en-avant-backup', version: 1, dbVersion: 999 }), 'newer-version'],
    ['a damaged one', JSON.stringify({ format: 'en-avant-backup', version: 1, dbVersion: 1, exportedAt: 1 }), 'invalid'],
  ])('%s is refused', (_name, text, error) => {
    expect(parseBackup(text)).toMatchObject({ ok: false, error });
  });

  test('a truncated real backup is refused and the database is unchanged', async () => {
    const db = freshDb();
    await seed(db, 'p1', 'Kofi');
    const text = JSON.stringify(await exportProfile(db, 'p1', 1000));
    const before = await snapshot(db);
    expect(parseBackup(text.slice(0, Math.floor(text.length / 2)))).toMatchObject({ ok: false, error: 'not-json' });
    expect(await snapshot(db)).toEqual(before);
  });

  test('a write failing half-way (disk full) rolls the whole import back', async () => {
    const db = freshDb();
    await seed(db, 'p1', 'Kofi');
    const backup = await exportProfile(db, 'p1', 1000);
    await deleteProfile(db, 'p1');
    await seed(db, 'p2', 'Ana');
    const before = await snapshot(db);
    const quota = Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    Object.assign(db.reviewDeck, { bulkPut: () => Promise.reject(quota) });
    const failure = await importBackup(db, backup).catch((error: unknown) => error);
    expect(isQuotaError(failure)).toBe(true);
    expect(await snapshot(db)).toEqual(before);
  });

  test('the file name is safe', async () => {
    const db = freshDb();
    await seed(db, 'p1', 'Zoë Müller');
    expect(backupFileName(await exportProfile(db, 'p1', Date.UTC(2025, 0, 6)))).toBe('en-avant-zoe-muller-2025-01-06.json');
  });
});

describe('profiles are kept apart', () => {
  test('no query of one profile returns another’s rows; deleting one leaves the other whole', async () => {
    const db = freshDb();
    await seed(db, 'p1', 'Kofi');
    await seed(db, 'p2', 'Ana');
    await addToReviewDeck(db, 'p2', 'v1.u00.l01.v09', 260);
    expect((await attemptsForProfile(db, 'p1')).every((row) => row.profileId === 'p1')).toBe(true);
    expect((await visitsForProfile(db, 'p1')).every((row) => row.profileId === 'p1')).toBe(true);
    expect(await reviewDeckForProfile(db, 'p1')).toHaveLength(1);
    expect(await reviewDeckForProfile(db, 'p2')).toHaveLength(2);
    const backup = await exportProfile(db, 'p1', 1);
    expect(backup.reviewDeck.map((row) => row.itemId)).toEqual(['gl.radio.0012']);
    await putProfileSetting(db, 'p2', 'unlockAll', true);
    expect(await settingsForProfile(db, 'p1')).toEqual({ weeklyGoal: { kind: 'sessions', target: 4 } });
    await deleteProfile(db, 'p1');
    expect((await listProfiles(db)).map((profile) => profile.id)).toEqual(['p2']);
    expect(await attemptsForProfile(db, 'p2')).toHaveLength(3);
    expect(await reviewDeckForProfile(db, 'p2')).toHaveLength(2);
    expect(await settingsForProfile(db, 'p2')).toMatchObject({ unlockAll: true });
  });
});
