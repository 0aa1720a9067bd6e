import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import type { JournalPage, LessonView, PageStudentView } from '../../../src-shared/api/journal';
import { finalKinds, type FinalKind } from '../../../src-shared/domain/gradebook';
import { ui } from '../../../src-shared/i18n/ui';
import { emptyEntry, finalForKey, isCellKey, parseCellText, type CellEntry } from './cell-text';
import { focusable, gridColumns, hasLeft, startPosition, step, type GridColumn, type Position } from './grid-model';
import { GridRow, LessonHeader, gridSizes as z } from './GridParts';
import { useColumnClipboard, type ClipboardState } from './clipboard';
import { CursorLine } from './CursorLine';
import { cellKey, entryOf, useJournal } from './store';
import { segments, useViewport, visibleRange } from './windowing';

export interface GridActions {
  editLesson(lesson: LessonView): void;
  /** A curator or the office sets why a student was absent. */
  absenceReason(lesson: LessonView, student: PageStudentView): void;
  pickFinal(student: PageStudentView, kind: FinalKind): void;
}

/** Where the cursor stands, by ids, so it stays on its cell when lessons are added or the page reloads. */
interface Cursor {
  studentId: string;
  colKey: string;
}

const colKey = (c: GridColumn) => (c.kind === 'lesson' ? c.lesson.id : `final:${c.finalKind}`);

/** What has been typed into the cell under the cursor since it got there: «5» then «4» makes 54. */
interface Typing {
  at: string;
  text: string;
  before: CellEntry;
}

/**
 * The journal grid: students × lessons, then the finals and the average. Keyboard first, like a spreadsheet; only
 * the rows and columns in view are rendered, with the names and the header sticky.
 */
