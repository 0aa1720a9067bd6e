import type { Statement } from 'better-sqlite3';
import type { Db } from '../store/connection';
import { hlcToIso } from './hlc';
import type { StoredOp } from './types';

export type FieldKind = 'text' | 'int' | 'bool' | 'json';

/** How ops of one entity land in its materialized table: op field name = column name. */
export interface EntityDef {
  entity: string;
  table: string;
  fields: Record<string, FieldKind>;
  /** Columns that may hold NULL; a null for any other column lands as its kind's empty value. */
  nullable?: readonly string[];
}

type SqlValue = string | number | null;

const emptyValue: Record<FieldKind, SqlValue> = { text: '', int: 0, bool: 0, json: 'null' };

/** The kind of a field this entity defines; ops of other fields (a newer app's) are kept in the log, not materialized. */
export function fieldKind(def: EntityDef, field: string): FieldKind | undefined {
  return Object.hasOwn(def.fields, field) ? def.fields[field] : undefined;
}

/** Never throws: a value a peer sent that does not fit must not block every later op of the batch. */
function toSql(def: EntityDef, field: string, kind: FieldKind, json: string): SqlValue {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    value = null;
  }
  if (value === null || value === undefined) return def.nullable?.includes(field) ? null : emptyValue[kind];
  switch (kind) {
    case 'bool':
      return value ? 1 : 0;
    case 'int': {
      const n = typeof value === 'number' ? value : Number(value);
      return Number.isFinite(n) ? n : 0;
    }
    case 'json':
      return JSON.stringify(value);
    case 'text':
      return typeof value === 'string' ? value : JSON.stringify(value);
  }
}

/** Writes winning field values into materialized tables; rebuilds an entity from its valid ops when validity changes. */
export class Materializer {
  private readonly defs = new Map<string, EntityDef>();
  private readonly statements = new Map<string, Statement<unknown[]>>();

  constructor(private readonly db: Db) {}

  register(def: EntityDef): void {
    this.defs.set(def.entity, def);
  }

  definition(entity: string): EntityDef | undefined {
    return this.defs.get(entity);
  }

  /** The op wins its field: write the value and widen the row's created/updated times. */
  writeField(op: StoredOp): void {
    const def = this.defs.get(op.entity);
    const kind = def && fieldKind(def, op.field);
    if (!def || !kind) return;
    const at = hlcToIso(op.hlc);
    this.statement(`field:${def.table}:${op.field}`, () =>
      `INSERT INTO ${def.table} (id, ${op.field}, created_at, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT(id) DO UPDATE SET ${op.field} = excluded.${op.field},
         created_at = min(created_at, excluded.created_at), updated_at = max(updated_at, excluded.updated_at)`,
    ).run(op.entityId, toSql(def, op.field, kind, op.value), at, at);
  }

  /** A new row from its entity's first ops, all at once (a bulk load): one insert instead of one per field. */
  writeRow(entity: string, entityId: string, ops: readonly StoredOp[]): void {
    const def = this.defs.get(entity);
    if (!def) return;
    const latest = new Map<string, StoredOp>();
    for (const op of ops) {
      const seen = latest.get(op.field);
      if (fieldKind(def, op.field) && (!seen || op.hlc > seen.hlc)) latest.set(op.field, op);
    }
    if (latest.size === 0) return;
    const columns = [...latest.keys()];
    const times = ops.map((o) => o.hlc).sort();
    this.statement(`row:${def.table}:${columns.join(',')}`, () =>
      `INSERT INTO ${def.table} (id, created_at, updated_at${columns.map((c) => `, ${c}`).join('')}) VALUES (?, ?, ?${columns.map(() => ', ?').join('')})`,
    ).run(entityId, hlcToIso(times[0]!), hlcToIso(times.at(-1)!), ...columns.map((c) => toSql(def, c, fieldKind(def, c)!, latest.get(c)!.value)));
  }

  /** The op lost its field to a later one: it still counts for the row's created/updated times. */
  touch(op: StoredOp): void {
    const def = this.defs.get(op.entity);
    if (!def || !fieldKind(def, op.field)) return;
    const at = hlcToIso(op.hlc);
    this.statement(`touch:${def.table}`, () =>
      `UPDATE ${def.table} SET created_at = min(created_at, ?), updated_at = max(updated_at, ?) WHERE id = ?`,
    ).run(at, at, op.entityId);
  }

  /**
   * Rebuilds one row from the valid ops alone; removes it when none is left. Materialized tables carry no
   * foreign keys (ops arrive in any order), so replacing the row cannot cascade.
   */
  rematerialize(entity: string, entityId: string): void {
    const def = this.defs.get(entity);
    if (!def) return;
    const rows = (
      this.statement('valid-ops', () =>
        `SELECT field, value, hlc FROM ops WHERE entity = ? AND entity_id = ? AND void = 0 ORDER BY field, hlc DESC, node_id DESC`,
      ).all(entity, entityId) as { field: string; value: string; hlc: string }[]
    ).filter((r) => fieldKind(def, r.field));
    this.statement(`delete:${def.table}`, () => `DELETE FROM ${def.table} WHERE id = ?`).run(entityId);
    if (rows.length === 0) return;
    const winners = new Map<string, string>();
    let first = rows[0]!.hlc;
    let last = rows[0]!.hlc;
    for (const r of rows) {
      if (!winners.has(r.field)) winners.set(r.field, r.value);
      if (r.hlc < first) first = r.hlc;
      if (r.hlc > last) last = r.hlc;
    }
    const columns = [...winners.keys()];
    const values = columns.map((c) => toSql(def, c, fieldKind(def, c)!, winners.get(c)!));
    this.db
      .prepare(
        `INSERT INTO ${def.table} (id, created_at, updated_at${columns.map((c) => `, ${c}`).join('')})
         VALUES (?, ?, ?${columns.map(() => ', ?').join('')})`,
      )
      .run(entityId, hlcToIso(first), hlcToIso(last), ...values);
  }

  private statement(key: string, sql: () => string): Statement<unknown[]> {
    let s = this.statements.get(key);
    if (!s) {
      s = this.db.prepare<unknown[]>(sql());
      this.statements.set(key, s);
    }
    return s;
  }
}
