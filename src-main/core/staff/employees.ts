import { and, eq } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { EmployeeCard, EmployeeInput, EmployeeSummary } from '../../../src-shared/api/staff';
import { employmentTypeSchema, positionSchema, qualificationCategorySchema, type Position } from '../../../src-shared/domain/staff';
import { fieldLabels, t } from '../../../src-shared/i18n/ru';
import { findUserById, listUsers } from '../auth/users';
import { AppError, fieldError } from '../errors';
import type { Journal } from '../journal';
import { fieldChanges } from '../oplog/changes';
import type { EntityDef } from '../oplog/entities';
import type { Json } from '../oplog/types';
import { checkAccountLink } from './links';
import { employeeDatesProblem, isDismissed, personName } from './rules';
import { employees } from './schema';
import { localIsoDate } from '../dates';

export const employeeEntity: EntityDef = {
  entity: 'employee',
  table: 'employees',
  fields: {
    surname: 'text',
    name: 'text',
    patronymic: 'text',
    birth_date: 'text',
    positions: 'json',
    employment_type: 'text',
    education: 'text',
    category: 'text',
    hire_date: 'text',
    dismissal_date: 'text',
    phone: 'text',
    email: 'text',
    snils: 'text',
    user_id: 'text',
    notes: 'text',
    deleted: 'bool',
  },
  nullable: ['dismissal_date', 'user_id'],
};

type EmployeeRow = typeof employees.$inferSelect;

const parsePositions = (json: string): Position[] => positionSchema.array().catch([]).parse(JSON.parse(json));
const today = (j: Journal) => localIsoDate(j.now());

function findEmployee(j: Journal, id: string): EmployeeRow | undefined {
  return j.orm.select().from(employees).where(and(eq(employees.id, id), eq(employees.deleted, 0))).get();
}

export function employeeCard(j: Journal, id: string): EmployeeCard {
  const row = findEmployee(j, id);
  if (!row) throw new AppError('not_found', t.errors.employeeNotFound);
  return {
    id: row.id,
    surname: row.surname,
    firstName: row.name,
    patronymic: row.patronymic,
    birthDate: row.birthDate,
    positions: parsePositions(row.positions),
    employmentType: employmentTypeSchema.catch('main').parse(row.employmentType),
    education: row.education,
    category: qualificationCategorySchema.catch('none').parse(row.category),
    hireDate: row.hireDate,
    dismissalDate: row.dismissalDate,
    phone: row.phone,
    email: row.email,
    snils: row.snils,
    userId: row.userId,
    notes: row.notes,
    dismissed: isDismissed(row.dismissalDate, today(j)),
    userLogin: row.userId ? (findUserById(j, row.userId)?.login ?? null) : null,
  };
}

export interface StaffFilter {
  query: string;
  position?: Position | undefined;
  includeDismissed: boolean;
}

const collator = new Intl.Collator('ru');

/** Case-insensitive in JavaScript: SQLite's lower() folds only Latin letters. */
export function listEmployees(j: Journal, filter: StaffFilter): EmployeeSummary[] {
  const q = filter.query.toLocaleLowerCase('ru');
  const day = today(j);
  const logins = new Map(listUsers(j).map((u) => [u.id, u.login]));
  const found: EmployeeSummary[] = [];
  for (const row of j.orm.select().from(employees).where(eq(employees.deleted, 0)).all()) {
    const dismissed = isDismissed(row.dismissalDate, day);
    if (dismissed && !filter.includeDismissed) continue;
    const positions = parsePositions(row.positions);
    if (filter.position && !positions.includes(filter.position)) continue;
    const fullName = personName(row);
    if (q && !fullName.toLocaleLowerCase('ru').includes(q)) continue;
    found.push({
      id: row.id,
      fullName,
      positions,
      employmentType: employmentTypeSchema.catch('main').parse(row.employmentType),
      category: qualificationCategorySchema.catch('none').parse(row.category),
      hireDate: row.hireDate,
      dismissalDate: row.dismissalDate,
      dismissed,
      phone: row.phone,
      email: row.email,
      userLogin: row.userId ? (logins.get(row.userId) ?? null) : null,
    });
  }
  return found.sort((a, b) => collator.compare(a.fullName, b.fullName));
}

function check(j: Journal, actorId: string, input: EmployeeInput, current: EmployeeCard | null): void {
  const problem = employeeDatesProblem(input, today(j));
  if (problem) throw fieldError(problem.field, fieldLabels[problem.field]!, problem.message);
  checkAccountLink(j, actorId, input.userId, current?.id ?? null, current?.userId ?? null);
}

function fields(e: EmployeeInput): Record<string, Json> {
  return {
    surname: e.surname,
    name: e.firstName,
    patronymic: e.patronymic,
    birth_date: e.birthDate,
    positions: e.positions,
    employment_type: e.employmentType,
    education: e.education,
    category: e.category,
    hire_date: e.hireDate,
    dismissal_date: e.dismissalDate,
    phone: e.phone,
    email: e.email,
    snils: e.snils.replace(/[\s-]/g, ''),
    user_id: e.userId,
    notes: e.notes,
  };
}

export function insertEmployee(j: Journal, actorId: string, input: EmployeeInput): string {
  return j.db.transaction(() => {
    check(j, actorId, input, null);
    const id = uuidv7();
    j.oplog.commit(actorId, fieldChanges('employee', id, undefined, fields(input)));
    return id;
  })();
}

export function createEmployee(j: Journal, actorId: string, input: EmployeeInput): EmployeeCard {
  return employeeCard(j, insertEmployee(j, actorId, input));
}

export function updateEmployee(j: Journal, actorId: string, id: string, input: EmployeeInput): EmployeeCard {
  return j.db.transaction(() => {
    const current = employeeCard(j, id);
    check(j, actorId, input, current);
    j.oplog.commit(actorId, fieldChanges('employee', id, fields(current), fields(input)));
    return employeeCard(j, id);
  })();
}
