import { useEffect, type RefObject } from 'react';
import type { CellView, JournalPage } from '../../../src-shared/api/journal';
import { ui } from '../../../src-shared/i18n/ui';
import { cellText, parseCellText, parseFinalText } from './cell-text';
import { attends, isEmptyEntry, planPaste, type GridColumn, type Position } from './grid-model';
import { cellLabels, finalShortLabels } from './GridParts';
import { cellKey, entryOf, finalKey, useJournal, type FinalValueOrEmpty } from './store';

/** What the clipboard handlers read at the moment of a copy or a paste. */
export interface ClipboardState {
  page: JournalPage;
  columns: readonly GridColumn[];
  position: Position;
  cells: Readonly<Record<string, CellView>>;
  finals: Readonly<Record<string, FinalValueOrEmpty>>;
  editableLessons: ReadonlySet<string>;
}

/** The cursor's column as text, one line a student (empty for a lesson the student did not attend). */
function columnText(s: ClipboardState): string | null {
  const col = s.columns[s.position.col];
  if (!col) return null;
  const lines = s.page.students.map((st) => {
    if (col.kind === 'final') return finalShortLabels[s.finals[finalKey(st.id, col.finalKind)] ?? ''];
    return attends(st, col.lesson.date) ? cellText(entryOf(s.cells[cellKey(col.lesson.id, st.id)]), cellLabels) : '';
  });
  return lines.join('\n');
}

/** Lays pasted lines on the cursor's column from the cursor down: a lesson's cells in one call (all or nothing), or finals. */
function pasteColumn(s: ClipboardState, text: string): boolean {
  const col = s.columns[s.position.col];
  const store = useJournal.getState();
  const g = ui.gradebook;
  if (!col) return false;
  const refuse = (message: string) => {
    store.setStatus({ kind: 'error', text: message });
    return false;
  };
  if (s.page.closed.closed) return refuse(g.closedEdit);
  if (col.kind === 'final') {
    if (!s.page.access.canEditFinals) return refuse(g.readOnly);
    const plan = planPaste(text, s.page.students, s.position.row, () => true, (line) => parseFinalText(line, finalShortLabels), () => false);
    if (!plan.ok) return refuse(plan.message);
    for (const x of plan.entries) store.setFinal(x.studentId, col.finalKind, x.value);
    return true;
  }
  if (!s.editableLessons.has(col.lesson.id)) return refuse(g.lessonLocked);
  const plan = planPaste(text, s.page.students, s.position.row, (st) => attends(st, col.lesson.date), parseCellText, isEmptyEntry);
  if (!plan.ok) return refuse(plan.message);
  if (plan.entries.length === 0) return false;
  void store.pasteColumn(
    col.lesson.id,
    plan.entries.map((x) => ({ studentId: x.studentId, entry: x.value })),
  );
  return true;
}

/**
 * Ctrl+C copies the cursor's column as lines of text (for a spreadsheet or another lesson); Ctrl+V lays lines of text
 * on the column from the cursor down. The document's clipboard events serve both, while the focus is in the grid.
 */
export function useColumnClipboard(gridRef: RefObject<HTMLElement | null>, state: RefObject<ClipboardState>, onPasted: () => void) {
  useEffect(() => {
    const inGrid = () => gridRef.current?.contains(document.activeElement) ?? false;
    const onCopy = (e: ClipboardEvent) => {
      if (!inGrid() || !e.clipboardData) return;
      const text = columnText(state.current);
      if (text === null) return;
      e.clipboardData.setData('text/plain', text);
      e.preventDefault();
      useJournal.getState().setStatus({ kind: 'success', text: ui.gradebook.copied(text.split('\n').length) });
    };
    const onPaste = (e: ClipboardEvent) => {
      if (!inGrid() || !e.clipboardData) return;
      e.preventDefault();
      if (pasteColumn(state.current, e.clipboardData.getData('text/plain'))) onPasted();
    };
    document.addEventListener('copy', onCopy);
    document.addEventListener('paste', onPaste);
    return () => {
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('paste', onPaste);
    };
  }, [gridRef, state, onPasted]);
}
