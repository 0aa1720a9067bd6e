import { eq } from 'drizzle-orm';
import { parseRoles, type UserRow } from '../auth/users';
import type { Journal } from '../journal';
import { groups } from './schema';

/**
 * Which students' records a user may see: the office, administrators and the director all of them; a curator
 * those of the groups they curate. Teachers will see names of the groups they teach once the load exists.
 */
export type StudentScope = { kind: 'all' } | { kind: 'groups'; groupIds: ReadonlySet<string> };

export function studentScope(j: Journal, user: UserRow): StudentScope {
  const roles = parseRoles(user.roles);
  if (roles.some((r) => r === 'admin' || r === 'director' || r === 'office')) return { kind: 'all' };
  const curated = roles.includes('curator')
    ? j.orm.select({ id: groups.id }).from(groups).where(eq(groups.curatorUserId, user.id)).all().map((g) => g.id)
    : [];
  return { kind: 'groups', groupIds: new Set(curated) };
}

export function inScope(scope: StudentScope, groupIds: readonly string[]): boolean {
  return scope.kind === 'all' || groupIds.some((g) => scope.groupIds.has(g));
}
