/**
 * Study activity from the attempt log: study days in local time, the streak, sessions, the weekly
 * goal, time studied and accuracy over time. Pure: the caller passes the local time zone offset
 * as a function (it changes with daylight saving time), e.g. `(ms) => new Date(ms).getTimezoneOffset()`.
 */
import type { VerdictResult } from '../answers/judge';

const DAY_MS = 86_400_000;

/** The attempt fields activity needs. */
export interface ActivityAttempt {
  answeredAt: number;
  durationMs: number;
  result: VerdictResult;
}

/** Minutes to subtract from UTC to get local time at a moment (`Date#getTimezoneOffset`). */
export type OffsetOf = (ms: number) => number;

/** The local day number of a moment: days since 1970-01-01 in local time. */
export function localDay(ms: number, offsetOf: OffsetOf): number {
  return Math.floor((ms - offsetOf(ms) * 60_000) / DAY_MS);
}

/** The week (Monday to Sunday) of a local day number. */
export function weekOfDay(day: number): number {
  // Day 0 (1970-01-01) was a Thursday: shift by 3 so weeks start on Mondays.
  return Math.floor((day + 3) / 7);
}

/** The first local day (a Monday) of a week. */
export function firstDayOfWeek(week: number): number {
  return week * 7 - 3;
}

/** `YYYY-MM-DD` of a local day number. */
export function dayLabel(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The streak: consecutive local days with at least one answer, ending today or, if the learner has
 * not studied yet today, yesterday (the streak is not lost until the day is over).
 */
export function currentStreak(attempts: readonly { answeredAt: number }[], now: number, offsetOf: OffsetOf): number {
  const days = new Set(attempts.map((attempt) => localDay(attempt.answeredAt, offsetOf)));
  const today = localDay(now, offsetOf);
  let day = days.has(today) ? today : today - 1;
  let streak = 0;
  while (days.has(day)) {
    streak += 1;
    day -= 1;
  }
  return streak;
}

/** A pause longer than this starts a new study session. */
export const SESSION_GAP_MS = 30 * 60_000;

/** A study session: answers with no pause longer than {@link SESSION_GAP_MS}. */
export interface StudySession {
  startedAt: number;
  endedAt: number;
  answers: number;
  durationMs: number;
}

/** Groups answers into study sessions, oldest first. */
export function studySessions(attempts: readonly ActivityAttempt[]): StudySession[] {
  const ordered = [...attempts].sort((a, b) => a.answeredAt - b.answeredAt);
  const sessions: StudySession[] = [];
  for (const attempt of ordered) {
    const last = sessions[sessions.length - 1];
    if (last && attempt.answeredAt - last.endedAt <= SESSION_GAP_MS) {
      last.endedAt = attempt.answeredAt;
      last.answers += 1;
      last.durationMs += attempt.durationMs;
    } else {
      sessions.push({ startedAt: attempt.answeredAt, endedAt: attempt.answeredAt, answers: 1, durationMs: attempt.durationMs });
    }
  }
  return sessions;
}

/** A weekly goal: a number of study sessions or of minutes studied. */
export interface WeeklyGoal {
  kind: 'sessions' | 'minutes';
  target: number;
}

/** The default goal: five sessions a week. */
export const DEFAULT_WEEKLY_GOAL: WeeklyGoal = { kind: 'sessions', target: 5 };

/** Progress towards this week's goal. */
export interface WeeklyGoalProgress {
  goal: WeeklyGoal;
  done: number;
  met: boolean;
}

/** This week's progress (Monday to Sunday, local time) towards the goal. */
export function weeklyGoalProgress(
  attempts: readonly ActivityAttempt[],
  goal: WeeklyGoal,
  now: number,
  offsetOf: OffsetOf,
): WeeklyGoalProgress {
  const week = weekOfDay(localDay(now, offsetOf));
  const thisWeek = attempts.filter((attempt) => weekOfDay(localDay(attempt.answeredAt, offsetOf)) === week);
  const done =
    goal.kind === 'sessions'
      ? studySessions(thisWeek).length
      : Math.floor(thisWeek.reduce((sum, attempt) => sum + attempt.durationMs, 0) / 60_000);
  return { goal, done, met: done >= goal.target };
}

/** One bar of a chart: a day or a week. */
export interface PeriodTotal {
  /** Local day number (first day of the week for weeks). */
  day: number;
  minutes: number;
  answers: number;
  /** Share of answers right or nearly right, 0..1 (0 when there were none). */
  accuracy: number;
}

/**
 * Minutes studied, answers and accuracy per local day over the last `days` days (oldest first,
 * days with no study included), or per week with `by: 'week'` over the last `days / 7` weeks.
 */
export function totalsByPeriod(
  attempts: readonly ActivityAttempt[],
  now: number,
  offsetOf: OffsetOf,
  by: 'day' | 'week',
  periods: number,
): PeriodTotal[] {
  const keyOf = (ms: number) => (by === 'day' ? localDay(ms, offsetOf) : weekOfDay(localDay(ms, offsetOf)));
  const last = keyOf(now);
  const buckets = new Map<number, { durationMs: number; answers: number; right: number }>();
  for (let key = last - periods + 1; key <= last; key += 1) buckets.set(key, { durationMs: 0, answers: 0, right: 0 });
  for (const attempt of attempts) {
    const bucket = buckets.get(keyOf(attempt.answeredAt));
    if (!bucket) continue;
    bucket.durationMs += attempt.durationMs;
    bucket.answers += 1;
    if (attempt.result !== 'wrong') bucket.right += 1;
  }
  return [...buckets.entries()].map(([key, bucket]) => ({
    day: by === 'day' ? key : firstDayOfWeek(key),
    minutes: Math.round(bucket.durationMs / 60_000),
    answers: bucket.answers,
    accuracy: bucket.answers === 0 ? 0 : bucket.right / bucket.answers,
  }));
}

/** Total time studied, in whole minutes. */
export function totalMinutes(attempts: readonly ActivityAttempt[]): number {
  return Math.round(attempts.reduce((sum, attempt) => sum + attempt.durationMs, 0) / 60_000);
}
