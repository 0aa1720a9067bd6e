import { z } from 'zod';
import { orderTypeSchema, rolloverOrderType, studentStatusSchema } from '../domain/contingent';
import { t } from '../i18n/ru';
import { isoDate } from './calendar';
import { empty, idField, requiredText } from './fields';

export const orderItemInput = z.object({
  studentId: idField,
  /** The group the student enters (enrollment, transfer, return, reinstatement); empty for the others. */
  groupId: idField.nullable().default(null),
});

/** The promotion order is the year rollover's alone: asked for here, it is named as such, not as an unknown value. */
const manualOrderType = orderTypeSchema.exclude([rolloverOrderType], {
  error: (issue) => (issue.input === rolloverOrderType ? t.errors.promotionOnlyByRollover : undefined),
});

export const orderInput = z.object({
  number: z.string({ error: t.validation.required }).trim().min(1, t.validation.required).max(30, t.validation.tooLong(30)),
  date: isoDate,
  type: manualOrderType,
  effectiveDate: isoDate,
  reason: z.string().trim().max(500, t.validation.tooLong(500)).default(''),
  items: z.array(orderItemInput).min(1, t.validation.atLeastOneStudent).max(1000, t.validation.tooMany(1000)),
});
export type OrderInput = z.output<typeof orderInput>;

/** What an order does to one student, shown before it is applied and kept with it. */
export const orderEffect = z.object({
  studentId: z.string(),
  studentName: z.string(),
  fromGroupName: z.string().nullable(),
  toGroupName: z.string().nullable(),
  statusBefore: studentStatusSchema,
  statusAfter: studentStatusSchema,
});

/** What the year rollover did to one group: its course and whether it still studies, before and after. */
export const groupEffect = z.object({
  groupId: z.string(),
  groupName: z.string(),
  courseBefore: z.number(),
  courseAfter: z.number(),
  activeBefore: z.boolean(),
  activeAfter: z.boolean(),
});
export type GroupEffect = z.infer<typeof groupEffect>;

export const orderView = z.object({
  id: z.string(),
  number: z.string(),
  date: z.string(),
  type: orderTypeSchema,
  effectiveDate: z.string(),
  reason: z.string(),
  cancelled: z.boolean(),
  cancelReason: z.string(),
  effects: z.array(orderEffect),
  /** Only the promotion order moves whole groups; every other order leaves this empty. */
  groupEffects: z.array(groupEffect).default([]),
});
export type OrderView = z.infer<typeof orderView>;

export const ordersApi = {
  'orders.list': { input: empty, output: z.object({ orders: z.array(orderView) }) },
  /** Checks an order and shows its effects without saving anything. */
  'orders.preview': { input: orderInput, output: z.object({ effects: z.array(orderEffect) }) },
  'orders.apply': { input: orderInput, output: z.object({ order: orderView }) },
  'orders.cancel': {
    input: z.object({ orderId: idField, reason: requiredText(500) }),
    output: z.object({ order: orderView }),
  },
} as const;
