import type { EnAvantDb } from '../db';
import type { ProfileRow } from '../schema';

/** All profiles, most recently active first. */
export async function listProfiles(db: EnAvantDb): Promise<ProfileRow[]> {
  const rows = await db.profiles.toArray();
  return rows.sort((a, b) => b.lastActiveAt - a.lastActiveAt);
}

/** Creates a profile; the id is given so callers (and tests) control it. */
export async function createProfile(db: EnAvantDb, profile: ProfileRow): Promise<ProfileRow> {
  await db.profiles.add(profile);
  return profile;
}

/** Marks a profile as active now and remembers it as the device's current profile. */
export async function activateProfile(db: EnAvantDb, profileId: string, now: number): Promise<void> {
  await db.transaction('rw', db.profiles, db.settings, async () => {
    await db.profiles.update(profileId, { lastActiveAt: now });
    await db.settings.put({ profileId: '', key: 'activeProfileId', value: profileId });
  });
}

/** The device's current profile id, if it still exists. */
export async function getActiveProfileId(db: EnAvantDb): Promise<string | undefined> {
  const row = await db.settings.get(['', 'activeProfileId']);
  if (typeof row?.value !== 'string') return undefined;
  return (await db.profiles.get(row.value)) ? row.value : undefined;
}

/** Updates name or UI language. */
export async function updateProfile(
  db: EnAvantDb,
  profileId: string,
  changes: Partial<Pick<ProfileRow, 'name' | 'uiLanguage'>>,
): Promise<void> {
  await db.profiles.update(profileId, changes);
}
