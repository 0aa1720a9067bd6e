import { z } from 'zod';
import { fundingSchema, isValidSnils, orderTypeSchema, sexSchema, studentStatusSchema } from '../domain/contingent';
import { t } from '../i18n/ru';
import { isoDate } from './calendar';
import { idField, requiredText } from './fields';

const optionalText = (max: number) => z.string().trim().max(max, t.validation.tooLong(max)).default('');

export const representativeSchema = z.object({
  fullName: requiredText(200),
  relation: optionalText(60),
  phone: optionalText(40),
  email: z.union([z.literal(''), z.email(t.validation.email)]).default(''),
});

export const studentInput = z.object({
  surname: requiredText(100),
  name: requiredText(100),
  patronymic: optionalText(100),
  birthDate: isoDate,
  sex: sexSchema,
  recordBook: z.string({ error: t.validation.required }).trim().regex(/^[\p{L}\d/-]{1,20}$/u, t.validation.recordBook),
  snils: z
    .string()
    .trim()
    .default('')
    .refine((v) => v === '' || isValidSnils(v), t.validation.snils),
  phone: optionalText(40),
  email: z.union([z.literal(''), z.email(t.validation.email)]).default(''),
  address: optionalText(300),
  funding: fundingSchema.exclude(['mixed']),
  representatives: z.array(representativeSchema).max(4, t.validation.tooMany(4)).default([]),
  notes: optionalText(2000),
});
export type StudentInput = z.output<typeof studentInput>;

export const studentSummary = z.object({
  id: z.string(),
  fullName: z.string(),
  recordBook: z.string(),
  status: studentStatusSchema,
  groupId: z.string().nullable(),
  groupName: z.string().nullable(),
  /** Known by name only (a teacher's student): no record book, no card. */
  namesOnly: z.boolean(),
});
export type StudentSummary = z.infer<typeof studentSummary>;

export const membershipView = z.object({
  groupId: z.string(),
  groupName: z.string(),
  startDate: z.string(),
  /** Exclusive: the student belongs to the group on days before this one. */
  endDate: z.string().nullable(),
});

export const studentOrderRef = z.object({
  orderId: z.string(),
  number: z.string(),
  date: z.string(),
  type: orderTypeSchema,
  effectiveDate: z.string(),
  cancelled: z.boolean(),
});

export const studentCard = studentInput.extend({
  id: z.string(),
  status: studentStatusSchema,
  memberships: z.array(membershipView),
  orders: z.array(studentOrderRef),
});
export type StudentCard = z.infer<typeof studentCard>;

export const studentsApi = {
  'students.list': {
    input: z.object({
      query: z.string().trim().max(100).default(''),
      groupId: idField.optional(),
      status: studentStatusSchema.optional(),
    }),
    output: z.object({ students: z.array(studentSummary) }),
  },
  'students.get': { input: z.object({ studentId: idField }), output: z.object({ student: studentCard }) },
  'students.create': { input: studentInput, output: z.object({ student: studentCard }) },
  'students.update': { input: studentInput.extend({ studentId: idField }), output: z.object({ student: studentCard }) },
} as const;
