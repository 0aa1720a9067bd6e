import { useEffect, useRef, useState } from 'react';
import type { KtpView } from '../../../src-shared/api/ktp';
import type { LineView } from '../../../src-shared/api/load';
import { lessonKinds } from '../../../src-shared/domain/gradebook';
import { lessonKindLabels } from '../../../src-shared/i18n/ru';
import { ui } from '../../../src-shared/i18n/ui';
import { call, errorMessage } from '../../api';
import { Dialog } from '../../ui/Dialog';
import { downloadXlsx } from '../../ui/download';
import { Banner, Options } from '../../ui/Field';
import { CellError, moveInColumn } from '../../ui/grid';
import { CopyKtpPanel, ImportKtpPanel } from './KtpPanels';
import { draftHours, draftOf, emptyTopic, errorsOf, moved, topicsOf, type DraftErrors, type DraftTopic, type TopicField } from './topic-draft';

const k = ui.ktp;

/** How a line is named in the dialog's title: discipline, group or subgroup, period. */
export const ktpLineTitle = (l: Pick<LineView, 'disciplineCode' | 'disciplineName' | 'groupName' | 'subgroupName' | 'periodName'>) =>
  [`${l.disciplineCode} ${l.disciplineName}`.trim(), l.subgroupName ? `${l.groupName} (${l.subgroupName})` : l.groupName, l.periodName].join(', ');

/**
 * A line's thematic plan: the ordered topics with their hours, kind and homework, and how many hours have been
 * given on each. Whoever keeps the plan edits the whole list and saves it at once; the core judges it, names
 * the cells that are wrong, and warns when the hours differ from the line's.
 */
