import { t } from '../../../src-shared/i18n/ru';

/** The last course of a programme: 2 years 10 months (34) end in the 3rd course, 3 years 10 months (46) in the 4th. */
export function finalCourse(durationMonths: number): number {
  return Math.ceil(durationMonths / 12);
}

export type PromotionFate = { kind: 'promote'; courseAfter: number } | { kind: 'graduate' } | { kind: 'problem'; message: string };

/**
 * What the rollover does to an active group: below its specialty's last course it moves up one, in the last
 * course it graduates. A group past the last course, or without a specialty, is the office's to sort out: the
 * rollover leaves it alone and says so.
 */
export function promotionFate(groupName: string, course: number, durationMonths: number | undefined): PromotionFate {
  if (durationMonths === undefined || durationMonths <= 0) return { kind: 'problem', message: t.errors.rolloverNoSpecialty(groupName) };
  const last = finalCourse(durationMonths);
  if (course < last) return { kind: 'promote', courseAfter: course + 1 };
  if (course === last) return { kind: 'graduate' };
  return { kind: 'problem', message: t.errors.rolloverCourseBeyondFinal(groupName, course, last) };
}
