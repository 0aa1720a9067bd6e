import { z } from 'zod';
import { isValidSnils } from '../domain/contingent';
import { earliestBirthDate, employmentTypeSchema, positionSchema, qualificationCategorySchema } from '../domain/staff';
import { t } from '../i18n/ru';
import { isoDate } from './calendar';
import { empty, idField, requiredText } from './fields';

const optionalText = (max: number) => z.string().trim().max(max, t.validation.tooLong(max)).default('');

/**
 * `firstName`, not `name`: validation messages name a field by its key, and «Название» (the label of groups'
 * and specialties' `name`) is wrong for a person. Cross-field rules (dismissal after hire, age at hire) need
 * the core's clock and records: the core checks them.
 */
export const employeeInput = z.object({
  surname: requiredText(100),
  firstName: requiredText(100),
  patronymic: optionalText(100),
  birthDate: isoDate.refine((d) => d >= earliestBirthDate, t.validation.bornTooEarly),
  positions: z
    .array(positionSchema)
    .min(1, t.validation.atLeastOnePosition)
    .transform((p) => [...new Set(p)]),
  employmentType: employmentTypeSchema.default('main'),
  education: optionalText(500),
  category: qualificationCategorySchema.default('none'),
  hireDate: isoDate,
  dismissalDate: isoDate.nullable().default(null),
  phone: optionalText(40),
  email: z.union([z.literal(''), z.email(t.validation.email)]).default(''),
  snils: z
    .string()
    .trim()
    .default('')
    .refine((v) => v === '' || isValidSnils(v), t.validation.snils),
  userId: idField.nullable().default(null),
  notes: optionalText(2000),
});
export type EmployeeInput = z.output<typeof employeeInput>;

export const employeeSummary = z.object({
  id: z.string(),
  fullName: z.string(),
  positions: z.array(positionSchema),
  employmentType: employmentTypeSchema,
  category: qualificationCategorySchema,
  hireDate: z.string(),
  dismissalDate: z.string().nullable(),
  /** Dismissed by today's date on this workstation: the dismissal date was the last working day. */
  dismissed: z.boolean(),
  phone: z.string(),
  email: z.string(),
  userLogin: z.string().nullable(),
});
export type EmployeeSummary = z.infer<typeof employeeSummary>;

export const employeeCard = employeeInput.extend({
  id: z.string(),
  dismissed: z.boolean(),
  userLogin: z.string().nullable(),
});
export type EmployeeCard = z.infer<typeof employeeCard>;

export const linkableUser = z.object({
  id: z.string(),
  login: z.string(),
  fullName: z.string(),
  /** The employee this account is already linked to, if any. */
  employeeId: z.string().nullable(),
  employeeName: z.string().nullable(),
});
export type LinkableUser = z.infer<typeof linkableUser>;

export const staffApi = {
  'staff.list': {
    input: z.object({
      query: z.string().trim().max(100).default(''),
      position: positionSchema.optional(),
      includeDismissed: z.boolean().default(false),
    }),
    output: z.object({ employees: z.array(employeeSummary) }),
  },
  'staff.get': { input: z.object({ employeeId: idField }), output: z.object({ employee: employeeCard }) },
  'staff.create': { input: employeeInput, output: z.object({ employee: employeeCard }) },
  'staff.update': { input: employeeInput.extend({ employeeId: idField }), output: z.object({ employee: employeeCard }) },
  /** Active accounts an employee may be linked to: HR does not see users.list. */
  'staff.listLinkableUsers': { input: empty, output: z.object({ users: z.array(linkableUser) }) },
} as const;
