import { v7 as uuidv7 } from 'uuid';
import type { OrderInput, OrderView } from '../../../src-shared/api/orders';
import { orderTypesWithTargetGroup, rolloverOrderType, type ManualOrderType, type StudentStatus } from '../../../src-shared/domain/contingent';
import { fieldLabels, studentStatusLabels, t } from '../../../src-shared/i18n/ru';
import { closedYearAt, yearClosedChanges } from '../calendar/closing';
import { AppError, fieldError } from '../errors';
import type { Journal } from '../journal';
import type { EntityDef } from '../oplog/entities';
import { fieldChanges, setFields } from '../oplog/changes';
import type { Change } from '../oplog/types';
import { activeGroupNamed, listGroups } from './groups';
import { lastMembershipEnd, openMembership } from './memberships';
import { allOrders, storedEffects, storedRollover, toOrderView, type StoredEffect, type StoredRollover } from './order-history';
import { findStudents, fullName, studentStatus } from './students';

export const orderEntity: EntityDef = {
  entity: 'order',
  table: 'orders',
  fields: {
    number: 'text',
    date: 'text',
    type: 'text',
    effective_date: 'text',
    reason: 'text',
    effects: 'json',
    group_effects: 'json',
    cancelled: 'bool',
    cancel_reason: 'text',
    deleted: 'bool',
  },
};

/** Each type of order: whom it applies to, what status it leaves, whether it ends and starts a membership. */
const rules: Record<ManualOrderType, { from: readonly StudentStatus[]; to: StudentStatus; closes: boolean; opens: boolean }> = {
  enrollment: { from: ['applicant'], to: 'studying', closes: false, opens: true },
  expulsion: { from: ['studying', 'academic_leave'], to: 'expelled', closes: true, opens: false },
  transfer: { from: ['studying'], to: 'studying', closes: true, opens: true },
  academic_leave: { from: ['studying'], to: 'academic_leave', closes: true, opens: false },
  return_from_leave: { from: ['academic_leave'], to: 'studying', closes: false, opens: true },
  reinstatement: { from: ['expelled'], to: 'studying', closes: false, opens: true },
  graduation: { from: ['studying'], to: 'graduated', closes: true, opens: false },
};

interface Plan {
  orderId: string;
  effects: StoredEffect[];
  changes: Change[];
}

/** Order numbers run anew each calendar year: a number is refused if an order of the same year has it. */
export function checkOrderNumberFree(j: Journal, number: string, date: string, field = 'number'): void {
  const year = date.slice(0, 4);
  if (allOrders(j).some((o) => o.number === number && o.date.slice(0, 4) === year)) {
    throw fieldError(field, fieldLabels.number!, t.errors.orderNumberTaken(number, year));
  }
}

/** A closed year's contingent is final: no order may take effect inside it. */
export function checkEffectiveDateOpen(j: Journal, effectiveDate: string, field = 'effectiveDate'): void {
  const closed = closedYearAt(j, effectiveDate);
  if (closed) throw fieldError(field, fieldLabels.effectiveDate!, t.errors.effectiveInClosedYear(closed.name));
}

/** Checks an order against the students' present state and works out every operation it makes. Writes nothing. */
export function planOrder(j: Journal, input: OrderInput): Plan {
  const rule = rules[input.type];
  checkOrderNumberFree(j, input.number, input.date);
  checkEffectiveDateOpen(j, input.effectiveDate);
  const groupsById = new Map(listGroups(j).map((g) => [g.id, g]));
  const orderId = uuidv7();
  const seen = new Set<string>();
  const effects: StoredEffect[] = [];
  const changes: Change[] = [];
  const problem = (message: string) => fieldError('items', fieldLabels.items!, message);

  const studentsById = findStudents(j, input.items.map((i) => i.studentId));
  for (const item of input.items) {
    const student = studentsById.get(item.studentId);
    if (!student) throw problem(t.errors.studentNotFound.toLowerCase());
    const name = fullName(student);
    if (seen.has(student.id)) throw problem(t.errors.studentTwice(name));
    seen.add(student.id);
    const status = studentStatus(student);
    if (!rule.from.includes(status)) throw problem(t.errors.wrongStatus(name, studentStatusLabels[status]));

    const current = rule.closes ? openMembership(j, student.id) : undefined;
    if (current && input.effectiveDate < current.startDate) throw problem(t.errors.beforeMembership(name, current.startDate));
    // A student returning to a group cannot be back before they left: their intervals must not overlap.
    const lastEnd = rule.opens && !rule.closes ? lastMembershipEnd(j, student.id) : null;
    if (lastEnd && input.effectiveDate < lastEnd) throw problem(t.errors.beforeLastMembershipEnd(name, lastEnd));
    const target = orderTypesWithTargetGroup.has(input.type) ? (item.groupId ? groupsById.get(item.groupId) : undefined) : undefined;
    if (orderTypesWithTargetGroup.has(input.type)) {
      if (!target) throw problem(t.errors.targetGroupNeeded(name));
      if (!target.active) throw problem(t.errors.targetGroupInactive(target.name));
      if (current && current.groupId === target.id) throw problem(t.errors.sameGroup(name));
    }

    const openedId = rule.opens ? uuidv7() : null;
    if (current) changes.push(...setFields('membership', current.id, { end_date: input.effectiveDate, closed_by_order: orderId }));
    if (openedId && target) {
      changes.push(
        ...setFields('membership', openedId, {
          student_id: student.id,
          group_id: target.id,
          start_date: input.effectiveDate,
          end_date: null,
          opened_by_order: orderId,
        }),
      );
    }
    if (status !== rule.to) changes.push(...setFields('student', student.id, { status: rule.to }));
    effects.push({
      studentId: student.id,
      studentName: name,
      fromGroupId: current?.groupId ?? null,
      fromGroupName: current ? (groupsById.get(current.groupId)?.name ?? null) : null,
      toGroupId: target?.id ?? null,
      toGroupName: target?.name ?? null,
      statusBefore: status,
      statusAfter: rule.to,
      closedMembershipId: current?.id ?? null,
      openedMembershipId: openedId,
    });
  }
  changes.unshift(
    ...setFields('order', orderId, {
      number: input.number,
      date: input.date,
      type: input.type,
      effective_date: input.effectiveDate,
      reason: input.reason,
      effects,
    }),
  );
  return { orderId, effects, changes };
}

