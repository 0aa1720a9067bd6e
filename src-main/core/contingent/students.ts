import { and, eq, inArray, ne } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { representativeSchema, type StudentCard, type StudentInput, type StudentSummary } from '../../../src-shared/api/students';
import { fundingSchema, sexSchema, studentStatuses, type StudentStatus } from '../../../src-shared/domain/contingent';
import { fieldLabels, t } from '../../../src-shared/i18n/ru';
import type { UserRow } from '../auth/users';
import { AppError, fieldError } from '../errors';
import type { Journal } from '../journal';
import { fieldChanges } from '../oplog/changes';
import type { EntityDef } from '../oplog/entities';
import type { Json } from '../oplog/types';
import { inScope, studentScope, visibilityIn } from './access';
import { currentGroupByStudent, membershipHistory, openIn } from './memberships';
import { ordersOfStudent } from './order-history';
import { groups, memberships, students } from './schema';

export const studentEntity: EntityDef = {
  entity: 'student',
  table: 'students',
  fields: {
    surname: 'text',
    name: 'text',
    patronymic: 'text',
    birth_date: 'text',
    sex: 'text',
    record_book: 'text',
    snils: 'text',
    phone: 'text',
    email: 'text',
    address: 'text',
    funding: 'text',
    status: 'text',
    representatives: 'json',
    notes: 'text',
    deleted: 'bool',
  },
};

export type StudentRow = typeof students.$inferSelect;

export function fullName(s: Pick<StudentRow, 'surname' | 'name' | 'patronymic'>): string {
  return [s.surname, s.name, s.patronymic].filter(Boolean).join(' ');
}

export function findStudent(j: Journal, id: string): StudentRow | undefined {
  return j.orm.select().from(students).where(and(eq(students.id, id), eq(students.deleted, 0))).get();
}

/** Many students by id in a few queries, for orders about hundreds of them; deleted and unknown ids are absent. */
export function findStudents(j: Journal, ids: readonly string[]): Map<string, StudentRow> {
  const found = new Map<string, StudentRow>();
  // In slices: SQLite caps the number of parameters of one statement.
  for (let i = 0; i < ids.length; i += 500) {
    const rows = j.orm
      .select()
      .from(students)
      .where(and(inArray(students.id, ids.slice(i, i + 500)), eq(students.deleted, 0)))
      .all();
    for (const row of rows) found.set(row.id, row);
  }
  return found;
}

export function requireStudent(j: Journal, id: string): StudentRow {
  const row = findStudent(j, id);
  if (!row) throw new AppError('not_found', t.errors.studentNotFound);
  return row;
}

const knownStatuses: ReadonlySet<string> = new Set(studentStatuses);

/** A stored status this version does not know (a newer peer's) reads as not enrolled. Plain lookup: lists call it per row. */
export function studentStatus(row: Pick<StudentRow, 'status'>): StudentStatus {
  return knownStatuses.has(row.status) ? (row.status as StudentStatus) : 'applicant';
}

function groupNames(j: Journal): Map<string, string> {
  return new Map(j.orm.select({ id: groups.id, name: groups.name }).from(groups).all().map((g) => [g.id, g.name]));
}

export interface StudentFilter {
  query: string;
  groupId?: string | undefined;
  status?: StudentStatus | undefined;
}

const collator = new Intl.Collator('ru');

/**
 * Case-insensitive in JavaScript: SQLite's lower() folds only Latin letters. A student the viewer may know by
 * name only (a teacher's group) comes with the name and group alone, and is not found by record book.
 */
export function listStudents(j: Journal, viewer: UserRow, filter: StudentFilter): StudentSummary[] {
  const scope = studentScope(j, viewer);
  if (filter.groupId && visibilityIn(scope, filter.groupId) === 'none') return [];
  const current = currentGroupByStudent(j, filter.groupId);
  const names = groupNames(j);
  const q = filter.query.toLocaleLowerCase('ru');
  const rows = j.orm
    .select({
      id: students.id,
      surname: students.surname,
      name: students.name,
      patronymic: students.patronymic,
      recordBook: students.recordBook,
      status: students.status,
    })
    .from(students)
    .where(
      and(
        eq(students.deleted, 0),
        filter.status ? eq(students.status, filter.status) : undefined,
        // A group's students are found through the group's memberships, not by reading the whole college.
        filter.groupId ? inArray(students.id, j.orm.select({ id: memberships.studentId }).from(memberships).where(openIn(filter.groupId))) : undefined,
      ),
    )
    .all();
  const found: StudentSummary[] = [];
  for (const row of rows) {
    const groupId = current.get(row.id) ?? null;
    const visibility = visibilityIn(scope, groupId);
    if (visibility === 'none') continue;
    if (filter.groupId && groupId !== filter.groupId) continue;
    const name = fullName(row);
    const recordBook = visibility === 'full' ? row.recordBook : '';
    if (q && !name.toLocaleLowerCase('ru').includes(q) && !recordBook.toLocaleLowerCase('ru').includes(q)) continue;
    found.push({
      id: row.id,
      fullName: name,
      recordBook,
      namesOnly: visibility === 'names',
      status: studentStatus(row),
      groupId,
      groupName: groupId ? (names.get(groupId) ?? null) : null,
    });
  }
  return found.sort((a, b) => collator.compare(a.fullName, b.fullName));
}

