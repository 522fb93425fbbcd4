import { afterEach, expect, test, vi } from 'vitest';
import { whenIdle } from './idle';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

test('uses requestIdleCallback with the timeout when the browser has it', () => {
  const requestIdleCallback = vi.fn((callback: () => void) => {
    callback();
    return 1;
  });
  vi.stubGlobal('requestIdleCallback', requestIdleCallback);
  const task = vi.fn();
  whenIdle(task, 500);
  expect(requestIdleCallback).toHaveBeenCalledWith(expect.any(Function), { timeout: 500 });
  expect(task).toHaveBeenCalledTimes(1);
});

test('falls back to a short timer', () => {
  vi.stubGlobal('requestIdleCallback', undefined);
  vi.useFakeTimers();
  const task = vi.fn();
  whenIdle(task);
  expect(task).not.toHaveBeenCalled();
  vi.advanceTimersByTime(200);
  expect(task).toHaveBeenCalledTimes(1);
});
