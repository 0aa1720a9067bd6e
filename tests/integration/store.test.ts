import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../src-main/core/app';
import { loadDemoCollege } from '../../src-main/core/demo/loader';
import { AppError } from '../../src-main/core/errors';
import { openConnection } from '../../src-main/core/store/connection';
import { createStore, openStoreWithKeystore, openStoreWithPassphrase } from '../../src-main/core/store/journal-files';
import type { WorkstationKeystore } from '../../src-main/core/store/keyvault';
import { latestSchemaVersion, migrate, schemaVersion } from '../../src-main/core/store/migrate';
import { migrations } from '../../src-main/core/store/migrations';
import { OpLog } from '../../src-main/core/oplog/oplog';
import { userEntity } from '../../src-main/core/auth/users';
import { newJournal, passphrase } from '../helpers/journal';
import { tempDir } from '../helpers/temp';
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** A real keystore standing in for the OS one: AES-GCM under a key only this object holds. */
function memoryKeystore(): WorkstationKeystore {
  const key = randomBytes(32);
  return {
    encrypt(plain) {
      const iv = randomBytes(12);
      const c = createCipheriv('aes-256-gcm', key, iv);
      const data = Buffer.concat([c.update(plain), c.final()]);
      return Buffer.concat([iv, c.getAuthTag(), data]);
    },
    decrypt(sealed) {
      const d = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, 12));
      d.setAuthTag(sealed.subarray(12, 28));
      return Buffer.concat([d.update(sealed.subarray(28)), d.final()]);
    },
  };
}

describe('encrypted store', () => {
  it('reveals nothing in the raw files: no SQLite header, no schema text, no names', async () => {
    const t = await newJournal();
    const j = t.core.openJournal();
    await loadDemoCollege(j, t.adminId, 'small');
    const someone = j.db.prepare("SELECT full_name FROM users WHERE login <> 'admin' LIMIT 1").get() as { full_name: string };
    const walFile = join(t.dir, 'journal.db-wal');
    const walBefore = existsSync(walFile) ? readFileSync(walFile) : Buffer.alloc(0);
    j.db.pragma('wal_checkpoint(TRUNCATE)');
    t.core.close();
    const raw = readFileSync(join(t.dir, 'journal.db'));
    for (const file of [raw, walBefore]) {
      expect(file.includes(Buffer.from('SQLite format 3'))).toBe(false);
      for (const text of ['CREATE TABLE', 'users', 'password_hash', 'Тестовый колледж', someone.full_name, 'admin']) {
        expect(file.includes(Buffer.from(text, 'utf8')), `found «${text}»`).toBe(false);
      }
    }
    expect(raw.length).toBeGreaterThan(4096);
  });

  it('opens with the passphrase and refuses a wrong one, changing nothing', async () => {
    const dir = tempDir();
    const store = await createStore(dir, passphrase, null);
    store.db.close();
    const vaultBefore = readFileSync(join(dir, 'keyvault.json'), 'utf8');
    await expect(openStoreWithPassphrase(dir, 'совсем другая фраза', null)).rejects.toMatchObject({
      code: 'wrong_passphrase',
      message: 'Неверная парольная фраза восстановления',
    });
    expect(readFileSync(join(dir, 'keyvault.json'), 'utf8')).toBe(vaultBefore);
    const again = await openStoreWithPassphrase(dir, passphrase, null);
    expect(again.nodeId).toBe(store.nodeId);
    again.db.close();
  });

  it('is unwrapped by the workstation keystore too, and wraps itself for a new workstation after a passphrase unlock', async () => {
    const dir = tempDir();
    const first = memoryKeystore();
    (await createStore(dir, passphrase, first)).db.close();
    const reopened = openStoreWithKeystore(dir, first);
    expect(reopened).not.toBeNull();
    reopened!.db.close();

    const otherMachine = memoryKeystore();
    expect(openStoreWithKeystore(dir, otherMachine)).toBeNull();
    (await openStoreWithPassphrase(dir, passphrase, otherMachine)).db.close();
    const now = openStoreWithKeystore(dir, otherMachine);
    expect(now).not.toBeNull();
    now!.db.close();
  });

  it('detects a tampered key vault', async () => {
    const dir = tempDir();
    (await createStore(dir, passphrase, null)).db.close();
    const file = join(dir, 'keyvault.json');
    const vault = JSON.parse(readFileSync(file, 'utf8')) as { passphrase: { box: { data: string } } };
    const data = Buffer.from(vault.passphrase.box.data, 'base64');
    data[0] = data[0]! ^ 1;
    vault.passphrase.box.data = data.toString('base64');
    writeFileSync(file, JSON.stringify(vault));
    await expect(openStoreWithPassphrase(dir, passphrase, null)).rejects.toBeInstanceOf(AppError);
    writeFileSync(file, '{ not json');
    await expect(openStoreWithPassphrase(dir, passphrase, null)).rejects.toMatchObject({ code: 'integrity' });
  });

  it('refuses to create a journal over an existing one', async () => {
    const dir = tempDir();
    (await createStore(dir, passphrase, null)).db.close();
    await expect(createStore(dir, passphrase, null)).rejects.toMatchObject({ code: 'conflict', message: 'Журнал уже создан в этой папке' });
  });

  it('refuses a file that is not this journal', () => {
    const dir = tempDir();
    const file = join(dir, 'journal.db');
    const db = openConnection(file, randomBytes(32));
    db.exec('CREATE TABLE x (y)');
    db.close();
    expect(() => openConnection(file, randomBytes(32))).toThrowError(/Ключ не подходит/);
  });
});

