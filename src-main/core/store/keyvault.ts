import { randomBytes, randomInt } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, linkSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { t } from '../../../src-shared/i18n/ru';
import { AppError } from '../errors';
import { deriveKey, open, seal, strongScrypt } from './crypto';

/** The workstation's own keystore (Electron safeStorage in the app); absent in the CLI and the host. */
export interface WorkstationKeystore {
  encrypt(plain: Buffer): Buffer;
  decrypt(sealed: Buffer): Buffer;
}

export interface JournalSecrets {
  /** Raw 256-bit SQLCipher key of journal.db. */
  dbKey: Buffer;
  /** The college's secret: shared with paired workstations, keys authenticity tags. */
  collegeSecret: Buffer;
}

const sealedSchema = z.object({ iv: z.string(), tag: z.string(), data: z.string() });
const vaultSchema = z.object({
  format: z.literal(1),
  passphrase: z.object({
    kdf: z.literal('scrypt'),
    N: z.number().int(),
    r: z.number().int(),
    p: z.number().int(),
    salt: z.string(),
    box: sealedSchema,
  }),
  workstation: z.string().nullable(),
});
export type KeyVault = z.infer<typeof vaultSchema>;

const AAD = 'registrum-keyvault-v1';
const secretsSchema = z.object({ dbKey: z.string().length(64), collegeSecret: z.string().length(64) });

function encodeSecrets(s: JournalSecrets): Buffer {
  return Buffer.from(JSON.stringify({ dbKey: s.dbKey.toString('hex'), collegeSecret: s.collegeSecret.toString('hex') }));
}

function decodeSecrets(raw: Buffer): JournalSecrets {
  const parsed = secretsSchema.safeParse(JSON.parse(raw.toString('utf8')));
  if (!parsed.success) throw new AppError('integrity', t.errors.vaultDamaged);
  return { dbKey: Buffer.from(parsed.data.dbKey, 'hex'), collegeSecret: Buffer.from(parsed.data.collegeSecret, 'hex') };
}

export function newSecrets(): JournalSecrets {
  return { dbKey: randomBytes(32), collegeSecret: randomBytes(32) };
}

export async function sealVault(
  secrets: JournalSecrets,
  passphrase: string,
  keystore: WorkstationKeystore | null,
): Promise<KeyVault> {
  const salt = randomBytes(16);
  const kek = await deriveKey(passphrase, salt, strongScrypt);
  const plain = encodeSecrets(secrets);
  return {
    format: 1,
    passphrase: { kdf: 'scrypt', ...strongScrypt, salt: salt.toString('base64'), box: seal(kek, plain, AAD) },
    workstation: keystore ? keystore.encrypt(plain).toString('base64') : null,
  };
}

export async function unlockWithPassphrase(vault: KeyVault, passphrase: string): Promise<JournalSecrets> {
  const { N, r, p, salt, box } = vault.passphrase;
  const kek = await deriveKey(passphrase, Buffer.from(salt, 'base64'), { N, r, p });
  const plain = open(kek, box, AAD);
  if (!plain) throw new AppError('wrong_passphrase', t.errors.wrongPassphrase);
  return decodeSecrets(plain);
}

/** Null when this workstation did not wrap the key (a journal moved here, or no keystore). */
export function unlockWithWorkstation(vault: KeyVault, keystore: WorkstationKeystore): JournalSecrets | null {
  if (!vault.workstation) return null;
  try {
    return decodeSecrets(keystore.decrypt(Buffer.from(vault.workstation, 'base64')));
  } catch {
    return null;
  }
}

export function withWorkstationWrap(vault: KeyVault, secrets: JournalSecrets, keystore: WorkstationKeystore): KeyVault {
  return { ...vault, workstation: keystore.encrypt(encodeSecrets(secrets)).toString('base64') };
}

export function readVault(file: string): KeyVault {
  if (!existsSync(file)) throw new AppError('not_found', t.errors.vaultMissing);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    throw new AppError('integrity', t.errors.vaultDamaged);
  }
  const parsed = vaultSchema.safeParse(json);
  if (!parsed.success) throw new AppError('integrity', t.errors.vaultDamaged);
  return parsed.data;
}

/**
 * Written to a temporary file, flushed to disk and moved into place, so neither a crash nor a power cut leaves
 * half a vault (which would lose the database key). `createOnly` refuses to replace an existing vault.
 */
export function writeVault(file: string, vault: KeyVault, options: { createOnly?: boolean } = {}): void {
  const tmp = `${file}.${process.pid}.tmp`;
  const fd = openSync(tmp, 'w', 0o600);
  try {
    writeSync(fd, JSON.stringify(vault, null, 2));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    if (options.createOnly) {
      linkSync(tmp, file);
      unlinkSync(tmp);
    } else {
      renameSync(tmp, file);
    }
  } catch (err) {
    unlinkSync(tmp);
    if ((err as { code?: string }).code === 'EEXIST') throw new AppError('conflict', t.errors.alreadyInitialized);
    throw err;
  }
  syncDirectory(dirname(file));
}

function syncDirectory(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Some platforms (Windows) cannot open a directory; the rename is as durable as they make it.
  }
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Six groups of five Crockford base32 characters: 150 bits, readable aloud, no look-alike letters. */
export function generateRecoveryPassphrase(): string {
  const groups: string[] = [];
  for (let g = 0; g < 6; g++) {
    let group = '';
    for (let i = 0; i < 5; i++) group += CROCKFORD[randomInt(CROCKFORD.length)];
    groups.push(group);
  }
  return groups.join('-');
}