/** Applies an order: the order, every membership and status change, in one transaction. */
export function applyOrder(j: Journal, actorId: string, input: OrderInput): OrderView {
  return j.db.transaction(() => {
    const plan = planOrder(j, input);
    j.oplog.commit(actorId, plan.changes);
    return requireOrderView(j, plan.orderId);
  })();
}

export function requireOrderView(j: Journal, id: string): OrderView {
  const row = allOrders(j).find((o) => o.id === id);
  if (!row) throw new AppError('not_found', t.errors.orderNotFound);
  return toOrderView(row);
}

/**
 * Cancels an order and undoes what it did: intervals it opened are removed, those it closed reopened, statuses
 * restored; a promotion order also puts its groups and its closed year back. Refused while a later order that
 * is still in force moved any of the same students, and for a promotion while a later promotion is in force.
 */
export function cancelOrder(j: Journal, actorId: string, orderId: string, reason: string): OrderView {
  return j.db.transaction(() => {
    const all = allOrders(j);
    const index = all.findIndex((o) => o.id === orderId);
    const order = all[index];
    if (!order) throw new AppError('not_found', t.errors.orderNotFound);
    if (order.cancelled === 1) throw new AppError('conflict', t.errors.alreadyCancelled);
    // A closed year's contingent is final; only the promotion that closed it may reopen it by being cancelled.
    if (order.type !== rolloverOrderType) {
      const closed = closedYearAt(j, order.effectiveDate);
      if (closed) throw new AppError('conflict', t.errors.cancelInClosedYear(closed.name));
    }
    const effects = storedEffects(order);
    const touched = new Set(effects.map((e) => e.studentId));
    const later = all.slice(index + 1).find((o) => o.cancelled === 0 && storedEffects(o).some((e) => touched.has(e.studentId)));
    if (later) throw new AppError('conflict', t.errors.laterOrderExists(later.number));
    if (order.type === rolloverOrderType) {
      const laterPromotion = all.slice(index + 1).find((o) => o.cancelled === 0 && o.type === rolloverOrderType);
      if (laterPromotion) throw new AppError('conflict', t.errors.laterPromotionExists(laterPromotion.number));
    }
    const changes: Change[] = setFields('order', orderId, { cancelled: true, cancel_reason: reason });
    const rollover = storedRollover(order);
    if (rollover) changes.push(...undoRollover(j, rollover));
    for (const e of effects) {
      if (e.openedMembershipId) changes.push(...setFields('membership', e.openedMembershipId, { deleted: true }));
      if (e.closedMembershipId) changes.push(...setFields('membership', e.closedMembershipId, { end_date: null, closed_by_order: null }));
      if (e.statusBefore !== e.statusAfter) changes.push(...setFields('student', e.studentId, { status: e.statusBefore }));
    }
    j.oplog.commit(actorId, changes, reason);
    return requireOrderView(j, orderId);
  })();
}

/**
 * Puts the groups back as the rollover found them and reopens the year it closed. The next year it opened stays:
 * load, lessons or other orders may already be recorded in it, and an unused year harms nothing.
 */
function undoRollover(j: Journal, rollover: StoredRollover): Change[] {
  const changes: Change[] = [];
  const current = new Map(listGroups(j).map((g) => [g.id, g]));
  for (const g of rollover.groups) {
    const name = current.get(g.groupId)?.name ?? g.groupName;
    if (g.activeBefore && !g.activeAfter && activeGroupNamed(j, name, g.groupId)) {
      throw new AppError('conflict', t.errors.groupNameTakenOnRestore(name));
    }
    changes.push(...fieldChanges('group', g.groupId, { course: g.courseAfter, active: g.activeAfter }, { course: g.courseBefore, active: g.activeBefore }));
  }
  changes.push(...yearClosedChanges(rollover.closedYearId, false));
  return changes;
}

export function listOrders(j: Journal): OrderView[] {
  return allOrders(j).map(toOrderView).reverse();
}
