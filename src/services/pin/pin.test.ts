import { describe, expect, test } from 'vitest';
import { hashPin, isValidPin, verifyPin } from './pin';

describe('PIN hashing', () => {
  test('only four digits make a PIN', () => {
    expect(isValidPin('0042')).toBe(true);
    expect(isValidPin('42')).toBe(false);
    expect(isValidPin('12a4')).toBe(false);
    expect(isValidPin('12345')).toBe(false);
  });

  test('the hash is salted, never the PIN, and verifies only the right PIN', async () => {
    const first = await hashPin('1234', 1000);
    const second = await hashPin('1234', 1000);
    expect(first.hashB64).not.toContain('1234');
    expect(first.saltB64).not.toBe(second.saltB64);
    expect(first.hashB64).not.toBe(second.hashB64);
    expect(await verifyPin('1234', first)).toBe(true);
    expect(await verifyPin('1235', first)).toBe(false);
  });
});
