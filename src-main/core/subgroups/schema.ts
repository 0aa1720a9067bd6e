import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** A group divided for one discipline in one academic year into `count` subgroups. */
export const subgroupDivisions = sqliteTable('subgroup_divisions', {
  id: text('id').primaryKey(),
  groupId: text('group_id').notNull().default(''),
  disciplineId: text('discipline_id').notNull().default(''),
  yearId: text('year_id').notNull().default(''),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
  deleted: integer('deleted').notNull().default(0),
});

export const subgroups = sqliteTable(
  'subgroups',
  {
    id: text('id').primaryKey(),
    divisionId: text('division_id').notNull().default(''),
    number: integer('number').notNull().default(1),
    name: text('name').notNull().default(''),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    deleted: integer('deleted').notNull().default(0),
  },
  (t) => [index('subgroups_division').on(t.divisionId)],
);

/** A student in a subgroup from start_date (inclusive) to end_date (exclusive; null while it lasts): moves keep history. */
export const subgroupMembers = sqliteTable(
  'subgroup_members',
  {
    id: text('id').primaryKey(),
    divisionId: text('division_id').notNull().default(''),
    subgroupId: text('subgroup_id').notNull().default(''),
    studentId: text('student_id').notNull().default(''),
    startDate: text('start_date').notNull().default(''),
    endDate: text('end_date'),
    reason: text('reason').notNull().default(''),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    deleted: integer('deleted').notNull().default(0),
  },
  (t) => [index('subgroup_members_division').on(t.divisionId), index('subgroup_members_student').on(t.studentId)],
);
