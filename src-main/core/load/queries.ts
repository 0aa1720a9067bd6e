import { and, asc, eq, gte, inArray, isNull, lte, or, gt } from 'drizzle-orm';
import { listYears } from '../calendar/years';
import type { Journal } from '../journal';
import { loadAssignments, loadLines, substitutions } from './schema';

export type LineRow = typeof loadLines.$inferSelect;
export type AssignmentRow = typeof loadAssignments.$inferSelect;
export type SubstitutionRow = typeof substitutions.$inferSelect;

export function findLine(j: Journal, id: string): LineRow | undefined {
  return j.orm.select().from(loadLines).where(and(eq(loadLines.id, id), eq(loadLines.deleted, 0))).get();
}

export function linesOfGroup(j: Journal, groupId: string, yearId: string): LineRow[] {
  return j.orm
    .select()
    .from(loadLines)
    .where(and(eq(loadLines.groupId, groupId), eq(loadLines.yearId, yearId), eq(loadLines.deleted, 0)))
    .all();
}

/** Every line of a year; through the period index, as a year holds a few periods and the college thousands of lines. */
export function linesOfYear(j: Journal, periodIds: readonly string[]): LineRow[] {
  if (periodIds.length === 0) return [];
  return j.orm
    .select()
    .from(loadLines)
    .where(and(inArray(loadLines.periodId, [...periodIds]), eq(loadLines.deleted, 0)))
    .all();
}

/** Who taught a line when, oldest first. */
export function assignmentsOf(j: Journal, lineId: string): AssignmentRow[] {
  return j.orm
    .select()
    .from(loadAssignments)
    .where(and(eq(loadAssignments.lineId, lineId), eq(loadAssignments.deleted, 0)))
    .orderBy(asc(loadAssignments.startDate), asc(loadAssignments.createdAt))
    .all();
}

export function substitutionsOf(j: Journal, lineId: string): SubstitutionRow[] {
  return j.orm
    .select()
    .from(substitutions)
    .where(and(eq(substitutions.lineId, lineId), eq(substitutions.deleted, 0)))
    .orderBy(asc(substitutions.startDate))
    .all();
}

/**
 * The teacher responsible for a line on a date (an ISO day): the journal gives a lesson to whoever this was
 * on its date, so a change of teacher leaves the lessons before it with the teacher who gave them.
 */
export function teacherOn(j: Journal, lineId: string, date: string): string | undefined {
  if (!findLine(j, lineId)) return undefined;
  return j.orm
    .select({ teacherId: loadAssignments.teacherId })
    .from(loadAssignments)
    .where(
      and(
        eq(loadAssignments.lineId, lineId),
        eq(loadAssignments.deleted, 0),
        lte(loadAssignments.startDate, date),
        or(isNull(loadAssignments.endDate), gt(loadAssignments.endDate, date)),
      ),
    )
    .get()?.teacherId;
}

/**
 * Whether an employee may fill a line's lesson on a date: the teacher responsible that day, or a substitute whose
 * dates cover it; on no day outside the line's period (those lessons belong to another period's line).
 */
export function mayFillLesson(j: Journal, employeeId: string, lineId: string, date: string): boolean {
  const line = findLine(j, lineId);
  const period = line ? listYears(j).flatMap((y) => y.periods).find((p) => p.id === line.periodId) : undefined;
  if (!period || date < period.startDate || date > period.endDate) return false;
  if (teacherOn(j, lineId, date) === employeeId) return true;
  const covering = j.orm
    .select({ id: substitutions.id })
    .from(substitutions)
    .where(
      and(
        eq(substitutions.lineId, lineId),
        eq(substitutions.substituteId, employeeId),
        eq(substitutions.deleted, 0),
        lte(substitutions.startDate, date),
        gte(substitutions.endDate, date),
      ),
    )
    .get();
  return covering !== undefined;
}

/**
 * `mayFillLesson` for many days of one line at once (a journal page's lessons, a mark typed into one): the same
 * rule, read in two queries, for a caller that already holds the line's period.
 */
