import { v7 as uuidv7 } from 'uuid';
import { defaultSubgroupName, type DivideInput, type DivisionView } from '../../../src-shared/api/subgroups';
import type { AcademicYearView } from '../../../src-shared/api/calendar';
import { fieldLabelsByModule, fieldLabels, t } from '../../../src-shared/i18n/ru';
import { listYears } from '../calendar/years';
import { listGroups } from '../contingent/groups';
import { membershipHistory } from '../contingent/memberships';
import { findStudent, findStudents, fullName } from '../contingent/students';
import { findDiscipline } from '../curriculum/queries';
import { AppError, fieldError } from '../errors';
import type { Journal } from '../journal';
import { setFields } from '../oplog/changes';
import type { Change } from '../oplog/types';
import { divisionsOfGroup, findSubgroup, openStay, staysOf, subgroupsOf, type DivisionRow } from './queries';
import { groupStayOn } from './rules';
import { divisionView, requireDivision } from './views';

const labels = fieldLabelsByModule.subgroups!;
const problem = (field: string, message: string) => fieldError(field, labels[field] ?? fieldLabels[field] ?? field, message);

/** Subgroups change only inside an open year, on days of that year. */
function requireOpenYear(j: Journal, yearId: string, field: string): AcademicYearView {
  const year = listYears(j).find((y) => y.id === yearId);
  if (!year) throw problem(field, t.errors.divisionYearNotFound);
  if (year.closed) throw problem(field, t.errors.divisionYearClosed(year.name));
  return year;
}

function checkDateInYear(year: AcademicYearView, date: string, field: string): void {
  if (date < year.startDate || date > year.endDate) throw problem(field, t.errors.divisionDateOutsideYear(year.name, year.startDate, year.endDate));
}

function groupName(j: Journal, groupId: string): string {
  return listGroups(j).find((g) => g.id === groupId)?.name ?? '';
}

/** The student's group membership on `date` in the division's group, or a problem under `field`. */
function requireInGroup(j: Journal, studentId: string, groupId: string, date: string, field: string): { name: string } {
  const student = findStudent(j, studentId);
  if (!student) throw problem(field, t.errors.subgroupStudentNotFound);
  const name = fullName(student);
  if (!groupStayOn(membershipHistory(j, studentId), groupId, date)) throw problem(field, t.errors.subgroupNotInGroupOn(name, groupName(j, groupId), date));
  return { name };
}

function stayChanges(divisionId: string, subgroupId: string, studentId: string, startDate: string, reason: string): Change[] {
  return setFields('subgroup_member', uuidv7(), {
    division_id: divisionId,
    subgroup_id: subgroupId,
    student_id: studentId,
    start_date: startDate,
    end_date: null,
    reason,
  });
}

/**
 * Divides a group for a discipline and year: the division, its subgroups and the students' first stays, in one
 * transaction. Subgroups may be left empty and students unassigned: the load is planned before first-year
 * students are enrolled, and whoever is not placed is listed as unplaced until the office places them.
 */
export function divide(j: Journal, actorId: string, input: DivideInput): DivisionView {
  return j.db.transaction(() => {
    const group = listGroups(j).find((g) => g.id === input.groupId);
    if (!group) throw problem('groupId', t.errors.divisionGroupNotFound);
    const discipline = findDiscipline(j, input.disciplineId);
    if (!discipline) throw problem('disciplineId', t.errors.divisionDisciplineNotFound);
    const year = requireOpenYear(j, input.yearId, 'yearId');
    if (divisionsOfGroup(j, group.id, year.id).some((d) => d.disciplineId === discipline.id)) {
      throw problem('disciplineId', t.errors.divisionExists(group.name, `${discipline.code} ${discipline.name}`.trim(), year.name));
    }
    checkDateInYear(year, input.startDate, 'startDate');
    const names = input.names ?? Array.from({ length: input.count }, (_, i) => defaultSubgroupName(i + 1));
    const repeated = names.find((n, i) => names.indexOf(n) !== i);
    if (repeated) throw problem('names', t.errors.subgroupNamesRepeat(repeated));

    const students = findStudents(j, input.assignments.map((a) => a.studentId));
    const seen = new Set<string>();
    for (const a of input.assignments) {
      const student = students.get(a.studentId);
      if (!student) throw problem('assignments', t.errors.subgroupStudentNotFound);
      const name = fullName(student);
      if (seen.has(a.studentId)) throw problem('assignments', t.errors.subgroupStudentTwice(name));
      seen.add(a.studentId);
      if (!groupStayOn(membershipHistory(j, a.studentId), group.id, input.startDate)) {
        throw problem('assignments', t.errors.subgroupNotInGroupOn(name, group.name, input.startDate));
      }
    }

    const divisionId = uuidv7();
    const subgroupIds = names.map(() => uuidv7());
    const changes: Change[] = setFields('subgroup_division', divisionId, { group_id: group.id, discipline_id: discipline.id, year_id: year.id });
    names.forEach((name, i) => changes.push(...setFields('subgroup', subgroupIds[i]!, { division_id: divisionId, number: i + 1, name })));
    for (const a of input.assignments) changes.push(...stayChanges(divisionId, subgroupIds[a.subgroupNumber - 1]!, a.studentId, input.startDate, ''));
    j.oplog.commit(actorId, changes);
    return divisionView(j, requireDivision(j, divisionId));
  })();
}

