/**
 * Seeded pseudo-random numbers, so that shuffles are reproducible: an exercise keeps its order
 * when the learner comes back, and tests see the same order every run.
 */

/** A function returning a float in [0, 1), like Math.random but deterministic. */
export type Rng = () => number;

/** Hashes a string to a 32-bit seed (FNV-1a), e.g. an exercise id. */
export function seedFromString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: tiny, fast and good enough for shuffling a dozen items. */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Returns a shuffled copy (Fisher–Yates) without touching the input. */
export function shuffle<T>(items: readonly T[], rng: Rng): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(rng() * (i + 1));
    const a = out[i] as T;
    out[i] = out[j] as T;
    out[j] = a;
  }
  return out;
}

/**
 * Shuffles so that the result differs from the input order whenever that is possible, because a
 * word-order or matching exercise shown already solved teaches nothing.
 */
export function shuffleAwayFromIdentity<T>(items: readonly T[], rng: Rng): T[] {
  if (items.length < 2) return items.slice();
  for (let attempt = 0; attempt < 8; attempt += 1) {
    const out = shuffle(items, rng);
    if (out.some((item, index) => item !== items[index])) return out;
  }
  // All items equal, or very unlucky: rotate by one.
  return [...items.slice(1), items[0] as T];
}
