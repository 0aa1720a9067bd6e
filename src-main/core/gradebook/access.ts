import { fieldLabels, fieldLabelsByModule, t } from '../../../src-shared/i18n/ru';
import { parseRoles, type UserRow } from '../auth/users';
import { findPeriod } from '../calendar/years';
import { readSetting } from '../college/college';
import { groupNameAndCurator } from '../contingent/groups';
import { AppError, fieldError } from '../errors';
import type { Journal } from '../journal';
import { daysFilledBy, findLine, isOwnLine, type LineRow } from '../load/queries';
import { LoadNames } from '../load/views';
import { lockOf } from '../periods/locks';
import { employeeOfUser } from '../staff/lookup';
import { isPastWindow, lastFillDay } from './rules';
import { localIsoDate } from '../dates';

const e = t.errors;

/** A field's label as the journal's forms name it; a path (entries.3.mark1) by its last part. */
export function journalLabel(field: string): string {
  const key = field.split('.').at(-1) ?? field;
  return fieldLabelsByModule.journal?.[key] ?? fieldLabels[key] ?? key;
}

export const journalFieldError = (field: string, problem: string): AppError => fieldError(field, journalLabel(field), problem);

/** Who is asking, with what the journal's rules need to know about them. */
export interface Viewer {
  user: UserRow;
  /** The office or the administrator: any line, any day, with a reason after N days. */
  office: boolean;
  director: boolean;
  teacher: boolean;
  curator: boolean;
  employeeId: string | null;
}

export function viewerOf(j: Journal, user: UserRow): Viewer {
  const roles = parseRoles(user.roles);
  return {
    user,
    office: roles.includes('office') || roles.includes('admin'),
    director: roles.includes('director'),
    teacher: roles.includes('teacher'),
    curator: roles.includes('curator'),
    employeeId: roles.includes('teacher') ? (employeeOfUser(j, user.id)?.id ?? null) : null,
  };
}

/** A page with what every rule about it reads: its period and year, whether it is closed, N and today. */
export interface PageContext {
  line: LineRow;
  names: LoadNames;
  period: { id: string; name: string; startDate: string; endDate: string };
  yearName: string;
  yearClosed: boolean;
  closed: { closed: boolean; reason: string };
  backdatingDays: number;
  today: string;
}

/** Read by every journal command and page: a few prepared statements, the names (for views) only when asked. */
export function pageContext(j: Journal, lineId: string): PageContext {
  const line = findLine(j, lineId);
  const period = line ? findPeriod(j, line.periodId) : undefined;
  if (!line || !period) throw new AppError('not_found', e.journalLineNotFound);
  return {
    line,
    names: new LoadNames(j),
    period: { id: period.id, name: period.name, startDate: period.startDate, endDate: period.endDate },
    yearName: period.yearName,
    yearClosed: period.yearClosed,
    closed: lockOf(j, period.id),
    backdatingDays: readSetting(j, 'backdatingDays'),
    today: localIsoDate(j.now()),
  };
}

/** The page may be read: the office, the director, its teachers and substitutes, the curator of its group. */
export function requireReadable(j: Journal, viewer: Viewer, ctx: PageContext): void {
  if (viewer.office || viewer.director) return;
  if (viewer.employeeId !== null && isOwnLine(j, viewer.employeeId, ctx.line.id)) return;
  if (curates(j, viewer, ctx)) return;
  throw notYours(viewer);
}

/** Why a page is not the viewer's: a teacher's account not linked to a staff record is told so, not just refused. */
function notYours(viewer: Viewer): AppError {
  if (viewer.teacher && viewer.employeeId === null) return new AppError('forbidden', e.journalNoEmployee);
  return new AppError('forbidden', viewer.curator && !viewer.teacher ? e.journalNotYourGroup : e.journalNotYourLine);
}

/** Nothing of a closed period or a closed year changes, whoever asks. */
export function requireOpen(ctx: PageContext): void {
  if (ctx.yearClosed) throw new AppError('conflict', e.journalYearClosed(ctx.yearName));
  if (ctx.closed.closed) throw new AppError('conflict', e.journalPeriodClosed(ctx.period.name));
}

/** Whether the viewer fills the page at all: the office, or a teacher who teaches, taught or substitutes on it. */
export function fillsPage(j: Journal, viewer: Viewer, ctx: PageContext): boolean {
  return viewer.office || (viewer.employeeId !== null && isOwnLine(j, viewer.employeeId, ctx.line.id));
}

/** The days (of those asked) the viewer may fill lessons of the page on: the office any; a teacher their own only. */
export function daysFilled(j: Journal, viewer: Viewer, ctx: PageContext, days: readonly string[]): Set<string> {
  if (viewer.office) return new Set(days);
  if (viewer.employeeId === null) return new Set();
  return daysFilledBy(j, viewer.employeeId, ctx.line.id, ctx.period, days);
}

export function fillsDay(j: Journal, viewer: Viewer, ctx: PageContext, day: string): boolean {
  return daysFilled(j, viewer, ctx, [day]).has(day);
}

/** Refuses a teacher a day that is not theirs; `field` names the input the day came in. */
export function requireFillsDay(j: Journal, viewer: Viewer, ctx: PageContext, day: string, field: string | null): void {
  if (fillsDay(j, viewer, ctx, day)) return;
  if (!fillsPage(j, viewer, ctx)) throw notYours(viewer);
  const message = e.journalNotYourLesson(day);
  throw field ? new AppError('forbidden', `«${journalLabel(field)}»: ${message}`, [{ field, message }]) : new AppError('forbidden', message);
}

/**
 * The back-dating rule as a command sees it (the void rule of the op log is the guarantee across replicas): after
 * N days only the office changes what is dated `day`, and it says why.
 */
export function requireWithinWindow(viewer: Viewer, ctx: PageContext, day: string, reason: string, tooLate: (lastDay: string) => string): void {
  if (!isPastWindow(ctx.today, day, ctx.backdatingDays)) return;
  if (!viewer.office) throw new AppError('conflict', tooLate(lastFillDay(day, ctx.backdatingDays)));
  if (reason === '') throw journalFieldError('reason', e.journalReasonRequired);
}

/** Finals are set by the line's teacher (and the office). */
export function setsFinals(viewer: Viewer, ctx: PageContext): boolean {
  return viewer.office || (viewer.employeeId !== null && viewer.employeeId === ctx.line.teacherId);
}

/** Absence reasons are the curator's (of this group) and the office's. */
export function setsAbsenceReasons(j: Journal, viewer: Viewer, ctx: PageContext): boolean {
  return viewer.office || curates(j, viewer, ctx);
}

/** The viewer is the curator of the page's group. */
function curates(j: Journal, viewer: Viewer, ctx: PageContext): boolean {
  return viewer.curator && groupNameAndCurator(j, ctx.line.groupId)?.curatorUserId === viewer.user.id;
}
