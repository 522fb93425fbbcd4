import { create } from 'zustand';
import { getDb } from '../db/instance';
import {
  activateProfile,
  createProfile,
  deleteProfile,
  getActiveProfileId,
  listProfiles,
  setProfilePin,
  updateProfile,
} from '../db/repos/profiles';
import type { ProfileRow } from '../db/schema';
import { systemClock } from '../services/clock/clock';

/** The learner profiles on this device and which one is active. */
interface ProfileState {
  status: 'idle' | 'loading' | 'ready' | 'error';
  profiles: ProfileRow[];
  activeProfileId: string | undefined;
  error: string | undefined;
  /** Profiles whose PIN was entered in this session (a PIN-protected profile asks again after a reload). */
  unlocked: ReadonlySet<string>;
  load(): Promise<void>;
  /** Re-reads the profiles (after an import) without showing the loading screen. */
  reloadProfiles(): Promise<void>;
  create(name: string, uiLanguage: string): Promise<ProfileRow>;
  switchTo(profileId: string): Promise<void>;
  setUiLanguage(uiLanguage: string): Promise<void>;
  /** Checks a profile's PIN; when right, the profile is unlocked for this session and activated. */
  unlockWithPin(profileId: string, pin: string): Promise<boolean>;
  /** Sets (a 4-digit string) or removes (undefined) the active profile's PIN. */
  setPin(pin: string | undefined): Promise<void>;
  /** Removes a profile and all its data (an instructor's action when a PIN is forgotten). */
  remove(profileId: string): Promise<void>;
}

/** Whether a profile can be used now: it has no PIN, or its PIN was entered in this session. */
export function isUnlocked(state: Pick<ProfileState, 'profiles' | 'unlocked'>, profileId: string | undefined): boolean {
  if (profileId === undefined) return false;
  const profile = state.profiles.find((candidate) => candidate.id === profileId);
  return profile?.pin === undefined || state.unlocked.has(profileId);
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
  unlocked: new Set<string>(),
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
  async reloadProfiles() {
    const profiles = await listProfiles(await getDb());
    set({ profiles });
  },
  async create(name, uiLanguage) {
    const db = await getDb();
    const now = systemClock.now();
    const profile = await createProfile(db, { id: newId(), name: name.trim(), uiLanguage, createdAt: now, lastActiveAt: now });
    await activateProfile(db, profile.id, now);
    const leaving = get().activeProfileId;
    set((state) => ({ unlocked: new Set([...state.unlocked].filter((id) => id !== leaving)) }));
    set({ profiles: await listProfiles(db), activeProfileId: profile.id });
    return profile;
  },
  async switchTo(profileId) {
    // Leaving a profile locks it again: on a shared phone the next learner must not walk back in.
    const leaving = get().activeProfileId;
    if (leaving !== undefined && leaving !== profileId) {
      set((state) => ({ unlocked: new Set([...state.unlocked].filter((id) => id !== leaving)) }));
    }
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
  async unlockWithPin(profileId, pin) {
    const profile = get().profiles.find((candidate) => candidate.id === profileId);
    if (!profile) return false;
    // The PIN code (Web Crypto) is loaded only when a PIN is used.
    if (profile.pin !== undefined && !(await (await import('../services/pin/pin')).verifyPin(pin, profile.pin))) return false;
    set((state) => ({ unlocked: new Set([...state.unlocked, profileId]) }));
    await get().switchTo(profileId);
    return true;
  },
  async setPin(pin) {
    const profileId = get().activeProfileId;
    if (profileId === undefined) return;
    const db = await getDb();
    await setProfilePin(db, profileId, pin === undefined ? undefined : await (await import('../services/pin/pin')).hashPin(pin));
    set((state) => ({ unlocked: new Set([...state.unlocked, profileId]) }));
    set({ profiles: await listProfiles(db) });
  },
  async remove(profileId) {
    const db = await getDb();
    await deleteProfile(db, profileId);
    const profiles = await listProfiles(db);
    const activeProfileId = get().activeProfileId === profileId ? undefined : get().activeProfileId;
    set({ profiles, activeProfileId });
  },
}));

/** The active profile, if any. */
export function selectActiveProfile(state: ProfileState): ProfileRow | undefined {
  return state.profiles.find((profile) => profile.id === state.activeProfileId);
}
