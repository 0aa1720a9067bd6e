import { t } from '../../../src-shared/i18n/ru';
import { parseRoles, type UserRow } from '../auth/users';
import { AppError } from '../errors';
import type { Journal } from '../journal';
import { findLine, isOwnLine, type LineRow } from '../load/queries';
import { LoadNames } from '../load/views';
import { employeeOfUser } from '../staff/lookup';

const e = t.errors;

export interface KtpLine {
  line: LineRow;
  names: LoadNames;
  /** Whether this user may change the plan now: their own line (or any, for the office), in a year still open. */
  canEdit: boolean;
  /** Why not, when the user could otherwise: the year is closed. */
  closedYear: string | null;
}

/**
 * Who sees a line's thematic plan: the office and the administrator (and they change any), the director, the line's
 * teacher (who keeps it), those who taught or substitute on it, and the curator of its group. Others are refused.
 */
export function openKtpLine(j: Journal, user: UserRow, lineId: string): KtpLine {
  const line = findLine(j, lineId);
  if (!line) throw new AppError('not_found', e.loadLineNotFound);
  const names = new LoadNames(j);
  const year = names.year(line.yearId);
  const closedYear = year?.closed ? year.name : null;
  const roles = parseRoles(user.roles);
  const employee = employeeOfUser(j, user.id);
  const keeps = roles.some((r) => r === 'admin' || r === 'office') || (roles.includes('teacher') && employee?.id === line.teacherId);
  if (keeps) return { line, names, canEdit: closedYear === null, closedYear };
  const reads =
    roles.includes('director') ||
    (employee !== undefined && isOwnLine(j, employee.id, line.id)) ||
    (roles.includes('curator') && names.group(line.groupId)?.curatorUserId === user.id);
  if (!reads) throw new AppError('forbidden', e.ktpNotYourLine);
  return { line, names, canEdit: false, closedYear: null };
}

/** A line whose plan this user may change now; a reader and a closed year are refused, each in its own words. */
export function editableKtpLine(j: Journal, user: UserRow, lineId: string): KtpLine {
  const opened = openKtpLine(j, user, lineId);
  if (opened.closedYear !== null) throw new AppError('conflict', e.ktpYearClosed(opened.closedYear));
  if (!opened.canEdit) throw new AppError('forbidden', e.ktpReadOnly);
  return opened;
}
