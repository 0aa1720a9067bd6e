import { useEffect, useMemo, useRef, useState } from 'react';
import type { DisciplineView, PlanDetail } from '../../../src-shared/api/curriculum';
import { attestationForms, type AttestationForm } from '../../../src-shared/domain/curriculum';
import { attestationFormLabels } from '../../../src-shared/i18n/ru';
import { ui } from '../../../src-shared/i18n/ui';
import { call, errorMessage } from '../../api';
import { Banner, Options } from '../../ui/Field';
import { CellError, moveInColumn } from '../../ui/grid';
import { draftOf, draftSums, errorsOf, hourKeys, itemsOf, newRowKey, type DraftErrors, type DraftRow, type HourKey } from './plan-draft';
import { ImportPlanDialog } from './PlanDialogs';

const p = ui.curriculum.plans;
const hourLabels: Record<HourKey, string> = {
  hoursTotal: p.hoursTotal,
  hoursTheory: p.hoursTheory,
  hoursPractical: p.hoursPractical,
  hoursLab: p.hoursLab,
  hoursProject: p.hoursProject,
  hoursSelf: p.hoursSelf,
};
/** Columns a keyboard moves through: the six hours, then the attestation. */
const columnCount = hourKeys.length + 1;

interface Props {
  detail: PlanDetail;
  disciplines: DisciplineView[];
  canEdit: boolean;
  canImport: boolean;
  /** The semester shown: kept by the page, so a save (which remounts the grid) does not move the user elsewhere. */
  semester: number;
  onSemester: (semester: number) => void;
  /** The core's plan after a save or an import, with the notice to show. */
  onReplaced: (detail: PlanDetail, notice: string) => void;
}

/**
 * The grid of one plan, a semester at a time: rows are the semester's disciplines, cells their hours and
 * attestation. The whole plan is sent on save; the core judges it and names the cells that are wrong.
 */
export function PlanGrid(props: Props) {
  const { detail, semester } = props;
  const [rows, setRows] = useState<DraftRow[]>(() => draftOf(detail.items));
  const [errors, setErrors] = useState<DraftErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [dirty, setDirty] = useState(false);
  const [busy, setBusy] = useState(false);
  const [importing, setImporting] = useState(false);
  const [adding, setAdding] = useState('');
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const table = useRef<HTMLTableElement>(null);

  const semesters = detail.totals.map((s) => s.semester);
  const shown = rows.filter((r) => r.semester === semester);
  const sums = draftSums(shown);
  const errorCount = (n: number) => rows.filter((r) => r.semester === n && errors[r.key]).length;
  const elsewhere = semesters.filter((n) => n !== semester && errorCount(n) > 0);
  const addable = useMemo(() => {
    const taken = new Set(rows.filter((r) => r.semester === semester).map((r) => r.disciplineId));
    return props.disciplines.filter((x) => !taken.has(x.id));
  }, [rows, semester, props.disciplines]);

  useEffect(() => {
    if (!focusKey) return;
    table.current?.querySelector<HTMLInputElement>(`[data-key="${focusKey}"][data-col="0"]`)?.focus();
    setFocusKey(null);
  }, [focusKey]);

  const change = (key: string, update: (r: DraftRow) => DraftRow) => {
    setRows((all) => all.map((r) => (r.key === key ? update(r) : r)));
    // The row's old verdict no longer holds once it is edited; the next save judges it again.
    setErrors(({ [key]: _edited, ...rest }) => rest);
    setDirty(true);
  };

  const add = () => {
    const discipline = props.disciplines.find((x) => x.id === adding);
    if (!discipline) return;
    const key = newRowKey();
    const empty = Object.fromEntries(hourKeys.map((k) => [k, ''])) as Record<HourKey, string>;
    setRows((all) => [...all, { key, disciplineId: discipline.id, code: discipline.code, name: discipline.name, semester, hours: empty, attestation: 'none' }]);
    setAdding('');
    setDirty(true);
    setFocusKey(key);
  };

  const save = async () => {
    setBusy(true);
    setMessage(null);
    const sent = rows;
    try {
      const result = await call('curriculum.savePlanItems', { planId: detail.plan.id, items: itemsOf(sent) });
      props.onReplaced(result, p.saved(result.added, result.updated, result.removed));
    } catch (err) {
      setErrors(errorsOf(err, sent));
      // The message names the problems with their rows; the cells show theirs too.
      setMessage(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="plan-grid">
      <div className="row row--tight plan-grid__toolbar">
        {props.canEdit ? (
          <button type="button" className="button button--primary" disabled={busy} onClick={() => void save()}>
            {busy ? ui.common.saving : p.save}
          </button>
        ) : null}
        {props.canEdit && dirty ? (
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => {
              setRows(draftOf(detail.items));
              setErrors({});
              setMessage(null);
              setDirty(false);
            }}
          >
            {p.discard}
          </button>
        ) : null}
        {props.canImport ? (
          <button type="button" className="button" disabled={busy} onClick={() => setImporting(true)}>
            {p.import}
          </button>
        ) : null}
        {dirty ? <span className="warn">{p.unsaved}</span> : null}
      </div>
      {props.canEdit ? <p className="muted">{p.gridHint}</p> : <Banner kind="info">{p.readOnly}</Banner>}
      {message ? <Banner kind="error">{message}</Banner> : null}
      {elsewhere.length > 0 ? <Banner kind="error">{p.errorsElsewhere(elsewhere.map((n) => p.semesterTab(n)).join(', '))}</Banner> : null}

      <div className="tabs" role="tablist" aria-label={p.semesters}>
        {semesters.map((n) => (
          <button
            key={n}
            type="button"
            role="tab"
            aria-selected={n === semester}
            className={`tab${n === semester ? ' tab--active' : ''}${errorCount(n) > 0 ? ' tab--error' : ''}`}
            onClick={() => props.onSemester(n)}
          >
            {errorCount(n) > 0 ? p.semesterTabErrors(n, errorCount(n)) : p.semesterTab(n)}
          </button>
        ))}
      </div>

      <table className="table plan-table" ref={table} onKeyDown={(e) => moveInColumn(e, shown)}>
        <thead>
          <tr>
            <th>{p.discipline}</th>
            {hourKeys.map((k) => (
              <th key={k} className="num">
                {hourLabels[k]}
              </th>
            ))}
            <th>{p.attestation}</th>
            {props.canEdit ? <th aria-label={ui.common.actions} /> : null}
          </tr>
        </thead>
        <tbody>
          {shown.map((r) => (
            <GridRow
              key={r.key}
              row={r}
              errors={errors[r.key] ?? {}}
              canEdit={props.canEdit}
              onChange={(update) => change(r.key, update)}
              onRemove={() => {
                setRows((all) => all.filter((x) => x.key !== r.key));
                setDirty(true);
              }}
            />
          ))}
          {shown.length === 0 ? (
            <tr>
              <td colSpan={columnCount + 2} className="muted">
                {p.noRows}
              </td>
            </tr>
          ) : null}
        </tbody>
        <tfoot>
          <tr>
            <th>{p.semesterTotal}</th>
            {hourKeys.map((k) => (
              <th key={k} className="num">
                {sums[k]}
              </th>
            ))}
            <th colSpan={props.canEdit ? 2 : 1} className="plan-table__attestations">
              {p.attestations(sums.attestations.exam, sums.attestations.graded_pass, sums.attestations.pass, sums.attestations.other)}
            </th>
          </tr>
        </tfoot>
      </table>

      {props.canEdit ? (
        <div className="row row--tight">
          <select
            aria-label={p.chooseDiscipline}
            value={adding}
            onChange={(e) => setAdding(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && adding) {
                e.preventDefault();
                add();
              }
            }}
            className="plan-grid__add"
          >
            <option value="">{p.chooseDiscipline}</option>
            {addable.map((x) => (
              <option key={x.id} value={x.id}>
                {x.code} {x.name}
              </option>
            ))}
          </select>
          <button type="button" className="button" disabled={!adding} onClick={add}>
            {p.addRow}
          </button>
        </div>
      ) : null}

      <SavedTotals detail={detail} />

      {importing ? (
        <ImportPlanDialog
          planId={detail.plan.id}
          dirty={dirty}
          onClose={() => setImporting(false)}
          onDone={(result, notice) => {
            setImporting(false);
            props.onReplaced(result, notice);
          }}
        />
      ) : null}
    </div>
  );
}

