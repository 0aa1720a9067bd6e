import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Materialized from ops of entity `user`. Login uniqueness is checked by the command, not by an index,
 * so two workstations creating the same login offline still converge. */
export const users = sqliteTable('users', {
  id: text('id').primaryKey(),
  login: text('login').notNull().default(''),
  fullName: text('full_name').notNull().default(''),
  roles: text('roles').notNull().default('[]'),
  active: integer('active').notNull().default(1),
  passwordHash: text('password_hash'),
  mustChangePassword: integer('must_change_password').notNull().default(0),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
  deleted: integer('deleted').notNull().default(0),
});

/** Failed logins on this workstation (local, not replicated): drives the lockout. */
export const loginFailures = sqliteTable('login_failures', {
  login: text('login').primaryKey(),
  count: integer('count').notNull(),
  lockedUntil: integer('locked_until'),
});
