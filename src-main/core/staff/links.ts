import { and, asc, eq, isNotNull, ne } from 'drizzle-orm';
import type { LinkableUser } from '../../../src-shared/api/staff';
import { fieldLabels, t } from '../../../src-shared/i18n/ru';
import { findUserById, listUsers, parseRoles } from '../auth/users';
import { fieldError } from '../errors';
import type { Journal } from '../journal';
import { personName } from './rules';
import { employees } from './schema';

/**
 * Which employee each account is linked to. Two workstations offline may both have linked one account: every
 * replica names the same (earliest) employee.
 */
function linksByUser(j: Journal): Map<string, { id: string; name: string }> {
  const rows = j.orm
    .select({ id: employees.id, userId: employees.userId, surname: employees.surname, name: employees.name, patronymic: employees.patronymic })
    .from(employees)
    .where(and(eq(employees.deleted, 0), isNotNull(employees.userId)))
    .orderBy(asc(employees.createdAt), asc(employees.id))
    .all();
  const links = new Map<string, { id: string; name: string }>();
  for (const row of rows) if (row.userId && !links.has(row.userId)) links.set(row.userId, { id: row.id, name: personName(row) });
  return links;
}

/** Active accounts, each with the employee it is already linked to, for the link select of the staff form. */
export function listLinkableUsers(j: Journal): LinkableUser[] {
  const links = linksByUser(j);
  return listUsers(j)
    .filter((u) => u.active)
    .map((u) => ({ id: u.id, login: u.login, fullName: u.fullName, employeeId: links.get(u.id)?.id ?? null, employeeName: links.get(u.id)?.name ?? null }));
}

/**
 * A new link must name an active account no other employee is linked to. A link the record already has is
 * left alone, so an employee whose account was later switched off can still be edited. The link decides whose
 * load and journal pages an account opens, so only an administrator changes it; HR keeps the rest of the record.
 */
export function checkAccountLink(j: Journal, actorId: string, userId: string | null, employeeId: string | null, currentUserId: string | null): void {
  if (userId === currentUserId) return;
  const actor = findUserById(j, actorId);
  if (!actor || !parseRoles(actor.roles).includes('admin')) throw fieldError('userId', fieldLabels.userId!, t.errors.onlyAdminLinksAccounts);
  if (userId === null) return;
  const user = findUserById(j, userId);
  if (!user || user.active !== 1) throw fieldError('userId', fieldLabels.userId!, t.errors.accountNotLinkable);
  const other = j.orm
    .select({ surname: employees.surname, name: employees.name, patronymic: employees.patronymic })
    .from(employees)
    .where(and(eq(employees.userId, userId), eq(employees.deleted, 0), employeeId ? ne(employees.id, employeeId) : undefined))
    .get();
  if (other) throw fieldError('userId', fieldLabels.userId!, t.errors.accountAlreadyLinked(personName(other)));
}