export function daysFilledBy(
  j: Journal,
  employeeId: string,
  lineId: string,
  period: { startDate: string; endDate: string },
  days: readonly string[],
): Set<string> {
  const assigned = assignmentsOf(j, lineId).filter((a) => a.teacherId === employeeId);
  const substituting = substitutionsOf(j, lineId).filter((s) => s.substituteId === employeeId);
  return new Set(
    days.filter(
      (d) =>
        d >= period.startDate &&
        d <= period.endDate &&
        (assigned.some((a) => a.startDate <= d && (a.endDate === null || a.endDate > d)) || substituting.some((s) => s.startDate <= d && d <= s.endDate)),
    ),
  );
}

/**
 * The groups an employee teaches in the given years: a line they teach or taught (an assignment) or
 * substitute on. Lets the contingent show a teacher their students' names.
 */
export function groupsTaughtBy(j: Journal, employeeId: string, yearIds: readonly string[]): Set<string> {
  if (yearIds.length === 0) return new Set();
  const assigned = j.orm
    .selectDistinct({ groupId: loadLines.groupId })
    .from(loadAssignments)
    .innerJoin(loadLines, eq(loadLines.id, loadAssignments.lineId))
    .where(
      and(eq(loadAssignments.teacherId, employeeId), eq(loadAssignments.deleted, 0), eq(loadLines.deleted, 0), inArray(loadLines.yearId, [...yearIds])),
    )
    .all();
  const substituted = j.orm
    .selectDistinct({ groupId: loadLines.groupId })
    .from(substitutions)
    .innerJoin(loadLines, eq(loadLines.id, substitutions.lineId))
    .where(and(eq(substitutions.substituteId, employeeId), eq(substitutions.deleted, 0), eq(loadLines.deleted, 0), inArray(loadLines.yearId, [...yearIds])))
    .all();
  return new Set([...assigned, ...substituted].map((r) => r.groupId));
}

/** The lines a teacher is responsible for now, in a year. */
export function linesOfTeacher(j: Journal, teacherId: string, yearId: string): LineRow[] {
  return j.orm
    .select()
    .from(loadLines)
    .where(and(eq(loadLines.teacherId, teacherId), eq(loadLines.yearId, yearId), eq(loadLines.deleted, 0)))
    .all();
}

/** The substitutions an employee has been given, on any line. */
export function substitutionsBy(j: Journal, employeeId: string): SubstitutionRow[] {
  return j.orm
    .select()
    .from(substitutions)
    .where(and(eq(substitutions.substituteId, employeeId), eq(substitutions.deleted, 0)))
    .orderBy(asc(substitutions.startDate))
    .all();
}

/** Every line that is an employee's own (see `isOwnLine`), at once: for a list of pages. */
export function ownLineIds(j: Journal, employeeId: string): Set<string> {
  const assigned = j.orm
    .select({ lineId: loadAssignments.lineId })
    .from(loadAssignments)
    .where(and(eq(loadAssignments.teacherId, employeeId), eq(loadAssignments.deleted, 0)))
    .all();
  return new Set([...assigned.map((a) => a.lineId), ...substitutionsBy(j, employeeId).map((s) => s.lineId)]);
}

/** Whether a line is an employee's own: they teach or taught it, or substitute on it. */
export function isOwnLine(j: Journal, employeeId: string, lineId: string): boolean {
  const assigned = j.orm
    .select({ id: loadAssignments.id })
    .from(loadAssignments)
    .where(and(eq(loadAssignments.lineId, lineId), eq(loadAssignments.teacherId, employeeId), eq(loadAssignments.deleted, 0)))
    .get();
  if (assigned) return true;
  const substituting = j.orm
    .select({ id: substitutions.id })
    .from(substitutions)
    .where(and(eq(substitutions.lineId, lineId), eq(substitutions.substituteId, employeeId), eq(substitutions.deleted, 0)))
    .get();
  return substituting !== undefined;
}

/** Every line of a discipline, in any year: where a thematic plan may be copied from. */
export function linesOfDiscipline(j: Journal, disciplineId: string): LineRow[] {
  return j.orm
    .select()
    .from(loadLines)
    .where(and(eq(loadLines.disciplineId, disciplineId), eq(loadLines.deleted, 0)))
    .all();
}
