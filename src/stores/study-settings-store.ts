import { create } from 'zustand';
import { getDb } from '../db/instance';
import { getProfileSetting, putProfileSetting, settingsForProfile } from '../db/repos/settings';
import type { WeeklyGoal } from '../domain/stats/activity';
import type { PlacementLevel, PlacementSkill, PlacementReason, Tally } from '../domain/placement/staircase';
import { systemClock } from '../services/clock/clock';

/** A finished placement test, as stored in the profile's settings (key `placement`). */
export interface PlacementRecord {
  takenAt: number;
  byLevel: Record<PlacementLevel, Tally>;
  bySkill: Record<PlacementSkill, Tally>;
  reason: PlacementReason;
  recommendedLessonId: string;
  recommendedUnitId: string;
  /** Lessons before the recommended start, marked as tested out once the learner accepts. */
  testedOut: string[];
  acceptedAt?: number;
}

/**
 * The default weekly goal: five sessions (the same as `DEFAULT_WEEKLY_GOAL` in domain/stats, kept
 * here so the shell does not pull the statistics module in).
 */
const DEFAULT_WEEKLY_GOAL: WeeklyGoal = { kind: 'sessions', target: 5 };

/** Setting keys of a profile (the settings table holds them as key → value). */
export const SETTING_KEYS = {
  weeklyGoal: 'weeklyGoal',
  unlockAll: 'unlockAll',
  placement: 'placement',
  persistAsked: 'persistAsked',
} as const;

/**
 * The active profile's study settings: weekly goal, the instructor's "unlock all", the placement
 * result and the lessons it tested out. Stored per profile in the settings table.
 */
interface StudySettingsState {
  profileId: string | undefined;
  weeklyGoal: WeeklyGoal;
  unlockAll: boolean;
  placement: PlacementRecord | undefined;
  load(profileId: string): Promise<void>;
  setWeeklyGoal(goal: WeeklyGoal): Promise<void>;
  setUnlockAll(unlockAll: boolean): Promise<void>;
  savePlacement(record: PlacementRecord): Promise<void>;
  acceptPlacement(): Promise<void>;
  /** Whether the browser was already asked to keep storage (asked once per profile). */
  markPersistAsked(): Promise<boolean>;
}

/** The lessons the active profile tested out of (an accepted placement). */
export function selectTestedOut(state: Pick<StudySettingsState, 'placement'>): ReadonlySet<string> {
  return new Set(state.placement?.acceptedAt !== undefined ? state.placement.testedOut : []);
}

export const useStudySettingsStore = create<StudySettingsState>()((set, get) => {
  const write = async (key: string, value: unknown) => {
    const profileId = get().profileId;
    if (profileId === undefined) throw new Error('no active profile');
    await putProfileSetting(await getDb(), profileId, key, value);
  };
  return {
    profileId: undefined,
    weeklyGoal: DEFAULT_WEEKLY_GOAL,
    unlockAll: false,
    placement: undefined,
    async load(profileId) {
      const settings = await settingsForProfile(await getDb(), profileId);
      set({
        profileId,
        weeklyGoal: (settings[SETTING_KEYS.weeklyGoal] as WeeklyGoal | undefined) ?? DEFAULT_WEEKLY_GOAL,
        unlockAll: settings[SETTING_KEYS.unlockAll] === true,
        placement: settings[SETTING_KEYS.placement] as PlacementRecord | undefined,
      });
    },
    async setWeeklyGoal(goal) {
      await write(SETTING_KEYS.weeklyGoal, goal);
      set({ weeklyGoal: goal });
    },
    async setUnlockAll(unlockAll) {
      await write(SETTING_KEYS.unlockAll, unlockAll);
      set({ unlockAll });
    },
    async savePlacement(record) {
      await write(SETTING_KEYS.placement, record);
      set({ placement: record });
    },
    async acceptPlacement() {
      const placement = get().placement;
      if (!placement) return;
      const accepted = { ...placement, acceptedAt: systemClock.now() };
      await write(SETTING_KEYS.placement, accepted);
      set({ placement: accepted });
    },
    async markPersistAsked() {
      const profileId = get().profileId;
      if (profileId === undefined) return true;
      const db = await getDb();
      const asked = await getProfileSetting(db, profileId, SETTING_KEYS.persistAsked, false);
      if (!asked) await putProfileSetting(db, profileId, SETTING_KEYS.persistAsked, true);
      return asked;
    },
  };
});
