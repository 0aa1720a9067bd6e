import { z } from 'zod';
import { t } from '../i18n/ru';
import { idField, requiredText } from './fields';

export const periodLockView = z.object({
  id: z.string(),
  yearId: z.string(),
  number: z.number(),
  name: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  closed: z.boolean(),
  /** Why it was last closed or reopened; '' when it never was. */
  reason: z.string(),
});
export type PeriodLockView = z.infer<typeof periodLockView>;

export const periodsApi = {
  'periods.list': { input: z.object({ yearId: idField }), output: z.object({ periods: z.array(periodLockView) }) },
  /** After closing no one changes the period's lessons, attendance, marks or finals, on any workstation. */
  'periods.close': {
    input: z.object({ periodId: idField, reason: z.string().trim().max(500, t.validation.tooLong(500)).default('') }),
    output: periodLockView,
  },
  'periods.reopen': { input: z.object({ periodId: idField, reason: requiredText(500) }), output: periodLockView },
} as const;
