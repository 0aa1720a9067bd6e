import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * A line of teaching load: a discipline taught to a group (or one of its subgroups) in a period by a teacher
 * (an employee), with the hours by kind. It is the journal page of the next module.
 */
export const loadLines = sqliteTable(
  'load_lines',
  {
    id: text('id').primaryKey(),
    yearId: text('year_id').notNull().default(''),
    periodId: text('period_id').notNull().default(''),
    groupId: text('group_id').notNull().default(''),
    subgroupId: text('subgroup_id'),
    disciplineId: text('discipline_id').notNull().default(''),
    teacherId: text('teacher_id').notNull().default(''),
    hoursTheory: integer('hours_theory').notNull().default(0),
    hoursPractical: integer('hours_practical').notNull().default(0),
    hoursLab: integer('hours_lab').notNull().default(0),
    hoursProject: integer('hours_project').notNull().default(0),
    hoursConsultation: integer('hours_consultation').notNull().default(0),
    hoursExam: integer('hours_exam').notNull().default(0),
    notes: text('notes').notNull().default(''),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    deleted: integer('deleted').notNull().default(0),
  },
  (t) => [index('load_lines_group').on(t.groupId), index('load_lines_teacher').on(t.teacherId), index('load_lines_period').on(t.periodId)],
);

/** Who taught a line from which date (inclusive) to which (exclusive; null while it lasts): teacher changes keep the past. */
export const loadAssignments = sqliteTable(
  'load_assignments',
  {
    id: text('id').primaryKey(),
    lineId: text('line_id').notNull().default(''),
    teacherId: text('teacher_id').notNull().default(''),
    startDate: text('start_date').notNull().default(''),
    endDate: text('end_date'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    deleted: integer('deleted').notNull().default(0),
  },
  (t) => [index('load_assignments_line').on(t.lineId)],
);

/** Another teacher conducts a line's lessons on the given dates (inclusive range). */
export const substitutions = sqliteTable(
  'substitutions',
  {
    id: text('id').primaryKey(),
    lineId: text('line_id').notNull().default(''),
    substituteId: text('substitute_id').notNull().default(''),
    startDate: text('start_date').notNull().default(''),
    endDate: text('end_date').notNull().default(''),
    reason: text('reason').notNull().default(''),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    deleted: integer('deleted').notNull().default(0),
  },
  (t) => [index('substitutions_line').on(t.lineId), index('substitutions_substitute').on(t.substituteId)],
);
