import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** The catalogue of disciplines: ОП.01, МДК.01.01, ПМ.01, УП.01… An МДК or a practice names its module as parent. */
export const disciplines = sqliteTable('disciplines', {
  id: text('id').primaryKey(),
  code: text('code').notNull().default(''),
  name: text('name').notNull().default(''),
  kind: text('kind').notNull().default('general'),
  parentId: text('parent_id'),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
  deleted: integer('deleted').notNull().default(0),
});

/** A study plan of one specialty for the students admitted in one year. */
export const studyPlans = sqliteTable('study_plans', {
  id: text('id').primaryKey(),
  specialtyId: text('specialty_id').notNull().default(''),
  admissionYear: integer('admission_year').notNull().default(0),
  name: text('name').notNull().default(''),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
  deleted: integer('deleted').notNull().default(0),
});

/** Hours of one discipline in one semester of a plan (semester counted from admission: 1, 2, … 10). */
export const planItems = sqliteTable(
  'plan_items',
  {
    id: text('id').primaryKey(),
    planId: text('plan_id').notNull().default(''),
    disciplineId: text('discipline_id').notNull().default(''),
    semester: integer('semester').notNull().default(1),
    hoursTotal: integer('hours_total').notNull().default(0),
    hoursTheory: integer('hours_theory').notNull().default(0),
    hoursPractical: integer('hours_practical').notNull().default(0),
    hoursLab: integer('hours_lab').notNull().default(0),
    hoursProject: integer('hours_project').notNull().default(0),
    hoursSelf: integer('hours_self').notNull().default(0),
    attestation: text('attestation').notNull().default('none'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    deleted: integer('deleted').notNull().default(0),
  },
  (t) => [index('plan_items_plan').on(t.planId)],
);
