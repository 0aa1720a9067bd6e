import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { t } from '../../../src-shared/i18n/ru';
import { AppError } from '../errors';
import { openConnection, type Db } from './connection';
import {
  newSecrets,
  readVault,
  sealVault,
  unlockWithPassphrase,
  unlockWithWorkstation,
  withWorkstationWrap,
  writeVault,
  type JournalSecrets,
  type WorkstationKeystore,
} from './keyvault';
import { migrate } from './migrate';

export const journalFileName = 'journal.db';
export const vaultFileName = 'keyvault.json';

export interface OpenedStore {
  db: Db;
  dataDir: string;
  nodeId: string;
  secrets: JournalSecrets;
}

export type StoreState = 'uninitialized' | 'locked';

export function storeState(dataDir: string): StoreState {
  return existsSync(join(dataDir, journalFileName)) ? 'locked' : 'uninitialized';
}

/** Removes a journal that was just created and never handed out (a first run that failed midway). */
export function removeStore(dataDir: string): void {
  for (const name of [journalFileName, `${journalFileName}-wal`, `${journalFileName}-shm`, vaultFileName]) {
    rmSync(join(dataDir, name), { force: true });
  }
}

export function requireDataDir(dataDir: string): void {
  if (!existsSync(dataDir) || !statSync(dataDir).isDirectory()) throw new AppError('not_found', t.errors.dataDirMissing(dataDir));
}

/** Creates a new journal: secrets, vault (by passphrase and, when present, by the workstation), database, node id. */
export async function createStore(
  dataDir: string,
  passphrase: string,
  keystore: WorkstationKeystore | null,
): Promise<OpenedStore> {
  mkdirSync(dataDir, { recursive: true });
  if (storeState(dataDir) !== 'uninitialized') throw new AppError('conflict', t.errors.alreadyInitialized);
  const secrets = newSecrets();
  writeVault(join(dataDir, vaultFileName), await sealVault(secrets, passphrase, keystore), { createOnly: true });
  try {
    return openWithSecrets(dataDir, secrets);
  } catch (err) {
    removeStore(dataDir);
    throw err;
  }
}

export async function openStoreWithPassphrase(
  dataDir: string,
  passphrase: string,
  keystore: WorkstationKeystore | null,
): Promise<OpenedStore> {
  requireDataDir(dataDir);
  if (storeState(dataDir) === 'uninitialized') throw new AppError('not_found', t.errors.notInitialized);
  const vaultFile = join(dataDir, vaultFileName);
  const vault = readVault(vaultFile);
  const secrets = await unlockWithPassphrase(vault, passphrase);
  const store = openWithSecrets(dataDir, secrets);
  // A journal brought to this workstation with the passphrase opens without it from now on.
  if (keystore && !unlockWithWorkstation(vault, keystore)) writeVault(vaultFile, withWorkstationWrap(vault, secrets, keystore));
  return store;
}

/** Null when this workstation's keystore cannot unwrap the key: ask for the recovery passphrase. */
export function openStoreWithKeystore(dataDir: string, keystore: WorkstationKeystore): OpenedStore | null {
  if (storeState(dataDir) === 'uninitialized') return null;
  const secrets = unlockWithWorkstation(readVault(join(dataDir, vaultFileName)), keystore);
  return secrets ? openWithSecrets(dataDir, secrets) : null;
}

function openWithSecrets(dataDir: string, secrets: JournalSecrets): OpenedStore {
  const db = openConnection(join(dataDir, journalFileName), secrets.dbKey);
  try {
    migrate(db);
    return { db, dataDir, nodeId: ensureNodeId(db), secrets };
  } catch (err) {
    db.close();
    throw err;
  }
}

function ensureNodeId(db: Db): string {
  const row = db.prepare("SELECT value FROM local_meta WHERE key = 'node_id'").get() as { value: string } | undefined;
  if (row) return row.value;
  const nodeId = uuidv7();
  db.prepare("INSERT INTO local_meta (key, value) VALUES ('node_id', ?)").run(nodeId);
  return nodeId;
}
