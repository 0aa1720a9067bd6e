import { rowToStoredOp, type OpRow } from '../oplog/oplog';
import { opStatement, opsOfEntity, valueAsOf, writtenOnce } from '../oplog/reads';
import type { StoredOp } from '../oplog/types';
import type { ValidityRule } from '../oplog/validity';
import type { Db } from '../store/connection';

/** The entities a closed period freezes; each carries its period in a `period_id` written at creation. */
export const periodBoundEntities = ['lesson', 'cell', 'final'] as const;
const bound: ReadonlySet<string> = new Set(periodBoundEntities);

function ownValue(op: StoredOp): string | undefined {
  try {
    const value: unknown = JSON.parse(op.value);
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Whether the period was closed at that moment: its latest valid `closed` op at or before `hlc` says so. */
export function closedAt(db: Db, periodId: string, hlc: string): boolean {
  return valueAsOf(db, 'period_lock', periodId, 'closed', hlc) === true;
}

/**
 * A closed period: an op on a lesson, cell or final of a period that was closed at the op's time is void. Reopening
 * (closed = false, later) lets later ops through again, and only those: an edit made while the period stood closed
 * stays void on every replica, whenever it arrives.
 */
export const periodClosedRule: ValidityRule = {
  name: 'period-closed',
  isVoid(op: StoredOp, db: Db): boolean {
    if (!bound.has(op.entity)) return false;
    // A `period_id` op is judged before it is stored: it names its period itself (every replica writes the same).
    const periodId = op.field === 'period_id' ? ownValue(op) : writtenOnce(db, op.entity, op.entityId, 'period_id');
    return periodId !== undefined && closedAt(db, periodId, op.hlc);
  },
  affectedBy(op: StoredOp, db: Db, context?: { freshEntity: boolean }): StoredOp[] {
    // The entity's period arrived after some of its ops: those were judged without it.
    if (bound.has(op.entity) && op.field === 'period_id') return context?.freshEntity ? [] : opsOfEntity(db, op.entity, op.entityId, 'period_id');
    if (op.entity !== 'period_lock' || op.field !== 'closed') return [];
    // Only ops at or after the closing (or reopening) can change verdict. The index holds (entity, entity_id,
    // field, hlc), so the time filter runs on the index alone and the period is looked up for the few left.
    const rows = opStatement(
      db,
      `SELECT o.* FROM ops o
       WHERE o.entity IN ('lesson', 'cell', 'final') AND o.hlc >= ?
         AND EXISTS (SELECT 1 FROM ops p WHERE p.entity = o.entity AND p.entity_id = o.entity_id AND p.field = 'period_id' AND p.value = ?)`,
    ).all(op.hlc, JSON.stringify(op.entityId)) as OpRow[];
    return rows.map(rowToStoredOp);
  },
};