export function JournalGrid(props: { page: JournalPage; actions: GridActions; focusLesson: { lessonId: string } | null }) {
  const { page, actions } = props;
  const g = ui.gradebook;
  const columns = useMemo(() => gridColumns(page.lessons), [page.lessons]);
  const cells = useJournal((s) => s.cells);
  const finals = useJournal((s) => s.finals);
  const saves = useJournal((s) => s.saves);
  const setStatus = useJournal((s) => s.setStatus);
  const scrollRef = useRef<HTMLDivElement>(null);
  const gridRef = useRef<HTMLDivElement>(null);
  const viewport = useViewport(scrollRef);
  const typing = useRef<Typing | null>(null);
  const wantFocus = useRef(false);
  const editableLessons = useMemo(() => new Set(page.access.canEditMarks ? page.access.editableLessonIds : []), [page.access]);

  const [cursor, setCursor] = useState<Cursor | null>(null);
  const position = useMemo((): Position => {
    const row = cursor ? page.students.findIndex((s) => s.id === cursor.studentId) : -1;
    const col = cursor ? columns.findIndex((c) => colKey(c) === cursor.colKey) : -1;
    return row >= 0 && col >= 0 && focusable(page.students[row], columns[col]) ? { row, col } : startPosition(page, columns);
  }, [cursor, page, columns]);

  const moveTo = useCallback(
    (p: Position, focus = true) => {
      const student = page.students[p.row];
      const column = columns[p.col];
      if (!student || !column) return;
      typing.current = null;
      wantFocus.current = focus;
      // The last message was about the cell being left; a failed cell keeps saying its own under the grid.
      if (useJournal.getState().status) useJournal.getState().setStatus(null);
      setCursor({ studentId: student.id, colKey: colKey(column) });
    },
    [page.students, columns],
  );

  // A lesson just added: the cursor goes to its first student, ready for marks (once, not at every reload).
  const focusedLesson = useRef<{ lessonId: string } | null>(null);
  useEffect(() => {
    if (!props.focusLesson || focusedLesson.current === props.focusLesson) return;
    focusedLesson.current = props.focusLesson;
    const col = columns.findIndex((c) => c.kind === 'lesson' && c.lesson.id === props.focusLesson?.lessonId);
    const row = col < 0 ? -1 : page.students.findIndex((s) => focusable(s, columns[col]));
    if (row >= 0) moveTo({ row, col });
  }, [props.focusLesson, columns, page.students, moveTo]);

  const lessonsWidth = page.lessons.length * z.col;
  const tailWidth = finalKinds.length * z.final + z.average;

  // The cursor's cell is scrolled into view, and focused when the keyboard moved it.
  useLayoutEffect(() => {
    const scroller = scrollRef.current;
    if (!scroller) return;
    const { row, col } = position;
    const rowTop = row * z.row;
    const rowsView = scroller.clientHeight - z.head;
    if (rowTop < scroller.scrollTop) scroller.scrollTop = rowTop;
    else if (rowTop + z.row > scroller.scrollTop + rowsView) scroller.scrollTop = rowTop + z.row - rowsView;
    if (col < page.lessons.length) {
      const left = col * z.col;
      const colsView = scroller.clientWidth - z.name - tailWidth;
      if (left < scroller.scrollLeft) scroller.scrollLeft = left;
      else if (left + z.col > scroller.scrollLeft + colsView) scroller.scrollLeft = left + z.col - colsView;
    }
    if (wantFocus.current) {
      wantFocus.current = false;
      gridRef.current?.querySelector<HTMLElement>(`[data-row="${row}"][data-col="${col}"]`)?.focus({ preventScroll: true });
    }
  }, [position, page.lessons.length, tailWidth]);

  const rowRange = visibleRange(page.students.length, z.row, viewport.top, viewport.height - z.head);
  const colRange = visibleRange(page.lessons.length, z.col, viewport.left, viewport.width - z.name - tailWidth);
  const rowSegments = segments(page.students.length, rowRange, [position.row]);
  const lessonSegments = segments(page.lessons.length, colRange, position.col < page.lessons.length ? [position.col] : []);

  const student = page.students[position.row];
  const column = columns[position.col];

  /** Why a change here is refused, or null when the user may change the cell under the cursor. */
  const refusal = (): string | null => {
    if (!student || !column) return g.nothingHere;
    if (page.closed.closed) return g.closedEdit;
    if (column.kind === 'final') return page.access.canEditFinals ? null : g.readOnly;
    if (!page.access.canEditMarks) return g.readOnly;
    return editableLessons.has(column.lesson.id) ? null : g.lessonLocked;
  };

  const setLessonCell = (lesson: LessonView, who: PageStudentView, entry: CellEntry) => useJournal.getState().setCell(lesson.id, who.id, entry);

  const type = (key: string) => {
    if (!student || !column) return;
    const why = refusal();
    if (why) return setStatus({ kind: 'error', text: why });
    setStatus(null);
    if (column.kind === 'final') {
      const value = finalForKey(key);
      if (value) useJournal.getState().setFinal(student.id, column.finalKind, value);
      return;
    }
    const at = cellKey(column.lesson.id, student.id);
    const session = typing.current?.at === at ? typing.current : { at, text: '', before: entryOf(cells[at]) };
    const entry = parseCellText(session.text + key);
    if (!entry) return setStatus({ kind: 'info', text: g.typingHint });
    typing.current = { ...session, text: session.text + key };
    setLessonCell(column.lesson, student, entry);
  };

  const clear = () => {
    if (!student || !column) return;
    const why = refusal();
    if (why) return setStatus({ kind: 'error', text: why });
    typing.current = null;
    if (column.kind === 'final') useJournal.getState().setFinal(student.id, column.finalKind, '');
    else setLessonCell(column.lesson, student, emptyEntry);
  };

  /** Escape takes the cell back to what it held before the typing began. */
  const undoTyping = () => {
    const session = typing.current;
    typing.current = null;
    if (!session || !student || column?.kind !== 'lesson') return;
    setLessonCell(column.lesson, student, session.before);
  };

  const openAbsence = () => {
    if (!student || column?.kind !== 'lesson') return false;
    if (!page.access.canSetAbsenceReasons) return false;
    if (entryOf(cells[cellKey(column.lesson.id, student.id)]).attendance !== 'absent') {
      setStatus({ kind: 'info', text: g.reasonOnlyForAbsence });
      return true;
    }
    actions.absenceReason(column.lesson, student);
    return true;
  };

  const startOf = (row: number): Position => step(page, columns, { row, col: -1 }, 0, 1);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const target = e.target as HTMLElement;
    if (target.dataset.col === undefined) return;
    const p = position;
    const go = (dRow: number, dCol: number, steps = 1) => moveTo(step(page, columns, p, dRow, dCol, steps));
    const mod = e.ctrlKey || e.metaKey;
    let handled = true;
    switch (e.key) {
      case 'ArrowDown':
        if (e.altKey && column?.kind === 'final' && student && !refusal()) actions.pickFinal(student, column.finalKind);
        else go(1, 0, mod ? page.students.length : 1);
        break;
      case 'ArrowUp':
        go(-1, 0, mod ? page.students.length : 1);
        break;
      case 'ArrowRight':
        go(0, 1, mod ? columns.length : 1);
        break;
      case 'ArrowLeft':
        go(0, -1, mod ? columns.length : 1);
        break;
      case 'PageDown':
        go(1, 0, 10);
        break;
      case 'PageUp':
        go(-1, 0, 10);
        break;
      case 'Home':
        moveTo(mod ? startOf(0) : step(page, columns, { row: p.row, col: -1 }, 0, 1));
        break;
      case 'End':
        moveTo(step(page, columns, { row: p.row, col: columns.length }, 0, -1));
        break;
      case 'Enter':
        go(e.shiftKey ? -1 : 1, 0);
        break;
      case 'Tab': {
        const next = step(page, columns, p, 0, e.shiftKey ? -1 : 1);
        // At the row's end Tab leaves the grid, so the keyboard is never trapped in it.
        if (next.col === p.col) handled = false;
        else moveTo(next);
        break;
      }
      case 'Delete':
      case 'Backspace':
        clear();
        break;
      case 'Escape':
        undoTyping();
        break;
      case 'F2':
        if (column?.kind === 'final' && student) {
          const why = refusal();
          if (why) setStatus({ kind: 'error', text: why });
          else actions.pickFinal(student, column.finalKind);
        } else if (column?.kind === 'lesson' && !openAbsence()) handled = false;
        break;
      case 'ContextMenu':
        handled = openAbsence();
        break;
      case 'F10':
        handled = e.shiftKey && openAbsence();
        break;
      default:
        handled = false;
        if (!mod && !e.altKey && isKey(e.key, column)) {
          type(e.key);
          handled = true;
        }
    }
    if (handled) {
      e.preventDefault();
      e.stopPropagation();
    }
  };

  // Clicking (or tabbing) into a cell puts the cursor there.
  const onFocus = (e: FocusEvent<HTMLDivElement>) => {
    const { row, col } = (e.target as HTMLElement).dataset;
    if (row === undefined || col === undefined) return;
    const p = { row: Number(row), col: Number(col) };
    if (p.row !== position.row || p.col !== position.col) moveTo(p, false);
  };

  // Ctrl+C copies the cursor's column as lines of text; Ctrl+V lays lines on the column from the cursor down.
  const clipboardState = useRef<ClipboardState>({ page, columns, position, cells, finals, editableLessons });
  clipboardState.current = { page, columns, position, cells, finals, editableLessons };
  const endTyping = useCallback(() => {
    typing.current = null;
  }, []);
  useColumnClipboard(gridRef, clipboardState, endTyping);

  const width = z.name + lessonsWidth + tailWidth;
  return (
    <div className="gb-frame">
      <div className="gb-scroll" ref={scrollRef}>
        <div
          ref={gridRef}
          role="grid"
          aria-label={g.gridLabel}
          aria-rowcount={page.students.length + 1}
          aria-colcount={columns.length + 2}
          className="gb-grid"
          style={{ width, height: z.head + page.students.length * z.row }}
          onKeyDown={onKeyDown}
          onFocus={onFocus}
          onContextMenu={(e) => {
            if ((e.target as HTMLElement).closest('[data-col]') && openAbsence()) e.preventDefault();
          }}
        >
          <div role="row" aria-rowindex={1} className="gb-row gb-row--head" style={{ width, height: z.head }}>
            <div role="columnheader" aria-colindex={1} className="gb-name gb-name--head" style={{ width: z.name }}>
              {g.student}
            </div>
            {lessonSegments.flatMap((seg) =>
              seg.kind === 'gap'
                ? [<div key={`gap${seg.start}`} className="gb-gap" style={{ width: seg.count * z.col }} />]
                : seg.indices.map((c) => <LessonHeader key={page.lessons[c]!.id} lesson={page.lessons[c]!} col={c} canEdit={page.access.canEditLessons} onEdit={actions.editLesson} />),
            )}
            <div className="gb-tail">
              {finalKinds.map((k, i) => (
                <div key={k} role="columnheader" aria-colindex={page.lessons.length + 2 + i} className="gb-head gb-head--final" style={{ width: z.final }} title={g.finalTitle[k]}>
                  {g.finalShort[k]}
                </div>
              ))}
              <div role="columnheader" aria-colindex={columns.length + 2} className="gb-head gb-head--final" style={{ width: z.average }} title={g.averageTitle}>
                {g.average}
              </div>
            </div>
          </div>
          {rowSegments.flatMap((seg) =>
            seg.kind === 'gap'
              ? [<div key={`gap${seg.start}`} style={{ height: seg.count * z.row }} />]
              : seg.indices.map((r) => (
                <GridRow
                  key={page.students[r]!.id}
                  page={page}
                  student={page.students[r]!}
                  row={r}
                  left={hasLeft(page.students[r]!)}
                  lessonSegments={lessonSegments}
                  cursorCol={r === position.row ? position.col : -1}
                  cells={cells}
                  finals={finals}
                  saves={saves}
                  width={width}
                />
              )),
          )}
        </div>
      </div>
      <CursorLine student={student} column={column} />
    </div>
  );
}

/** Whether a key types into the cell under the cursor (a mark, Н, ОП, зачёт…), or a final. */
function isKey(key: string, column: GridColumn | undefined): boolean {
  if (!column) return false;
  return column.kind === 'final' ? finalForKey(key) !== null : isCellKey(key);
}