export function KtpDialog(props: { lineId: string; onClose: () => void }) {
  const [view, setView] = useState<KtpView | null>(null);
  const [rows, setRows] = useState<DraftTopic[]>([]);
  const [errors, setErrors] = useState<DraftErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [dirty, setDirty] = useState(false);
  const [busy, setBusy] = useState(false);
  const [panel, setPanel] = useState<'import' | 'copy' | null>(null);
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const table = useRef<HTMLTableElement>(null);

  const replace = (next: KtpView, text: string | null) => {
    setView(next);
    setRows(draftOf(next.topics));
    setErrors({});
    setMessage(null);
    setDirty(false);
    setPanel(null);
    setNotice(text);
  };

  useEffect(() => {
    let live = true;
    call('ktp.list', { lineId: props.lineId })
      .then((v) => live && replace(v, null))
      .catch((err: unknown) => live && setMessage(errorMessage(err)));
    return () => {
      live = false;
    };
  }, [props.lineId]);

  useEffect(() => {
    if (!focusKey) return;
    table.current?.querySelector<HTMLInputElement>(`[data-key="${focusKey}"][data-col="title"]`)?.focus();
    setFocusKey(null);
  }, [focusKey]);

  const edit = (update: (all: DraftTopic[]) => DraftTopic[]) => {
    setRows(update);
    setDirty(true);
    setNotice(null);
  };
  const change = (key: string, field: Exclude<TopicField, 'id'>, value: string) => {
    edit((all) => all.map((r) => (r.key === key ? { ...r, [field]: value } : r)));
    // The row's old verdict no longer holds once it is edited; the next save judges it again.
    setErrors(({ [key]: _edited, ...rest }) => rest);
  };
  const add = () => {
    // A new topic takes the kind of the one before it: plans run in series of lectures, then of practicals.
    const topic = emptyTopic(rows.at(-1)?.kind ?? 'lecture');
    edit((all) => [...all, topic]);
    setFocusKey(topic.key);
  };

  const save = async () => {
    setBusy(true);
    setMessage(null);
    const sent = rows;
    try {
      const result = await call('ktp.save', { lineId: props.lineId, topics: topicsOf(sent) });
      replace(result, k.saved(result.added, result.updated, result.removed));
    } catch (err) {
      setErrors(errorsOf(err, sent));
      setMessage(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  const exportXlsx = async () => {
    setBusy(true);
    try {
      downloadXlsx(await call('ktp.exportXlsx', { lineId: props.lineId }));
    } catch (err) {
      setMessage(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  const canEdit = view?.canEdit ?? false;
  return (
    <Dialog title={k.title(view ? ktpLineTitle(view.line) : '')} onClose={props.onClose}>
      {message ? <Banner kind="error">{message}</Banner> : null}
      {notice ? <Banner kind="success">{notice}</Banner> : null}
      {view === null && message === null ? <p className="muted">{ui.common.loading}</p> : null}
      {view ? (
        <>
          <p className="muted">
            {view.line.teacherName}. {canEdit ? k.hint : k.readOnly}
          </p>
          <div className="row row--tight">
            {canEdit ? (
              <button type="button" className="button button--primary" disabled={busy || panel !== null} onClick={() => void save()}>
                {busy ? ui.common.saving : k.save}
              </button>
            ) : null}
            {canEdit && dirty ? (
              <button type="button" className="button" disabled={busy} onClick={() => replace(view, null)}>
                {k.discard}
              </button>
            ) : null}
            <button type="button" className="button" disabled={busy} onClick={() => void exportXlsx()}>
              {k.exportXlsx}
            </button>
            {canEdit ? (
              <>
                <button type="button" className="button" disabled={busy} onClick={() => setPanel('import')}>
                  {k.importXlsx}
                </button>
                <button type="button" className="button" disabled={busy} onClick={() => setPanel('copy')}>
                  {k.copy}
                </button>
              </>
            ) : null}
            {dirty ? <span className="warn">{k.unsaved}</span> : null}
          </div>

          {panel === 'import' ? <ImportKtpPanel lineId={props.lineId} dirty={dirty} onCancel={() => setPanel(null)} onDone={replace} /> : null}
          {panel === 'copy' ? <CopyKtpPanel lineId={props.lineId} topicCount={view.topics.length} onCancel={() => setPanel(null)} onDone={replace} /> : null}

          {!dirty && view.warning ? <Banner kind="info">{view.warning}</Banner> : null}
          <table className="table plan-table ktp-table" ref={table} onKeyDown={(e) => moveInColumn(e, rows)}>
            <thead>
              <tr>
                <th className="num">{k.number}</th>
                <th>{k.topic}</th>
                <th className="num">{k.hours}</th>
                <th>{k.kind}</th>
                <th>{k.homework}</th>
                <th className="num">{k.progress}</th>
                {canEdit ? <th aria-label={ui.common.actions} /> : null}
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => (
                <TopicRow
                  key={r.key}
                  row={r}
                  index={i}
                  last={i === rows.length - 1}
                  canEdit={canEdit}
                  errors={errors[r.key] ?? {}}
                  onChange={(field, value) => change(r.key, field, value)}
                  onMove={(step) => edit((all) => moved(all, i, step))}
                  onRemove={() => edit((all) => all.filter((x) => x.key !== r.key))}
                />
              ))}
              {rows.length === 0 ? (
                <tr>
                  <td colSpan={canEdit ? 7 : 6} className="muted">
                    {k.noTopics}
                  </td>
                </tr>
              ) : null}
            </tbody>
          </table>
          {canEdit ? (
            <div className="row row--tight">
              <button type="button" className="button" onClick={add}>
                {k.addTopic}
              </button>
            </div>
          ) : null}
          <p>{k.draftTotal(draftHours(rows), view.plannedHours)}</p>
          <p>{k.conducted(view.conductedHours, view.plannedHours, view.unlinkedHours)}</p>
          <div className="row row--end">
            <button type="button" className="button" onClick={props.onClose}>
              {k.close}
            </button>
          </div>
        </>
      ) : (
        <div className="row row--end">
          <button type="button" className="button" onClick={props.onClose}>
            {k.close}
          </button>
        </div>
      )}
    </Dialog>
  );
}

function TopicRow(props: {
  row: DraftTopic;
  index: number;
  last: boolean;
  canEdit: boolean;
  errors: Partial<Record<TopicField, string>>;
  onChange: (field: Exclude<TopicField, 'id'>, value: string) => void;
  onMove: (step: -1 | 1) => void;
  onRemove: () => void;
}) {
  const { row, errors } = props;
  const n = props.index + 1;
  const cellError = (field: TopicField) => (errors[field] ? <CellError text={errors[field]} /> : null);
  const input = (field: 'title' | 'hours' | 'homework', label: string, className: string) => (
    <input
      className={`cell ${className}${errors[field] ? ' cell--error' : ''}`}
      aria-label={k.cell(n, label)}
      aria-invalid={errors[field] ? true : undefined}
      inputMode={field === 'hours' ? 'numeric' : undefined}
      data-key={row.key}
      data-col={field}
      value={row[field]}
      onChange={(e) => props.onChange(field, e.target.value)}
    />
  );
  return (
    <tr className={Object.keys(errors).length > 0 ? 'plan-row--error' : undefined}>
      <td className="num">{n}</td>
      <td>
        {props.canEdit ? input('title', k.topic, 'ktp-cell--wide') : row.title}
        {cellError('title')}
        {cellError('id')}
      </td>
      <td className="num">
        {props.canEdit ? input('hours', k.hours, '') : row.hours}
        {cellError('hours')}
      </td>
      <td>
        {props.canEdit ? (
          <select aria-label={k.cell(n, k.kind)} data-key={row.key} data-col="kind" value={row.kind} onChange={(e) => props.onChange('kind', e.target.value)}>
            <Options values={lessonKinds} labels={lessonKindLabels} />
          </select>
        ) : (
          lessonKindLabels[row.kind]
        )}
        {cellError('kind')}
      </td>
      <td>
        {props.canEdit ? input('homework', k.homework, 'ktp-cell--wide') : row.homework}
        {cellError('homework')}
      </td>
      <td className="num" title={row.lessonCount > 0 ? k.lessons(row.lessonCount) : undefined}>
        {k.progressCell(row.conductedHours, Number(row.hours) || 0)}
      </td>
      {props.canEdit ? (
        <td className="ktp-actions">
          <button type="button" className="button button--small" disabled={props.index === 0} aria-label={k.moveUpLabel(n)} onClick={() => props.onMove(-1)}>
            {k.moveUp}
          </button>
          <button type="button" className="button button--small" disabled={props.last} aria-label={k.moveDownLabel(n)} onClick={() => props.onMove(1)}>
            {k.moveDown}
          </button>
          <button type="button" className="button button--small button--danger" aria-label={k.removeLabel(n)} onClick={props.onRemove}>
            {k.remove}
          </button>
        </td>
      ) : null}
    </tr>
  );
}