function GridRow(props: {
  row: DraftRow;
  errors: Partial<Record<string, string>>;
  canEdit: boolean;
  onChange: (update: (r: DraftRow) => DraftRow) => void;
  onRemove: () => void;
}) {
  const { row, errors } = props;
  const rowError = errors.disciplineId ?? errors.semester;
  return (
    <tr className={Object.keys(errors).length > 0 ? 'plan-row--error' : undefined}>
      <td>
        <span className="mono">{row.code}</span> {row.name}
        {rowError ? <CellError text={rowError} /> : null}
      </td>
      {hourKeys.map((k, col) => (
        <td key={k} className="num">
          <input
            className={`cell${errors[k] ? ' cell--error' : ''}`}
            inputMode="numeric"
            aria-label={p.cell(row.code, hourLabels[k])}
            aria-invalid={errors[k] ? true : undefined}
            data-key={row.key}
            data-col={col}
            disabled={!props.canEdit}
            value={row.hours[k]}
            onChange={(e) => {
              const value = e.target.value;
              props.onChange((r) => ({ ...r, hours: { ...r.hours, [k]: value } }));
            }}
          />
          {errors[k] ? <CellError text={errors[k]} /> : null}
        </td>
      ))}
      <td>
        <select
          aria-label={p.cell(row.code, p.attestation)}
          data-key={row.key}
          data-col={hourKeys.length}
          disabled={!props.canEdit}
          value={row.attestation}
          onChange={(e) => {
            const value = e.target.value as AttestationForm;
            props.onChange((r) => ({ ...r, attestation: value }));
          }}
        >
          <Options values={attestationForms} labels={attestationFormLabels} />
        </select>
        {errors.attestation ? <CellError text={errors.attestation} /> : null}
      </td>
      {props.canEdit ? (
        <td>
          <button type="button" className="button button--small" aria-label={p.removeRowLabel(row.code)} onClick={props.onRemove}>
            {p.removeRow}
          </button>
        </td>
      ) : null}
    </tr>
  );
}

/** What the core says the saved plan holds, semester by semester. */
function SavedTotals(props: { detail: PlanDetail }) {
  return (
    <>
      <h2 className="section-title">{p.savedTotals}</h2>
      <table className="table plan-table">
        <thead>
          <tr>
            <th>{p.semester}</th>
            {hourKeys.map((k) => (
              <th key={k} className="num">
                {hourLabels[k]}
              </th>
            ))}
            <th>{p.attestation}</th>
          </tr>
        </thead>
        <tbody>
          {props.detail.totals.map((s) => (
            <tr key={s.semester}>
              <td>{p.semesterTab(s.semester)}</td>
              {hourKeys.map((k) => (
                <td key={k} className="num">
                  {s[k]}
                </td>
              ))}
              <td>{p.attestations(s.exams, s.gradedPasses, s.passes, s.otherForms)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
