import { z } from 'zod';

export const periodKinds = ['semester', 'quarter', 'iteration'] as const;
export const periodKindSchema = z.enum(periodKinds);
export type PeriodKind = z.infer<typeof periodKindSchema>;

export interface PeriodDraft {
  name: string;
  startDate: string;
  endDate: string;
}

/**
 * The usual split of an academic year that starts in one calendar year and ends in the next: two semesters
 * (autumn to 31 December, then spring), or four quarters. Iterations have no usual split: one to start with.
 * A suggestion for the form; the core checks whatever the office finally enters.
 */
export function suggestPeriods(kind: PeriodKind, startDate: string, endDate: string): PeriodDraft[] {
  const startYear = startDate.slice(0, 4);
  const endYear = endDate.slice(0, 4);
  if (kind === 'semester') {
    return [
      { name: '1 семестр', startDate, endDate: `${startYear}-12-31` },
      { name: '2 семестр', startDate: `${endYear}-01-09`, endDate },
    ];
  }
  if (kind === 'quarter') {
    return [
      { name: '1 четверть', startDate, endDate: `${startYear}-10-31` },
      { name: '2 четверть', startDate: `${startYear}-11-08`, endDate: `${startYear}-12-31` },
      { name: '3 четверть', startDate: `${endYear}-01-09`, endDate: `${endYear}-03-22` },
      { name: '4 четверть', startDate: `${endYear}-03-31`, endDate },
    ];
  }
  return [{ name: '1 итерация', startDate, endDate }];
}
