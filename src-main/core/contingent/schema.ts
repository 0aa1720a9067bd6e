import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

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

export const students = sqliteTable(
  'students',
  {
    id: text('id').primaryKey(),
    surname: text('surname').notNull().default(''),
    name: text('name').notNull().default(''),
    patronymic: text('patronymic').notNull().default(''),
    birthDate: text('birth_date').notNull().default(''),
    sex: text('sex').notNull().default('male'),
    recordBook: text('record_book').notNull().default(''),
    snils: text('snils').notNull().default(''),
    phone: text('phone').notNull().default(''),
    email: text('email').notNull().default(''),
    address: text('address').notNull().default(''),
    funding: text('funding').notNull().default('budget'),
    status: text('status').notNull().default('applicant'),
    /** JSON array of legal representatives. */
    representatives: text('representatives').notNull().default('[]'),
    notes: text('notes').notNull().default(''),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    deleted: integer('deleted').notNull().default(0),
  },
  (t) => [index('students_record_book').on(t.recordBook)],
);

/** A student in a group from start_date (inclusive) to end_date (exclusive; null while it lasts). */
export const memberships = sqliteTable(
  'memberships',
  {
    id: text('id').primaryKey(),
    studentId: text('student_id').notNull().default(''),
    groupId: text('group_id').notNull().default(''),
    startDate: text('start_date').notNull().default(''),
    endDate: text('end_date'),
    openedByOrder: text('opened_by_order').notNull().default(''),
    closedByOrder: text('closed_by_order'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    deleted: integer('deleted').notNull().default(0),
  },
  (t) => [index('memberships_student').on(t.studentId), index('memberships_group').on(t.groupId)],
);

export const orders = sqliteTable('orders', {
  id: text('id').primaryKey(),
  number: text('number').notNull().default(''),
  date: text('date').notNull().default(''),
  type: text('type').notNull().default('enrollment'),
  effectiveDate: text('effective_date').notNull().default(''),
  reason: text('reason').notNull().default(''),
  /** JSON: what the order did to each student (group before and after, status before and after). */
  effects: text('effects').notNull().default('[]'),
  /** JSON: what a rollover order did to each group (course and active before and after). */
  groupEffects: text('group_effects').notNull().default('[]'),
  cancelled: integer('cancelled').notNull().default(0),
  cancelReason: text('cancel_reason').notNull().default(''),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
  deleted: integer('deleted').notNull().default(0),
});
