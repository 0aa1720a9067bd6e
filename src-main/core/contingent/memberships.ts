import { and, asc, eq, isNull, max, type SQL } from 'drizzle-orm';
import type { Journal } from '../journal';
import type { EntityDef } from '../oplog/entities';
import { cachedStatement } from '../store/statements';
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

/**
 * The group each student is in now, reading the two ids alone (lists of thousands of students are hot);
 * with `groupId`, only that group's students, found through its index.
 */
export function currentGroupByStudent(j: Journal, groupId?: string): Map<string, string> {
  const rows = j.orm
    .select({ studentId: memberships.studentId, groupId: memberships.groupId })
    .from(memberships)
    .where(openIn(groupId))
    .all();
  return new Map(rows.map((r) => [r.studentId, r.groupId]));
}

/** The condition for intervals still open, in one group if it is named. */
export function openIn(groupId?: string): SQL | undefined {
  return and(groupId ? eq(memberships.groupId, groupId) : undefined, isNull(memberships.endDate), eq(memberships.deleted, 0));
}

/**
 * The stays in a group that overlap the days [from, to] (both inclusive): who belonged to it at some time then.
 * Read on every mark typed into a journal page: one prepared statement.
 */
export function membershipsOfGroupBetween(j: Journal, groupId: string, from: string, to: string): { studentId: string; startDate: string; endDate: string | null }[] {
  return cachedStatement(
    j.db,
    `SELECT student_id AS studentId, start_date AS startDate, end_date AS endDate FROM memberships
     WHERE group_id = ? AND deleted = 0 AND start_date <= ? AND (end_date IS NULL OR end_date > ?)`,
  ).all(groupId, to, from) as { studentId: string; startDate: string; endDate: string | null }[];
}

/** The day the student's last finished interval ended (exclusive), or null when none has ended. */
export function lastMembershipEnd(j: Journal, studentId: string): string | null {
  const row = j.orm
    .select({ end: max(memberships.endDate) })
    .from(memberships)
    .where(and(eq(memberships.studentId, studentId), eq(memberships.deleted, 0)))
    .get();
  return row?.end ?? null;
}
