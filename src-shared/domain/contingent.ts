import { z } from 'zod';

export const studyForms = ['full_time', 'part_time', 'extramural'] as const;
export const studyFormSchema = z.enum(studyForms);
export type StudyForm = z.infer<typeof studyFormSchema>;

export const fundings = ['budget', 'contract', 'mixed'] as const;
export const fundingSchema = z.enum(fundings);
export type Funding = z.infer<typeof fundingSchema>;

export const sexes = ['male', 'female'] as const;
export const sexSchema = z.enum(sexes);
export type Sex = z.infer<typeof sexSchema>;

/** Where a student stands; orders move them between these. */
export const studentStatuses = ['applicant', 'studying', 'academic_leave', 'expelled', 'graduated'] as const;
export const studentStatusSchema = z.enum(studentStatuses);
export type StudentStatus = z.infer<typeof studentStatusSchema>;

export const orderTypes = [
  'enrollment',
  'expulsion',
  'transfer',
  'academic_leave',
  'return_from_leave',
  'reinstatement',
  'graduation',
  'promotion',
] as const;
export const orderTypeSchema = z.enum(orderTypes);
export type OrderType = z.infer<typeof orderTypeSchema>;

/** Made only by the year rollover (every group at once), never through an ordinary order about chosen students. */
export const rolloverOrderType = 'promotion' satisfies OrderType;
export type ManualOrderType = Exclude<OrderType, typeof rolloverOrderType>;
export const manualOrderTypes = orderTypes.filter((o): o is ManualOrderType => o !== rolloverOrderType);

/** Order types that place the student in a group (the item names the group). */
export const orderTypesWithTargetGroup: ReadonlySet<OrderType> = new Set(['enrollment', 'transfer', 'return_from_leave', 'reinstatement']);

/**
 * СНИЛС check digits (Pension Fund rules): the first nine digits weighted 9…1; a sum under 100 is the check
 * number itself, 100 and 101 give 00, larger sums are taken mod 101 (100 again giving 00). Numbers up to
 * 001-001-998 were issued without a meaningful check.
 */
export function isValidSnils(value: string): boolean {
  const digits = value.replace(/[\s-]/g, '');
  if (!/^\d{11}$/.test(digits)) return false;
  const body = digits.slice(0, 9);
  const check = Number(digits.slice(9));
  if (Number(body) <= 1001998) return true;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(body[i]) * (9 - i);
  const expected = sum < 100 ? sum : sum <= 101 ? 0 : sum % 101 === 100 ? 0 : sum % 101;
  return check === expected;
}

/** СНИЛС as printed: 112-233-445 95. */
export function formatSnils(value: string): string {
  const d = value.replace(/[\s-]/g, '');
  return `${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6, 9)} ${d.slice(9, 11)}`;
}
