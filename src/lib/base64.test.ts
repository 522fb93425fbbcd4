import { expect, test } from 'vitest';
import { base64ToBytes, bytesToBase64 } from './base64';

test('round-trips bytes, including long arrays', () => {
  const bytes = new Uint8Array(100_000).map((_, index) => (index * 7) % 256);
  expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
  expect(bytesToBase64(new Uint8Array([0, 1, 2]))).toBe('AAEC');
});
