import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { groupEffect, type OrderView } from '../../../src-shared/api/orders';
import { orderTypeSchema, studentStatusSchema } from '../../../src-shared/domain/contingent';
import type { Journal } from '../journal';
import { orders } from './schema';

/** What an order did to one student, kept with the order so that cancelling it can undo exactly that. */
export const storedEffectSchema = z.object({
  studentId: z.string(),
  studentName: z.string(),
  fromGroupId: z.string().nullable(),
  fromGroupName: z.string().nullable(),
  toGroupId: z.string().nullable(),
  toGroupName: z.string().nullable(),
  statusBefore: studentStatusSchema,
  statusAfter: studentStatusSchema,
  closedMembershipId: z.string().nullable(),
  openedMembershipId: z.string().nullable(),
});
export type StoredEffect = z.infer<typeof storedEffectSchema>;

export type OrderRow = typeof orders.$inferSelect;

export function storedEffects(row: OrderRow): StoredEffect[] {
  return storedEffectSchema.array().catch([]).parse(JSON.parse(row.effects));
}

/**
 * What a promotion order did besides its students: every group it moved or graduated, and the years it
 * closed and opened. The year ids ride in `group_effects` beside the groups because cancelling the order must
 * reopen exactly that year and no other column of an order can say which one it was.
 */
export const storedRolloverSchema = z.object({
  closedYearId: z.string(),
  nextYearId: z.string(),
  groups: z.array(groupEffect),
});
export type StoredRollover = z.infer<typeof storedRolloverSchema>;

/** Null for every order but the promotion (their `group_effects` is the column's default, an empty list). */
export function storedRollover(row: OrderRow): StoredRollover | null {
  return storedRolloverSchema.nullable().catch(null).parse(JSON.parse(row.groupEffects));
}

export function toOrderView(row: OrderRow): OrderView {
  return {
    id: row.id,
    number: row.number,
    date: row.date,
    type: orderTypeSchema.catch('enrollment').parse(row.type),
    effectiveDate: row.effectiveDate,
    reason: row.reason,
    cancelled: row.cancelled === 1,
    cancelReason: row.cancelReason,
    effects: storedEffects(row).map(effectView),
    groupEffects: storedRollover(row)?.groups ?? [],
  };
}

/** The part of a stored effect people see: the membership ids it keeps for cancelling stay inside. */
export function effectView({ studentId, studentName, fromGroupName, toGroupName, statusBefore, statusAfter }: StoredEffect) {
  return { studentId, studentName, fromGroupName, toGroupName, statusBefore, statusAfter };
}

/** Orders in the order they were made (their first operation's time). */
export function allOrders(j: Journal): OrderRow[] {
  return j.orm.select().from(orders).where(eq(orders.deleted, 0)).orderBy(asc(orders.createdAt), asc(orders.id)).all();
}

export function ordersOfStudent(j: Journal, studentId: string) {
  return allOrders(j)
    .filter((o) => storedEffects(o).some((e) => e.studentId === studentId))
    .map((o) => ({
      orderId: o.id,
      number: o.number,
      date: o.date,
      type: orderTypeSchema.catch('enrollment').parse(o.type),
      effectiveDate: o.effectiveDate,
      cancelled: o.cancelled === 1,
    }));
}
