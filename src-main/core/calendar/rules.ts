import { t } from '../../../src-shared/i18n/ru';
import type { PeriodDraft } from '../../../src-shared/domain/calendar';

export interface YearShape {
  name: string;
  startDate: string;
  endDate: string;
  periods: PeriodDraft[];
}

export interface Problem {
  field: 'name' | 'startDate' | 'endDate' | 'periods';
  message: string;
}

/** The first thing wrong with a year and its periods (ISO dates compare as strings), or null. */
export function yearProblem(year: YearShape, others: { name: string; startDate: string; endDate: string }[]): Problem | null {
  if (year.endDate < year.startDate) return { field: 'endDate', message: t.errors.endBeforeStart };
  const sameName = others.find((o) => o.name === year.name);
  if (sameName) return { field: 'name', message: t.errors.yearNameTaken(year.name) };
  const overlapping = others.find((o) => o.startDate <= year.endDate && year.startDate <= o.endDate);
  if (overlapping) return { field: 'startDate', message: t.errors.yearOverlaps(overlapping.name) };
  for (const p of year.periods) {
    if (p.endDate < p.startDate) return { field: 'periods', message: t.errors.periodBackwards(p.name) };
    if (p.startDate < year.startDate || p.endDate > year.endDate) return { field: 'periods', message: t.errors.periodOutsideYear(p.name) };
  }
  const sorted = [...year.periods].sort((a, b) => (a.startDate < b.startDate ? -1 : 1));
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]!.startDate <= sorted[i - 1]!.endDate) return { field: 'periods', message: t.errors.periodsOverlap(sorted[i - 1]!.name, sorted[i]!.name) };
  }
  return null;
}
