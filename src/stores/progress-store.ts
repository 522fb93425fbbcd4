import { create } from 'zustand';
import { getDb } from '../db/instance';
import { attemptsForLesson, attemptsForProfile, getVisit, recordAttempt, recordVisit } from '../db/repos/attempts';
import type { AttemptRow } from '../db/schema';
import type { VerdictResult } from '../domain/answers/judge';
import { systemClock } from '../services/clock/clock';

/** What a finished exercise sends to the log. */
export interface AttemptInput {
  lessonId: string;
  exerciseId: string;
  exerciseType: string;
  response: unknown;
  result: VerdictResult;
  score: number;
  durationMs: number;
}

/**
 * The active profile's attempt log, by lesson. Progress is derived from it by pure functions in
 * domain/progress; this store only loads and appends.
 */
interface ProgressState {
  profileId: string | undefined;
  /** lessonId → attempts, oldest first. */
  attemptsByLesson: Record<string, AttemptRow[]>;
  loaded: boolean;
  loadProfile(profileId: string): Promise<void>;
  loadLesson(lessonId: string): Promise<AttemptRow[]>;
  record(input: AttemptInput): Promise<AttemptRow>;
  rememberSection(lessonId: string, section: string): Promise<void>;
  lastSection(lessonId: string): Promise<string | undefined>;
}

export const useProgressStore = create<ProgressState>()((set, get) => ({
  profileId: undefined,
  attemptsByLesson: {},
  loaded: false,
  async loadProfile(profileId) {
    const attempts = await attemptsForProfile(getDb(), profileId);
    const attemptsByLesson: Record<string, AttemptRow[]> = {};
    for (const attempt of attempts) (attemptsByLesson[attempt.lessonId] ??= []).push(attempt);
    set({ profileId, attemptsByLesson, loaded: true });
  },
  async loadLesson(lessonId) {
    const profileId = get().profileId;
    if (profileId === undefined) return [];
    const attempts = await attemptsForLesson(getDb(), profileId, lessonId);
    set((state) => ({ attemptsByLesson: { ...state.attemptsByLesson, [lessonId]: attempts } }));
    return attempts;
  },
  async record(input) {
    const profileId = get().profileId;
    if (profileId === undefined) throw new Error('no active profile');
    const row: AttemptRow = { ...input, profileId, answeredAt: systemClock.now() };
    row.id = await recordAttempt(getDb(), row);
    set((state) => ({
      attemptsByLesson: { ...state.attemptsByLesson, [input.lessonId]: [...(state.attemptsByLesson[input.lessonId] ?? []), row] },
    }));
    return row;
  },
  async rememberSection(lessonId, section) {
    const profileId = get().profileId;
    if (profileId === undefined) return;
    await recordVisit(getDb(), { profileId, lessonId, section, openedAt: systemClock.now() });
  },
  async lastSection(lessonId) {
    const profileId = get().profileId;
    if (profileId === undefined) return undefined;
    return (await getVisit(getDb(), profileId, lessonId))?.section;
  },
}));
