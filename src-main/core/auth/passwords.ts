import { randomBytes, timingSafeEqual } from 'node:crypto';
import { deriveKey, strongScrypt, type ScryptParams } from '../store/crypto';

/** Stored as `scrypt$N$r$p$salt$hash` so the cost can be raised later without breaking old hashes. */
export async function hashPassword(password: string, params: ScryptParams = strongScrypt): Promise<string> {
  const salt = randomBytes(16);
  const hash = await deriveKey(password, salt, params);
  return ['scrypt', params.N, params.r, params.p, salt.toString('base64'), hash.toString('base64')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [kind, n, r, p, salt, hash] = stored.split('$');
  if (kind !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = await deriveKey(password, Buffer.from(salt, 'base64'), { N: Number(n), r: Number(r), p: Number(p) }, expected.length);
  return timingSafeEqual(expected, actual);
}

let dummyHash: Promise<string> | null = null;

/** Checks a password against nothing, at the same cost as a real check: an unknown login takes as long as a known one. */
export async function spendVerification(password: string): Promise<false> {
  dummyHash ??= hashPassword('registrum-dummy-password');
  await verifyPassword(password, await dummyHash);
  return false;
}
