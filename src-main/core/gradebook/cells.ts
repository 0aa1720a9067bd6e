import type { AbsenceReasonInput, CellEntry, CellView } from '../../../src-shared/api/journal';
import { toAbsenceReason, toAttendance, toMark } from '../../../src-shared/domain/gradebook';
import { t } from '../../../src-shared/i18n/ru';
import type { UserRow } from '../auth/users';
import { findStudent, fullName } from '../contingent/students';
import { AppError } from '../errors';
import type { Journal } from '../journal';
import { fieldChanges, setFields } from '../oplog/changes';
import type { Change } from '../oplog/types';
import {
  journalFieldError,
  pageContext,
  requireFillsDay,
  requireOpen,
  requireReadable,
  requireWithinWindow,
  setsAbsenceReasons,
  viewerOf,
  type PageContext,
} from './access';
import { cellId } from './entities';
import { findCell, findLesson, type CellRow, type LessonRow } from './queries';
import { rosterStays } from './roster';
import { cellProblem, inStays } from './rules';

const e = t.errors;

export function cellView(row: Pick<CellRow, 'lessonId' | 'studentId' | 'attendance' | 'absenceReason' | 'absenceNote' | 'mark1' | 'mark2'>): CellView {
  return {
    lessonId: row.lessonId,
    studentId: row.studentId,
    attendance: toAttendance(row.attendance),
    absenceReason: toAbsenceReason(row.absenceReason),
    absenceNote: row.absenceNote,
    mark1: toMark(row.mark1),
    mark2: toMark(row.mark2),
  };
}

const emptyCell = (lessonId: string, studentId: string): CellView => ({
  lessonId,
  studentId,
  attendance: '',
  absenceReason: '',
  absenceNote: '',
  mark1: '',
  mark2: '',
});

interface OpenLesson {
  lesson: LessonRow;
  ctx: PageContext;
}

function openLesson(j: Journal, lessonId: string): OpenLesson {
  const lesson = findLesson(j, lessonId);
  if (!lesson) throw new AppError('not_found', e.journalLessonNotFound);
  const ctx = pageContext(j, lesson.lineId);
  requireOpen(ctx);
  return { lesson, ctx };
}

/** The student's name, for a message. */
function nameOf(j: Journal, studentId: string): string | undefined {
  const row = findStudent(j, studentId);
  return row ? fullName(row) : undefined;
}

/**
 * The ops that bring a cell to a state. A cell never filled (on this workstation) is made with its identity first
 * (period, lesson, line, student: the validity rules read them) and only what it holds; an empty state makes no cell.
 */
function cellChanges(current: CellRow | undefined, lesson: LessonRow, studentId: string, next: Record<string, string>): Change[] {
  const id = cellId(lesson.id, studentId);
  if (current) {
    const { attendance, mark1, mark2, absenceReason, absenceNote } = current;
    return fieldChanges('cell', id, { attendance, mark1, mark2, absence_reason: absenceReason, absence_note: absenceNote }, next);
  }
  const filled = Object.fromEntries(Object.entries(next).filter(([, v]) => v !== ''));
  if (Object.keys(filled).length === 0) return [];
  return setFields('cell', id, { period_id: lesson.periodId, lesson_id: lesson.id, line_id: lesson.lineId, student_id: studentId, ...filled });
}

/**
 * Sets the whole state of cells of one lesson (a key press sets one; a pasted column many): every entry is checked
 * first, then all are saved in one commit, or none. An absent student gets no mark; a present one loses the reason
 * of an absence that is no more.
 */
export function setCells(j: Journal, user: UserRow, lessonId: string, entries: readonly CellEntry[], reason: string, single = false): CellView[] {
  return j.db.transaction(() => {
    const { lesson, ctx } = openLesson(j, lessonId);
    const viewer = viewerOf(j, user);
    requireFillsDay(j, viewer, ctx, lesson.date, null);
    if (lesson.date > ctx.today) throw new AppError('conflict', e.journalLessonInFuture(lesson.date));
    requireWithinWindow(viewer, ctx, lesson.date, reason, (last) => e.journalBackdated(lesson.date, last));
    const stays = rosterStays(j, ctx.line, ctx.period);
    const at = (i: number, field: string) => (single ? field : `entries.${i}.${field}`);
    const seen = new Set<string>();
    entries.forEach((entry, i) => {
      const field = at(i, 'studentId');
      // Names are looked up only for a message: the grid sends ids of the page's own students.
      const named = (message: (name: string) => string) => {
        const name = nameOf(j, entry.studentId);
        return journalFieldError(field, name === undefined ? e.journalStudentNotFound : message(name));
      };
      if (seen.has(entry.studentId)) throw named(e.journalStudentTwice);
      seen.add(entry.studentId);
      const own = stays.get(entry.studentId);
      if (!own || !inStays(own, lesson.date)) throw named((name) => e.journalStudentNotOnDate(name, lesson.date));
      const problem = cellProblem(entry);
      if (problem) throw journalFieldError(at(i, problem.field), problem.message);
    });
    const changes: Change[] = [];
    const states = entries.map((entry) => {
      const current = findCell(j, cellId(lesson.id, entry.studentId));
      const keepsReason = entry.attendance === 'absent';
      const next = {
        attendance: entry.attendance,
        mark1: entry.mark1,
        mark2: entry.mark2,
        absence_reason: keepsReason ? (current?.absenceReason ?? '') : '',
        absence_note: keepsReason ? (current?.absenceNote ?? '') : '',
      };
      changes.push(...cellChanges(current, lesson, entry.studentId, next));
      return { lessonId: lesson.id, ...entry, absenceReason: next.absence_reason, absenceNote: next.absence_note };
    });
    j.oplog.commit(user.id, changes, reason === '' ? null : reason);
    return states.map(cellView);
  })();
}

/** The curator (of the group) or the office says why a student was absent. */
export function setAbsenceReason(j: Journal, user: UserRow, input: AbsenceReasonInput): CellView {
  return j.db.transaction(() => {
    const { lesson, ctx } = openLesson(j, input.lessonId);
    const viewer = viewerOf(j, user);
    requireReadable(j, viewer, ctx);
    if (!setsAbsenceReasons(j, viewer, ctx)) throw new AppError('forbidden', t.errors.forbidden);
    const current = findCell(j, cellId(lesson.id, input.studentId));
    if (!current && !findStudent(j, input.studentId)) throw journalFieldError('studentId', e.journalStudentNotFound);
    if (input.absenceReason !== '' && current?.attendance !== 'absent') throw journalFieldError('absenceReason', e.journalReasonWithoutAbsence);
    if (input.absenceReason === '' && input.note !== '') throw journalFieldError('note', e.journalNoteWithoutReason);
    if (!current) return emptyCell(lesson.id, input.studentId);
    const next = { absence_reason: input.absenceReason, absence_note: input.note };
    j.oplog.commit(user.id, fieldChanges('cell', current.id, { absence_reason: current.absenceReason, absence_note: current.absenceNote }, next));
    return cellView({ ...current, absenceReason: input.absenceReason, absenceNote: input.note });
  })();
}
