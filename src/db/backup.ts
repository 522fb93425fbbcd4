/**
 * Backups of one profile: a JSON file `{ format: "en-avant-backup", version: 1, … }` holding the
 * profile, its attempt log, lesson visits, settings and review deck. Reading a file validates it
 * completely (zod) before anything is written; importing runs in one transaction, so a bad,
 * truncated or newer file, or a full disk, changes nothing.
 *
 * Importing into a profile that already exists on the device (same id) MERGES: the attempt log is
 * append-only, so the union of both logs (duplicates skipped) loses nothing from either device;
 * visits keep the most recent; the review deck keeps every item; the file's name, language, PIN
 * and settings win. Card schedules and progress are derived from the merged log.
 */
import { z } from 'zod';
import type { EnAvantDb } from './db';
import { CURRENT_DB_VERSION, type AttemptRow, type ProfileRow } from './schema';

/** The format tag and the newest file version this app reads. */
export const BACKUP_FORMAT = 'en-avant-backup';
export const BACKUP_VERSION = 1;

const finite = z.number().finite();
const pinSchema = z.strictObject({ saltB64: z.string().min(1), hashB64: z.string().min(1), iterations: z.number().int().positive() });

const profileSchema = z.strictObject({
  id: z.string().min(1).max(100),
  name: z.string().trim().min(1).max(80),
  uiLanguage: z.string().min(2).max(20),
  createdAt: finite,
  lastActiveAt: finite,
  pin: pinSchema.optional(),
});

const attemptSchema = z.strictObject({
  lessonId: z.string().min(1),
  exerciseId: z.string().min(1),
  exerciseType: z.string().min(1),
  response: z.unknown(),
  result: z.enum(['correct', 'near-miss', 'wrong']),
  score: z.number().min(0).max(1),
  answeredAt: finite,
  durationMs: z.number().min(0),
});

/** Version 1 of the backup file. */
export const backupSchemaV1 = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: finite,
  dbVersion: z.number().int().positive(),
  profile: profileSchema,
  attempts: z.array(attemptSchema),
  lessonVisits: z.array(z.strictObject({ lessonId: z.string().min(1), section: z.string(), openedAt: finite })),
  settings: z.array(z.strictObject({ key: z.string().min(1), value: z.unknown() })),
  reviewDeck: z.array(z.strictObject({ itemId: z.string().min(1), addedAt: finite })),
});

export type BackupFile = z.infer<typeof backupSchemaV1>;

/** Why a file was refused; the screen words each one. */
export type BackupError = 'not-json' | 'not-a-backup' | 'newer-version' | 'invalid';

/** The outcome of reading a file. */
export type ParsedBackup = { ok: true; backup: BackupFile } | { ok: false; error: BackupError; detail?: string | undefined };

/** Builds the backup of a profile. */
export async function exportProfile(db: EnAvantDb, profileId: string, now: number): Promise<BackupFile> {
  return db.transaction('r', [db.profiles, db.attempts, db.lessonVisits, db.settings, db.reviewDeck], async () => {
    const profile = await db.profiles.get(profileId);
    if (!profile) throw new Error(`no profile ${profileId}`);
    const attempts = await db.attempts.where('profileId').equals(profileId).sortBy('answeredAt');
    const visits = await db.lessonVisits.where('profileId').equals(profileId).toArray();
    const settings = await db.settings.where('profileId').equals(profileId).toArray();
    const deck = await db.reviewDeck.where('profileId').equals(profileId).toArray();
    return {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: now,
      dbVersion: CURRENT_DB_VERSION,
      profile: { ...profile },
      attempts: attempts.map(({ id: _id, profileId: _profileId, ...attempt }) => attempt),
      lessonVisits: visits.map(({ lessonId, section, openedAt }) => ({ lessonId, section, openedAt })),
      settings: settings.map(({ key, value }) => ({ key, value })),
      reviewDeck: deck.map(({ itemId, addedAt }) => ({ itemId, addedAt })),
    };
  });
}

/** Reads and validates a backup file's text. Nothing is written. */
export function parseBackup(text: string): ParsedBackup {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: 'not-json' };
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== BACKUP_FORMAT) {
    return { ok: false, error: 'not-a-backup' };
  }
  const { version, dbVersion } = data as { version?: unknown; dbVersion?: unknown };
  if ((typeof version === 'number' && version > BACKUP_VERSION) || (typeof dbVersion === 'number' && dbVersion > CURRENT_DB_VERSION)) {
    return { ok: false, error: 'newer-version' };
  }
  const parsed = backupSchemaV1.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: 'invalid', detail: issue ? `${issue.path.join('.')}: ${issue.message}` : undefined };
  }
  return { ok: true, backup: parsed.data };
}

/** What an import did. */
export interface ImportSummary {
  profileId: string;
  /** True when the profile already existed here and the file was merged into it. */
  merged: boolean;
  attemptsAdded: number;
}

const attemptKey = (attempt: Pick<AttemptRow, 'lessonId' | 'exerciseId' | 'exerciseType' | 'answeredAt'>) =>
  `${attempt.lessonId}|${attempt.exerciseId}|${attempt.exerciseType}|${String(attempt.answeredAt)}`;

/**
 * Writes a validated backup in one transaction: creates the profile, or merges into the existing
 * one with the same id (see the module comment). Any failure (a full disk included) rolls
 * everything back and rethrows.
 */
export async function importBackup(db: EnAvantDb, backup: BackupFile): Promise<ImportSummary> {
  const profileId = backup.profile.id;
  return db.transaction('rw', [db.profiles, db.attempts, db.lessonVisits, db.settings, db.reviewDeck], async () => {
    const existing = await db.profiles.get(profileId);
    const { pin, ...fields } = backup.profile;
    const profile: ProfileRow = {
      ...fields,
      ...(pin ? { pin } : {}),
      createdAt: Math.min(existing?.createdAt ?? backup.profile.createdAt, backup.profile.createdAt),
      lastActiveAt: Math.max(existing?.lastActiveAt ?? 0, backup.profile.lastActiveAt),
    };
    await db.profiles.put(profile);
    const known = new Set((await db.attempts.where('profileId').equals(profileId).toArray()).map(attemptKey));
    const fresh = backup.attempts.filter((attempt) => {
      const key = attemptKey(attempt);
      if (known.has(key)) return false;
      known.add(key);
      return true;
    });
    await db.attempts.bulkAdd(fresh.map((attempt) => ({ ...attempt, profileId }) as AttemptRow));
    for (const visit of backup.lessonVisits) {
      const current = await db.lessonVisits.get([profileId, visit.lessonId]);
      if (!current || current.openedAt <= visit.openedAt) await db.lessonVisits.put({ profileId, ...visit });
    }
    await db.settings.bulkPut(backup.settings.map(({ key, value }) => ({ profileId, key, value })));
    const deck = new Map((await db.reviewDeck.where('profileId').equals(profileId).toArray()).map((row) => [row.itemId, row.addedAt]));
    await db.reviewDeck.bulkPut(
      backup.reviewDeck.map(({ itemId, addedAt }) => ({ profileId, itemId, addedAt: Math.min(addedAt, deck.get(itemId) ?? addedAt) })),
    );
    return { profileId, merged: existing !== undefined, attemptsAdded: fresh.length };
  });
}

/** The file name of a backup: `en-avant-<name>-<YYYY-MM-DD>.json`. */
export function backupFileName(backup: BackupFile): string {
  const name =
    backup.profile.name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^\w-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .toLowerCase() || 'profile';
  return `en-avant-${name}-${new Date(backup.exportedAt).toISOString().slice(0, 10)}.json`;
}
