import type { CellEntry } from '../../../src-shared/api/journal';
import { t } from '../../../src-shared/i18n/ru';

const e = t.errors;

/** An ISO day `n` days later (earlier for negative n), in calendar days whatever the time zone. */
export function addDays(isoDay: string, n: number): string {
  const d = new Date(`${isoDay}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** The UTC calendar day of a wall-clock time: the same on every replica. */
export function utcDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The last day a teacher may still fill what is dated `day` (a lesson, or a period's end for finals). */
export function lastFillDay(day: string, backdatingDays: number): string {
  return addDays(day, backdatingDays);
}

export function isPastWindow(today: string, day: string, backdatingDays: number): boolean {
  return today > lastFillDay(day, backdatingDays);
}

/** A dated interval of a student on a page: start inclusive, end exclusive, null while it lasts. */
export interface Stay {
  startDate: string;
  endDate: string | null;
}

export function inStays(stays: readonly Stay[], day: string): boolean {
  return stays.some((s) => s.startDate <= day && (s.endDate === null || s.endDate > day));
}

/**
 * The intervals of `a` that also lie in `b`, merged and clipped to [from, to] (both inclusive, a period): a subgroup
 * stay counts only while the student is in the group, and a page shows only its period.
 */
export function intersectStays(a: readonly Stay[], b: readonly Stay[], from: string, to: string): Stay[] {
  const end = addDays(to, 1);
  const out: Stay[] = [];
  for (const x of a) {
    for (const y of b) {
      const start = [x.startDate, y.startDate, from].reduce((m, d) => (d > m ? d : m));
      const stop = [x.endDate ?? end, y.endDate ?? end, end].reduce((m, d) => (d < m ? d : m));
      if (start < stop) out.push({ startDate: start, endDate: stop });
    }
  }
  return mergeStays(out, end);
}

/** Touching or overlapping intervals as one; an interval reaching past the period's end is open (null). */
function mergeStays(stays: Stay[], periodEndExclusive: string): Stay[] {
  const sorted = [...stays].sort((p, q) => p.startDate.localeCompare(q.startDate));
  const merged: { startDate: string; endDate: string }[] = [];
  for (const s of sorted) {
    const last = merged.at(-1);
    const stop = s.endDate ?? periodEndExclusive;
    if (last && s.startDate <= last.endDate) last.endDate = stop > last.endDate ? stop : last.endDate;
    else merged.push({ startDate: s.startDate, endDate: stop });
  }
  return merged.map((m) => ({ startDate: m.startDate, endDate: m.endDate >= periodEndExclusive ? null : m.endDate }));
}

/** What is wrong with a cell's state, by field: a second mark without a first, a mark for an absent student. */
export function cellProblem(c: Pick<CellEntry, 'attendance' | 'mark1' | 'mark2'>): { field: string; message: string } | null {
  if (c.mark2 !== '' && c.mark1 === '') return { field: 'mark2', message: e.journalMark2WithoutMark1 };
  if (c.attendance === 'absent' && c.mark1 !== '') return { field: 'mark1', message: e.journalMarkWhenAbsent };
  return null;
}

/** Whether a cell holds anything worth a row: an empty cell is no cell. */
export function cellIsEmpty(c: { attendance: string; mark1: string; mark2: string; absenceReason: string }): boolean {
  return c.attendance === '' && c.mark1 === '' && c.mark2 === '' && c.absenceReason === '';
}
