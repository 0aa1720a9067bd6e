import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const specialties = sqliteTable('specialties', {
  id: text('id').primaryKey(),
  code: text('code').notNull().default(''),
  name: text('name').notNull().default(''),
  qualification: text('qualification').notNull().default(''),
  durationMonths: integer('duration_months').notNull().default(0),
  studyForm: text('study_form').notNull().default('full_time'),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
  deleted: integer('deleted').notNull().default(0),
});

/** References (specialty, curator) are checked by the commands, not by foreign keys: ops may arrive in any order. */
export const groups = sqliteTable('groups', {
  id: text('id').primaryKey(),
  name: text('name').notNull().default(''),
  specialtyId: text('specialty_id').notNull().default(''),
  course: integer('course').notNull().default(1),
  admissionYear: integer('admission_year').notNull().default(0),
  studyForm: text('study_form').notNull().default('full_time'),
  funding: text('funding').notNull().default('budget'),
  curatorUserId: text('curator_user_id'),
  active: integer('active').notNull().default(1),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
  deleted: integer('deleted').notNull().default(0),
});
