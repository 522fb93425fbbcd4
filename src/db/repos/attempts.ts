import type { EnAvantDb } from '../db';
import type { AttemptRow, LessonVisitRow } from '../schema';

/** Appends an attempt to the log and returns its id. The log is never rewritten. */
export async function recordAttempt(db: EnAvantDb, attempt: Omit<AttemptRow, 'id'>): Promise<number> {
  const id = await db.attempts.add(attempt as AttemptRow);
  return id as number;
}

/** A profile's attempts in one lesson, oldest first. */
export async function attemptsForLesson(db: EnAvantDb, profileId: string, lessonId: string): Promise<AttemptRow[]> {
  const rows = await db.attempts.where('[profileId+lessonId]').equals([profileId, lessonId]).toArray();
  return rows.sort((a, b) => a.answeredAt - b.answeredAt || (a.id ?? 0) - (b.id ?? 0));
}

/** Every attempt of a profile, oldest first. */
export async function attemptsForProfile(db: EnAvantDb, profileId: string): Promise<AttemptRow[]> {
  const rows = await db.attempts.where('profileId').equals(profileId).toArray();
  return rows.sort((a, b) => a.answeredAt - b.answeredAt || (a.id ?? 0) - (b.id ?? 0));
}

/** Remembers the last section opened in a lesson. */
export async function recordVisit(db: EnAvantDb, visit: LessonVisitRow): Promise<void> {
  await db.lessonVisits.put(visit);
}

/** Where the learner was in a lesson. */
export async function getVisit(db: EnAvantDb, profileId: string, lessonId: string): Promise<LessonVisitRow | undefined> {
  return db.lessonVisits.get([profileId, lessonId]);
}

/** Every lesson visit of a profile. */
export async function visitsForProfile(db: EnAvantDb, profileId: string): Promise<LessonVisitRow[]> {
  return db.lessonVisits.where('profileId').equals(profileId).toArray();
}
