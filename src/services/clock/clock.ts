/** Time as a service, so tests and e2e can inject a clock. */
export interface Clock {
  /** Epoch milliseconds. */
  now(): number;
}

/** The real clock. A test may set `window.__EN_AVANT_NOW__` (epoch ms) to pin time in e2e runs. */
export const systemClock: Clock = {
  now: () => {
    const pinned = (globalThis as { __EN_AVANT_NOW__?: number }).__EN_AVANT_NOW__;
    return typeof pinned === 'number' ? pinned : Date.now();
  },
};

/** A clock that only moves when told to. */
export function createFakeClock(start: number): Clock & { advance(ms: number): void } {
  let current = start;
  return {
    now: () => current,
    advance: (ms) => {
      current += ms;
    },
  };
}
