import type { PageStudentView } from '../../../src-shared/api/journal';
import { absenceReasonLabels } from '../../../src-shared/i18n/ru';
import { ui } from '../../../src-shared/i18n/ui';
import { cellText } from './cell-text';
import { lessonCellLabel, shortName, type GridColumn } from './grid-model';
import { cellLabels, finalShortLabels } from './GridParts';
import { cellKey, entryOf, finalKey, useJournal } from './store';

/** Under the grid: what the cursor's cell holds and how its last change stands, or the page's last message. */
export function CursorLine(props: { student: PageStudentView | undefined; column: GridColumn | undefined }) {
  const { student, column } = props;
  const g = ui.gradebook;
  const status = useJournal((s) => s.status);
  const key = !student || !column ? '' : column.kind === 'lesson' ? cellKey(column.lesson.id, student.id) : finalKey(student.id, column.finalKind);
  const cell = useJournal((s) => (column?.kind === 'lesson' ? s.cells[key] : undefined));
  const final = useJournal((s) => (column?.kind === 'final' ? (s.finals[key] ?? '') : ''));
  const save = useJournal((s) => s.saves[key]);
  let where = '';
  let what = '';
  if (student && column?.kind === 'lesson') {
    const entry = entryOf(cell);
    where = lessonCellLabel(student, column.lesson);
    what = [cellText(entry, cellLabels), entry.attendance === 'absent' && cell ? g.reasonTitle(absenceReasonLabels[cell.absenceReason], cell.absenceNote) : ''].filter(Boolean).join('; ');
  } else if (student && column?.kind === 'final') {
    where = g.finalLabel(shortName(student.fullName), g.finalTitle[column.finalKind]);
    what = finalShortLabels[final];
  }
  return (
    <div className="gb-statusbar">
      <span className="gb-statusbar__cell">
        {where}
        {where ? ': ' : ''}
        <strong>{what || g.emptyCell}</strong>
        {save ? (
          <span className={`gb-save gb-save--${save.state}`}>
            {' '}
            · {save.state === 'failed' ? g.failedWith(save.message) : g.saveStates[save.state]}
          </span>
        ) : null}
      </span>
      {/* Errors are announced at once; other messages go to a live region that is always there, so they are read too. */}
      {status?.kind === 'error' && !(save?.state === 'failed' && save.message === status.text) ? (
        <span className="gb-status gb-status--error" role="alert">
          {status.text}
        </span>
      ) : null}
      <span className={status && status.kind !== 'error' ? `gb-status gb-status--${status.kind}` : 'gb-status'} role="status">
        {status && status.kind !== 'error' ? status.text : ''}
      </span>
    </div>
  );
}

