import { and, asc, eq } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { PlanItemInput } from '../../../src-shared/api/curriculum';
import { attestationFormSchema } from '../../../src-shared/domain/curriculum';
import type { Journal } from '../journal';
import { fieldChanges, setFields } from '../oplog/changes';
import type { Change } from '../oplog/types';
import type { PlanItemRow } from './queries';
import { planItems } from './schema';

export interface PlanChanges {
  added: number;
  updated: number;
  removed: number;
}

export function livePlanItems(j: Journal, planId: string): PlanItemRow[] {
  return j.orm
    .select()
    .from(planItems)
    .where(and(eq(planItems.planId, planId), eq(planItems.deleted, 0)))
    // Ids are time-ordered (UUIDv7): of two rows for the same cell, the older one is kept.
    .orderBy(asc(planItems.id))
    .all();
}

/**
 * One row per discipline and semester. Two workstations may each add the same cell while apart; until the next save
 * removes the younger copy, every reader counts the older one only, so no replica counts hours twice.
 */
export function oneRowPerCell<T extends { id: string; disciplineId: string; semester: number }>(rows: readonly T[]): T[] {
  const seen = new Set<string>();
  return [...rows]
    .sort((a, b) => a.id.localeCompare(b.id))
    .filter((r) => {
      const key = `${r.disciplineId}/${r.semester}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

function fields(planId: string, row: PlanItemInput) {
  return {
    plan_id: planId,
    discipline_id: row.disciplineId,
    semester: row.semester,
    hours_total: row.hoursTotal,
    hours_theory: row.hoursTheory,
    hours_practical: row.hoursPractical,
    hours_lab: row.hoursLab,
    hours_project: row.hoursProject,
    hours_self: row.hoursSelf,
    attestation: row.attestation,
  };
}

export function itemInput(row: PlanItemRow): PlanItemInput {
  return {
    disciplineId: row.disciplineId,
    semester: row.semester,
    hoursTotal: row.hoursTotal,
    hoursTheory: row.hoursTheory,
    hoursPractical: row.hoursPractical,
    hoursLab: row.hoursLab,
    hoursProject: row.hoursProject,
    hoursSelf: row.hoursSelf,
    attestation: attestationFormSchema.catch('none').parse(row.attestation),
  };
}

/**
 * The ops that make the plan's rows exactly `rows` (already checked): a row keeps its id while its discipline and
 * semester stay, so the audit trail shows an edit of hours as an edit, not as a row removed and another added.
 * Only the fields that differ are written.
 */
export function planRowsChanges(j: Journal, planId: string, rows: readonly PlanItemInput[]): { changes: Change[]; counts: PlanChanges } {
  const existing = new Map<string, PlanItemRow>();
  // Two workstations adding the same discipline and semester at once leave two rows; the next save keeps one.
  const twins: PlanItemRow[] = [];
  for (const r of livePlanItems(j, planId)) {
    const key = `${r.disciplineId}:${r.semester}`;
    if (existing.has(key)) twins.push(r);
    else existing.set(key, r);
  }
  const changes: Change[] = [];
  const counts: PlanChanges = { added: 0, updated: 0, removed: 0 };
  for (const row of rows) {
    const key = `${row.disciplineId}:${row.semester}`;
    const current = existing.get(key);
    existing.delete(key);
    const next = fields(planId, row);
    const rowChanges = fieldChanges('plan_item', current?.id ?? uuidv7(), current ? fields(planId, itemInput(current)) : undefined, next);
    if (rowChanges.length === 0) continue;
    changes.push(...rowChanges);
    if (current) counts.updated += 1;
    else counts.added += 1;
  }
  const gone = [...existing.values(), ...twins];
  for (const row of gone) changes.push(...setFields('plan_item', row.id, { deleted: true }));
  counts.removed = gone.length;
  return { changes, counts };
}
