import { defaultBackdatingDays } from '../../../src-shared/domain/gradebook';
import { rowToStoredOp, type OpRow } from '../oplog/oplog';
import { changesMeaning, opStatement, opsOfEntity, opsOfEntitySince, valueAsOf, writtenOnce } from '../oplog/reads';
import { parseHlc } from '../oplog/hlc';
import type { StoredOp } from '../oplog/types';
import type { ValidityRule } from '../oplog/validity';
import type { Db } from '../store/connection';
import { backdatedFields } from './entities';
import { addDays, utcDay } from './rules';

export const backdatingSettingId = 'backdating_days';

/** Roles that may fill any day, with a reason: the office and the administrator. */
const unbound: ReadonlySet<string> = new Set(['office', 'admin']);

const privileged = (roles: unknown): boolean => Array.isArray(roles) && roles.some((r) => typeof r === 'string' && unbound.has(r));
const days = (n: unknown): number => (typeof n === 'number' && Number.isInteger(n) && n >= 0 ? n : defaultBackdatingDays);

function privilegedAt(db: Db, userId: string, hlc: string): boolean {
  return privileged(valueAsOf(db, 'user', userId, 'roles', hlc));
}

export function backdatingDaysAt(db: Db, hlc: string): number {
  return days(valueAsOf(db, 'setting', backdatingSettingId, 'value', hlc));
}

/** The day the op's cell or final is dated by: the lesson's date, or the end of the final's period, as of `hlc`. */
function datedBy(db: Db, op: StoredOp): string | undefined {
  if (op.entity === 'cell') {
    const lessonId = writtenOnce(db, 'cell', op.entityId, 'lesson_id');
    const date = lessonId === undefined ? undefined : valueAsOf(db, 'lesson', lessonId, 'date', op.hlc);
    return typeof date === 'string' ? date : undefined;
  }
  const periodId = writtenOnce(db, 'final', op.entityId, 'period_id');
  const end = periodId === undefined ? undefined : valueAsOf(db, 'period', periodId, 'end_date', op.hlc);
  return typeof end === 'string' ? end : undefined;
}

const judgedSql = `o.entity IN ('cell', 'final') AND o.field IN ('attendance', 'mark1', 'mark2', 'value')`;

/**
 * No back-dating: attendance, marks and finals set by someone who was neither the office nor an administrator at
 * the time are void when set later than N days after the lesson (the period's end, for finals); N is the college's
 * setting as it stood then.
 *
 * The op's time is its HLC wall clock read as a UTC day, so every replica judges alike; one day of grace keeps the
 * rule from voiding what the command let through in any time zone (the command checks the local day, exactly).
 */
export const backdatingRule: ValidityRule = {
  name: 'backdating',
  isVoid(op: StoredOp, db: Db): boolean {
    if (!backdatedFields[op.entity]?.has(op.field)) return false;
    const date = datedBy(db, op);
    if (date === undefined) return false;
    const lastDay = addDays(date, backdatingDaysAt(db, op.hlc) + 1);
    if (utcDay(parseHlc(op.hlc).ms) <= lastDay) return false;
    return !privilegedAt(db, op.userId, op.hlc);
  },
  affectedBy(op: StoredOp, db: Db, context?: { freshEntity: boolean }): StoredOp[] {
    const fresh = context?.freshEntity === true;
    // A cell's lesson, or the line its row is found by, came after some of its ops: judge them again.
    if (op.entity === 'cell' && (op.field === 'lesson_id' || op.field === 'line_id')) return fresh ? [] : opsOfEntity(db, 'cell', op.entityId, op.field);
    if (op.entity === 'final' && op.field === 'period_id') return fresh ? [] : opsOfEntity(db, 'final', op.entityId, 'period_id');
    if (op.entity === 'lesson' && op.field === 'date') return opsOfLessonCells(db, op.entityId, op.hlc);
    // A date that came before its lesson's line could not find the cells; the line finds them now.
    if (op.entity === 'lesson' && op.field === 'line_id') return opsOfLessonCells(db, op.entityId, '');
    // Both searches read every mark's op: only when the window or the user's standing really changes (a teacher's
    // account made, a name edited, leave these alone).
    if (op.entity === 'setting' && op.entityId === backdatingSettingId && op.field === 'value') {
      return changesMeaning(db, op, days) ? rows(opStatement(db, `SELECT o.* FROM ops o WHERE ${judgedSql} AND o.hlc >= ?`).all(op.hlc)) : [];
    }
    if (op.entity === 'user' && op.field === 'roles') {
      if (!changesMeaning(db, op, privileged)) return [];
      return rows(opStatement(db, `SELECT o.* FROM ops o WHERE ${judgedSql} AND o.hlc >= ? AND o.user_id = ?`).all(op.hlc, op.entityId));
    }
    if (op.entity === 'period' && op.field === 'end_date') {
      return rows(
        opStatement(
          db,
          `SELECT o.* FROM ops o WHERE o.entity = 'final' AND o.field = 'value' AND o.hlc >= ?
             AND EXISTS (SELECT 1 FROM ops p WHERE p.entity = 'final' AND p.entity_id = o.entity_id AND p.field = 'period_id' AND p.value = ?)`,
        ).all(op.hlc, JSON.stringify(op.entityId)),
      );
    }
    return [];
  },
};

const rows = (r: unknown[]): StoredOp[] => (r as OpRow[]).map(rowToStoredOp);

/**
 * The ops of a lesson's cells since its date changed. Cells are found through the cells table by the lesson's
 * line: a cell's identity fields (lesson, line) are never back-dated, so every cell with ops this rule judges has
 * its row there, unless a closed period voided the whole cell, and then the closing's verdict stands whatever the
 * date says.
 */
function opsOfLessonCells(db: Db, lessonId: string, sinceHlc: string): StoredOp[] {
  const lineId = writtenOnce(db, 'lesson', lessonId, 'line_id');
  if (lineId === undefined) return [];
  const cellIds = opStatement(db, 'SELECT id FROM cells WHERE line_id = ? AND lesson_id = ?').all(lineId, lessonId) as { id: string }[];
  return cellIds.flatMap((c) => opsOfEntitySince(db, 'cell', c.id, sinceHlc));
}
