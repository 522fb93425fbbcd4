import type { EnAvantDb } from '../db';

/** A profile's setting, or `fallback` when unset. Settings are keyed by profile: nobody sees another's. */
export async function getProfileSetting<T>(db: EnAvantDb, profileId: string, key: string, fallback: T): Promise<T> {
  const row = await db.settings.get([profileId, key]);
  return row === undefined ? fallback : (row.value as T);
}

/** Stores a profile's setting. */
export async function putProfileSetting(db: EnAvantDb, profileId: string, key: string, value: unknown): Promise<void> {
  await db.settings.put({ profileId, key, value });
}

/** Every setting of a profile, as a key → value record. */
export async function settingsForProfile(db: EnAvantDb, profileId: string): Promise<Record<string, unknown>> {
  const rows = await db.settings.where('profileId').equals(profileId).toArray();
  return Object.fromEntries(rows.map((row) => [row.key, row.value]));
}
