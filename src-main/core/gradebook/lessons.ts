import { v7 as uuidv7 } from 'uuid';
import type { LessonInput, LessonView } from '../../../src-shared/api/journal';
import { toLessonKind } from '../../../src-shared/domain/gradebook';
import { t } from '../../../src-shared/i18n/ru';
import type { UserRow } from '../auth/users';
import { AppError } from '../errors';
import type { Journal } from '../journal';
import { findTopic } from '../ktp/queries';
import { substitutionsOf, teacherOn } from '../load/queries';
import { fieldChanges, setFields } from '../oplog/changes';
import type { LoadNames } from '../load/views';
import {
  fillsDay,
  journalFieldError,
  pageContext,
  requireFillsDay,
  requireOpen,
  requireWithinWindow,
  viewerOf,
  type PageContext,
  type Viewer,
} from './access';
import { cellsOfLesson, findLesson, lessonRowsOfLine, type LessonRow } from './queries';
import { cellIsEmpty, lastFillDay } from './rules';

const e = t.errors;

export function lessonView(names: LoadNames, row: LessonRow, backdatingDays: number): LessonView {
  return {
    id: row.id,
    date: row.date,
    pair: row.pair,
    hours: row.hours,
    kind: toLessonKind(row.kind),
    topicId: row.topicId,
    topic: row.topic,
    homework: row.homework,
    teacherId: row.teacherId,
    teacherName: row.teacherId ? names.employee(row.teacherId) : '',
    fillableUntil: lastFillDay(row.date, backdatingDays),
  };
}

/**
 * Who conducted a lesson on a day: the teacher filling it in themselves, else the substitute of that day, else
 * the teacher responsible for the line then.
 */
function conductor(j: Journal, viewer: Viewer, ctx: PageContext, day: string): string {
  if (viewer.employeeId !== null && !viewer.office && fillsDay(j, viewer, ctx, day)) return viewer.employeeId;
  const substitute = substitutionsOf(j, ctx.line.id).find((s) => s.startDate <= day && day <= s.endDate);
  return substitute?.substituteId ?? teacherOn(j, ctx.line.id, day) ?? ctx.line.teacherId;
}

/** A lesson's cells already say something: moving or deleting it changes attendance and marks, under their rules. */
function hasFilledCells(j: Journal, lesson: LessonRow): boolean {
  return cellsOfLesson(j, lesson.lineId, lesson.id).some((c) => !cellIsEmpty(c));
}

function requireLessonOfLine(j: Journal, lessonId: string, lineId: string): LessonRow {
  const lesson = findLesson(j, lessonId);
  if (!lesson || lesson.lineId !== lineId) throw new AppError('not_found', e.journalLessonNotFound);
  return lesson;
}

/** Creates a lesson (no lessonId) or changes one: on a day of the period the user fills, one lesson per pair. */
export function saveLesson(j: Journal, user: UserRow, input: LessonInput): LessonView {
  return j.db.transaction(() => {
    const ctx = pageContext(j, input.lineId);
    const viewer = viewerOf(j, user);
    const current = input.lessonId ? requireLessonOfLine(j, input.lessonId, ctx.line.id) : undefined;
    requireOpen(ctx);
    if (current) requireFillsDay(j, viewer, ctx, current.date, null);
    if (input.date < ctx.period.startDate || input.date > ctx.period.endDate) {
      throw journalFieldError('date', e.journalOutsidePeriod(ctx.period.startDate, ctx.period.endDate));
    }
    requireFillsDay(j, viewer, ctx, input.date, 'date');
    if (current && current.date !== input.date && hasFilledCells(j, current)) {
      for (const day of [current.date, input.date]) requireWithinWindow(viewer, ctx, day, input.reason, (last) => e.journalLessonBackdated(current.date, last));
    }
    if (input.topicId !== null && findTopic(j, input.topicId)?.lineId !== ctx.line.id) throw journalFieldError('topicId', e.journalTopicNotInPlan);
    const taken = lessonRowsOfLine(j, ctx.line.id).find((l) => l.date === input.date && l.pair === input.pair && l.id !== current?.id);
    if (taken) throw journalFieldError('pair', e.journalPairTaken(input.date, input.pair));

    const id = current?.id ?? uuidv7();
    const fields = {
      date: input.date,
      pair: input.pair,
      hours: input.hours,
      kind: input.kind,
      topic_id: input.topicId,
      topic: input.topic,
      homework: input.homework,
      teacher_id: current && current.date === input.date ? current.teacherId : conductor(j, viewer, ctx, input.date),
    };
    const changes = current
      ? fieldChanges('lesson', id, lessonFields(current), fields)
      : // The line and period first: the validity rules find the lesson's other ops through them.
        setFields('lesson', id, { line_id: ctx.line.id, period_id: ctx.period.id, ...fields });
    j.oplog.commit(user.id, changes, input.reason === '' ? null : input.reason);
    return lessonView(ctx.names, findLesson(j, id)!, ctx.backdatingDays);
  })();
}

function lessonFields(row: LessonRow) {
  return {
    date: row.date,
    pair: row.pair,
    hours: row.hours,
    kind: row.kind,
    topic_id: row.topicId,
    topic: row.topic,
    homework: row.homework,
    teacher_id: row.teacherId,
  };
}

/** Deletes a lesson (a tombstone); with attendance or marks on it, only within the back-dating window for a teacher. */
export function deleteLesson(j: Journal, user: UserRow, lessonId: string, reason: string): string {
  return j.db.transaction(() => {
    const lesson = findLesson(j, lessonId);
    if (!lesson) throw new AppError('not_found', e.journalLessonNotFound);
    const ctx = pageContext(j, lesson.lineId);
    const viewer = viewerOf(j, user);
    requireOpen(ctx);
    requireFillsDay(j, viewer, ctx, lesson.date, null);
    if (hasFilledCells(j, lesson)) requireWithinWindow(viewer, ctx, lesson.date, reason, (last) => e.journalLessonBackdated(lesson.date, last));
    j.oplog.commit(user.id, setFields('lesson', lesson.id, { deleted: true }), reason === '' ? null : reason);
    return lesson.id;
  })();
}
