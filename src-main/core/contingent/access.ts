import { eq } from 'drizzle-orm';
import { parseRoles, type UserRow } from '../auth/users';
import { listYears } from '../calendar/years';
import type { Journal } from '../journal';
import { groupsTaughtBy } from '../load/queries';
import { employeeOfUser } from '../staff/lookup';
import { groups } from './schema';
import { localIsoDate } from '../dates';

/**
 * Which students' records a user may see: the office, administrators and the director all of them; a curator
 * those of the groups they curate (`groupIds`). A teacher sees only the names of the students of the groups
 * they teach (`nameGroupIds`): the list with name and group, no record, no card.
 */
export type StudentScope = { kind: 'all' } | { kind: 'groups'; groupIds: ReadonlySet<string>; nameGroupIds: ReadonlySet<string> };

/** How much of a student in a group the scope shows: the whole record, the name alone, or nothing. */
export type StudentVisibility = 'full' | 'names' | 'none';

export function studentScope(j: Journal, user: UserRow): StudentScope {
  const roles = parseRoles(user.roles);
  if (roles.some((r) => r === 'admin' || r === 'director' || r === 'office')) return { kind: 'all' };
  const curated = roles.includes('curator')
    ? j.orm.select({ id: groups.id }).from(groups).where(eq(groups.curatorUserId, user.id)).all().map((g) => g.id)
    : [];
  return { kind: 'groups', groupIds: new Set(curated), nameGroupIds: taughtGroups(j, user) };
}

/**
 * The groups the user's staff record has load in (teaching, having taught or substituting) in the current
 * year or any year still open: a teacher keeps the names of last year's group until that year is closed.
 */
function taughtGroups(j: Journal, user: UserRow): Set<string> {
  const employee = employeeOfUser(j, user.id);
  if (!employee) return new Set();
  const today = localIsoDate(j.now());
  const yearIds = listYears(j)
    .filter((y) => !y.closed || (y.startDate <= today && today <= y.endDate))
    .map((y) => y.id);
  return groupsTaughtBy(j, employee.id, yearIds);
}

/** Whether the scope shows the whole record of a student in any of these groups (cards, exports). */
export function inScope(scope: StudentScope, groupIds: readonly string[]): boolean {
  return scope.kind === 'all' || groupIds.some((g) => scope.groupIds.has(g));
}

export function visibilityIn(scope: StudentScope, groupId: string | null): StudentVisibility {
  if (scope.kind === 'all') return 'full';
  if (groupId === null) return 'none';
  if (scope.groupIds.has(groupId)) return 'full';
  return scope.nameGroupIds.has(groupId) ? 'names' : 'none';
}
