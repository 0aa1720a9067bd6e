import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { GroupEffect, OrderView } from '../../../src-shared/api/orders';
import type { AcademicYearView } from '../../../src-shared/api/calendar';
import type { RolloverInput, RolloverPreview } from '../../../src-shared/api/rollover';
import { rolloverOrderType } from '../../../src-shared/domain/contingent';
import { fieldLabels, t } from '../../../src-shared/i18n/ru';
import { yearClosedChanges, yearWithDates } from '../calendar/closing';
import { listYears, planNewYear, requireYear } from '../calendar/years';
import { fieldError } from '../errors';
import type { Journal } from '../journal';
import { setFields } from '../oplog/changes';
import type { Change } from '../oplog/types';
import { listGroups } from './groups';
import type { StoredEffect, StoredRollover } from './order-history';
import { checkEffectiveDateOpen, checkOrderNumberFree, requireOrderView } from './orders';
import { promotionFate } from './rollover-rules';
import { memberships, students } from './schema';
import { listSpecialties } from './specialties';
import { fullName, studentStatus } from './students';
import { localIsoDate } from '../dates';

interface RolloverPlan {
  preview: RolloverPreview;
  orderId: string;
  nextYearId: string;
  changes: Change[];
}

type NextYear = RolloverPreview['nextYear'] & { id: string; changes: Change[] };

/** The year to close: it must exist and still be open. */
function closingYear(j: Journal, yearId: string): AcademicYearView {
  const year = listYears(j).find((y) => y.id === yearId);
  if (!year) throw fieldError('yearId', fieldLabels.yearId!, t.errors.yearNotFound.toLowerCase());
  if (year.closed) throw fieldError('yearId', fieldLabels.yearId!, t.errors.yearAlreadyClosed(year.name));
  // A year not yet begun has nothing to close: rolling it over would promote every group a second time.
  if (year.startDate > localIsoDate(j.now())) throw fieldError('yearId', fieldLabels.yearId!, t.errors.yearNotStarted(year.name, year.startDate));
  return year;
}

/** The year to open: one already made with exactly these dates is taken as it is, otherwise a new one is checked as the calendar would. */
function nextYear(j: Journal, input: RolloverInput['nextYear'], closing: AcademicYearView): NextYear {
  const startField = 'nextYear.startDate';
  if (input.startDate <= closing.endDate) throw fieldError(startField, fieldLabels.startDate!, t.errors.nextYearTooEarly(closing.endDate));
  const existing = yearWithDates(j, input.startDate, input.endDate);
  if (existing?.closed) throw fieldError(startField, fieldLabels.startDate!, t.errors.yearAlreadyClosed(existing.name));
  if (existing) return { id: existing.id, existingId: existing.id, name: existing.name, startDate: input.startDate, endDate: input.endDate, changes: [] };
  const created = planNewYear(j, input, 'nextYear.');
  return { id: created.id, existingId: null, name: input.name, startDate: input.startDate, endDate: input.endDate, changes: created.changes };
}

function checkOrder(j: Journal, order: RolloverInput['order'], closing: AcademicYearView, next: NextYear): void {
  checkOrderNumberFree(j, order.number, order.date, 'order.number');
  const field = 'order.effectiveDate';
  if (order.effectiveDate < closing.startDate || order.effectiveDate > next.endDate) {
    throw fieldError(field, fieldLabels.effectiveDate!, t.errors.rolloverEffectiveOutside(closing.startDate, next.endDate));
  }
  checkEffectiveDateOpen(j, order.effectiveDate, field);
}

/** Students whose interval in one of these groups is still open, with what the rollover needs of them. */
function currentMembers(j: Journal, groupIds: string[]) {
  if (groupIds.length === 0) return [];
  return j.orm
    .select({
      membershipId: memberships.id,
      groupId: memberships.groupId,
      startDate: memberships.startDate,
      studentId: students.id,
      surname: students.surname,
      name: students.name,
      patronymic: students.patronymic,
      status: students.status,
    })
    .from(memberships)
    .innerJoin(students, eq(students.id, memberships.studentId))
    .where(and(inArray(memberships.groupId, groupIds), isNull(memberships.endDate), eq(memberships.deleted, 0), eq(students.deleted, 0)))
    .orderBy(asc(students.surname), asc(students.name), asc(students.patronymic))
    .all();
}

/**
 * Students on academic leave whose last group is one of these. Leave closes the interval, so they are no longer
 * counted among the group's members, yet they belong with it: the office must see that they do not graduate.
 */
function onLeaveFrom(j: Journal, groupIds: ReadonlySet<string>) {
  if (groupIds.size === 0) return [];
  const rows = j.orm
    .select({
      studentId: students.id,
      surname: students.surname,
      name: students.name,
      patronymic: students.patronymic,
      status: students.status,
      groupId: memberships.groupId,
      startDate: memberships.startDate,
    })
    .from(students)
    .innerJoin(memberships, eq(memberships.studentId, students.id))
    .where(and(eq(students.status, 'academic_leave'), eq(students.deleted, 0), eq(memberships.deleted, 0)))
    .orderBy(asc(students.surname), asc(students.name), asc(students.patronymic), asc(memberships.startDate))
    .all();
  const last = new Map<string, (typeof rows)[number]>();
  for (const r of rows) last.set(r.studentId, r);
  return [...last.values()].filter((r) => groupIds.has(r.groupId));
}

