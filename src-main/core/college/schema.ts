import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const college = sqliteTable('college', {
  id: text('id').primaryKey(),
  name: text('name').notNull().default(''),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
  deleted: integer('deleted').notNull().default(0),
});

/** One row per setting key; `value` is JSON. */
export const settings = sqliteTable('settings', {
  id: text('id').primaryKey(),
  value: text('value').notNull().default('null'),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
  deleted: integer('deleted').notNull().default(0),
});
