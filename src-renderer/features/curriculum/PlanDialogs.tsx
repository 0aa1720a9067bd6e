import { useState } from 'react';
import type { SpecialtyView } from '../../../src-shared/api';
import { copyPlanInput, planInput, type PlanDetail, type PlanSummary } from '../../../src-shared/api/curriculum';
import { maxImportFileMegabytes } from '../../../src-shared/api/exchange';
import { ui } from '../../../src-shared/i18n/ui';
import { ApiFailure, call, errorMessage } from '../../api';
import { Dialog } from '../../ui/Dialog';
import { Banner, Field } from '../../ui/Field';
import { DialogButtons, useZodForm } from '../../ui/forms';
import { readBase64 } from '../../ui/read-file';
import { applyServerError } from '../../ui/server-errors';

const p = ui.curriculum.plans;

export function CreatePlanDialog(props: { specialty: SpecialtyView; onClose: () => void; onDone: (detail: PlanDetail) => void }) {
  const [message, setMessage] = useState<string | null>(null);
  const year = new Date().getFullYear();
  const form = useZodForm(planInput, { specialtyId: props.specialty.id, admissionYear: year, name: p.defaultName(props.specialty.code, year) });
  const { errors, isSubmitting } = form.formState;
  const submit = form.handleSubmit(async (v) => {
    setMessage(null);
    try {
      props.onDone(await call('curriculum.createPlan', v));
    } catch (err) {
      setMessage(applyServerError(err, form.setError, ['admissionYear', 'name']));
    }
  });
  return (
    <Dialog title={p.createTitle} onClose={props.onClose}>
      {message ? <Banner kind="error">{message}</Banner> : null}
      <form onSubmit={submit} noValidate>
        <p>
          {p.specialty}: <span className="mono">{props.specialty.code}</span> {props.specialty.name}
        </p>
        <Field label={p.admissionYear} error={errors.admissionYear?.message}>
          <input type="number" autoFocus {...form.register('admissionYear', { valueAsNumber: true })} />
        </Field>
        <Field label={p.name} error={errors.name?.message}>
          <input {...form.register('name')} />
        </Field>
        <DialogButtons busy={isSubmitting} submitLabel={p.create} onClose={props.onClose} />
      </form>
    </Dialog>
  );
}

/** A new plan for another admission year, filled from one of the same specialty's plans. */
export function CopyPlanDialog(props: { specialty: SpecialtyView; plans: PlanSummary[]; onClose: () => void; onDone: (detail: PlanDetail) => void }) {
  const [message, setMessage] = useState<string | null>(null);
  const latest = props.plans.reduce<PlanSummary | null>((a, b) => (a && a.admissionYear >= b.admissionYear ? a : b), null);
  const year = latest ? latest.admissionYear + 1 : new Date().getFullYear();
  const form = useZodForm(copyPlanInput, { sourcePlanId: latest?.id ?? '', admissionYear: year, name: p.defaultName(props.specialty.code, year) });
  const { errors, isSubmitting } = form.formState;
  const submit = form.handleSubmit(async (v) => {
    setMessage(null);
    try {
      props.onDone(await call('curriculum.copyPlan', v));
    } catch (err) {
      setMessage(applyServerError(err, form.setError, ['sourcePlanId', 'admissionYear', 'name']));
    }
  });
  return (
    <Dialog title={p.copyTitle} onClose={props.onClose}>
      {message ? <Banner kind="error">{message}</Banner> : null}
      {props.plans.length === 0 ? (
        <>
          <p className="muted">{p.copyNothing}</p>
          <div className="row row--end">
            <button type="button" className="button" onClick={props.onClose}>
              {ui.common.cancel}
            </button>
          </div>
        </>
      ) : (
        <form onSubmit={submit} noValidate>
          <p className="muted">{p.copyHint}</p>
          <Field label={p.copySource} error={errors.sourcePlanId?.message}>
            <select autoFocus {...form.register('sourcePlanId')}>
              {props.plans.map((x) => (
                <option key={x.id} value={x.id}>
                  {p.planOption(x.admissionYear, x.name, x.itemCount)}
                </option>
              ))}
            </select>
          </Field>
          <Field label={p.admissionYear} error={errors.admissionYear?.message}>
            <input type="number" {...form.register('admissionYear', { valueAsNumber: true })} />
          </Field>
          <Field label={p.name} error={errors.name?.message}>
            <input {...form.register('name')} />
          </Field>
          <DialogButtons busy={isSubmitting} submitLabel={p.copy} onClose={props.onClose} />
        </form>
      )}
    </Dialog>
  );
}

/** The workbook replaces the plan's rows; a refusal lists every bad row of the sheet by its number. */
export function ImportPlanDialog(props: { planId: string; dirty: boolean; onClose: () => void; onDone: (detail: PlanDetail, notice: string) => void }) {
  const [picked, setPicked] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [rowErrors, setRowErrors] = useState<string[]>([]);
  const load = async () => {
    if (!picked) return;
    setBusy(true);
    setMessage(null);
    setRowErrors([]);
    try {
      const contentBase64 = await readBase64(picked);
      const result = await call('curriculum.importPlanXlsx', { planId: props.planId, fileName: picked.name, contentBase64 });
      props.onDone(result, p.imported(result.added, result.updated, result.removed, result.createdDisciplines));
    } catch (err) {
      const rows = err instanceof ApiFailure ? (err.error.fields ?? []).filter((f) => f.field.startsWith('rows.')) : [];
      // With every row listed below, the message need only say what happened.
      setMessage(rows.length > 0 ? p.importRefused(rows.length) : err instanceof ApiFailure ? errorMessage(err) : p.unreadable);
      setRowErrors(rows.map((f) => f.message));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog title={p.importTitle} onClose={props.onClose}>
      <p>{p.importIntro}</p>
      <p className="muted">{p.importReplaces}</p>
      {props.dirty ? <Banner kind="info">{p.importUnsaved}</Banner> : null}
      {message ? (
        <Banner kind="error">
          {message}
          {rowErrors.length > 0 ? (
            <ul className="import-errors">
              {rowErrors.map((text) => (
                <li key={text}>{text}</li>
              ))}
            </ul>
          ) : null}
        </Banner>
      ) : null}
      <Field label={p.importFile}>
        <input
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => {
            const file = e.target.files?.[0] ?? null;
            // Not a rule but the transport's limit: a larger file is not worth sending to be refused.
            if (file && file.size > maxImportFileMegabytes * 1024 * 1024) {
              setMessage(p.tooLarge(maxImportFileMegabytes));
              setPicked(null);
            } else setPicked(file);
          }}
        />
      </Field>
      <div className="row row--end">
        <button type="button" className="button" onClick={props.onClose}>
          {ui.common.cancel}
        </button>
        <button type="button" className="button button--primary" disabled={!picked || busy} onClick={() => void load()}>
          {busy ? p.importing : p.import}
        </button>
      </div>
    </Dialog>
  );
}
