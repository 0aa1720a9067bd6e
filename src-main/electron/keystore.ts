import { safeStorage } from 'electron';
import type { WorkstationKeystore } from '../core/store/keyvault';

/** The OS keystore through Electron's safeStorage; null where the OS offers none (then the passphrase is asked). */
export function safeStorageKeystore(): WorkstationKeystore | null {
  if (!safeStorage.isEncryptionAvailable()) return null;
  return {
    encrypt: (plain) => safeStorage.encryptString(plain.toString('base64')),
    decrypt: (sealed) => Buffer.from(safeStorage.decryptString(sealed), 'base64'),
  };
}
