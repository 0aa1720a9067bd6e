import { useCallback, useState } from 'react';
import type { Output } from '../../../src-shared/api';
import { ui } from '../../../src-shared/i18n/ui';
import { call } from '../../api';
import { useSession } from '../../app/session-store';
import { Banner } from '../../ui/Field';
import { formatDate } from '../../ui/format';
import { useList } from '../../ui/useList';
import { KtpDialog } from '../ktp/KtpDialog';
import { hoursText } from './hours';
import { YearSelect } from './YearSelect';

type MyLoad = Output<'load.myLoad'>;
const loadYears = async () => (await call('calendar.listYears', {})).years;

/** A teacher's own lines and substitutions for a year; each line opens its journal page. */
export function MyLoadPage() {
  const l = ui.load;
  const openJournal = useSession((s) => s.openJournal);
  const years = useList(loadYears);
  const [yearId, setYearId] = useState<string | null>(null);
  const [ktpLineId, setKtpLineId] = useState<string | null>(null);
  const mine = useList(useCallback(async (): Promise<MyLoad[]> => [await call('load.myLoad', yearId ? { yearId } : {})], [yearId]));
  const data = mine.items[0];
  const shownYear = yearId ?? data?.yearId ?? '';
  const error = years.error ?? mine.error;
  return (
    <section>
      <header className="page-header">
        <h1>{l.myTitle}</h1>
      </header>
      {error ? <Banner kind="error">{error}</Banner> : null}
      {data?.hint ? <Banner kind="info">{data.hint}</Banner> : null}
      {years.items.length > 0 && shownYear ? (
        <div className="row filters">
          <YearSelect years={years.items} value={shownYear} onChange={setYearId} />
        </div>
      ) : null}
      {data && !data.hint ? (
        <>
          <h2 className="section-title">{l.myLines}</h2>
          {data.lines.length === 0 ? <p className="muted">{l.myEmpty}</p> : null}
          {data.lines.length > 0 ? (
            <table className="table">
              <thead>
                <tr>
                  <th>{l.group}</th>
                  <th>{l.subgroup}</th>
                  <th>{l.discipline}</th>
                  <th>{l.period}</th>
                  <th>{l.hours}</th>
                  <th aria-label={ui.common.actions} />
                </tr>
              </thead>
              <tbody>
                {data.lines.map((x) => {
                  const what = `${x.disciplineCode} ${x.groupName}${x.subgroupName ? `, ${x.subgroupName}` : ''}, ${x.periodName}`;
                  return (
                  <tr key={x.id}>
                    <td>{x.groupName}</td>
                    <td>{x.subgroupName ?? l.wholeGroup}</td>
                    <td>
                      <span className="mono">{x.disciplineCode}</span> {x.disciplineName}
                    </td>
                    <td>{x.periodName}</td>
                    <td>{hoursText(x.hours)}</td>
                    <td>
                      <button type="button" className="button button--small" aria-label={`${l.journal}: ${what}`} onClick={() => openJournal(x.id)}>
                        {l.journal}
                      </button>{' '}
                      <button type="button" className="button button--small" aria-label={ui.ktp.buttonLabel(what)} onClick={() => setKtpLineId(x.id)}>
                        {ui.ktp.button}
                      </button>
                    </td>
                  </tr>
                  );
                })}
              </tbody>
            </table>
          ) : null}
          {data.substitutions.length > 0 ? (
            <>
              <h2 className="section-title">{l.mySubstitutions}</h2>
              <table className="table">
                <thead>
                  <tr>
                    <th>{l.group}</th>
                    <th>{l.discipline}</th>
                    <th>{l.substituteFor}</th>
                    <th>{l.substitutionDays}</th>
                    <th>{l.reason}</th>
                    <th>{l.hours}</th>
                    <th aria-label={ui.common.actions} />
                  </tr>
                </thead>
                <tbody>
                  {data.substitutions.map((s) => (
                    <tr key={s.id}>
                      <td>
                        {s.line.groupName}
                        {s.line.subgroupName ? ` (${s.line.subgroupName})` : ''}
                      </td>
                      <td>
                        <span className="mono">{s.line.disciplineCode}</span> {s.line.disciplineName}
                      </td>
                      <td>{s.line.teacherName}</td>
                      <td>{l.dates(formatDate(s.startDate), formatDate(s.endDate))}</td>
                      <td>{s.reason}</td>
                      <td>{hoursText(s.line.hours)}</td>
                      <td>
                        <button type="button" className="button button--small" aria-label={`${l.journal}: ${s.line.disciplineCode} ${s.line.groupName} (${l.substituteFor.toLowerCase()} ${s.line.teacherName})`} onClick={() => openJournal(s.line.id)}>
                          {l.journal}
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          ) : null}
        </>
      ) : null}
      {ktpLineId ? <KtpDialog lineId={ktpLineId} onClose={() => setKtpLineId(null)} /> : null}
    </section>
  );
}
