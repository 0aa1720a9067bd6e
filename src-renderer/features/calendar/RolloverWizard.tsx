import { useState, type FormEvent } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import type { AcademicYearView, Output } from '../../../src-shared/api';
import { yearInput } from '../../../src-shared/api/calendar';
import { rolloverInput, type RolloverInput, type RolloverPreview } from '../../../src-shared/api/rollover';
import { studentStatusLabels } from '../../../src-shared/i18n/ru';
import { ui } from '../../../src-shared/i18n/ui';
import { call, errorMessage } from '../../api';
import { Dialog } from '../../ui/Dialog';
import { Banner, TextField } from '../../ui/Field';
import { SubmitButton, useZodForm } from '../../ui/forms';
import { formatDate } from '../../ui/format';
import { applyServerErrors, formTarget } from '../../ui/server-errors';
import { YearFields, yearFieldNames, type YearForm } from './YearFields';

/** The rollover's order: only what the office writes; the core derives its effects from the groups. */
const orderPart = rolloverInput.shape.order;
type OrderForm = UseFormReturn<z.input<typeof orderPart>, unknown, z.output<typeof orderPart>>;
type Result = Output<'rollover.apply'>;

const r = ui.rollover;

const orderFieldNames = ['number', 'date', 'effectiveDate', 'reason'] as const;

/** The same date a year later; 29 February has no twin and becomes the 28th. */
function yearLater(iso: string): string {
  const monthDay = iso.slice(5);
  return `${Number(iso.slice(0, 4)) + 1}-${monthDay === '02-29' ? '02-28' : monthDay}`;
}

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** A suggestion only: the closing year moved on by one year, with its periods; the core checks what is finally sent. */
function nextYearDefaults(year: AcademicYearView): z.input<typeof yearInput> {
  const startDate = yearLater(year.startDate);
  const endDate = yearLater(year.endDate);
  return {
    name: `${startDate.slice(0, 4)}/${endDate.slice(0, 4)}`,
    startDate,
    endDate,
    periodKind: year.periodKind,
    periods: year.periods.map((p) => ({ name: p.name, startDate: yearLater(p.startDate), endDate: yearLater(p.endDate) })),
  };
}

/** Closing a year: the next year and the order, then the preview the office confirms, then what was done. */
export function RolloverWizard(props: { year: AcademicYearView; onClose: () => void; onDone: (notice: string) => void }) {
  // Two forms: the next year is edited by the same fields as any year; the wizard joins them into one input.
  const yearForm = useZodForm(yearInput, nextYearDefaults(props.year));
  const orderForm = useZodForm(orderPart, { number: '', date: today(), effectiveDate: yearLater(props.year.startDate), reason: '' });
  const [checked, setChecked] = useState<{ values: RolloverInput; preview: RolloverPreview } | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const finish = () => (result ? props.onDone(r.notice(props.year.name, result.nextYear.name)) : props.onClose());
  const step = result ? 3 : checked ? 2 : 1;
  return (
    <Dialog title={r.title(props.year.name)} onClose={finish}>
      <p className="muted">{r.step(step)}</p>
      {result ? (
        <DoneStep closing={props.year.name} result={result} onFinish={finish} />
      ) : checked ? (
        <PreviewStep values={checked.values} preview={checked.preview} onBack={() => setChecked(null)} onApplied={setResult} />
      ) : (
        <InputStep
          yearId={props.year.id}
          yearForm={yearForm}
          orderForm={orderForm}
          onClose={props.onClose}
          onChecked={(values, preview) => setChecked({ values, preview })}
        />
      )}
    </Dialog>
  );
}

interface InputStepProps {
  yearId: string;
  yearForm: YearForm;
  orderForm: OrderForm;
  onClose: () => void;
  onChecked: (values: RolloverInput, preview: RolloverPreview) => void;
}

