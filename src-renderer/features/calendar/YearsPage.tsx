import { useState } from 'react';
import type { AcademicYearView } from '../../../src-shared/api';
import { yearInput } from '../../../src-shared/api/calendar';
import { suggestPeriods } from '../../../src-shared/domain/calendar';
import { periodKindLabels } from '../../../src-shared/i18n/ru';
import { ui } from '../../../src-shared/i18n/ui';
import { call } from '../../api';
import { useSession } from '../../app/session-store';
import { Dialog } from '../../ui/Dialog';
import { Banner } from '../../ui/Field';
import { DialogButtons, useZodForm } from '../../ui/forms';
import { applyServerError } from '../../ui/server-errors';
import { ListPage, useEditor } from '../../ui/ListPage';
import { formatDate } from '../../ui/format';
import { useList } from '../../ui/useList';
import { PeriodLocks } from './PeriodLocks';
import { RolloverWizard } from './RolloverWizard';
import { YearFields, yearFieldNames } from './YearFields';

const loadYears = async () => (await call('calendar.listYears', {})).years;

export function YearsPage() {
  const { items, loading, error, reload } = useList(loadYears);
  const may = useSession((s) => s.may);
  const editor = useEditor<AcademicYearView>(reload);
  const [closing, setClosing] = useState<AcademicYearView | null>(null);
  const y = ui.years;
  return (
    <ListPage
      title={y.title}
      addLabel={y.add}
      canAdd={may('calendar.createYear')}
      onAdd={() => editor.open('new')}
      notice={editor.notice}
      error={error}
      emptyText={!loading && items.length === 0 && !error ? y.empty : null}
    >
      {items.map((year) => (
        <article key={year.id} className="card card--spaced" aria-label={`${y.name} ${year.name}`}>
          <header className="page-header">
            <h2>
              {year.name} <span className="muted">· {periodKindLabels[year.periodKind]}</span>
              {year.closed ? <span className="muted"> · {ui.rollover.closed}</span> : null}
            </h2>
            {year.closed ? null : (
              <div className="actions">
                {may('calendar.updateYear') ? (
                  <button type="button" className="button button--small" onClick={() => editor.open(year)}>
                    {ui.common.edit}
                  </button>
                ) : null}
                {may('rollover.apply') ? (
                  <button type="button" className="button button--small" onClick={() => setClosing(year)}>
                    {ui.rollover.start}
                  </button>
                ) : null}
              </div>
            )}
          </header>
          <p className="muted">
            {formatDate(year.startDate)} — {formatDate(year.endDate)}
          </p>
          {may('periods.list') ? (
            <PeriodLocks yearId={year.id} yearClosed={year.closed} />
          ) : (
            <table className="table">
              <tbody>
                {year.periods.map((p) => (
                  <tr key={p.id}>
                    <td>{p.name}</td>
                    <td>
                      {formatDate(p.startDate)} — {formatDate(p.endDate)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </article>
      ))}
      {editor.editing ? <YearDialog year={editor.editing === 'new' ? null : editor.editing} onClose={editor.close} onDone={editor.done} /> : null}
      {closing ? (
        <RolloverWizard
          year={closing}
          onClose={() => setClosing(null)}
          onDone={(notice) => {
            setClosing(null);
            editor.done(notice);
          }}
        />
      ) : null}
    </ListPage>
  );
}

function nextYearDefaults() {
  const now = new Date();
  const start = now.getMonth() >= 6 ? now.getFullYear() : now.getFullYear() - 1;
  const [startDate, endDate] = [`${start}-09-01`, `${start + 1}-06-30`];
  return { name: `${start}/${start + 1}`, startDate, endDate, periodKind: 'semester' as const, periods: suggestPeriods('semester', startDate, endDate) };
}

function YearDialog(props: { year: AcademicYearView | null; onClose: () => void; onDone: (notice: string) => void }) {
  const [message, setMessage] = useState<string | null>(null);
  const year = props.year;
  const form = useZodForm(yearInput, year ? { ...year, periods: year.periods.map(({ name, startDate, endDate }) => ({ name, startDate, endDate })) } : nextYearDefaults());
  const y = ui.years;

  const submit = form.handleSubmit(async (v) => {
    setMessage(null);
    try {
      if (year) await call('calendar.updateYear', { ...v, yearId: year.id });
      else await call('calendar.createYear', v);
      props.onDone(year ? ui.common.saved : y.created(v.name));
    } catch (err) {
      setMessage(applyServerError(err, form.setError, yearFieldNames));
    }
  });

  return (
    <Dialog title={year ? y.editTitle(year.name) : y.newTitle} onClose={props.onClose}>
      {message ? <Banner kind="error">{message}</Banner> : null}
      <form onSubmit={submit} noValidate>
        <YearFields form={form} autoFocus />
        <DialogButtons busy={form.formState.isSubmitting} submitLabel={ui.common.save} onClose={props.onClose} />
      </form>
    </Dialog>
  );
}
