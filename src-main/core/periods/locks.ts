import { eq } from 'drizzle-orm';
import type { PeriodLockView } from '../../../src-shared/api/periods';
import { t } from '../../../src-shared/i18n/ru';
import { listYears } from '../calendar/years';
import { AppError } from '../errors';
import type { Journal } from '../journal';
import { setFields } from '../oplog/changes';
import { cachedStatement } from '../store/statements';
import { periodLocks } from './schema';

const e = t.errors;

/** Whether a period is closed now, and the reason last given; a period never closed is open. */
export function lockOf(j: Journal, periodId: string): { closed: boolean; reason: string } {
  const row = cachedStatement(j.db, 'SELECT closed, reason FROM period_locks WHERE id = ?').get(periodId) as { closed: number; reason: string } | undefined;
  return { closed: row?.closed === 1, reason: row?.reason ?? '' };
}

/** Every period's lock at once, for lists of pages. */
export function closedPeriodIds(j: Journal): Set<string> {
  return new Set(
    j.orm
      .select({ id: periodLocks.id })
      .from(periodLocks)
      .where(eq(periodLocks.closed, 1))
      .all()
      .map((r) => r.id),
  );
}

function findPeriod(j: Journal, periodId: string) {
  for (const year of listYears(j)) {
    const period = year.periods.find((p) => p.id === periodId);
    if (period) return { year, period };
  }
  throw new AppError('not_found', e.periodNotFound);
}

function view(j: Journal, yearId: string, p: { id: string; number: number; name: string; startDate: string; endDate: string }): PeriodLockView {
  return { ...p, yearId, ...lockOf(j, p.id) };
}

export function listPeriods(j: Journal, yearId: string): PeriodLockView[] {
  const year = listYears(j).find((y) => y.id === yearId);
  if (!year) throw new AppError('not_found', t.errors.yearNotFound);
  return year.periods.map((p) => view(j, year.id, p));
}

/**
 * Closes or reopens a period: one `closed` op with the reason. The op log's period-closed rule makes every later
 * edit of the period's lessons, attendance, marks and finals void on every replica, however late it arrives.
 */
function setClosed(j: Journal, actorId: string, periodId: string, closed: boolean, reason: string): PeriodLockView {
  return j.db.transaction(() => {
    const { year, period } = findPeriod(j, periodId);
    if (year.closed) throw new AppError('conflict', e.periodYearClosed(year.name));
    const current = lockOf(j, periodId);
    if (closed && current.closed) throw new AppError('conflict', e.periodAlreadyClosed(period.name));
    if (!closed && !current.closed) throw new AppError('conflict', e.periodNotClosed(period.name));
    j.oplog.commit(actorId, setFields('period_lock', periodId, { closed, reason }), reason === '' ? null : reason);
    return view(j, year.id, period);
  })();
}

export const closePeriod = (j: Journal, actorId: string, periodId: string, reason: string) => setClosed(j, actorId, periodId, true, reason);
export const reopenPeriod = (j: Journal, actorId: string, periodId: string, reason: string) => setClosed(j, actorId, periodId, false, reason);