function InputStep(props: InputStepProps) {
  const { yearForm, orderForm } = props;
  const [message, setMessage] = useState<string | null>(null);
  const { errors } = orderForm.formState;
  const busy = yearForm.formState.isSubmitting || orderForm.formState.isSubmitting;

  const check = async (nextYear: RolloverInput['nextYear'], order: RolloverInput['order']) => {
    const values = { yearId: props.yearId, nextYear, order };
    try {
      props.onChecked(values, await call('rollover.preview', values));
    } catch (err) {
      setMessage(applyServerErrors(err, [formTarget(yearForm.setError, yearFieldNames, 'nextYear.'), formTarget(orderForm.setError, orderFieldNames, 'order.')]));
    }
  };

  // Both forms are checked on every attempt so that each mistake shows at once; the year goes last, so the
  // focus lands on its first mistake, the first on the screen.
  const submit = async (event: FormEvent) => {
    setMessage(null);
    let order: RolloverInput['order'] | null = null;
    await orderForm.handleSubmit((v) => {
      order = v;
    })(event);
    await yearForm.handleSubmit(async (nextYear) => {
      if (order) await check(nextYear, order);
    })(event);
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      {message ? <Banner kind="error">{message}</Banner> : null}
      <fieldset className="fieldset">
        <legend>{r.nextYear}</legend>
        <span className="field__hint">{r.nextYearHint}</span>
        <YearFields form={yearForm} />
      </fieldset>
      <fieldset className="fieldset">
        <legend>{r.order}</legend>
        <div className="row">
          <TextField label={r.number} error={errors.number?.message} inputProps={{ autoFocus: true, ...orderForm.register('number') }} />
          <TextField label={r.date} error={errors.date?.message} inputProps={{ type: 'date', ...orderForm.register('date') }} />
          <TextField label={r.effectiveDate} error={errors.effectiveDate?.message} hint={r.effectiveHint} inputProps={{ type: 'date', ...orderForm.register('effectiveDate') }} />
        </div>
        <TextField label={r.reason} error={errors.reason?.message} inputProps={orderForm.register('reason')} />
      </fieldset>
      <div className="row row--end">
        <button type="button" className="button" onClick={props.onClose}>
          {ui.common.cancel}
        </button>
        <SubmitButton busy={busy} label={r.check} busyLabel={r.checking} />
      </div>
    </form>
  );
}

function PreviewStep(props: { values: RolloverInput; preview: RolloverPreview; onBack: () => void; onApplied: (result: Result) => void }) {
  const { preview } = props;
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const next = preview.nextYear;

  const confirm = async () => {
    setBusy(true);
    setMessage(null);
    try {
      props.onApplied(await call('rollover.apply', props.values));
    } catch (err) {
      setMessage(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div>
      {message ? <Banner kind="error">{message}</Banner> : null}
      <Banner kind="info">
        {next.existingId ? r.willReuse(next.name) : r.willCreate(next.name, formatDate(next.startDate), formatDate(next.endDate))}
      </Banner>
      {preview.problems.length > 0 ? (
        <Banner kind="error">
          <strong>{r.problems}</strong>
          <ul>
            {preview.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </Banner>
      ) : null}
      <h3 className="section-title">{r.promoted}</h3>
      {preview.promoted.length === 0 ? <p className="muted">{r.nothing}</p> : null}
      {preview.promoted.length > 0 ? (
        <table className="table" aria-label={r.promoted}>
          <thead>
            <tr>
              <th>{r.group}</th>
              <th>{r.specialty}</th>
              <th>{r.course}</th>
              <th>{r.students}</th>
            </tr>
          </thead>
          <tbody>
            {preview.promoted.map((g) => (
              <tr key={g.groupId}>
                <td>{g.groupName}</td>
                <td className="mono">{g.specialtyCode}</td>
                <td>{r.courseChange(g.courseBefore, g.courseAfter)}</td>
                <td>{g.students}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <h3 className="section-title">{r.graduating}</h3>
      {preview.graduating.length === 0 ? <p className="muted">{r.nothing}</p> : null}
      {preview.graduating.length > 0 ? (
        <table className="table" aria-label={r.graduating}>
          <thead>
            <tr>
              <th>{r.group}</th>
              <th>{r.specialty}</th>
              <th>{r.course}</th>
              <th>{r.graduates}</th>
            </tr>
          </thead>
          <tbody>
            {preview.graduating.map((g) => (
              <tr key={g.groupId}>
                <td>{g.groupName}</td>
                <td className="mono">{g.specialtyCode}</td>
                <td>{g.course}</td>
                <td>{g.graduates}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {preview.staying.length > 0 ? (
        <>
          <h3 className="section-title">{r.staying}</h3>
          <table className="table" aria-label={r.staying}>
            <thead>
              <tr>
                <th>{r.student}</th>
                <th>{r.group}</th>
                <th>{r.status}</th>
              </tr>
            </thead>
            <tbody>
              {preview.staying.map((s) => (
                <tr key={s.studentId}>
                  <td>{s.studentName}</td>
                  <td>{s.groupName}</td>
                  <td>{studentStatusLabels[s.status]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
      <div className="row row--end">
        <button type="button" className="button" onClick={props.onBack} disabled={busy}>
          {r.back}
        </button>
        <button type="button" className="button button--primary" onClick={() => void confirm()} disabled={busy}>
          {busy ? r.applying : r.confirm}
        </button>
      </div>
    </div>
  );
}

function DoneStep(props: { closing: string; result: Result; onFinish: () => void }) {
  const { order, nextYear } = props.result;
  const promoted = order.groupEffects.filter((g) => g.activeAfter).length;
  const graduated = order.groupEffects.length - promoted;
  return (
    <div>
      <Banner kind="success">{r.done(props.closing, nextYear.name)}</Banner>
      <p>{r.orderDone(order.number, formatDate(order.date))}</p>
      <p>{r.summary(promoted, graduated, order.effects.length)}</p>
      <div className="row row--end">
        <button type="button" className="button button--primary" autoFocus onClick={props.onFinish}>
          {r.finish}
        </button>
      </div>
    </div>
  );
}
