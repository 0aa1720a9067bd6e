import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Journal } from '../journal';
import type { EntityDef } from '../oplog/entities';
import { memberships } from './schema';

export const membershipEntity: EntityDef = {
  entity: 'membership',
  table: 'memberships',
  fields: {
    student_id: 'text',
    group_id: 'text',
    start_date: 'text',
    end_date: 'text',
    opened_by_order: 'text',
    closed_by_order: 'text',
    deleted: 'bool',
  },
  nullable: ['end_date', 'closed_by_order'],
};

export type MembershipRow = typeof memberships.$inferSelect;

/** The interval still open for a student (they are in that group now), if any. */
export function openMembership(j: Journal, studentId: string): MembershipRow | undefined {
  return j.orm
    .select()
    .from(memberships)
    .where(and(eq(memberships.studentId, studentId), isNull(memberships.endDate), eq(memberships.deleted, 0)))
    .get();
}

export function membershipHistory(j: Journal, studentId: string): MembershipRow[] {
  return j.orm
    .select()
    .from(memberships)
    .where(and(eq(memberships.studentId, studentId), eq(memberships.deleted, 0)))
    .orderBy(asc(memberships.startDate))
    .all();
}

/** Open intervals by student, for lists of many students at once. */
export function openMembershipsByStudent(j: Journal): Map<string, MembershipRow> {
  const rows = j.orm.select().from(memberships).where(and(isNull(memberships.endDate), eq(memberships.deleted, 0))).all();
  return new Map(rows.map((r) => [r.studentId, r]));
}
