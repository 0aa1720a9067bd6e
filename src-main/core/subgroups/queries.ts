import { and, asc, eq } from 'drizzle-orm';
import type { SubgroupMemberView, UnplacedStudentView } from '../../../src-shared/api/subgroups';
import { currentGroupByStudent, membershipHistory, type MembershipRow } from '../contingent/memberships';
import { findStudents, fullName } from '../contingent/students';
import type { Journal } from '../journal';
import { cachedStatement } from '../store/statements';
import { covers, groupStayOn } from './rules';
import { subgroupDivisions, subgroupMembers, subgroups } from './schema';

export interface SubgroupRef {
  id: string;
  divisionId: string;
  groupId: string;
  disciplineId: string;
  yearId: string;
  number: number;
  name: string;
}

export type DivisionRow = typeof subgroupDivisions.$inferSelect;
export type SubgroupRow = typeof subgroups.$inferSelect;
export type StayRow = typeof subgroupMembers.$inferSelect;

/** A subgroup with the group, discipline and year its division belongs to. */
export function findSubgroup(j: Journal, id: string): SubgroupRef | undefined {
  return j.orm
    .select({
      id: subgroups.id,
      divisionId: subgroups.divisionId,
      groupId: subgroupDivisions.groupId,
      disciplineId: subgroupDivisions.disciplineId,
      yearId: subgroupDivisions.yearId,
      number: subgroups.number,
      name: subgroups.name,
    })
    .from(subgroups)
    .innerJoin(subgroupDivisions, eq(subgroupDivisions.id, subgroups.divisionId))
    .where(and(eq(subgroups.id, id), eq(subgroups.deleted, 0), eq(subgroupDivisions.deleted, 0)))
    .get();
}

export function findDivision(j: Journal, id: string): DivisionRow | undefined {
  return j.orm.select().from(subgroupDivisions).where(and(eq(subgroupDivisions.id, id), eq(subgroupDivisions.deleted, 0))).get();
}

/** The divisions of a group, of one year if it is named. */
export function divisionsOfGroup(j: Journal, groupId: string, yearId?: string): DivisionRow[] {
  return j.orm
    .select()
    .from(subgroupDivisions)
    .where(and(eq(subgroupDivisions.groupId, groupId), yearId ? eq(subgroupDivisions.yearId, yearId) : undefined, eq(subgroupDivisions.deleted, 0)))
    .all();
}

export function subgroupsOf(j: Journal, divisionId: string): SubgroupRow[] {
  return j.orm
    .select()
    .from(subgroups)
    .where(and(eq(subgroups.divisionId, divisionId), eq(subgroups.deleted, 0)))
    .orderBy(asc(subgroups.number))
    .all();
}

/** Every stay recorded in a division (of one student, if named), oldest first. */
export function staysOf(j: Journal, divisionId: string, studentId?: string): StayRow[] {
  return j.orm
    .select()
    .from(subgroupMembers)
    .where(and(eq(subgroupMembers.divisionId, divisionId), studentId ? eq(subgroupMembers.studentId, studentId) : undefined, eq(subgroupMembers.deleted, 0)))
    .orderBy(asc(subgroupMembers.startDate), asc(subgroupMembers.createdAt), asc(subgroupMembers.id))
    .all();
}

/** The stay still open for a student in a division (they are placed), if any. */
export function openStay(stays: readonly StayRow[], studentId: string): StayRow | undefined {
  return stays.find((s) => s.studentId === studentId && s.endDate === null);
}

export interface Placement {
  /** Members of each subgroup on the day, by subgroup id, in alphabetical order. */
  members: Map<string, SubgroupMemberView[]>;
  unplaced: UnplacedStudentView[];
}

const collator = new Intl.Collator('ru');
const byName = (a: { fullName: string }, b: { fullName: string }) => collator.compare(a.fullName, b.fullName);

/**
 * Who is in which subgroup of a division on a day, and who of the group is in none. A stay counts only while
 * the student is in the division's group: one transferred out or expelled drops out of their subgroup on that
 * day, though the stay itself stays open (orders are the contingent's; cancelling one brings the student back).
 *
 * The unplaced are looked for among the group's present students and the division's own: the contingent module
 * offers no list of a group's students on a past day, so one who left the group before today without ever
 * being placed is not listed for a past day.
 */
export function placementOn(j: Journal, division: Pick<DivisionRow, 'id' | 'groupId'>, date: string, onlySubgroupId?: string): Placement {
  const stays = staysOf(j, division.id).filter((s) => !onlySubgroupId || s.subgroupId === onlySubgroupId);
  const candidates = new Set(stays.map((s) => s.studentId));
  if (!onlySubgroupId) for (const id of currentGroupByStudent(j, division.groupId).keys()) candidates.add(id);
  const students = findStudents(j, [...candidates]);
  const histories = new Map<string, MembershipRow[]>();
  const inGroup = (studentId: string) => {
    let history = histories.get(studentId);
    if (!history) histories.set(studentId, (history = membershipHistory(j, studentId)));
    return groupStayOn(history, division.groupId, date);
  };

  const members = new Map<string, SubgroupMemberView[]>();
  const placed = new Set<string>();
  for (const stay of stays) {
    const student = students.get(stay.studentId);
    if (!student || !covers(stay, date) || !inGroup(stay.studentId)) continue;
    placed.add(stay.studentId);
    const list = members.get(stay.subgroupId) ?? [];
    list.push({ studentId: student.id, fullName: fullName(student), recordBook: student.recordBook, since: stay.startDate });
    members.set(stay.subgroupId, list);
  }
  for (const list of members.values()) list.sort(byName);

  const unplaced: UnplacedStudentView[] = [];
  if (!onlySubgroupId) {
    for (const id of candidates) {
      const student = students.get(id);
      const membership = student && !placed.has(id) ? inGroup(id) : undefined;
      if (student && membership) unplaced.push({ studentId: id, fullName: fullName(student), recordBook: student.recordBook, inGroupSince: membership.startDate });
    }
  }
  return { members, unplaced: unplaced.sort(byName) };
}

/** The students of a subgroup on a day, alphabetically: a journal page of a subgroup lists these. */
export function membersOn(j: Journal, subgroupId: string, date: string): SubgroupMemberView[] {
  const subgroup = findSubgroup(j, subgroupId);
  if (!subgroup) return [];
  return placementOn(j, { id: subgroup.divisionId, groupId: subgroup.groupId }, date, subgroupId).members.get(subgroupId) ?? [];
}

/**
 * The stays in a subgroup that overlap the days [from, to] (both inclusive). A stay counts only while its student
 * is in the division's group: the caller cuts it by the group membership (see `placementOn`).
 */
export function staysOfSubgroupBetween(j: Journal, subgroupId: string, from: string, to: string): { studentId: string; startDate: string; endDate: string | null }[] {
  // Through the division's index (stays are kept per division); one prepared statement, read on every mark typed.
  return cachedStatement(
    j.db,
    `SELECT m.student_id AS studentId, m.start_date AS startDate, m.end_date AS endDate
     FROM subgroup_members m JOIN subgroups s ON s.id = m.subgroup_id AND s.division_id = m.division_id
     JOIN subgroup_divisions d ON d.id = s.division_id
     WHERE m.division_id = (SELECT division_id FROM subgroups WHERE id = ?) AND m.subgroup_id = ?
       AND m.deleted = 0 AND s.deleted = 0 AND d.deleted = 0 AND m.start_date <= ? AND (m.end_date IS NULL OR m.end_date > ?)`,
  ).all(subgroupId, subgroupId, to, from) as { studentId: string; startDate: string; endDate: string | null }[];
}
