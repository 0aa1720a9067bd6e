import { useState } from 'react';
import type { SpecialtyView } from '../../../src-shared/api';
import { copyPlanInput, planInput, type PlanDetail, type PlanSummary } from '../../../src-shared/api/curriculum';
import { ui } from '../../../src-shared/i18n/ui';
import { call } from '../../api';
import { Dialog } from '../../ui/Dialog';
import { Banner, Field } from '../../ui/Field';
import { DialogButtons, useZodForm } from '../../ui/forms';
import { applyServerError } from '../../ui/server-errors';
import { XlsxImport } from '../../ui/XlsxImport';

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
  return (
    <Dialog title={p.importTitle} onClose={props.onClose}>
      <XlsxImport
        texts={p}
        submitLabel={p.import}
        dirty={props.dirty}
        send={async (file) => {
          const result = await call('curriculum.importPlanXlsx', { planId: props.planId, ...file });
          props.onDone(result, p.imported(result.added, result.updated, result.removed, result.createdDisciplines));
        }}
        onCancel={props.onClose}
      />
    </Dialog>
  );
}
