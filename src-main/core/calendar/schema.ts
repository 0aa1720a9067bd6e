import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const academicYears = sqliteTable('academic_years', {
  id: text('id').primaryKey(),
  name: text('name').notNull().default(''),
  startDate: text('start_date').notNull().default(''),
  endDate: text('end_date').notNull().default(''),
  periodKind: text('period_kind').notNull().default('semester'),
  /** Set by the year rollover: a closed year takes no more orders or changes to its periods. */
  closed: integer('closed').notNull().default(0),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
  deleted: integer('deleted').notNull().default(0),
});

/** Semesters, quarters or iterations of a year; `number` orders them within the year. */
export const periods = sqliteTable('periods', {
  id: text('id').primaryKey(),
  yearId: text('year_id').notNull().default(''),
  number: integer('number').notNull().default(0),
  name: text('name').notNull().default(''),
  startDate: text('start_date').notNull().default(''),
  endDate: text('end_date').notNull().default(''),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
  deleted: integer('deleted').notNull().default(0),
});
