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
  // Random-looking keys and a small page cache are what make encryption expensive: give it room.
  db.pragma('cache_size = -65536');
  return db;
}
