import type { AcademicYearView } from '../../../src-shared/api/calendar';
import {
  hourKinds,
  plannedHourKinds,
  type ComparisonStatus,
  type HourKind,
  type HoursView,
  type PlannedHoursView,
} from '../../../src-shared/api/load';

export type Hours = Record<HourKind, number>;
export type PlannedHours = Record<(typeof plannedHourKinds)[number], number>;

export const noHours = (): Hours => ({ theory: 0, practical: 0, lab: 0, project: 0, consultation: 0, exam: 0 });

export function addHours(a: Hours, b: Hours): Hours {
  const sum = noHours();
  for (const k of hourKinds) sum[k] = a[k] + b[k];
  return sum;
}

export function withTotal(h: Hours): HoursView {
  return { ...h, total: hourKinds.reduce((s, k) => s + h[k], 0) };
}

export function plannedWithTotal(h: PlannedHours): PlannedHoursView {
  return { ...h, total: plannedHourKinds.reduce((s, k) => s + h[k], 0) };
}

/** The hours of a line as its row stores them. */
export function hoursOfLine(row: {
  hoursTheory: number;
  hoursPractical: number;
  hoursLab: number;
  hoursProject: number;
  hoursConsultation: number;
  hoursExam: number;
}): Hours {
  return {
    theory: row.hoursTheory,
    practical: row.hoursPractical,
    lab: row.hoursLab,
    project: row.hoursProject,
    consultation: row.hoursConsultation,
    exam: row.hoursExam,
  };
}

export function hourFields(h: Hours): Record<string, number> {
  return {
    hours_theory: h.theory,
    hours_practical: h.practical,
    hours_lab: h.lab,
    hours_project: h.project,
    hours_consultation: h.consultation,
    hours_exam: h.exam,
  };
}

/**
 * A plan sets the contact hours a teacher gives: theory, practical, lab and course project. Self-study is the
 * students' own work, not load, and the plan's total includes it, so it is not what lines are checked against.
 */
export function requiredOf(item: { hoursTheory: number; hoursPractical: number; hoursLab: number; hoursProject: number }): PlannedHours {
  return { theory: item.hoursTheory, practical: item.hoursPractical, lab: item.hoursLab, project: item.hoursProject };
}

/**
 * Assigned against required, kind by kind (consultations and exams are the college's own and not compared):
 * short of any kind is `under`, beyond any is `over`, both at once `mixed`; no plan for it is `unplanned`.
 */
export function compareWithPlan(required: PlannedHours | null, assigned: Hours): { difference: PlannedHoursView | null; status: ComparisonStatus } {
  if (!required) return { difference: null, status: 'unplanned' };
  const diff = { theory: 0, practical: 0, lab: 0, project: 0 };
  for (const k of plannedHourKinds) diff[k] = assigned[k] - required[k];
  const short = plannedHourKinds.some((k) => diff[k] < 0);
  const beyond = plannedHourKinds.some((k) => diff[k] > 0);
  return { difference: plannedWithTotal(diff), status: short && beyond ? 'mixed' : short ? 'under' : beyond ? 'over' : 'ok' };
}

/** What no line covers yet: the shortfall of each kind, zero where enough is assigned. */
export function shortfall(required: PlannedHours, assigned: Hours): PlannedHours {
  const missing = { theory: 0, practical: 0, lab: 0, project: 0 };
  for (const k of plannedHourKinds) missing[k] = Math.max(0, required[k] - assigned[k]);
  return missing;
}

/**
 * The group's course in an academic year, counted from its admission year (plans count semesters from
 * admission). The group's stored course is today's, and would be wrong for any other year.
 */
export function courseInYear(admissionYear: number, yearStartDate: string): number {
  return Number(yearStartDate.slice(0, 4)) - admissionYear + 1;
}

/** Inclusive date ranges that share at least one day (ISO dates compare as strings). */
export function rangesOverlap(a: { startDate: string; endDate: string }, b: { startDate: string; endDate: string }): boolean {
  return a.startDate <= b.endDate && b.startDate <= a.endDate;
}

/** The year a teacher means without naming one: the one today falls in, else the latest begun, else the first to come. */
export function currentYear(years: readonly AcademicYearView[], today: string): AcademicYearView | undefined {
  const byStart = [...years].sort((a, b) => a.startDate.localeCompare(b.startDate));
  return (
    byStart.find((y) => y.startDate <= today && today <= y.endDate) ??
    byStart.filter((y) => y.startDate <= today).at(-1) ??
    byStart[0]
  );
}
