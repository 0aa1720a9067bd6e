import type { AcademicYearView, GroupView } from '../../../src-shared/api';
import type { DivisionView, SubgroupStayView } from '../../../src-shared/api/subgroups';
import { t } from '../../../src-shared/i18n/ru';
import { listYears } from '../calendar/years';
import { listGroups } from '../contingent/groups';
import { membershipHistory } from '../contingent/memberships';
import { findStudents, fullName } from '../contingent/students';
import { findDiscipline } from '../curriculum/queries';
import { AppError } from '../errors';
import type { Journal } from '../journal';
import { divisionsOfGroup, findDivision, placementOn, staysOf, subgroupsOf, type DivisionRow } from './queries';
import { defaultViewDate, leftGroupDuring } from './rules';
import { localIsoDate } from '../dates';

export const today = (j: Journal) => localIsoDate(j.now());

const collator = new Intl.Collator('ru');

export function requireDivision(j: Journal, id: string): DivisionRow {
  const row = findDivision(j, id);
  if (!row) throw new AppError('not_found', t.errors.divisionNotFound);
  return row;
}

/** The names a division view shows, read once for a page of divisions. */
interface Names {
  groups: Map<string, GroupView>;
  years: Map<string, AcademicYearView>;
}

const readNames = (j: Journal): Names => ({
  groups: new Map(listGroups(j).map((g) => [g.id, g])),
  years: new Map(listYears(j).map((y) => [y.id, y])),
});

/** A division with its subgroups, their members on `date` and the group's unplaced students. */
export function divisionView(j: Journal, row: DivisionRow, date?: string, names: Names = readNames(j)): DivisionView {
  const group = names.groups.get(row.groupId);
  const year = names.years.get(row.yearId);
  const discipline = findDiscipline(j, row.disciplineId);
  const asOf = date ?? (year ? defaultViewDate(today(j), year) : today(j));
  const placement = placementOn(j, row, asOf);
  return {
    id: row.id,
    groupId: row.groupId,
    groupName: group?.name ?? '',
    disciplineId: row.disciplineId,
    disciplineCode: discipline?.code ?? '',
    disciplineName: discipline?.name ?? '',
    yearId: row.yearId,
    yearName: year?.name ?? '',
    yearStartDate: year?.startDate ?? '',
    yearEndDate: year?.endDate ?? '',
    yearClosed: year?.closed ?? false,
    asOf,
    subgroups: subgroupsOf(j, row.id).map((s) => ({ id: s.id, number: s.number, name: s.name, members: placement.members.get(s.id) ?? [] })),
    unplaced: placement.unplaced,
  };
}

export function getDivision(j: Journal, id: string, date?: string): DivisionView {
  return divisionView(j, requireDivision(j, id), date);
}

/** A group's divisions, latest year first, then by discipline code. */
export function divisionsForGroup(j: Journal, groupId: string, yearId?: string, date?: string): DivisionView[] {
  const names = readNames(j);
  return divisionsOfGroup(j, groupId, yearId)
    .map((row) => divisionView(j, row, date, names))
    .sort((a, b) => b.yearStartDate.localeCompare(a.yearStartDate) || a.disciplineCode.localeCompare(b.disciplineCode, 'ru'));
}

/** Every stay of a division (of one student, if named): who was where from when to when, and why. */
export function divisionHistory(j: Journal, divisionId: string, studentId?: string): SubgroupStayView[] {
  const division = requireDivision(j, divisionId);
  const subgroups = new Map(subgroupsOf(j, divisionId).map((s) => [s.id, s]));
  const stays = staysOf(j, divisionId, studentId);
  const students = findStudents(j, [...new Set(stays.map((s) => s.studentId))]);
  const histories = new Map([...students.keys()].map((id) => [id, membershipHistory(j, id)]));
  const views = stays.map((s) => {
    const student = students.get(s.studentId);
    const subgroup = subgroups.get(s.subgroupId);
    return {
      id: s.id,
      studentId: s.studentId,
      fullName: student ? fullName(student) : '',
      subgroupId: s.subgroupId,
      subgroupNumber: subgroup?.number ?? 0,
      subgroupName: subgroup?.name ?? '',
      startDate: s.startDate,
      endDate: s.endDate,
      reason: s.reason,
      leftGroupOn: leftGroupDuring(histories.get(s.studentId) ?? [], division.groupId, s),
    };
  });
  // Stable: each student's stays stay in date order.
  return views.sort((a, b) => collator.compare(a.fullName, b.fullName));
}
