import { and, eq, isNull } from 'drizzle-orm';
import type { AcademicYearView } from '../../../src-shared/api/calendar';
import type { LineInput } from '../../../src-shared/api/load';
import { fieldLabels, fieldLabelsByModule, t } from '../../../src-shared/i18n/ru';
import { AppError, fieldError } from '../errors';
import type { Journal } from '../journal';
import { employeeCard } from '../staff/employees';
import { findEmployee } from '../staff/lookup';
import { findLine, type LineRow } from './queries';
import { loadLines } from './schema';
import type { LoadNames } from './views';

const e = t.errors;

/** A field's name in this module's messages. */
export const label = (field: string): string => fieldLabelsByModule.load?.[field] ?? fieldLabels[field] ?? field;
export const loadFieldError = (field: string, problem: string): AppError => fieldError(field, label(field), problem);

/** The year a command writes into: it must exist and be open (a closed year's load is history). */
export function requireOpenYear(names: LoadNames, yearId: string, field: string | null): AcademicYearView {
  const year = names.year(yearId);
  if (!year) throw field ? loadFieldError(field, e.loadYearNotFound) : new AppError('not_found', t.errors.yearNotFound);
  if (year.closed) throw field ? loadFieldError(field, e.loadYearClosed(year.name)) : new AppError('conflict', e.loadYearClosed(year.name));
  return year;
}

/** A line that exists, in a year still open. */
export function requireEditableLine(j: Journal, names: LoadNames, lineId: string): LineRow {
  const line = findLine(j, lineId);
  if (!line) throw new AppError('not_found', e.loadLineNotFound);
  requireOpenYear(names, line.yearId, null);
  return line;
}

/**
 * Someone who may be given load: a staff record of a teacher or a master of vocational training, not
 * dismissed as of today. `field` names the input the id came in (teacherId, substituteId).
 */
export function checkTeacher(j: Journal, employeeId: string, field: string, seen?: Map<string, string | null>): void {
  const known = seen?.get(employeeId);
  if (known === null) return;
  if (known !== undefined) throw loadFieldError(field, known);
  const problem = teacherProblem(j, employeeId);
  seen?.set(employeeId, problem);
  if (problem) throw loadFieldError(field, problem);
}

function teacherProblem(j: Journal, employeeId: string): string | null {
  if (!findEmployee(j, employeeId)) return e.loadEmployeeNotFound;
  const card = employeeCard(j, employeeId);
  const name = [card.surname, card.firstName, card.patronymic].filter(Boolean).join(' ');
  if (!card.positions.includes('teacher') && !card.positions.includes('master')) return e.loadNotATeacher(name);
  if (card.dismissed) return e.loadTeacherDismissed(name);
  return null;
}

/** Checks a new line's references; the one-line rule is `checkLineFree`. Returns the line's period. */
export function checkLineInput(j: Journal, names: LoadNames, input: LineInput, teachers?: Map<string, string | null>) {
  const year = requireOpenYear(names, input.yearId, 'yearId');
  const period = year.periods.find((p) => p.id === input.periodId);
  if (!period) throw loadFieldError('periodId', e.loadPeriodNotInYear);
  const group = names.group(input.groupId);
  if (!group) throw loadFieldError('groupId', e.loadGroupNotFound);
  const discipline = names.discipline(input.disciplineId);
  if (!discipline) throw loadFieldError('disciplineId', e.loadDisciplineNotFound);
  if (input.subgroupId) {
    const subgroup = names.subgroup(input.subgroupId);
    if (!subgroup) throw loadFieldError('subgroupId', e.loadSubgroupNotFound);
    if (subgroup.groupId !== group.id || subgroup.disciplineId !== discipline.id || subgroup.yearId !== year.id) {
      throw loadFieldError('subgroupId', e.loadSubgroupMismatch);
    }
  }
  checkTeacher(j, input.teacherId, 'teacherId', teachers);
  return { year, period, group, discipline };
}

/** One line per group (or subgroup) × discipline × period: the second would split one journal page in two. */
export function checkLineFree(j: Journal, names: LoadNames, input: Pick<LineInput, 'groupId' | 'subgroupId' | 'disciplineId' | 'periodId'>): void {
  const taken = j.orm
    .select()
    .from(loadLines)
    .where(
      and(
        eq(loadLines.groupId, input.groupId),
        eq(loadLines.periodId, input.periodId),
        eq(loadLines.disciplineId, input.disciplineId),
        input.subgroupId ? eq(loadLines.subgroupId, input.subgroupId) : isNull(loadLines.subgroupId),
        eq(loadLines.deleted, 0),
      ),
    )
    .get();
  if (!taken) return;
  const view = names.line(taken);
  const message = e.loadLineTaken(view.groupName, view.subgroupName, `${view.disciplineCode} ${view.disciplineName}`.trim(), view.periodName, view.teacherName);
  throw loadFieldError(input.subgroupId ? 'subgroupId' : 'disciplineId', message);
}
