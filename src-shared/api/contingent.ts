import { z } from 'zod';
import { fundingSchema, studyFormSchema } from '../domain/contingent';
import { t } from '../i18n/ru';
import { empty, idField, requiredText } from './fields';

export const specialtyView = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  qualification: z.string(),
  durationMonths: z.number(),
  studyForm: studyFormSchema,
});
export type SpecialtyView = z.infer<typeof specialtyView>;

export const specialtyInput = z.object({
  code: z.string({ error: t.validation.required }).trim().regex(/^\d{2}\.\d{2}\.\d{2}$/, t.validation.specialtyCode),
  name: requiredText(300),
  qualification: requiredText(200),
  durationMonths: z
    .number({ error: t.validation.range(10, 60) })
    .int(t.validation.range(10, 60))
    .min(10, t.validation.range(10, 60))
    .max(60, t.validation.range(10, 60)),
  studyForm: studyFormSchema,
});

export const groupView = z.object({
  id: z.string(),
  name: z.string(),
  specialtyId: z.string(),
  specialtyCode: z.string(),
  course: z.number(),
  admissionYear: z.number(),
  studyForm: studyFormSchema,
  funding: fundingSchema,
  curatorUserId: z.string().nullable(),
  curatorName: z.string().nullable(),
  active: z.boolean(),
});
export type GroupView = z.infer<typeof groupView>;

export const groupInput = z.object({
  name: z.string({ error: t.validation.required }).trim().regex(/^[А-ЯЁA-Z]{1,6}-\d{1,3}(-\d{1,2})?[а-яёa-z]?$/u, t.validation.groupName),
  specialtyId: idField,
  course: z.number({ error: t.validation.range(1, 6) }).int().min(1, t.validation.range(1, 6)).max(6, t.validation.range(1, 6)),
  admissionYear: z.number({ error: t.validation.range(2000, 2100) }).int().min(2000, t.validation.range(2000, 2100)).max(2100, t.validation.range(2000, 2100)),
  studyForm: studyFormSchema,
  funding: fundingSchema,
  curatorUserId: idField.nullable(),
  active: z.boolean(),
});

export const contingentApi = {
  'contingent.listSpecialties': { input: empty, output: z.object({ specialties: z.array(specialtyView) }) },
  'contingent.createSpecialty': { input: specialtyInput, output: z.object({ specialty: specialtyView }) },
  'contingent.updateSpecialty': { input: specialtyInput.extend({ specialtyId: idField }), output: z.object({ specialty: specialtyView }) },
  'contingent.listGroups': { input: empty, output: z.object({ groups: z.array(groupView) }) },
  'contingent.createGroup': { input: groupInput, output: z.object({ group: groupView }) },
  'contingent.updateGroup': { input: groupInput.extend({ groupId: idField }), output: z.object({ group: groupView }) },
  /** Users who may be named curator of a group (role «curator»), for the group form. */
  'contingent.listCurators': { input: empty, output: z.object({ curators: z.array(z.object({ id: z.string(), fullName: z.string() })) }) },
} as const;
