import { create } from 'zustand';
import { getDb } from '../db/instance';
import { systemClock } from '../services/clock/clock';
import type { LoadedDeck } from './review-engine';

/** The start of the local day of `now`. */
export function localDayStart(now: number): number {
  const date = new Date(now);
  date.setHours(0, 0, 0, 0);
  return date.getTime();
}

/**
 * The active profile's review deck: the due count for the home screen and the navigation, and the
 * loaded deck for the review screen. The FSRS code is imported on first use (its own chunk).
 */
interface ReviewState {
  profileId: string | undefined;
  dueCount: number | undefined;
  loaded: LoadedDeck | undefined;
  refresh(profileId: string): Promise<LoadedDeck>;
}

export const useReviewStore = create<ReviewState>()((set) => ({
  profileId: undefined,
  dueCount: undefined,
  loaded: undefined,
  async refresh(profileId) {
    const [{ loadDeck }, db] = await Promise.all([import('./review-engine'), getDb()]);
    const now = systemClock.now();
    const loaded = await loadDeck(db, profileId, now, localDayStart(now));
    set({ profileId, dueCount: loaded.due.length, loaded });
    return loaded;
  },
}));
