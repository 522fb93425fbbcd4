import type { EnAvantDb } from '../db';
import type { PinHash, ProfileRow } from '../schema';

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

/** Sets or (with undefined) removes a profile's PIN hash. */
export async function setProfilePin(db: EnAvantDb, profileId: string, pin: PinHash | undefined): Promise<void> {
  await db.transaction('rw', db.profiles, async () => {
    const row = await db.profiles.get(profileId);
    if (!row) return;
    const { pin: _old, ...rest } = row;
    await db.profiles.put(pin === undefined ? rest : { ...rest, pin });
  });
}

/**
 * Removes a profile and everything that belongs to it (attempts, visits, settings, review deck),
 * in one transaction. The device's active profile is cleared if it was this one.
 */
export async function deleteProfile(db: EnAvantDb, profileId: string): Promise<void> {
  await db.transaction('rw', [db.profiles, db.attempts, db.lessonVisits, db.settings, db.reviewDeck], async () => {
    await db.attempts.where('profileId').equals(profileId).delete();
    await db.lessonVisits.where('profileId').equals(profileId).delete();
    await db.settings.where('profileId').equals(profileId).delete();
    await db.reviewDeck.where('profileId').equals(profileId).delete();
    await db.profiles.delete(profileId);
    const active = await db.settings.get(['', 'activeProfileId']);
    if (active?.value === profileId) await db.settings.delete(['', 'activeProfileId']);
  });
}