export function studentCard(j: Journal, id: string): StudentCard {
  const row = requireStudent(j, id);
  const names = groupNames(j);
  const reps = representativeSchema.array().catch([]).parse(JSON.parse(row.representatives));
  return {
    id: row.id,
    surname: row.surname,
    name: row.name,
    patronymic: row.patronymic,
    birthDate: row.birthDate,
    sex: sexSchema.catch('male').parse(row.sex),
    recordBook: row.recordBook,
    snils: row.snils,
    phone: row.phone,
    email: row.email,
    address: row.address,
    funding: fundingSchema.exclude(['mixed']).catch('budget').parse(row.funding),
    representatives: reps,
    notes: row.notes,
    status: studentStatus(row),
    memberships: membershipHistory(j, id).map((m) => ({
      groupId: m.groupId,
      groupName: names.get(m.groupId) ?? '',
      startDate: m.startDate,
      endDate: m.endDate,
    })),
    orders: ordersOfStudent(j, id),
  };
}

/**
 * A curator may open the cards of the students of the groups they curate: those in it now, or whose last group it
 * was (expelled, graduated, on leave). A student who moved on to another group is that group's curator's.
 */
export function viewableStudentCard(j: Journal, viewer: UserRow, id: string): StudentCard {
  const card = studentCard(j, id);
  const last = card.memberships.find((m) => m.endDate === null) ?? card.memberships.at(-1);
  if (!inScope(studentScope(j, viewer), last ? [last.groupId] : [])) throw new AppError('forbidden', t.errors.notYourStudent);
  return card;
}

function checkRecordBookFree(j: Journal, recordBook: string, exceptId: string | null): void {
  const taken = j.orm
    .select({ id: students.id })
    .from(students)
    .where(and(eq(students.recordBook, recordBook), eq(students.deleted, 0), exceptId ? ne(students.id, exceptId) : undefined))
    .get();
  if (taken) throw fieldError('recordBook', fieldLabels.recordBook!, t.errors.recordBookTaken(recordBook));
}

function fields(s: StudentInput): Record<string, Json> {
  return {
    surname: s.surname,
    name: s.name,
    patronymic: s.patronymic,
    birth_date: s.birthDate,
    sex: s.sex,
    record_book: s.recordBook,
    snils: s.snils.replace(/[\s-]/g, ''),
    phone: s.phone,
    email: s.email,
    address: s.address,
    funding: s.funding,
    representatives: s.representatives,
    notes: s.notes,
  };
}

/** A new student starts as not enrolled: an enrollment order puts them in a group. */
export function insertStudent(j: Journal, actorId: string, input: StudentInput): string {
  return insertStudents(j, actorId, [input])[0]!;
}

/** Many new students in one commit (a file from the admissions office): one check of their record books, one savepoint. */
export function insertStudents(j: Journal, actorId: string, inputs: readonly StudentInput[]): string[] {
  return j.db.transaction(() => {
    checkRecordBooksFree(j, inputs.map((s) => s.recordBook));
    const ids = inputs.map(() => uuidv7());
    j.oplog.commit(
      actorId,
      inputs.flatMap((input, i) => fieldChanges('student', ids[i]!, undefined, { ...fields(input), status: 'applicant' })),
    );
    return ids;
  })();
}

function checkRecordBooksFree(j: Journal, recordBooks: readonly string[]): void {
  const seen = new Set<string>();
  for (const n of recordBooks) {
    if (seen.has(n)) throw fieldError('recordBook', fieldLabels.recordBook!, t.errors.recordBookTaken(n));
    seen.add(n);
  }
  // In slices: SQLite caps the number of parameters of one statement.
  for (let i = 0; i < recordBooks.length; i += 500) {
    const taken = j.orm
      .select({ recordBook: students.recordBook })
      .from(students)
      .where(and(inArray(students.recordBook, recordBooks.slice(i, i + 500)), eq(students.deleted, 0)))
      .get();
    if (taken) throw fieldError('recordBook', fieldLabels.recordBook!, t.errors.recordBookTaken(taken.recordBook));
  }
}

export function createStudent(j: Journal, actorId: string, input: StudentInput): StudentCard {
  return studentCard(j, insertStudent(j, actorId, input));
}

export function updateStudent(j: Journal, actorId: string, id: string, input: StudentInput): StudentCard {
  return j.db.transaction(() => {
    const current = studentCard(j, id);
    checkRecordBookFree(j, input.recordBook, id);
    j.oplog.commit(actorId, fieldChanges('student', id, fields(current), fields(input)));
    return studentCard(j, id);
  })();
}
