/**
 * PINs are never stored: PBKDF2-SHA-256 over the PIN with a random 16-byte salt (Web Crypto). A
 * 4-digit PIN only keeps one learner from opening another's profile by mistake on a shared phone;
 * it is not a security boundary (anyone with the phone can read IndexedDB), which is why a
 * forgotten PIN simply means an instructor removes the profile.
 */
/** A salted PIN hash, as stored in the profile row (same shape as `PinHash` in db/schema.ts). */
export interface PinHash {
  saltB64: string;
  hashB64: string;
  iterations: number;
}

/** PBKDF2 iterations: enough to make guessing slow, quick enough on a cheap phone (~100 ms). */
export const PIN_ITERATIONS = 100_000;

/** Whether a string is a valid PIN: exactly four digits. */
export function isValidPin(pin: string): boolean {
  return /^\d{4}$/.test(pin);
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) out[i] = binary.charCodeAt(i);
  return out;
}

async function derive(pin: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<string> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, 256);
  return toBase64(new Uint8Array(bits));
}

/** Hashes a PIN with a new random salt. */
export async function hashPin(pin: string, iterations = PIN_ITERATIONS): Promise<PinHash> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  return { saltB64: toBase64(salt), hashB64: await derive(pin, salt, iterations), iterations };
}

/** Whether a PIN matches a stored hash (constant-time comparison of the derived bits). */
export async function verifyPin(pin: string, stored: PinHash): Promise<boolean> {
  const derived = await derive(pin, fromBase64(stored.saltB64), stored.iterations);
  if (derived.length !== stored.hashB64.length) return false;
  let diff = 0;
  for (let i = 0; i < derived.length; i += 1) diff |= derived.charCodeAt(i) ^ stored.hashB64.charCodeAt(i);
  return diff === 0;
}
