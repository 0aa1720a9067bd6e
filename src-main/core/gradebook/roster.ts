import { membershipsOfGroupBetween } from '../contingent/memberships';
import { findStudents, fullName } from '../contingent/students';
import type { Journal } from '../journal';
import type { LineRow } from '../load/queries';
import { staysOfSubgroupBetween } from '../subgroups/queries';
import { inStays, intersectStays, type Stay } from './rules';

export interface RosterStudent {
  id: string;
  fullName: string;
  /** When the student belonged to the page's group (subgroup) within the period; end exclusive, null to its end. */
  stays: Stay[];
}

const collator = new Intl.Collator('ru');

function groupBy<T extends { studentId: string }>(rows: readonly T[]): Map<string, T[]> {
  const by = new Map<string, T[]>();
  for (const r of rows) {
    const list = by.get(r.studentId) ?? [];
    list.push(r);
    by.set(r.studentId, list);
  }
  return by;
}

/**
 * When each student belonged to a page within its period: to its group (a subgroup line: to its subgroup, while
 * also in the group). Without names: what a mark typed into the grid is checked against.
 */
export function rosterStays(j: Journal, line: Pick<LineRow, 'groupId' | 'subgroupId'>, period: { startDate: string; endDate: string }): Map<string, Stay[]> {
  const { startDate: from, endDate: to } = period;
  const inGroup = groupBy(membershipsOfGroupBetween(j, line.groupId, from, to));
  const whole: Stay[] = [{ startDate: from, endDate: null }];
  const inSubgroup = line.subgroupId ? groupBy(staysOfSubgroupBetween(j, line.subgroupId, from, to)) : null;
  const stays = new Map<string, Stay[]>();
  for (const [studentId, memberships] of inGroup) {
    const own = inSubgroup ? (inSubgroup.get(studentId) ?? []) : whole;
    const clipped = intersectStays(memberships, own, from, to);
    if (clipped.length > 0) stays.set(studentId, clipped);
  }
  return stays;
}

/**
 * The students of a page: everyone who belonged to it on some day of the period, alphabetically, each with those
 * days. Expelled and transferred students stay on the page for the days they were there.
 */
export function rosterOf(j: Journal, line: Pick<LineRow, 'groupId' | 'subgroupId'>, period: { startDate: string; endDate: string }): RosterStudent[] {
  const stays = rosterStays(j, line, period);
  const students = findStudents(j, [...stays.keys()]);
  return [...stays]
    .flatMap(([id, s]) => {
      const row = students.get(id);
      return row ? [{ id, fullName: fullName(row), stays: s }] : [];
    })
    .sort((a, b) => collator.compare(a.fullName, b.fullName));
}

/** Whether the student belonged to the page on that day: only then is the cell theirs to fill. */
export function onPageOn(student: { stays: Stay[] } | undefined, day: string): boolean {
  return student !== undefined && inStays(student.stays, day);
}
