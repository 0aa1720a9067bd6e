import type { JournalPage, LessonView, PageStudentView } from '../../../src-shared/api/journal';
import { finalKinds, type FinalKind } from '../../../src-shared/domain/gradebook';
import { ui } from '../../../src-shared/i18n/ui';
import type { CellEntry } from './cell-text';

/** A column the cursor can stand on: a lesson, or one of the finals. The average beside them is read-only. */
export type GridColumn = { kind: 'lesson'; lesson: LessonView } | { kind: 'final'; finalKind: FinalKind };

export const gridColumns = (lessons: readonly LessonView[]): GridColumn[] => [
  ...lessons.map((lesson): GridColumn => ({ kind: 'lesson', lesson })),
  ...finalKinds.map((finalKind): GridColumn => ({ kind: 'final', finalKind })),
];

/** The core's intervals say which lessons are the student's: a lesson dated outside all of them is not. */
export function attends(student: PageStudentView, date: string): boolean {
  return student.intervals.some((i) => i.startDate <= date && (i.endDate === null || date < i.endDate));
}

/** A student whose last stay in the group has ended: the row is shown greyed. */
export function hasLeft(student: PageStudentView): boolean {
  const last = student.intervals.at(-1);
  return last !== undefined && last.endDate !== null;
}

/** «Иванов Иван» out of «Иванов Иван Иванович»: what a cell's name says before its date. */
export const shortName = (fullName: string) => fullName.split(/\s+/).slice(0, 2).join(' ');

/** 12.09 out of 2025-09-12. */
export const dayMonth = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}`;

export const lessonCellLabel = (student: PageStudentView, lesson: LessonView) => ui.gradebook.cellLabel(shortName(student.fullName), dayMonth(lesson.date), lesson.pair);

/** Whether the cursor may stand on a cell: everywhere but the lessons outside the student's stay. */
export function focusable(student: PageStudentView | undefined, column: GridColumn | undefined): boolean {
  if (!student || !column) return false;
  return column.kind === 'final' || attends(student, column.lesson.date);
}

export interface Position {
  row: number;
  col: number;
}

/**
 * The next cell the cursor may stand on from `from`, going by `dRow`/`dCol` one step at a time (skipping the greyed
 * ones), or `from` itself when there is none that way.
 */
export function step(page: JournalPage, columns: readonly GridColumn[], from: Position, dRow: number, dCol: number, steps = 1): Position {
  let row = from.row;
  let col = from.col;
  let found = from;
  let left = steps;
  while (left > 0) {
    row += dRow;
    col += dCol;
    if (row < 0 || row >= page.students.length || col < 0 || col >= columns.length) break;
    if (focusable(page.students[row], columns[col])) {
      found = { row, col };
      left -= 1;
    }
  }
  return found;
}

/** The first cell the cursor may stand on in a column, from the top; null when no student attends that lesson. */
export function firstInColumn(page: JournalPage, columns: readonly GridColumn[], col: number): Position | null {
  const row = page.students.findIndex((s) => focusable(s, columns[col]));
  return row < 0 ? null : { row, col };
}

/** Where the cursor starts: the latest lesson (the one being filled), else the first final. */
export function startPosition(page: JournalPage, columns: readonly GridColumn[]): Position {
  for (let col = page.lessons.length - 1; col >= 0; col--) {
    const p = firstInColumn(page, columns, col);
    if (p) return p;
  }
  return { row: 0, col: page.lessons.length };
}

export type PastePlan<T> = { ok: true; entries: { studentId: string; value: T }[] } | { ok: false; message: string };

/**
 * Lines of a pasted column laid on the students from `fromRow` down, one line a student, as a spreadsheet does.
 * A student outside the lesson's dates takes only an empty line; any line that is not a value stops the whole paste.
 */
export function planPaste<T>(
  text: string,
  students: readonly PageStudentView[],
  fromRow: number,
  accepts: (student: PageStudentView) => boolean,
  parse: (line: string) => T | null,
  isEmpty: (value: T) => boolean,
): PastePlan<T> {
  const lines = text.replace(/\r/g, '').split('\n').map((l) => l.split('\t')[0] ?? '');
  while (lines.length > 0 && lines.at(-1)!.trim() === '') lines.pop();
  if (lines.length === 0) return { ok: false, message: ui.gradebook.pasteEmpty };
  const g = ui.gradebook;
  if (fromRow + lines.length > students.length) return { ok: false, message: g.pasteTooLong(lines.length, students.length - fromRow) };
  const entries: { studentId: string; value: T }[] = [];
  for (const [i, line] of lines.entries()) {
    const student = students[fromRow + i]!;
    const value = parse(line);
    if (value === null) return { ok: false, message: g.pasteBadLine(i + 1, line.trim()) };
    if (!accepts(student)) {
      if (isEmpty(value)) continue;
      return { ok: false, message: g.pasteNotAttending(i + 1, shortName(student.fullName)) };
    }
    entries.push({ studentId: student.id, value });
  }
  return { ok: true, entries };
}

export const isEmptyEntry = (e: CellEntry) => !e.attendance && !e.mark1 && !e.mark2;

/** After a dialog the cursor's cell takes the focus back, so typing goes on where it stopped. */
export function refocusGrid() {
  requestAnimationFrame(() => document.querySelector<HTMLElement>('.gb-grid [tabindex="0"]')?.focus());
}