/** The subgroup, which must be one of this division's. */
function requireSubgroupOf(j: Journal, division: DivisionRow, subgroupId: string, field: string) {
  const subgroup = findSubgroup(j, subgroupId);
  if (!subgroup || subgroup.divisionId !== division.id) throw problem(field, t.errors.subgroupNotInDivision);
  return subgroup;
}

export interface PlaceInput {
  divisionId: string;
  studentId: string;
  subgroupId: string;
  startDate: string;
  reason: string;
}

/** Places a student who is in the group but in none of its subgroups (enrolled or transferred in later). */
export function place(j: Journal, actorId: string, input: PlaceInput): DivisionView {
  return j.db.transaction(() => {
    const division = requireDivision(j, input.divisionId);
    const year = requireOpenYear(j, division.yearId, 'divisionId');
    const subgroup = requireSubgroupOf(j, division, input.subgroupId, 'subgroupId');
    // The student comes from the unplaced list; the day is what the office may have got wrong.
    const { name } = requireInGroup(j, input.studentId, division.groupId, input.startDate, 'startDate');
    const stays = staysOf(j, division.id, input.studentId);
    const current = openStay(stays, input.studentId);
    if (current) {
      const where = findSubgroup(j, current.subgroupId)?.name ?? '';
      throw problem('studentId', t.errors.subgroupAlreadyPlaced(name, where, current.startDate));
    }
    checkDateInYear(year, input.startDate, 'startDate');
    j.oplog.commit(actorId, stayChanges(division.id, subgroup.id, input.studentId, input.startDate, input.reason), input.reason || null);
    return divisionView(j, division);
  })();
}

export interface MoveInput {
  divisionId: string;
  studentId: string;
  toSubgroupId: string;
  date: string;
  reason: string;
}

/**
 * Moves a student to another subgroup from `date`: the present stay ends that day and a new one begins, with
 * the reason. A move on the present stay's first day leaves that stay empty in the history, as decided.
 */
export function move(j: Journal, actorId: string, input: MoveInput): DivisionView {
  return j.db.transaction(() => {
    const division = requireDivision(j, input.divisionId);
    const year = requireOpenYear(j, division.yearId, 'divisionId');
    const student = findStudent(j, input.studentId);
    if (!student) throw problem('studentId', t.errors.subgroupStudentNotFound);
    const current = openStay(staysOf(j, division.id, input.studentId), input.studentId);
    if (!current) throw problem('studentId', t.errors.subgroupNotPlaced(fullName(student)));
    const target = requireSubgroupOf(j, division, input.toSubgroupId, 'toSubgroupId');
    if (target.id === current.subgroupId) throw problem('toSubgroupId', t.errors.subgroupSame(target.name));
    if (input.date < current.startDate) throw problem('date', t.errors.subgroupMoveBeforeStart(current.startDate));
    checkDateInYear(year, input.date, 'date');
    requireInGroup(j, input.studentId, division.groupId, input.date, 'date');
    j.oplog.commit(
      actorId,
      [...setFields('subgroup_member', current.id, { end_date: input.date }), ...stayChanges(division.id, target.id, input.studentId, input.date, input.reason)],
      input.reason,
    );
    return divisionView(j, division);
  })();
}

export function rename(j: Journal, actorId: string, subgroupId: string, name: string): DivisionView {
  return j.db.transaction(() => {
    const subgroup = findSubgroup(j, subgroupId);
    if (!subgroup) throw new AppError('not_found', t.errors.subgroupMissing);
    const division = requireDivision(j, subgroup.divisionId);
    requireOpenYear(j, division.yearId, 'subgroupId');
    if (subgroupsOf(j, division.id).some((s) => s.id !== subgroupId && s.name === name)) throw problem('name', t.errors.subgroupNameTaken(name));
    if (subgroup.name !== name) j.oplog.commit(actorId, setFields('subgroup', subgroupId, { name }));
    return divisionView(j, division);
  })();
}
