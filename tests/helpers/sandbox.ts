import { OpLog } from '../../src-main/core/oplog/oplog';
import type { StoredOp } from '../../src-main/core/oplog/types';
import type { ValidityRule } from '../../src-main/core/oplog/validity';
import { openConnection, type Db } from '../../src-main/core/store/connection';
import { migrate } from '../../src-main/core/store/migrate';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { rowToStoredOp, type OpRow } from '../../src-main/core/oplog/oplog';

/**
 * A test-only entity and validity rule that prove the void mechanism before the real rules (period closing,
 * compromised credentials) exist: a `freeze` of a note voids every edit to that note at or after its time.
 */
export const noteEntity = { entity: 'note', table: 'notes', fields: { title: 'text', body: 'text', stars: 'int' } } as const;
export const freezeEntity = { entity: 'freeze', table: 'freezes', fields: { from_hlc: 'text' } } as const;

export const freezeRule: ValidityRule = {
  name: 'freeze',
  isVoid(op: StoredOp, db: Db): boolean {
    if (op.entity !== 'note') return false;
    const hit = db
      .prepare("SELECT 1 FROM ops WHERE entity = 'freeze' AND entity_id = ? AND field = 'from_hlc' AND void = 0 AND json_extract(value, '$') <= ? LIMIT 1")
      .get(op.entityId, op.hlc);
    return hit !== undefined;
  },
  affectedBy(op: StoredOp, db: Db): StoredOp[] {
    if (op.entity !== 'freeze') return [];
    return (db.prepare("SELECT * FROM ops WHERE entity = 'note' AND entity_id = ?").all(op.entityId) as OpRow[]).map(rowToStoredOp);
  },
};

export interface SandboxStore {
  db: Db;
  oplog: OpLog;
  nodeId: string;
}

/** A real encrypted journal file with the sandbox tables, its own node id and clock. */
export function sandboxStore(dir: string, nodeId: string, now: () => number, encrypted = true): SandboxStore {
  const db = openConnection(join(dir, `${nodeId}.db`), encrypted ? randomBytes(32) : null);
  migrate(db);
  db.exec(`CREATE TABLE notes (id TEXT PRIMARY KEY, title TEXT, body TEXT, stars INTEGER, created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
           CREATE TABLE freezes (id TEXT PRIMARY KEY, from_hlc TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL);`);
  const oplog = new OpLog(db, nodeId, now);
  oplog.registerEntity({ ...noteEntity, fields: { ...noteEntity.fields } });
  oplog.registerEntity({ ...freezeEntity, fields: { ...freezeEntity.fields } });
  oplog.registerRule(freezeRule);
  return { db, oplog, nodeId };
}

export function notes(db: Db): unknown[] {
  return db.prepare('SELECT id, title, body, stars, created_at, updated_at FROM notes ORDER BY id').all();
}
