import { and, asc, eq } from 'drizzle-orm';
import type { Journal } from '../journal';
import { cachedStatement } from '../store/statements';
import { cells, finals, lessons } from './schema';

export type LessonRow = typeof lessons.$inferSelect;
export type CellRow = typeof cells.$inferSelect;
export type FinalRow = typeof finals.$inferSelect;

/** What the thematic plan needs of a line's lessons: when, how long, what kind, which topic. */
export interface LessonSummary {
  id: string;
  date: string;
  hours: number;
  kind: string;
  topicId: string | null;
}

/** A line's lessons (not deleted) in date and pair order. */
export function lessonRowsOfLine(j: Journal, lineId: string): LessonRow[] {
  return j.orm
    .select()
    .from(lessons)
    .where(and(eq(lessons.lineId, lineId), eq(lessons.deleted, 0)))
    .orderBy(asc(lessons.date), asc(lessons.pair), asc(lessons.id))
    .all();
}

export function lessonsOfLine(j: Journal, lineId: string): LessonSummary[] {
  return j.orm
    .select({ id: lessons.id, date: lessons.date, hours: lessons.hours, kind: lessons.kind, topicId: lessons.topicId })
    .from(lessons)
    .where(and(eq(lessons.lineId, lineId), eq(lessons.deleted, 0)))
    .orderBy(asc(lessons.date), asc(lessons.pair), asc(lessons.id))
    .all();
}

/**
 * Hours of the line's recorded lessons per plan topic: the thematic plan's progress. Lessons with a typed topic
 * (no topicId) count for none.
 */
export function conductedHoursByTopic(j: Journal, lineId: string): Map<string, number> {
  const hours = new Map<string, number>();
  for (const l of lessonsOfLine(j, lineId)) {
    if (l.topicId === null || l.topicId === '') continue;
    hours.set(l.topicId, (hours.get(l.topicId) ?? 0) + l.hours);
  }
  return hours;
}

const lessonColumns = `id, line_id AS lineId, period_id AS periodId, date, pair, hours, kind, topic_id AS topicId, topic, homework,
  teacher_id AS teacherId, created_at AS createdAt, updated_at AS updatedAt, deleted`;

/** Read on every mark typed: prepared once. */
export function findLesson(j: Journal, lessonId: string): LessonRow | undefined {
  return cachedStatement(j.db, `SELECT ${lessonColumns} FROM lessons WHERE id = ? AND deleted = 0`).get(lessonId) as LessonRow | undefined;
}

export function findCell(j: Journal, cellId: string): CellRow | undefined {
  return cachedStatement(
    j.db,
    `SELECT id, lesson_id AS lessonId, student_id AS studentId, line_id AS lineId, period_id AS periodId, attendance,
       absence_reason AS absenceReason, absence_note AS absenceNote, mark1, mark2, created_at AS createdAt, updated_at AS updatedAt, deleted
     FROM cells WHERE id = ?`,
  ).get(cellId) as CellRow | undefined;
}

export function findFinal(j: Journal, finalId: string): FinalRow | undefined {
  return j.orm.select().from(finals).where(eq(finals.id, finalId)).get();
}

export type CellState = Pick<CellRow, 'lessonId' | 'studentId' | 'attendance' | 'absenceReason' | 'absenceNote' | 'mark1' | 'mark2'>;

/**
 * The cells of a line that are not deleted, as the page shows them; the page drops those of deleted lessons. A page
 * holds thousands: read through one prepared statement, not the query builder.
 */
export function cellsOfLine(j: Journal, lineId: string): CellState[] {
  return cachedStatement(
    j.db,
    `SELECT lesson_id AS lessonId, student_id AS studentId, attendance, absence_reason AS absenceReason, absence_note AS absenceNote, mark1, mark2
     FROM cells WHERE line_id = ? AND deleted = 0`,
  ).all(lineId) as CellState[];
}

export function finalsOfLine(j: Journal, lineId: string): FinalRow[] {
  return j.orm
    .select()
    .from(finals)
    .where(and(eq(finals.lineId, lineId), eq(finals.deleted, 0)))
    .all();
}

/** A lesson's cells, found through the line's index (cells have none of their own by lesson). */
export function cellsOfLesson(j: Journal, lineId: string, lessonId: string): CellRow[] {
  return j.orm
    .select()
    .from(cells)
    .where(and(eq(cells.lineId, lineId), eq(cells.lessonId, lessonId), eq(cells.deleted, 0)))
    .all();
}
