import { v5 as uuidv5 } from 'uuid';
import type { EntityDef } from '../oplog/entities';

/**
 * The namespace of cell and final ids. Fixed forever: two workstations filling the same cell must derive the
 * same id, today and in every later version of the app.
 */
export const gradebookNamespace = '6f1c1a52-6d1e-4b8e-9a57-3d2c9f0b7e41';

export const cellId = (lessonId: string, studentId: string): string => uuidv5(`${lessonId}/${studentId}`, gradebookNamespace);
export const finalId = (lineId: string, studentId: string, kind: string): string => uuidv5(`${lineId}/${studentId}/${kind}`, gradebookNamespace);

/** `line_id` and `period_id` are written once, in the commit that makes the lesson: the validity rules read them. */
export const lessonEntity: EntityDef = {
  entity: 'lesson',
  table: 'lessons',
  fields: {
    line_id: 'text',
    period_id: 'text',
    date: 'text',
    pair: 'int',
    hours: 'int',
    kind: 'text',
    topic_id: 'text',
    topic: 'text',
    homework: 'text',
    teacher_id: 'text',
    deleted: 'bool',
  },
  nullable: ['topic_id'],
};

/** The identity fields (lesson, student, line, period) are written with every first fill of the cell, on any workstation. */
export const cellEntity: EntityDef = {
  entity: 'cell',
  table: 'cells',
  fields: {
    lesson_id: 'text',
    student_id: 'text',
    line_id: 'text',
    period_id: 'text',
    attendance: 'text',
    absence_reason: 'text',
    absence_note: 'text',
    mark1: 'text',
    mark2: 'text',
    deleted: 'bool',
  },
};

export const finalEntity: EntityDef = {
  entity: 'final',
  table: 'finals',
  fields: { line_id: 'text', period_id: 'text', student_id: 'text', kind: 'text', value: 'text', deleted: 'bool' },
};

/** The fields a teacher may set only within N days of the lesson (of the period's end, for finals). */
export const backdatedFields: Readonly<Record<string, ReadonlySet<string>>> = {
  cell: new Set(['attendance', 'mark1', 'mark2']),
  final: new Set(['value']),
};
