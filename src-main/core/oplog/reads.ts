import type { Db } from '../store/connection';
import { cachedStatement } from '../store/statements';
import { rowToStoredOp, type OpRow } from './oplog';
import type { StoredOp } from './types';

/**
 * Reads of the op log for validity rules: they see the set of ops, never the materialized tables (whose state
 * depends on the order ops arrived in). Each read goes through the index ops_field_order.
 */
export const opStatement = cachedStatement;

function parse(value: string | undefined): unknown {
  if (value === undefined) return undefined;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return undefined;
  }
}

/** The value of a field's latest valid op at or before `hlc`: what the field held at that moment. */
export function valueAsOf(db: Db, entity: string, entityId: string, field: string, hlc: string): unknown {
  const row = opStatement(
    db,
    'SELECT value FROM ops WHERE entity = ? AND entity_id = ? AND field = ? AND hlc <= ? AND void = 0 ORDER BY hlc DESC, node_id DESC LIMIT 1',
  ).get(entity, entityId, field, hlc) as { value: string } | undefined;
  return parse(row?.value);
}

/**
 * Whether `op` changes what its field means to a rule (`meaning`: privileged or not, a number of days) compared
 * with the valid op before it. When it does not, no op judged by that field can change verdict, and a rule spares
 * itself the search for them. An op sharing its time with another of the field counts as a change.
 */
export function changesMeaning(db: Db, op: StoredOp, meaning: (value: unknown) => unknown): boolean {
  const tie = opStatement(db, 'SELECT 1 FROM ops WHERE entity = ? AND entity_id = ? AND field = ? AND hlc = ? AND op_id != ? LIMIT 1').get(
    op.entity,
    op.entityId,
    op.field,
    op.hlc,
    op.opId,
  );
  if (tie !== undefined) return true;
  const before = opStatement(
    db,
    'SELECT value FROM ops WHERE entity = ? AND entity_id = ? AND field = ? AND hlc < ? AND void = 0 ORDER BY hlc DESC, node_id DESC LIMIT 1',
  ).get(op.entity, op.entityId, op.field, op.hlc) as { value: string } | undefined;
  return meaning(parse(before?.value)) !== meaning(parse(op.value));
}

/**
 * The value of a field written once at creation (a cell's lesson, a lesson's period), void or not: every replica
 * writes the same value, and whether the entity's other ops are void must not hang on these ops' own verdict.
 */
export function writtenOnce(db: Db, entity: string, entityId: string, field: string): string | undefined {
  const row = opStatement(db, 'SELECT value FROM ops WHERE entity = ? AND entity_id = ? AND field = ? ORDER BY hlc, node_id LIMIT 1').get(
    entity,
    entityId,
    field,
  ) as { value: string } | undefined;
  const value = parse(row?.value);
  return typeof value === 'string' ? value : undefined;
}

/** Every stored op of an entity, but those of one field (the fact that asks). */
export function opsOfEntity(db: Db, entity: string, entityId: string, exceptField: string): StoredOp[] {
  return (opStatement(db, 'SELECT * FROM ops WHERE entity = ? AND entity_id = ? AND field != ?').all(entity, entityId, exceptField) as OpRow[]).map(
    rowToStoredOp,
  );
}

/** The ops of an entity at or after `hlc`. */
export function opsOfEntitySince(db: Db, entity: string, entityId: string, hlc: string): StoredOp[] {
  return (opStatement(db, 'SELECT * FROM ops WHERE entity = ? AND entity_id = ? AND hlc >= ?').all(entity, entityId, hlc) as OpRow[]).map(rowToStoredOp);
}
