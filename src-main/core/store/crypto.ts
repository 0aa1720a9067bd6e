import { createCipheriv, createDecipheriv, randomBytes, scrypt as scryptCb } from 'node:crypto';
import { promisify } from 'node:util';
import { Semaphore } from '../keyed-queue';

const scryptAsync = promisify(scryptCb) as (
  password: string | Buffer,
  salt: Buffer,
  keylen: number,
  options: { N: number; r: number; p: number; maxmem: number },
) => Promise<Buffer>;

export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

/** OWASP's recommended scrypt cost (2^17, 8, 1): about 128 MiB and a few hundred ms per derivation. */
export const strongScrypt: ScryptParams = { N: 2 ** 17, r: 8, p: 1 };

/** Each derivation takes ~128 MiB: a flood of login attempts must queue, not exhaust memory. */
const derivations = new Semaphore(2);

export function deriveKey(secret: string, salt: Buffer, params: ScryptParams, length = 32): Promise<Buffer> {
  const maxmem = 128 * params.N * params.r * params.p + 64 * 1024 * 1024;
  return derivations.run(() => scryptAsync(secret.normalize('NFC'), salt, length, { ...params, maxmem }));
}

export interface Sealed {
  iv: string;
  tag: string;
  data: string;
}

/** AES-256-GCM: confidentiality and integrity; `aad` binds the box to its purpose. */
export function seal(key: Buffer, plain: Buffer, aad: string): Sealed {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(aad));
  const data = Buffer.concat([cipher.update(plain), cipher.final()]);
  return { iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64'), data: data.toString('base64') };
}

/** Returns null when the key is wrong or the box was altered. */
export function open(key: Buffer, box: Sealed, aad: string): Buffer | null {
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(box.iv, 'base64'));
    decipher.setAAD(Buffer.from(aad));
    decipher.setAuthTag(Buffer.from(box.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(box.data, 'base64')), decipher.final()]);
  } catch {
    return null;
  }
}