describe('migrations', () => {
  it('applies every migration from an empty database, recording the version', () => {
    const db = new Database(':memory:');
    expect(migrate(db)).toEqual({ from: 0, to: latestSchemaVersion });
    expect(schemaVersion(db)).toBe(migrations.length);
    expect(migrate(db)).toEqual({ from: latestSchemaVersion, to: latestSchemaVersion });
  });

  it('refuses a database made by a newer version, untouched, with a message naming both versions', async () => {
    const t = await newJournal();
    const j = t.core.openJournal();
    j.db.pragma(`user_version = ${latestSchemaVersion + 3}`);
    t.core.close();
    const core = createCore({ dataDir: t.dir });
    await expect(core.unlock(passphrase)).rejects.toThrowError(
      `Журнал создан более новой версией Registrum (схема ${latestSchemaVersion + 3}); эта версия понимает схему не новее ${latestSchemaVersion}. Обновите приложение.`,
    );
    expect(core.status().state).toBe('locked');
  });

  it('brings a journal made at every past schema version, with data in it, to the current one', () => {
    for (let version = 1; version < migrations.length; version++) {
      const db = new Database(':memory:');
      migrate(db, migrations.slice(0, version));
      const log = new OpLog(db, 'old-node', Date.now);
      log.registerEntity(userEntity);
      log.commit('someone', [{ entity: 'user', entityId: 'u1', field: 'login', value: 'old.user' }]);
      expect(migrate(db)).toEqual({ from: version, to: latestSchemaVersion });
      expect(db.prepare('SELECT login FROM users').all()).toEqual([{ login: 'old.user' }]);
      const reopened = new OpLog(db, 'old-node', Date.now);
      expect(reopened.versionVector()).toEqual({ 'old-node': 1 });
    }
  });

  it('rolls back a failing migration and keeps the previous version', () => {
    const db = new Database(':memory:');
    migrate(db);
    const broken = [...migrations, { version: migrations.length + 1, tag: 'broken', sql: 'CREATE TABLE t1 (a);\n--> statement-breakpoint\nNOT SQL' }];
    expect(() => migrate(db, broken)).toThrow();
    expect(schemaVersion(db)).toBe(migrations.length);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 't1'").get()).toEqual({ n: 0 });
  });

  it('uses the intended index to find a field\'s winning op', () => {
    const db = new Database(':memory:');
    migrate(db);
    const plan = db
      .prepare(
        'EXPLAIN QUERY PLAN SELECT hlc, node_id FROM ops WHERE entity = ? AND entity_id = ? AND field = ? AND void = 0 ORDER BY hlc DESC, node_id DESC LIMIT 1',
      )
      .all('user', 'x', 'login') as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/ops_field_order/);
  });
});
