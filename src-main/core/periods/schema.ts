import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Whether a period is closed; the row's id is the period's id. Closing and reopening are ops with reasons. */
export const periodLocks = sqliteTable('period_locks', {
  id: text('id').primaryKey(),
  closed: integer('closed').notNull().default(0),
  reason: text('reason').notNull().default(''),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
  deleted: integer('deleted').notNull().default(0),
});
