import { describe, expect, test } from 'vitest';
import { createRng, seedFromString, shuffle, shuffleAwayFromIdentity } from './rng';

describe('seeded rng', () => {
  test('same seed gives the same sequence', () => {
    const a = createRng(42);
    const b = createRng(42);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });

  test('values stay in [0, 1)', () => {
    const rng = createRng(seedFromString('v1.u00.l01.ex01'));
    for (let i = 0; i < 1000; i += 1) {
      const value = rng();
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
  });

  test('different ids give different seeds', () => {
    expect(seedFromString('v1.u00.l01.ex01')).not.toBe(seedFromString('v1.u00.l01.ex02'));
  });

  test('shuffle keeps every item and is reproducible', () => {
    const items = ['je', 'suis', 'le', 'sergent', 'Okafor'];
    const first = shuffle(items, createRng(7));
    expect([...first].sort()).toEqual([...items].sort());
    expect(shuffle(items, createRng(7))).toEqual(first);
    expect(items).toEqual(['je', 'suis', 'le', 'sergent', 'Okafor']);
  });

  test('shuffleAwayFromIdentity never returns the original order', () => {
    for (let seed = 0; seed < 200; seed += 1) {
      const out = shuffleAwayFromIdentity(['a', 'b'], createRng(seed));
      expect(out).toEqual(['b', 'a']);
    }
  });
});
