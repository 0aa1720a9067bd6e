import { and, eq } from 'drizzle-orm';
import type { Journal } from '../journal';
import { personName } from './rules';
import { employees } from './schema';

export interface EmployeeRef {
  id: string;
  fullName: string;
  userId: string | null;
  dismissalDate: string | null;
}

const ref = (r: typeof employees.$inferSelect): EmployeeRef => ({ id: r.id, fullName: personName(r), userId: r.userId, dismissalDate: r.dismissalDate });

export function findEmployee(j: Journal, id: string): EmployeeRef | undefined {
  const row = j.orm.select().from(employees).where(and(eq(employees.id, id), eq(employees.deleted, 0))).get();
  return row ? ref(row) : undefined;
}

/** The staff record linked to a user account: how a signed-in teacher finds their own load. */
export function employeeOfUser(j: Journal, userId: string): EmployeeRef | undefined {
  const row = j.orm.select().from(employees).where(and(eq(employees.userId, userId), eq(employees.deleted, 0))).orderBy(employees.createdAt, employees.id).get();
  return row ? ref(row) : undefined;
}
