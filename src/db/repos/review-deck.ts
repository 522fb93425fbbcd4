import type { EnAvantDb } from '../db';
import type { ReviewDeckRow } from '../schema';

/**
 * Adds an item (a glossary entry id such as `gl.radio.0012`, a vocabulary id such as
 * `v1.u00.l01.v07`) to a profile's review deck. Adding it again keeps the first date.
 */
export async function addToReviewDeck(db: EnAvantDb, profileId: string, itemId: string, now: number): Promise<void> {
  await db.transaction('rw', db.reviewDeck, async () => {
    if (await db.reviewDeck.get([profileId, itemId])) return;
    await db.reviewDeck.add({ profileId, itemId, addedAt: now });
  });
}

/** Whether the item is in the profile's review deck. */
export async function isInReviewDeck(db: EnAvantDb, profileId: string, itemId: string): Promise<boolean> {
  return (await db.reviewDeck.get([profileId, itemId])) !== undefined;
}

/** Removes an item from the profile's review deck (its review history stays in the attempt log). */
export async function removeFromReviewDeck(db: EnAvantDb, profileId: string, itemId: string): Promise<void> {
  await db.reviewDeck.delete([profileId, itemId]);
}

/** The profile's review deck, oldest first. */
export async function reviewDeckForProfile(db: EnAvantDb, profileId: string): Promise<ReviewDeckRow[]> {
  const rows = await db.reviewDeck.where('profileId').equals(profileId).toArray();
  return rows.sort((a, b) => a.addedAt - b.addedAt || a.itemId.localeCompare(b.itemId));
}
