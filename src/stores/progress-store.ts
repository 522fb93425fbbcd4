import { create } from 'zustand';
import { getDb } from '../db/instance';
import { attemptsForLesson, attemptsForProfile, recordAttempt, recordVisit, visitsForProfile } from '../db/repos/attempts';
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
 * The active profile's attempt log, by lesson, and where the learner was in each lesson. Progress
 * is derived from the log by pure functions in domain/progress; this store only loads and appends.
 */
interface ProgressState {
  profileId: string | undefined;
  /** lessonId → attempts, oldest first. */
  attemptsByLesson: Record<string, AttemptRow[]>;
  /** lessonId → last section opened, so the course map links straight back there. */
  lastSections: Record<string, string>;
  /** The lesson (or test) opened most recently and its section, to "continue where I left off". */
  lastVisited: { lessonId: string; section: string } | undefined;
  loaded: boolean;
  loadProfile(profileId: string): Promise<void>;
  loadLesson(lessonId: string): Promise<AttemptRow[]>;
  record(input: AttemptInput): Promise<AttemptRow>;
  rememberSection(lessonId: string, section: string): Promise<void>;
}

export const useProgressStore = create<ProgressState>()((set, get) => ({
  profileId: undefined,
  attemptsByLesson: {},
  lastSections: {},
  lastVisited: undefined,
  loaded: false,
  async loadProfile(profileId) {
    const db = await getDb();
    const [attempts, visits] = await Promise.all([attemptsForProfile(db, profileId), visitsForProfile(db, profileId)]);
    const attemptsByLesson: Record<string, AttemptRow[]> = {};
    for (const attempt of attempts) (attemptsByLesson[attempt.lessonId] ??= []).push(attempt);
    const lastSections = Object.fromEntries(visits.map((visit) => [visit.lessonId, visit.section]));
    const latest = [...visits].sort((a, b) => b.openedAt - a.openedAt)[0];
    const lastVisited = latest ? { lessonId: latest.lessonId, section: latest.section } : undefined;
    set({ profileId, attemptsByLesson, lastSections, lastVisited, loaded: true });
  },
  async loadLesson(lessonId) {
    const profileId = get().profileId;
    if (profileId === undefined) return [];
    const attempts = await attemptsForLesson(await getDb(), profileId, lessonId);
    set((state) => ({ attemptsByLesson: { ...state.attemptsByLesson, [lessonId]: attempts } }));
    return attempts;
  },
  async record(input) {
    const profileId = get().profileId;
    if (profileId === undefined) throw new Error('no active profile');
    const row: AttemptRow = { ...input, profileId, answeredAt: systemClock.now() };
    row.id = await recordAttempt(await getDb(), row);
    set((state) => ({
      attemptsByLesson: { ...state.attemptsByLesson, [input.lessonId]: [...(state.attemptsByLesson[input.lessonId] ?? []), row] },
    }));
    return row;
  },
  async rememberSection(lessonId, section) {
    const profileId = get().profileId;
    if (profileId === undefined || get().lastSections[lessonId] === section) return;
    set((state) => ({ lastSections: { ...state.lastSections, [lessonId]: section }, lastVisited: { lessonId, section } }));
    await recordVisit(await getDb(), { profileId, lessonId, section, openedAt: systemClock.now() });
  },
}));
