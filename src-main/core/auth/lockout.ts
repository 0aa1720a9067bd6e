import { eq, sql } from 'drizzle-orm';
import type { Journal } from '../journal';
import { loginFailures } from './schema';

export const maxFailedLogins = 5;
export const lockoutMs = 15 * 60 * 1000;

const key = (login: string) => login.trim().toLowerCase();

/** Lockout is per workstation and per login (known or not, so it does not reveal which logins exist). */
export function lockedUntil(j: Journal, login: string): number | null {
  const row = j.orm.select().from(loginFailures).where(eq(loginFailures.login, key(login))).get();
  return row?.lockedUntil && row.lockedUntil > j.now() ? row.lockedUntil : null;
}

export function recordFailedLogin(j: Journal, login: string): void {
  const now = j.now();
  const row = j.orm.select().from(loginFailures).where(eq(loginFailures.login, key(login))).get();
  // An expired lock starts a fresh count.
  const previous = row && !(row.lockedUntil && row.lockedUntil <= now) ? row.count : 0;
  const count = previous + 1;
  const locked = count >= maxFailedLogins ? now + lockoutMs : null;
  j.orm
    .insert(loginFailures)
    .values({ login: key(login), count, lockedUntil: locked })
    .onConflictDoUpdate({ target: loginFailures.login, set: { count: sql`excluded.count`, lockedUntil: sql`excluded.locked_until` } })
    .run();
}

export function clearFailedLogins(j: Journal, login: string): void {
  j.orm.delete(loginFailures).where(eq(loginFailures.login, key(login))).run();
}
