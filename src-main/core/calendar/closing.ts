import { and, eq, gte, lte } from 'drizzle-orm';
import type { Journal } from '../journal';
import { setFields } from '../oplog/changes';
import type { Change } from '../oplog/types';
import { academicYears } from './schema';

/**
 * The closed year a date falls in, if any. One query over a table of a few dozen rows: cheap enough to ask
 * on every order.
 */
export function closedYearAt(j: Journal, date: string): { id: string; name: string } | undefined {
  return j.orm
    .select({ id: academicYears.id, name: academicYears.name })
    .from(academicYears)
    .where(and(eq(academicYears.closed, 1), eq(academicYears.deleted, 0), lte(academicYears.startDate, date), gte(academicYears.endDate, date)))
    .get();
}

/** The year that runs exactly from `startDate` to `endDate`, if there is one. */
export function yearWithDates(j: Journal, startDate: string, endDate: string): { id: string; name: string; closed: boolean } | undefined {
  const row = j.orm
    .select({ id: academicYears.id, name: academicYears.name, closed: academicYears.closed })
    .from(academicYears)
    .where(and(eq(academicYears.startDate, startDate), eq(academicYears.endDate, endDate), eq(academicYears.deleted, 0)))
    .get();
  return row ? { id: row.id, name: row.name, closed: row.closed === 1 } : undefined;
}

/** Closing (by the rollover) or reopening (by cancelling the rollover's order) a year. */
export function yearClosedChanges(yearId: string, closed: boolean): Change[] {
  return setFields('academic_year', yearId, { closed });
}
