import type { CellView, JournalPage, LessonView, PageStudentView } from '../../../src-shared/api/journal';
import { debtValues, finalKinds, type FinalKind } from '../../../src-shared/domain/gradebook';
import { absenceReasonLabels, attendanceShortLabels, finalValueShortLabels, lessonKindLabels, markShortLabels } from '../../../src-shared/i18n/ru';
import { ui } from '../../../src-shared/i18n/ui';
import { cellText } from './cell-text';
import { attends, dayMonth, lessonCellLabel, shortName } from './grid-model';
import { cellKey, entryOf, finalKey, type FinalValueOrEmpty, type SaveState } from './store';
import type { Segment } from './windowing';

/** Sizes in pixels: the windowing counts rows and columns by them, so the CSS takes them from here too. */
export const gridSizes = { row: 30, head: 64, name: 260, col: 54, final: 62, average: 58 };
const z = gridSizes;

export const cellLabels = {
  absent: attendanceShortLabels.absent,
  late: attendanceShortLabels.late,
  pass: markShortLabels.pass,
  fail: markShortLabels.fail,
};

export const finalShortLabels: Record<FinalValueOrEmpty, string> = { '': '', ...finalValueShortLabels };

const saveClass = (save: SaveState | undefined) => (save ? ` gb-cell--${save.state}` : '');
const saveText = (save: SaveState | undefined) => (save ? ui.gradebook.saveStates[save.state] : '');

/** A lesson's column header: date, pair, kind; it opens the lesson for those who edit lessons. */
export function LessonHeader(props: { lesson: LessonView; col: number; canEdit: boolean; onEdit: (lesson: LessonView) => void }) {
  const x = props.lesson;
  const g = ui.gradebook;
  const title = [g.lessonTitle(dayMonth(x.date), x.pair, lessonKindLabels[x.kind]), x.topic, x.homework ? g.homeworkTitle(x.homework) : '', g.conductedBy(x.teacherName)]
    .filter(Boolean)
    .join('\n');
  const body = (
    <>
      <span className="gb-head__date">{dayMonth(x.date)}</span>
      <span className="gb-head__pair">{g.pairShort(x.pair)}</span>
      <span className="gb-head__kind">{g.kindShort[x.kind]}</span>
    </>
  );
  return (
    <div role="columnheader" aria-colindex={props.col + 2} className="gb-head" style={{ width: z.col }} title={title} aria-label={g.lessonTitle(dayMonth(x.date), x.pair, lessonKindLabels[x.kind])}>
      {props.canEdit ? (
        <button type="button" tabIndex={-1} className="gb-head__button" onClick={() => props.onEdit(x)}>
          {body}
        </button>
      ) : (
        body
      )}
    </div>
  );
}

/** One student's row: the sticky name, the lessons in view with spacers for the rest, the finals and the average. */
export function GridRow(props: {
  page: JournalPage;
  student: PageStudentView;
  row: number;
  left: boolean;
  lessonSegments: Segment[];
  cursorCol: number;
  cells: Readonly<Record<string, CellView>>;
  finals: Readonly<Record<string, FinalValueOrEmpty>>;
  saves: Readonly<Record<string, SaveState>>;
  width: number;
}) {
  const { page, student, row } = props;
  const g = ui.gradebook;
  const name = shortName(student.fullName);
  const lessons = page.lessons;
  return (
    <div role="row" aria-rowindex={row + 2} className={`gb-row${props.left ? ' gb-row--left' : ''}`} style={{ width: props.width, height: z.row }}>
      <div role="rowheader" aria-colindex={1} className="gb-name" style={{ width: z.name }} title={props.left ? g.leftTitle(student.fullName) : student.fullName}>
        <span className="gb-name__number">{row + 1}.</span> {student.fullName}
        {props.left ? <span className="gb-name__left"> {g.left}</span> : null}
      </div>
      {props.lessonSegments.flatMap((seg) =>
        seg.kind === 'gap'
          ? [<div key={`gap${seg.start}`} className="gb-gap" style={{ width: seg.count * z.col }} />]
          : seg.indices.map((c) => {
              const lesson = lessons[c]!;
              const key = cellKey(lesson.id, student.id);
              return <LessonCell key={lesson.id} student={student} lesson={lesson} row={row} col={c} cursor={props.cursorCol === c} cell={props.cells[key]} save={props.saves[key]} />;
            }),
      )}
      <div className="gb-tail">
        {finalKinds.map((k, i) => {
          const key = finalKey(student.id, k);
          return (
            <FinalCell
              key={k}
              name={name}
              kind={k}
              row={row}
              col={lessons.length + i}
              cursor={props.cursorCol === lessons.length + i}
              value={props.finals[key] ?? ''}
              save={props.saves[key]}
            />
          );
        })}
        <div role="gridcell" aria-colindex={lessons.length + finalKinds.length + 2} aria-readonly="true" className="gb-cell gb-cell--average" style={{ width: z.average }} aria-label={g.averageLabel(name)}>
          {student.average === null ? '—' : student.average.toLocaleString('ru-RU', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}
        </div>
      </div>
    </div>
  );
}

function LessonCell(props: { student: PageStudentView; lesson: LessonView; row: number; col: number; cursor: boolean; cell: CellView | undefined; save: SaveState | undefined }) {
  const { cell, save } = props;
  const g = ui.gradebook;
  const label = lessonCellLabel(props.student, props.lesson);
  if (!attends(props.student, props.lesson.date)) {
    return <div role="gridcell" aria-colindex={props.col + 2} aria-disabled="true" aria-label={label} className="gb-cell gb-cell--out" style={{ width: z.col }} title={g.notAttending} />;
  }
  const entry = entryOf(cell);
  const text = cellText(entry, cellLabels);
  const reason = cell && entry.attendance === 'absent' ? g.reasonTitle(absenceReasonLabels[cell.absenceReason], cell.absenceNote) : '';
  const failure = save?.state === 'failed' ? save.message : '';
  const classes = [
    'gb-cell',
    entry.attendance ? ` gb-cell--${entry.attendance}` : '',
    cell?.absenceReason ? ` gb-cell--${cell.absenceReason}` : '',
    saveClass(save),
  ].join('');
  return (
    <div
      role="gridcell"
      aria-colindex={props.col + 2}
      aria-label={label}
      aria-description={[text, reason, failure || saveText(save)].filter(Boolean).join('; ')}
      tabIndex={props.cursor ? 0 : -1}
      data-row={props.row}
      data-col={props.col}
      className={classes}
      style={{ width: z.col }}
      title={[failure, reason].filter(Boolean).join('\n') || undefined}
    >
      {text}
    </div>
  );
}

function FinalCell(props: { name: string; kind: FinalKind; row: number; col: number; cursor: boolean; value: FinalValueOrEmpty; save: SaveState | undefined }) {
  const g = ui.gradebook;
  const failure = props.save?.state === 'failed' ? props.save.message : '';
  return (
    <div
      role="gridcell"
      aria-colindex={props.col + 2}
      aria-label={g.finalLabel(props.name, g.finalTitle[props.kind])}
      aria-description={[finalShortLabels[props.value], failure || saveText(props.save)].filter(Boolean).join('; ')}
      tabIndex={props.cursor ? 0 : -1}
      data-row={props.row}
      data-col={props.col}
      className={`gb-cell gb-cell--final${debtValues.has(props.value) ? ' gb-cell--debt' : ''}${saveClass(props.save)}`}
      style={{ width: z.final }}
      title={failure || undefined}
    >
      {finalShortLabels[props.value]}
    </div>
  );
}