/** Checks a rollover and works out every operation it makes and what the office is shown first. Writes nothing. */
export function planRollover(j: Journal, input: RolloverInput): RolloverPlan {
  const closing = closingYear(j, input.yearId);
  const next = nextYear(j, input.nextYear, closing);
  checkOrder(j, input.order, closing, next);
  const effectiveDate = input.order.effectiveDate;
  const orderId = uuidv7();

  const specialties = new Map(listSpecialties(j).map((s) => [s.id, s]));
  const active = listGroups(j).filter((g) => g.active);
  const members = currentMembers(j, active.map((g) => g.id));
  const headcount = new Map<string, number>();
  for (const m of members) headcount.set(m.groupId, (headcount.get(m.groupId) ?? 0) + 1);

  const preview: RolloverPreview = {
    closingYear: { id: closing.id, name: closing.name },
    nextYear: { name: next.name, startDate: next.startDate, endDate: next.endDate, existingId: next.existingId },
    promoted: [],
    graduating: [],
    staying: [],
    problems: [],
  };
  const groupEffects: GroupEffect[] = [];
  const groupChanges: Change[] = [];
  const graduatingNames = new Map<string, string>();

  for (const g of active) {
    const fate = promotionFate(g.name, g.course, specialties.get(g.specialtyId)?.durationMonths);
    const effect = { groupId: g.id, groupName: g.name, courseBefore: g.course, activeBefore: true };
    if (fate.kind === 'problem') {
      preview.problems.push(fate.message);
    } else if (fate.kind === 'promote') {
      preview.promoted.push({
        groupId: g.id,
        groupName: g.name,
        specialtyCode: g.specialtyCode,
        courseBefore: g.course,
        courseAfter: fate.courseAfter,
        students: headcount.get(g.id) ?? 0,
      });
      groupEffects.push({ ...effect, courseAfter: fate.courseAfter, activeAfter: true });
      groupChanges.push(...setFields('group', g.id, { course: fate.courseAfter }));
    } else {
      graduatingNames.set(g.id, g.name);
      groupEffects.push({ ...effect, courseAfter: g.course, activeAfter: false });
      groupChanges.push(...setFields('group', g.id, { active: false }));
    }
  }

  const studentEffects: StoredEffect[] = [];
  const studentChanges: Change[] = [];
  const graduates = new Map<string, number>();
  for (const m of members.filter((x) => graduatingNames.has(x.groupId))) {
    const name = fullName(m);
    const status = studentStatus(m);
    const groupName = graduatingNames.get(m.groupId)!;
    if (status !== 'studying') {
      preview.staying.push({ studentId: m.studentId, studentName: name, groupName, status });
      continue;
    }
    if (effectiveDate < m.startDate) {
      throw fieldError('order.effectiveDate', fieldLabels.effectiveDate!, t.errors.beforeMembership(name, m.startDate));
    }
    graduates.set(m.groupId, (graduates.get(m.groupId) ?? 0) + 1);
    studentChanges.push(
      ...setFields('membership', m.membershipId, { end_date: effectiveDate, closed_by_order: orderId }),
      ...setFields('student', m.studentId, { status: 'graduated' }),
    );
    studentEffects.push({
      studentId: m.studentId,
      studentName: name,
      fromGroupId: m.groupId,
      fromGroupName: groupName,
      toGroupId: null,
      toGroupName: null,
      statusBefore: status,
      statusAfter: 'graduated',
      closedMembershipId: m.membershipId,
      openedMembershipId: null,
    });
  }
  for (const s of onLeaveFrom(j, new Set(graduatingNames.keys()))) {
    preview.staying.push({ studentId: s.studentId, studentName: fullName(s), groupName: graduatingNames.get(s.groupId)!, status: studentStatus(s) });
  }
  for (const g of active.filter((x) => graduatingNames.has(x.id))) {
    const count = graduates.get(g.id) ?? 0;
    preview.graduating.push({ groupId: g.id, groupName: g.name, specialtyCode: g.specialtyCode, course: g.course, graduates: count });
    if (count === 0) preview.problems.push(t.errors.rolloverNoGraduates(g.name));
  }

  const record: StoredRollover = { closedYearId: closing.id, nextYearId: next.id, groups: groupEffects };
  const changes: Change[] = [
    ...setFields('order', orderId, {
      number: input.order.number,
      date: input.order.date,
      type: rolloverOrderType,
      effective_date: effectiveDate,
      reason: input.order.reason,
      effects: studentEffects,
      group_effects: record,
    }),
    ...yearClosedChanges(closing.id, true),
    ...next.changes,
    ...groupChanges,
    ...studentChanges,
  ];
  return { preview, orderId, nextYearId: next.id, changes };
}

/** The rollover in one transaction and one order: the year closed, the next opened, every group moved on. */
export function applyRollover(j: Journal, actorId: string, input: RolloverInput): { order: OrderView; nextYear: AcademicYearView; closedYearId: string } {
  return j.db.transaction(() => {
    const plan = planRollover(j, input);
    j.oplog.commit(actorId, plan.changes);
    return { order: requireOrderView(j, plan.orderId), nextYear: requireYear(j, plan.nextYearId), closedYearId: input.yearId };
  })();
}
