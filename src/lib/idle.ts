/**
 * Runs `task` when the page is idle: after the screen has painted, so work that can wait (loading
 * the next screen's code, parsing the audio manifest, opening a database) never delays what the
 * learner is looking at. `timeoutMs` bounds the wait on a page that is never idle. Browsers without
 * requestIdleCallback (and tests) get a short timer.
 */
export function whenIdle(task: () => void, timeoutMs = 1000): void {
  if (typeof window !== 'undefined' && typeof window.requestIdleCallback === 'function') {
    window.requestIdleCallback(() => task(), { timeout: timeoutMs });
  } else {
    setTimeout(task, Math.min(timeoutMs, 200));
  }
}
