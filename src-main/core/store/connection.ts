import Database from 'better-sqlite3';
import { t } from '../../../src-shared/i18n/ru';
import { AppError } from '../errors';

export type Db = Database.Database;

/**
 * Where the native module lives when it is not the Node build in node_modules: the Electron shell sets this to
 * its Electron-ABI build before opening any journal.
 */
let nativeBinding: string | undefined;

export function useNativeBinding(path: string | undefined): void {
  nativeBinding = path;
}

/** SQLCipher 4's page size; the plain file of the benchmark uses the same, so the two differ only by the cipher. */
const pageSize = 4096;

/**
 * Opens journal.db. With a key it is a SQLCipher 4 file (readable by stock SQLCipher with the same raw key);
 * `key: null` exists only so the benchmark can compare against a plain file.
 */
export function openConnection(file: string, key: Buffer | null): Db {
  const db = new Database(file, nativeBinding ? { nativeBinding } : {});
  try {
    if (key) {
      // Order matters: cipher, then key, before any query.
      db.pragma("cipher='sqlcipher'");
      db.pragma('legacy=4');
      db.pragma(`key="x'${key.toString('hex')}'"`);
    } else {
      db.pragma(`page_size = ${pageSize}`);
    }
    // A wrong key still answers the key pragma; the first read is what fails.
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (err) {
    db.close();
    if (err instanceof Error && /not a database|SQLITE_NOTADB/i.test(`${err.message} ${(err as { code?: string }).code ?? ''}`)) {
      throw new AppError('wrong_passphrase', t.errors.databaseKeyMismatch);
    }
    throw err;
  }
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // Every page read from disk is decrypted and checked: a cache that holds the working set keeps that rare.
  db.pragma('cache_size = -262144');
  // Checkpoint every ~40 MiB of WAL rather than every 4 MiB: each checkpoint passes the pages through the cipher
  // twice more (read from the WAL, written to the file), and SQLCipher's per-page HMAC is the cost of encryption.
  db.pragma(`wal_autocheckpoint = ${Math.round((40 * 1024 * 1024) / pageSize)}`);
  return db;
}

/**
 * Runs a bulk load (a sync catching up, a restore) with automatic checkpoints off and checkpoints once at the end:
 * every page then passes through the cipher into the main file once, not once per checkpoint it was dirty in.
 */
export function withDeferredCheckpoint<T>(db: Db, work: () => T): T {
  const previous = db.pragma('wal_autocheckpoint', { simple: true }) as number;
  db.pragma('wal_autocheckpoint = 0');
  try {
    return work();
  } finally {
    db.pragma(`wal_autocheckpoint = ${previous}`);
    db.pragma('wal_checkpoint(TRUNCATE)');
  }
}
