import { describe, expect, test } from 'vitest';
import { canOpen, lessonAccess, type UnlockLesson } from './unlock';

const lesson = (id: string, status: UnlockLesson['status'] = 'not-started', written = true): UnlockLesson => ({ id, written, status });

describe('lessonAccess', () => {
  test('lessons open in order, the first one from the start', () => {
    expect(lessonAccess([lesson('a'), lesson('b'), lesson('c')], new Set(), false)).toEqual({ a: 'open', b: 'locked', c: 'locked' });
    expect(lessonAccess([lesson('a', 'completed'), lesson('b'), lesson('c')], new Set(), false)).toEqual({
      a: 'open',
      b: 'open',
      c: 'locked',
    });
    expect(lessonAccess([lesson('a', 'in-progress'), lesson('b')], new Set(), false).b).toBe('locked');
  });

  test('planned lessons are never open and do not block the chain', () => {
    expect(lessonAccess([lesson('a', 'completed'), lesson('p', 'not-started', false), lesson('b')], new Set(), false)).toEqual({
      a: 'open',
      p: 'planned',
      b: 'open',
    });
  });

  test('a started lesson stays open; an instructor opens all written ones', () => {
    expect(lessonAccess([lesson('a'), lesson('b', 'in-progress')], new Set(), false).b).toBe('open');
    expect(lessonAccess([lesson('a'), lesson('b'), lesson('p', 'not-started', false)], new Set(), true)).toEqual({
      a: 'open',
      b: 'open',
      p: 'planned',
    });
  });

  test('tested-out lessons open the next one and can still be studied', () => {
    const access = lessonAccess([lesson('a'), lesson('b'), lesson('c'), lesson('d')], new Set(['a', 'b']), false);
    expect(access).toEqual({ a: 'tested-out', b: 'tested-out', c: 'open', d: 'locked' });
    expect(canOpen(access.a)).toBe(true);
    expect(canOpen(access.d)).toBe(false);
    expect(canOpen('planned')).toBe(false);
  });
});
