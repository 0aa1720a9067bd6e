import { useState } from 'react';
import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import type { AcademicYearView, Output } from '../../../src-shared/api';
import { rolloverInput, type RolloverPreview } from '../../../src-shared/api/rollover';
import { periodKinds, suggestPeriods, type PeriodKind } from '../../../src-shared/domain/calendar';
import { periodKindLabels, studentStatusLabels } from '../../../src-shared/i18n/ru';
import { ui } from '../../../src-shared/i18n/ui';
import { call, errorMessage } from '../../api';
import { Dialog } from '../../ui/Dialog';
import { Banner, Field } from '../../ui/Field';
import { SubmitButton, useZodForm } from '../../ui/forms';
import { formatDate } from '../../ui/format';
import { applyServerError } from '../../ui/server-errors';

type RolloverForm = UseFormReturn<z.input<typeof rolloverInput>, unknown, z.output<typeof rolloverInput>>;
type Values = z.output<typeof rolloverInput>;
type Result = Output<'rollover.apply'>;

const r = ui.rollover;

/** Every field of the first step, so the core's verdict lands under the field it concerns. */
const formFields = [
  'nextYear.name',
  'nextYear.startDate',
  'nextYear.endDate',
  'nextYear.periodKind',
  'nextYear.periods',
  'order.number',
  'order.date',
  'order.effectiveDate',
  'order.reason',
];

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
function defaults(year: AcademicYearView): z.input<typeof rolloverInput> {
  const startDate = yearLater(year.startDate);
  const endDate = yearLater(year.endDate);
  return {
    yearId: year.id,
    nextYear: {
      name: `${startDate.slice(0, 4)}/${endDate.slice(0, 4)}`,
      startDate,
      endDate,
      periodKind: year.periodKind,
      periods: year.periods.map((p) => ({ name: p.name, startDate: yearLater(p.startDate), endDate: yearLater(p.endDate) })),
    },
    order: { number: '', date: today(), effectiveDate: startDate, reason: '' },
  };
}

/** Closing a year: the next year and the order, then the preview the office confirms, then what was done. */
export function RolloverWizard(props: { year: AcademicYearView; onClose: () => void; onDone: (notice: string) => void }) {
  const form = useZodForm(rolloverInput, defaults(props.year));
  const [checked, setChecked] = useState<{ values: Values; preview: RolloverPreview } | null>(null);
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
        <InputStep form={form} onClose={props.onClose} onChecked={(values, preview) => setChecked({ values, preview })} />
      )}
    </Dialog>
  );
}

function InputStep(props: { form: RolloverForm; onClose: () => void; onChecked: (values: Values, preview: RolloverPreview) => void }) {
  const { form } = props;
  const [message, setMessage] = useState<string | null>(null);
  const periods = useFieldArray({ control: form.control, name: 'nextYear.periods' });
  const { errors, isSubmitting } = form.formState;
  const y = ui.years;

  const fillDefaults = () => {
    const { periodKind, startDate, endDate } = form.getValues('nextYear');
    periods.replace(suggestPeriods(periodKind as PeriodKind, startDate, endDate));
  };

  const submit = form.handleSubmit(async (values) => {
    setMessage(null);
    try {
      props.onChecked(values, await call('rollover.preview', values));
    } catch (err) {
      setMessage(applyServerError(err, form.setError, formFields));
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      {message ? <Banner kind="error">{message}</Banner> : null}
      <fieldset className="fieldset">
        <legend>{r.nextYear}</legend>
        <span className="field__hint">{r.nextYearHint}</span>
        <div className="row">
          <Field label={y.name} error={errors.nextYear?.name?.message}>
            <input {...form.register('nextYear.name')} />
          </Field>
          <Field label={y.startDate} error={errors.nextYear?.startDate?.message}>
            <input type="date" {...form.register('nextYear.startDate')} />
          </Field>
          <Field label={y.endDate} error={errors.nextYear?.endDate?.message}>
            <input type="date" {...form.register('nextYear.endDate')} />
          </Field>
        </div>
        <Field label={y.periodKind} error={errors.nextYear?.periodKind?.message}>
          <select {...form.register('nextYear.periodKind')}>
            {periodKinds.map((k) => (
              <option key={k} value={k}>
                {periodKindLabels[k]}
              </option>
            ))}
          </select>
        </Field>
        {errors.nextYear?.periods?.message ? (
          <span className="field__error" role="alert">
            {errors.nextYear.periods.message}
          </span>
        ) : null}
        {periods.fields.map((field, index) => (
          <div key={field.id} className="row row--tight">
            <Field label={y.periodName} error={errors.nextYear?.periods?.[index]?.name?.message}>
              <input {...form.register(`nextYear.periods.${index}.name`)} />
            </Field>
            <Field label={y.startDate} error={errors.nextYear?.periods?.[index]?.startDate?.message}>
              <input type="date" {...form.register(`nextYear.periods.${index}.startDate`)} />
            </Field>
            <Field label={y.endDate} error={errors.nextYear?.periods?.[index]?.endDate?.message}>
              <input type="date" {...form.register(`nextYear.periods.${index}.endDate`)} />
            </Field>
            <button type="button" className="button button--small" onClick={() => periods.remove(index)}>
              {y.removePeriod}
            </button>
          </div>
        ))}
        <div className="row">
          <button type="button" className="button button--small" onClick={() => periods.append({ name: '', startDate: '', endDate: '' })}>
            {y.addPeriod}
          </button>
          <button type="button" className="button button--small" onClick={fillDefaults}>
            {y.suggest}
          </button>
        </div>
      </fieldset>
      <fieldset className="fieldset">
        <legend>{r.order}</legend>
        <div className="row">
          <Field label={r.number} error={errors.order?.number?.message}>
            <input autoFocus {...form.register('order.number')} />
          </Field>
          <Field label={r.date} error={errors.order?.date?.message}>
            <input type="date" {...form.register('order.date')} />
          </Field>
          <Field label={r.effectiveDate} error={errors.order?.effectiveDate?.message} hint={r.effectiveHint}>
            <input type="date" {...form.register('order.effectiveDate')} />
          </Field>
        </div>
        <Field label={r.reason} error={errors.order?.reason?.message}>
          <input {...form.register('order.reason')} />
        </Field>
      </fieldset>
      <div className="row row--end">
        <button type="button" className="button" onClick={props.onClose}>
          {ui.common.cancel}
        </button>
        <SubmitButton busy={isSubmitting} label={r.check} busyLabel={r.checking} />
      </div>
    </form>
  );
}

function PreviewStep(props: { values: Values; preview: RolloverPreview; onBack: () => void; onApplied: (result: Result) => void }) {
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
