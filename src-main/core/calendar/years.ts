import { and, asc, desc, eq, ne } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import type { AcademicYearView, yearInput } from '../../../src-shared/api/calendar';
import { periodKindSchema } from '../../../src-shared/domain/calendar';
import { fieldLabels, t } from '../../../src-shared/i18n/ru';
import { AppError, fieldError } from '../errors';
import type { Journal } from '../journal';
import { fieldChanges } from '../oplog/changes';
import type { EntityDef } from '../oplog/entities';
import type { Change } from '../oplog/types';
import { cachedStatement } from '../store/statements';
import { yearProblem } from './rules';
import { academicYears, periods } from './schema';

export const academicYearEntity: EntityDef = {
  entity: 'academic_year',
  table: 'academic_years',
  fields: { name: 'text', start_date: 'text', end_date: 'text', period_kind: 'text', closed: 'bool', deleted: 'bool' },
};
export const periodEntity: EntityDef = {
  entity: 'period',
  table: 'periods',
  fields: { year_id: 'text', number: 'int', name: 'text', start_date: 'text', end_date: 'text', deleted: 'bool' },
};

export type YearInput = z.output<typeof yearInput>;

export function listYears(j: Journal): AcademicYearView[] {
  const years = j.orm.select().from(academicYears).where(eq(academicYears.deleted, 0)).orderBy(desc(academicYears.startDate)).all();
  const allPeriods = j.orm.select().from(periods).where(eq(periods.deleted, 0)).orderBy(asc(periods.number)).all();
  return years.map((y) => ({
    id: y.id,
    name: y.name,
    startDate: y.startDate,
    endDate: y.endDate,
    periodKind: periodKindSchema.catch('semester').parse(y.periodKind),
    periods: allPeriods
      .filter((p) => p.yearId === y.id)
      .map((p) => ({ id: p.id, number: p.number, name: p.name, startDate: p.startDate, endDate: p.endDate })),
    closed: y.closed === 1,
  }));
}

export interface PeriodOfYear {
  id: string;
  number: number;
  name: string;
  startDate: string;
  endDate: string;
  yearId: string;
  yearName: string;
  yearClosed: boolean;
}

/** One period with its year's name and state: read by every journal command, through one prepared statement. */
export function findPeriod(j: Journal, periodId: string): PeriodOfYear | undefined {
  const row = cachedStatement(
    j.db,
    `SELECT p.id, p.number, p.name, p.start_date AS startDate, p.end_date AS endDate, y.id AS yearId, y.name AS yearName, y.closed AS yearClosed
     FROM periods p JOIN academic_years y ON y.id = p.year_id WHERE p.id = ? AND p.deleted = 0 AND y.deleted = 0`,
  ).get(periodId) as (Omit<PeriodOfYear, 'yearClosed'> & { yearClosed: number }) | undefined;
  return row ? { ...row, yearClosed: row.yearClosed === 1 } : undefined;
}

export function requireYear(j: Journal, id: string): AcademicYearView {
  const year = listYears(j).find((y) => y.id === id);
  if (!year) throw new AppError('not_found', t.errors.yearNotFound);
  return year;
}

/** `fieldPrefix` places the problem under the form's own field when the year is part of a larger input (the rollover). */
function check(j: Journal, input: YearInput, exceptId: string | null, fieldPrefix = ''): void {
  const others = j.orm
    .select({ name: academicYears.name, startDate: academicYears.startDate, endDate: academicYears.endDate })
    .from(academicYears)
    .where(and(eq(academicYears.deleted, 0), exceptId ? ne(academicYears.id, exceptId) : undefined))
    .all();
  const problem = yearProblem(input, others);
  if (problem) throw fieldError(`${fieldPrefix}${problem.field}`, fieldLabels[problem.field]!, problem.message);
}

function yearFields(input: YearInput) {
  return { name: input.name, start_date: input.startDate, end_date: input.endDate, period_kind: input.periodKind };
}

/** Periods are numbered in date order and matched by number: the first period stays the first through edits. */
function periodChanges(yearId: string, current: AcademicYearView['periods'], next: YearInput['periods']): Change[] {
  const changes: Change[] = [];
  const ordered = [...next].sort((a, b) => (a.startDate < b.startDate ? -1 : 1));
  ordered.forEach((p, index) => {
    const number = index + 1;
    const existing = current.find((c) => c.number === number);
    const fields = { year_id: yearId, number, name: p.name, start_date: p.startDate, end_date: p.endDate };
    const currentFields = existing
      ? { year_id: yearId, number, name: existing.name, start_date: existing.startDate, end_date: existing.endDate }
      : undefined;
    changes.push(...fieldChanges('period', existing?.id ?? uuidv7(), currentFields, fields));
  });
  for (const extra of current.filter((c) => c.number > next.length)) {
    changes.push({ entity: 'period', entityId: extra.id, field: 'deleted', value: true });
  }
  return changes;
}

/** Checks a new year against the others and works out the operations that create it with its periods. Writes nothing. */
export function planNewYear(j: Journal, input: YearInput, fieldPrefix = ''): { id: string; changes: Change[] } {
  check(j, input, null, fieldPrefix);
  const id = uuidv7();
  return { id, changes: [...fieldChanges('academic_year', id, undefined, yearFields(input)), ...periodChanges(id, [], input.periods)] };
}

export function createYear(j: Journal, actorId: string, input: YearInput): AcademicYearView {
  return j.db.transaction(() => {
    const { id, changes } = planNewYear(j, input);
    j.oplog.commit(actorId, changes);
    return requireYear(j, id);
  })();
}

export function updateYear(j: Journal, actorId: string, yearId: string, input: YearInput): AcademicYearView {
  return j.db.transaction(() => {
    const current = requireYear(j, yearId);
    if (current.closed) throw new AppError('conflict', t.errors.yearClosedNoEdits(current.name));
    check(j, input, yearId);
    const changes = [
      ...fieldChanges('academic_year', yearId, yearFields(current), yearFields(input)),
      ...periodChanges(yearId, current.periods, input.periods),
    ];
    j.oplog.commit(actorId, changes);
    return requireYear(j, yearId);
  })();
}
