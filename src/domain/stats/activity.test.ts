import { describe, expect, test } from 'vitest';
import {
  currentStreak,
  dayLabel,
  localDay,
  studySessions,
  totalMinutes,
  totalsByPeriod,
  weeklyGoalProgress,
  type ActivityAttempt,
} from './activity';

const utc = () => 0;
const utcPlus2 = () => -120;
const at = (iso: string, durationMs = 60_000, result: ActivityAttempt['result'] = 'correct'): ActivityAttempt => ({
  answeredAt: Date.parse(iso),
  durationMs,
  result,
});

describe('study days and streak', () => {
  test('days are local: 23:30 UTC is the next day in UTC+2', () => {
    const ms = Date.parse('2025-01-06T23:30:00Z');
    expect(dayLabel(localDay(ms, utc))).toBe('2025-01-06');
    expect(dayLabel(localDay(ms, utcPlus2))).toBe('2025-01-07');
  });

  test('the streak counts consecutive days ending today, or yesterday before today’s study', () => {
    const attempts = [at('2025-01-03T10:00:00Z'), at('2025-01-04T10:00:00Z'), at('2025-01-05T09:00:00Z'), at('2025-01-05T18:00:00Z')];
    expect(currentStreak(attempts, Date.parse('2025-01-05T20:00:00Z'), utc)).toBe(3);
    expect(currentStreak(attempts, Date.parse('2025-01-06T08:00:00Z'), utc)).toBe(3);
    expect(currentStreak(attempts, Date.parse('2025-01-07T08:00:00Z'), utc)).toBe(0);
    expect(currentStreak([], Date.parse('2025-01-07T08:00:00Z'), utc)).toBe(0);
  });
});

describe('sessions and weekly goal', () => {
  test('a pause of more than 30 minutes starts a new session', () => {
    const sessions = studySessions([at('2025-01-06T10:00:00Z'), at('2025-01-06T10:20:00Z'), at('2025-01-06T11:00:00Z')]);
    expect(sessions.map((session) => session.answers)).toEqual([2, 1]);
  });

  test('the weekly goal counts this week’s sessions or minutes, Monday to Sunday', () => {
    // 2025-01-06 is a Monday.
    const attempts = [
      at('2025-01-05T10:00:00Z', 600_000), // Sunday: last week
      at('2025-01-06T10:00:00Z', 600_000),
      at('2025-01-07T10:00:00Z', 300_000),
      at('2025-01-07T18:00:00Z', 300_000),
    ];
    const now = Date.parse('2025-01-08T12:00:00Z');
    expect(weeklyGoalProgress(attempts, { kind: 'sessions', target: 3 }, now, utc)).toEqual({
      goal: { kind: 'sessions', target: 3 },
      done: 3,
      met: true,
    });
    expect(weeklyGoalProgress(attempts, { kind: 'minutes', target: 30 }, now, utc).done).toBe(20);
  });
});

describe('totals', () => {
  test('minutes, answers and accuracy per day, with empty days', () => {
    const attempts = [
      at('2025-01-06T10:00:00Z', 120_000),
      at('2025-01-06T10:01:00Z', 60_000, 'wrong'),
      at('2025-01-08T10:00:00Z', 60_000, 'near-miss'),
    ];
    const days = totalsByPeriod(attempts, Date.parse('2025-01-08T12:00:00Z'), utc, 'day', 3);
    expect(days.map((day) => [dayLabel(day.day), day.minutes, day.answers, day.accuracy])).toEqual([
      ['2025-01-06', 3, 2, 0.5],
      ['2025-01-07', 0, 0, 0],
      ['2025-01-08', 1, 1, 1],
    ]);
    const weeks = totalsByPeriod(attempts, Date.parse('2025-01-08T12:00:00Z'), utc, 'week', 2);
    expect(weeks.map((week) => [dayLabel(week.day), week.answers])).toEqual([
      ['2024-12-30', 0],
      ['2025-01-06', 3],
    ]);
    expect(totalMinutes(attempts)).toBe(4);
  });
});
