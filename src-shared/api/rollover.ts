import { z } from 'zod';
import { studentStatusSchema } from '../domain/contingent';
import { academicYearView, yearInput } from './calendar';
import { idField } from './fields';
import { orderInput, orderView } from './orders';

/**
 * Closing an academic year and opening the next: the year closed, the next one (created unless a year with
 * the same dates exists), and the one order that promotes and graduates the groups.
 */
export const rolloverInput = z.object({
  yearId: idField,
  nextYear: yearInput,
  order: orderInput.pick({ number: true, date: true, effectiveDate: true, reason: true }),
});
export type RolloverInput = z.output<typeof rolloverInput>;

export const promotedGroup = z.object({
  groupId: z.string(),
  groupName: z.string(),
  specialtyCode: z.string(),
  courseBefore: z.number(),
  courseAfter: z.number(),
  students: z.number(),
});

export const graduatingGroup = z.object({
  groupId: z.string(),
  groupName: z.string(),
  specialtyCode: z.string(),
  course: z.number(),
  graduates: z.number(),
});

/** A student of a graduating group who does not graduate with it (on academic leave): their status stays. */
export const stayingStudent = z.object({
  studentId: z.string(),
  studentName: z.string(),
  groupName: z.string(),
  status: studentStatusSchema,
});

export const rolloverPreview = z.object({
  closingYear: z.object({ id: z.string(), name: z.string() }),
  /** `existingId` is set when a year with these dates already exists and will be used as it is. */
  nextYear: z.object({ name: z.string(), startDate: z.string(), endDate: z.string(), existingId: z.string().nullable() }),
  promoted: z.array(promotedGroup),
  graduating: z.array(graduatingGroup),
  staying: z.array(stayingStudent),
  /** Groups the rollover leaves as they are, and other things the office should see before confirming. */
  problems: z.array(z.string()),
});
export type RolloverPreview = z.infer<typeof rolloverPreview>;

export const rolloverApi = {
  /** Checks the rollover and shows what it would do, saving nothing. */
  'rollover.preview': { input: rolloverInput, output: rolloverPreview },
  'rollover.apply': { input: rolloverInput, output: z.object({ order: orderView, nextYear: academicYearView, closedYearId: z.string() }) },
} as const;
