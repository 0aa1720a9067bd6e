import { v7 as uuidv7 } from 'uuid';
import type { Journal } from '../journal';
import type { NewEntity } from '../oplog/oplog';
import { cellId } from './entities';

/** A lesson to record with its filled cells, all new: the demo's semester, a migration from another journal. */
export interface NewLesson {
  lineId: string;
  periodId: string;
  date: string;
  pair: number;
  hours: number;
  kind: string;
  topic: string;
  homework: string;
  teacherId: string;
  cells: NewCell[];
}

export interface NewCell {
  studentId: string;
  attendance: string;
  absenceReason: string;
  absenceNote: string;
  mark1: string;
  mark2: string;
}

/** A new lesson and its filled cells as new entities: identity first, then only the values that are set. */
export function newLessonEntities(lesson: NewLesson): NewEntity[] {
  const lessonId = uuidv7();
  const entities: NewEntity[] = [
    {
      entity: 'lesson',
      entityId: lessonId,
      fields: {
        line_id: lesson.lineId,
        period_id: lesson.periodId,
        date: lesson.date,
        pair: lesson.pair,
        hours: lesson.hours,
        kind: lesson.kind,
        topic: lesson.topic,
        homework: lesson.homework,
        teacher_id: lesson.teacherId,
      },
    },
  ];
  for (const c of lesson.cells) {
    const values = { attendance: c.attendance, absence_reason: c.absenceReason, absence_note: c.absenceNote, mark1: c.mark1, mark2: c.mark2 };
    const filled = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== ''));
    if (Object.keys(filled).length === 0) continue;
    entities.push({
      entity: 'cell',
      entityId: cellId(lessonId, c.studentId),
      fields: { period_id: lesson.periodId, lesson_id: lessonId, line_id: lesson.lineId, student_id: c.studentId, ...filled },
    });
  }
  return entities;
}

/**
 * Records many new lessons with their cells in one transaction, as operations of `actorId` like any command's,
 * through the op log's bulk path (one row per cell, not one write per field). Returns how many were written.
 */
export function insertLessons(j: Journal, actorId: string, lessons: readonly NewLesson[]): { lessons: number; cells: number } {
  const entities = lessons.flatMap(newLessonEntities);
  j.oplog.commitNew(actorId, entities);
  return { lessons: lessons.length, cells: entities.length - lessons.length };
}
