import { Fragment, useCallback, useState } from 'react';
import type { AcademicYearView } from '../../../src-shared/api';
import type { TeacherTariffView } from '../../../src-shared/api/load';
import { ui } from '../../../src-shared/i18n/ui';
import { call, errorMessage } from '../../api';
import { useSession } from '../../app/session-store';
import { Banner } from '../../ui/Field';
import { downloadXlsx } from '../../ui/download';
import { useList } from '../../ui/useList';
import { hoursText } from './hours';

/** The tariffing list: each teacher's year by period, the lines on request, and the workbook for the office's files. */
export function TariffingTab(props: { year: AcademicYearView }) {
  const l = ui.load;
  const may = useSession((s) => s.may);
  const yearId = props.year.id;
  const [total, setTotal] = useState<TeacherTariffView['total'] | null>(null);
  const list = useList(
    useCallback(async () => {
      const result = await call('load.tariffing', { yearId });
      setTotal(result.total);
      return result.teachers;
    }, [yearId]),
  );
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const toggle = (id: string) => setOpen((s) => (s.has(id) ? new Set([...s].filter((x) => x !== id)) : new Set([...s, id])));
  const exportXlsx = async () => {
    setBusy(true);
    setError(null);
    try {
      downloadXlsx(await call('load.exportTariffing', { yearId }));
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  const periods = props.year.periods;
  const columns = periods.length + 3;
  return (
    <>
      {may('load.exportTariffing') ? (
        <div className="row filters">
          <button type="button" className="button" disabled={busy} onClick={() => void exportXlsx()}>
            {l.exportXlsx}
          </button>
          {busy ? <span className="muted">{l.exporting}</span> : null}
        </div>
      ) : null}
      {list.error ?? error ? <Banner kind="error">{list.error ?? error}</Banner> : null}
      {!list.loading && list.items.length === 0 && !list.error ? <p className="muted">{l.noTariffing}</p> : null}
      {list.items.length > 0 ? (
        <table className="table">
          <thead>
            <tr>
              <th>{l.teacher}</th>
              {periods.map((p) => (
                <th key={p.id}>{p.name}</th>
              ))}
              <th>{l.total}</th>
              <th aria-label={ui.common.actions} />
            </tr>
          </thead>
          <tbody>
            {list.items.map((t) => (
              <Fragment key={t.teacherId}>
                <tr>
                  <td>{t.teacherName}</td>
                  {t.periods.map((p) => (
                    <td key={p.periodId}>{hoursText(p.hours)}</td>
                  ))}
                  <td>
                    <strong>{t.total.total}</strong>
                  </td>
                  <td>
                    <button type="button" className="button button--small" aria-expanded={open.has(t.teacherId)} aria-label={`${open.has(t.teacherId) ? l.hideLines : l.showLines}: ${t.teacherName}`} onClick={() => toggle(t.teacherId)}>
                      {open.has(t.teacherId) ? l.hideLines : l.showLines}
                    </button>
                  </td>
                </tr>
                {open.has(t.teacherId) ? (
                  <tr>
                    <td colSpan={columns}>
                      <ul className="load-lines">
                        {t.lines.map((x) => (
                          <li key={x.id}>
                            {x.groupName}
                            {x.subgroupName ? ` (${x.subgroupName})` : ''}, <span className="mono">{x.disciplineCode}</span> {x.disciplineName}, {x.periodName}: {hoursText(x.hours)}
                          </li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            ))}
            {total ? (
              <tr>
                <td>
                  <strong>{l.collegeTotal}</strong>
                </td>
                <td colSpan={periods.length} />
                <td>
                  <strong>{total.total}</strong>
                </td>
                <td />
              </tr>
            ) : null}
          </tbody>
        </table>
      ) : null}
    </>
  );
}
