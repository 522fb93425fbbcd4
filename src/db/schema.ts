/**
 * The IndexedDB schema history, in version order. A shipped version is never edited: a change is a
 * new version appended below, with its upgrade, and a test that opens a database at the previous
 * version and upgrades it (see db.test.ts). Learners' progress must survive every update.
 */
import type { VerdictResult } from '../domain/answers/judge';

/** A learner on this device. Several soldiers may share one phone. */
export interface ProfileRow {
  /** Random id (crypto.randomUUID). */
  id: string;
  name: string;
  /** UI language code, e.g. "en". */
  uiLanguage: string;
  createdAt: number;
  lastActiveAt: number;
  /**
   * Optional 4-digit PIN, never stored in clear: PBKDF2-SHA-256 of the PIN with a random salt
   * (base64). Added after version 1 without a schema change (not indexed). A forgotten PIN means an
   * instructor removes the profile.
   */
  pin?: PinHash;
}

/** A salted PIN hash (see {@link ProfileRow.pin}). */
export interface PinHash {
  saltB64: string;
  hashB64: string;
  iterations: number;
}

/**
 * One answer to one exercise. Append-only: rows are never updated or deleted except when a whole
 * profile is removed. Completion, scores and review state derive from this log.
 */
export interface AttemptRow {
  /** Auto-increment key. */
  id?: number;
  profileId: string;
  lessonId: string;
  exerciseId: string;
  exerciseType: string;
  /** The learner's response, as the exercise type's responseSchema describes it. */
  response: unknown;
  result: VerdictResult;
  /** 0..1 */
  score: number;
  /** Epoch milliseconds. */
  answeredAt: number;
  durationMs: number;
}

/** Per-lesson bookkeeping that is not derivable from attempts (where the learner was). */
export interface LessonVisitRow {
  profileId: string;
  lessonId: string;
  /** Last section opened, to resume there. */
  section: string;
  openedAt: number;
}

/** A key-value setting; `profileId` is "" for device-wide settings (e.g. the active profile). */
export interface SettingRow {
  profileId: string;
  key: string;
  value: unknown;
}

/**
 * An item the learner asked to review (a glossary entry, a vocabulary item…), added from outside a
 * lesson. Version 2. The card's schedule is not stored here: it is derived from the attempt log.
 */
export interface ReviewDeckRow {
  profileId: string;
  /** A content id: `gl.radio.0012`, `v1.u00.l01.v07`. */
  itemId: string;
  /** Epoch milliseconds. */
  addedAt: number;
}

/** Dexie store definitions per version. Index syntax: first = primary key, & unique, [a+b] compound. */
export const SCHEMA_VERSIONS = [
  {
    version: 1,
    stores: {
      profiles: 'id, name, lastActiveAt',
      attempts: '++id, profileId, [profileId+lessonId], [profileId+exerciseId], answeredAt',
      lessonVisits: '[profileId+lessonId], profileId, openedAt',
      settings: '[profileId+key], profileId',
    },
  },
  {
    /** Version 2: the review deck (items added for review from the glossary or a lesson). */
    version: 2,
    stores: {
      profiles: 'id, name, lastActiveAt',
      attempts: '++id, profileId, [profileId+lessonId], [profileId+exerciseId], answeredAt',
      lessonVisits: '[profileId+lessonId], profileId, openedAt',
      settings: '[profileId+key], profileId',
      reviewDeck: '[profileId+itemId], profileId, addedAt',
    },
  },
] as const;

/** The newest schema version; exported files record it. */
export const CURRENT_DB_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 1;
