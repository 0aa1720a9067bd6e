import { safeStorage } from 'electron';
import type { WorkstationKeystore } from '../core/store/keyvault';

/**
 * The OS keystore through Electron's safeStorage; null where the OS offers none, so the recovery passphrase is
 * asked instead. On Linux without a keyring safeStorage falls back to a fixed key ("basic_text"): that protects
 * nothing, so it counts as none.
 */
export function safeStorageKeystore(): WorkstationKeystore | null {
  if (!safeStorage.isEncryptionAvailable()) return null;
  if (process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') return null;
  return {
    encrypt: (plain) => safeStorage.encryptString(plain.toString('base64')),
    decrypt: (sealed) => Buffer.from(safeStorage.decryptString(sealed), 'base64'),
  };
}
