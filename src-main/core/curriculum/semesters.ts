import type { PeriodKind } from '../../../src-shared/domain/calendar';

/** Plans count semesters from admission: course 1 has semesters 1 and 2, course 5 has 9 and 10. */
export const maxPlanSemester = 10;
const maxCourse = maxPlanSemester / 2;

/**
 * The plan semester that a period of an academic year is for a group of the given course.
 * - semester years: period P of course C is semester (C-1)*2+P (P is 1 or 2);
 * - quarter years: quarters 1–2 fall in the autumn semester, 3–4 in the spring one, so P maps to ceil(P/2);
 * - iteration years are not divided in semesters (an iteration may cross the winter break): null.
 * Null too for a course or period number outside what a plan can hold, so a caller never reads a semester
 * that cannot exist.
 */
export function planSemester(course: number, periodNumber: number, periodKind: PeriodKind): number | null {
  if (!Number.isInteger(course) || course < 1 || course > maxCourse) return null;
  if (!Number.isInteger(periodNumber) || periodNumber < 1) return null;
  let half: number;
  if (periodKind === 'semester') {
    if (periodNumber > 2) return null;
    half = periodNumber;
  } else if (periodKind === 'quarter') {
    if (periodNumber > 4) return null;
    half = Math.ceil(periodNumber / 2);
  } else {
    return null;
  }
  return (course - 1) * 2 + half;
}

/**
 * How many semesters a specialty's duration spans: 46 months (3 years 10 months) are 8 semesters, 34 are 6,
 * 10 are 2. Capped at what a plan can hold.
 */
export function semestersOfDuration(durationMonths: number): number {
  return Math.min(maxPlanSemester, Math.max(1, Math.ceil(durationMonths / 6)));
}
