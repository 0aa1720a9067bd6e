import { and, eq, sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import type { UserView } from '../../../src-shared/api/users';
import type { createUserInput, updateUserInput } from '../../../src-shared/api/users';
import { roleSchema, type Role } from '../../../src-shared/domain/roles';
import { fieldLabels, t } from '../../../src-shared/i18n/ru';
import { AppError, fieldError } from '../errors';
import type { Journal } from '../journal';
import type { EntityDef } from '../oplog/entities';
import { setFields } from '../oplog/changes';
import type { Change } from '../oplog/types';
import { clearFailedLogins, lockedUntil } from './lockout';
import { hashPassword } from './passwords';
import { users } from './schema';

export const userEntity: EntityDef = {
  entity: 'user',
  table: 'users',
  fields: {
    login: 'text',
    full_name: 'text',
    roles: 'json',
    active: 'bool',
    password_hash: 'text',
    must_change_password: 'bool',
    deleted: 'bool',
  },
  nullable: ['password_hash'],
};

export type UserRow = typeof users.$inferSelect;

export function parseRoles(json: string): Role[] {
  const parsed: unknown = JSON.parse(json);
  return Array.isArray(parsed) ? parsed.filter((r): r is Role => roleSchema.safeParse(r).success) : [];
}

export function toUserView(j: Journal, row: UserRow): UserView {
  const until = lockedUntil(j, row.login);
  return {
    id: row.id,
    login: row.login,
    fullName: row.fullName,
    roles: parseRoles(row.roles),
    active: row.active === 1,
    mustChangePassword: row.mustChangePassword === 1,
    lockedUntil: until === null ? null : new Date(until).toISOString(),
  };
}

export function findUserById(j: Journal, id: string): UserRow | undefined {
  return j.orm.select().from(users).where(and(eq(users.id, id), eq(users.deleted, 0))).get();
}

export function findUserByLogin(j: Journal, login: string): UserRow | undefined {
  return j.orm
    .select()
    .from(users)
    .where(and(sql`lower(${users.login}) = lower(${login})`, eq(users.deleted, 0)))
    // Two workstations offline may both have created a login: every replica must pick the same account.
    .orderBy(users.createdAt, users.id)
    .get();
}

export function requireUser(j: Journal, id: string): UserRow {
  const row = findUserById(j, id);
  if (!row) throw new AppError('not_found', t.errors.userNotFound);
  return row;
}

export function listUsers(j: Journal): UserView[] {
  return j.orm
    .select()
    .from(users)
    .where(eq(users.deleted, 0))
    .orderBy(users.fullName)
    .all()
    .map((row) => toUserView(j, row));
}

const userChanges = (id: string, fields: Record<string, Change['value']>): Change[] => setFields('user', id, fields);

export interface NewUser {
  login: string;
  fullName: string;
  roles: Role[];
  passwordHash: string | null;
  mustChangePassword: boolean;
}

/** `actorId` null means the user creates themself (the first administrator). */
export function insertUser(j: Journal, actorId: string | null, user: NewUser): string {
  if (findUserByLogin(j, user.login)) throw fieldError('login', fieldLabels.login!, t.errors.loginTaken(user.login));
  const id = uuidv7();
  j.oplog.commit(
    actorId ?? id,
    userChanges(id, {
      login: user.login,
      full_name: user.fullName,
      roles: [...new Set(user.roles)],
      active: true,
      password_hash: user.passwordHash,
      must_change_password: user.mustChangePassword,
    }),
  );
  return id;
}

export async function createUser(j: Journal, actorId: string, input: z.output<typeof createUserInput>): Promise<UserView> {
  const passwordHash = await hashPassword(input.password);
  return j.db.transaction(() => {
    const id = insertUser(j, actorId, { ...input, passwordHash, mustChangePassword: true });
    return toUserView(j, requireUser(j, id));
  })();
}

function activeAdminCount(j: Journal, exceptId: string): number {
  return j.orm
    .select()
    .from(users)
    .where(and(eq(users.deleted, 0), eq(users.active, 1)))
    .all()
    .filter((u) => u.id !== exceptId && parseRoles(u.roles).includes('admin')).length;
}

export function updateUser(j: Journal, actorId: string, input: z.output<typeof updateUserInput>): UserView {
  return j.db.transaction(() => {
    const row = requireUser(j, input.userId);
    const wasAdmin = parseRoles(row.roles).includes('admin');
    if (wasAdmin && !input.roles.includes('admin')) {
      if (row.id === actorId) throw new AppError('conflict', t.errors.cannotRemoveOwnAdmin);
      if (row.active === 1 && activeAdminCount(j, row.id) === 0) throw new AppError('conflict', t.errors.lastAdmin);
    }
    const changes: Record<string, Change['value']> = {};
    if (row.fullName !== input.fullName) changes.full_name = input.fullName;
    const roles = [...new Set(input.roles)];
    if (JSON.stringify(parseRoles(row.roles)) !== JSON.stringify(roles)) changes.roles = roles;
    if (Object.keys(changes).length > 0) j.oplog.commit(actorId, userChanges(row.id, changes));
    return toUserView(j, requireUser(j, row.id));
  })();
}

export function setUserActive(j: Journal, actorId: string, userId: string, active: boolean): UserView {
  return j.db.transaction(() => {
    const row = requireUser(j, userId);
    if (!active) {
      if (row.id === actorId) throw new AppError('conflict', t.errors.cannotDeactivateSelf);
      if (parseRoles(row.roles).includes('admin') && activeAdminCount(j, row.id) === 0) throw new AppError('conflict', t.errors.lastAdmin);
    }
    if ((row.active === 1) !== active) j.oplog.commit(actorId, userChanges(row.id, { active }));
    return toUserView(j, requireUser(j, row.id));
  })();
}

/** Sets a password hash; an administrator's reset makes the user choose their own at next login. */
export function storePassword(j: Journal, actorId: string, userId: string, passwordHash: string, mustChange: boolean): void {
  j.db.transaction(() => {
    requireUser(j, userId);
    j.oplog.commit(actorId, userChanges(userId, { password_hash: passwordHash, must_change_password: mustChange }));
  })();
}

/** Active users holding a role, by name (curators for a group, teachers for a load line). */
export function listUsersWithRole(j: Journal, role: Role): UserView[] {
  return listUsers(j).filter((u) => u.active && u.roles.includes(role));
}

/**
 * Break-glass for the holder of the recovery passphrase (CLI only): when no administrator can sign in, make
 * this account an active administrator with a temporary password. Recorded as the account's own operations,
 * with the reason, so the audit shows it.
 */
export function recoverAdministrator(j: Journal, login: string, passwordHash: string): UserView {
  return j.db.transaction(() => {
    const row = findUserByLogin(j, login);
    if (!row) throw new AppError('not_found', t.errors.userNotFound);
    const roles = [...new Set<Role>([...parseRoles(row.roles), 'admin'])];
    j.oplog.commit(
      row.id,
      userChanges(row.id, { active: true, roles, password_hash: passwordHash, must_change_password: true }),
      t.errors.recoveredByPassphrase,
    );
    clearFailedLogins(j, row.login);
    return toUserView(j, requireUser(j, row.id));
  })();
}
