import { z } from 'zod';
import { periodKindSchema } from '../domain/calendar';
import { t } from '../i18n/ru';
import { empty, idField, requiredText } from './fields';

export const isoDate = z.iso.date({ error: t.validation.date });

export const periodView = z.object({
  id: z.string(),
  number: z.number(),
  name: z.string(),
  startDate: z.string(),
  endDate: z.string(),
});

export const academicYearView = z.object({
  id: z.string(),
  name: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  periodKind: periodKindSchema,
  periods: z.array(periodView),
  /** Closed by the year rollover: no more edits, no orders dated inside it. */
  closed: z.boolean(),
});
export type AcademicYearView = z.infer<typeof academicYearView>;

const periodInput = z.object({ name: requiredText(60), startDate: isoDate, endDate: isoDate });

export const yearInput = z.object({
  name: z.string({ error: t.validation.required }).trim().regex(/^\d{4}\/\d{4}$/, t.validation.yearName),
  startDate: isoDate,
  endDate: isoDate,
  periodKind: periodKindSchema,
  periods: z.array(periodInput).min(1, t.validation.atLeastOnePeriod).max(12, t.validation.tooMany(12)),
});

export const calendarApi = {
  'calendar.listYears': { input: empty, output: z.object({ years: z.array(academicYearView) }) },
  'calendar.createYear': { input: yearInput, output: z.object({ year: academicYearView }) },
  'calendar.updateYear': { input: yearInput.extend({ yearId: idField }), output: z.object({ year: academicYearView }) },
} as const;
