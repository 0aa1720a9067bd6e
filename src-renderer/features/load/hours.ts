import type { AcademicYearView } from '../../../src-shared/api';
import { hourKinds, type ComparisonStatus, type HourKind } from '../../../src-shared/api/load';
import { ui } from '../../../src-shared/i18n/ui';

type SomeHours = Partial<Record<HourKind, number>> & { total: number };

/** Hours as the office reads them in a cell: the kinds that have any, then the sum («Т 32 · П 16 = 48»). */
export function hoursText(h: SomeHours): string {
  const parts = hourKinds.flatMap((k) => (h[k] ? [`${ui.load.kinds[k]} ${h[k]}`] : []));
  if (parts.length === 0) return '0';
  return parts.length === 1 ? parts[0]! : `${parts.join(' · ')} = ${h.total}`;
}

/** A difference against the plan: only the kinds that differ, signed («Т −10 · П +4»); a dash when there is no plan. */
export function differenceText(d: SomeHours | null): string {
  if (!d) return ui.load.notInPlan;
  const parts = hourKinds.flatMap((k) => {
    const v = d[k] ?? 0;
    return v ? [`${ui.load.kinds[k]} ${v > 0 ? '+' : '−'}${Math.abs(v)}`] : [];
  });
  return parts.length > 0 ? parts.join(' · ') : '0';
}

/** The row class that highlights a discipline short of (or beyond) its plan; the status is also said in words. */
export function statusClass(status: ComparisonStatus): string {
  return status === 'ok' ? '' : `load-row--${status}`;
}

/** The year a page opens on: the one running today, else the newest open one, else the newest. */
export function defaultYear(years: readonly AcademicYearView[]): AcademicYearView | undefined {
  const d = new Date();
  const today = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  return years.find((y) => y.startDate <= today && today <= y.endDate) ?? years.find((y) => !y.closed) ?? years[0];
}
