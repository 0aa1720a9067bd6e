import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * A lesson of a load line (a journal page). `period_id` and `line_id` are written once at creation and never change:
 * the validity rules (period closing, back-dating) read them from the ops.
 */
export const lessons = sqliteTable(
  'lessons',
  {
    id: text('id').primaryKey(),
    lineId: text('line_id').notNull().default(''),
    periodId: text('period_id').notNull().default(''),
    date: text('date').notNull().default(''),
    pair: integer('pair').notNull().default(1),
    hours: integer('hours').notNull().default(2),
    kind: text('kind').notNull().default('lecture'),
    topicId: text('topic_id'),
    topic: text('topic').notNull().default(''),
    homework: text('homework').notNull().default(''),
    /** The employee who conducted it: the line's teacher on that day, or a substitute. */
    teacherId: text('teacher_id').notNull().default(''),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    deleted: integer('deleted').notNull().default(0),
  },
  (t) => [index('lessons_line_date').on(t.lineId, t.date)],
);

/**
 * One student on one lesson: attendance and up to two marks. The id is derived from (lesson, student), so two
 * workstations filling the same cell write the same entity and last-writer-wins settles it per field.
 */
export const cells = sqliteTable(
  'cells',
  {
    id: text('id').primaryKey(),
    lessonId: text('lesson_id').notNull().default(''),
    studentId: text('student_id').notNull().default(''),
    lineId: text('line_id').notNull().default(''),
    periodId: text('period_id').notNull().default(''),
    attendance: text('attendance').notNull().default(''),
    absenceReason: text('absence_reason').notNull().default(''),
    absenceNote: text('absence_note').notNull().default(''),
    mark1: text('mark1').notNull().default(''),
    mark2: text('mark2').notNull().default(''),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    deleted: integer('deleted').notNull().default(0),
  },
  (t) => [index('cells_line').on(t.lineId), index('cells_student').on(t.studentId)],
);

/** A final mark of a student on a line for its period; the id is derived from (line, student, kind). */
export const finals = sqliteTable(
  'finals',
  {
    id: text('id').primaryKey(),
    lineId: text('line_id').notNull().default(''),
    periodId: text('period_id').notNull().default(''),
    studentId: text('student_id').notNull().default(''),
    kind: text('kind').notNull().default('period'),
    value: text('value').notNull().default(''),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    deleted: integer('deleted').notNull().default(0),
  },
  (t) => [index('finals_line').on(t.lineId), index('finals_student').on(t.studentId)],
);

/** The calendar-thematic plan (КТП) of a load line: ordered topics with hours and the kind of lesson. */
export const topics = sqliteTable(
  'topics',
  {
    id: text('id').primaryKey(),
    lineId: text('line_id').notNull().default(''),
    number: integer('number').notNull().default(1),
    title: text('title').notNull().default(''),
    hours: integer('hours').notNull().default(2),
    kind: text('kind').notNull().default('lecture'),
    homework: text('homework').notNull().default(''),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    deleted: integer('deleted').notNull().default(0),
  },
  (t) => [index('topics_line').on(t.lineId)],
);
