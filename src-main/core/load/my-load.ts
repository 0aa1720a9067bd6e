import type { z } from 'zod';
import type { LineDetails, loadApi } from '../../../src-shared/api/load';
import { t } from '../../../src-shared/i18n/ru';
import { parseRoles, type UserRow } from '../auth/users';
import { AppError } from '../errors';
import type { Journal } from '../journal';
import { employeeOfUser } from '../staff/lookup';
import { lineDetails } from './lines';
import { findLine, isOwnLine, linesOfTeacher, substitutionsBy } from './queries';
import { currentYear } from './rules';
import { LoadNames, sortLines } from './views';
import { localIsoDate } from '../dates';

type MyLoad = z.output<(typeof loadApi)['load.myLoad']['output']>;

/** The signed-in user's lines and substitutions in a year, found through the staff record their account is linked to. */
export function myLoad(j: Journal, user: UserRow, yearId: string | undefined): MyLoad {
  const names = new LoadNames(j);
  const year = yearId ? names.year(yearId) : currentYear(names.years(), localIsoDate(j.now()));
  if (yearId && !year) throw new AppError('not_found', t.errors.yearNotFound);
  const employee = employeeOfUser(j, user.id);
  if (!employee) return { yearId: year?.id ?? null, lines: [], substitutions: [], hint: t.errors.loadNoEmployee };
  if (!year) return { yearId: null, lines: [], substitutions: [], hint: null };
  const withPeriod = <T extends { periodId: string }>(v: T) => {
    const period = names.period(v.periodId);
    return { ...v, periodStartDate: period?.startDate ?? '', periodEndDate: period?.endDate ?? '' };
  };
  const lines = sortLines(names, linesOfTeacher(j, employee.id, year.id).map((l) => names.line(l))).map(withPeriod);
  const substitutions = substitutionsBy(j, employee.id).flatMap((s) => {
    const line = findLine(j, s.lineId);
    return line && line.yearId === year.id ? [{ ...names.substitution(s), line: names.line(line) }] : [];
  });
  return { yearId: year.id, lines, substitutions, hint: null };
}

const overseers = new Set(['admin', 'director', 'office']);

/** A line for those who oversee the load; a teacher or curator only their own (taught, teaching or substituting). */
export function viewableLine(j: Journal, user: UserRow, lineId: string): LineDetails {
  const details = lineDetails(j, lineId);
  if (parseRoles(user.roles).some((r) => overseers.has(r))) return details;
  const employee = employeeOfUser(j, user.id);
  if (!employee || !isOwnLine(j, employee.id, lineId)) throw new AppError('forbidden', t.errors.loadNotYourLine);
  return details;
}
