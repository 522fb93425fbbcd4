import { create } from 'zustand';
import { getDb } from '../db/instance';
import { activateProfile, createProfile, getActiveProfileId, listProfiles, updateProfile } from '../db/repos/profiles';
import type { ProfileRow } from '../db/schema';
import { systemClock } from '../services/clock/clock';

/** The learner profiles on this device and which one is active. */
interface ProfileState {
  status: 'idle' | 'loading' | 'ready' | 'error';
  profiles: ProfileRow[];
  activeProfileId: string | undefined;
  error: string | undefined;
  load(): Promise<void>;
  create(name: string, uiLanguage: string): Promise<ProfileRow>;
  switchTo(profileId: string): Promise<void>;
  setUiLanguage(uiLanguage: string): Promise<void>;
}

function newId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `p-${systemClock.now().toString(36)}-${Math.floor(performance.now()).toString(36)}`;
}

export const useProfileStore = create<ProfileState>()((set, get) => ({
  status: 'idle',
  profiles: [],
  activeProfileId: undefined,
  error: undefined,
  async load() {
    set({ status: 'loading' });
    try {
      const db = await getDb();
      const [profiles, activeProfileId] = await Promise.all([listProfiles(db), getActiveProfileId(db)]);
      set({ status: 'ready', profiles, activeProfileId: activeProfileId ?? profiles[0]?.id, error: undefined });
    } catch (error) {
      set({ status: 'error', error: error instanceof Error ? error.message : String(error) });
    }
  },
  async create(name, uiLanguage) {
    const db = await getDb();
    const now = systemClock.now();
    const profile = await createProfile(db, { id: newId(), name: name.trim(), uiLanguage, createdAt: now, lastActiveAt: now });
    await activateProfile(db, profile.id, now);
    set({ profiles: await listProfiles(db), activeProfileId: profile.id });
    return profile;
  },
  async switchTo(profileId) {
    const db = await getDb();
    await activateProfile(db, profileId, systemClock.now());
    set({ profiles: await listProfiles(db), activeProfileId: profileId });
  },
  async setUiLanguage(uiLanguage) {
    const profileId = get().activeProfileId;
    if (profileId === undefined) return;
    const db = await getDb();
    await updateProfile(db, profileId, { uiLanguage });
    set({ profiles: await listProfiles(db) });
  },
}));

/** The active profile, if any. */
export function selectActiveProfile(state: ProfileState): ProfileRow | undefined {
  return state.profiles.find((profile) => profile.id === state.activeProfileId);
}
