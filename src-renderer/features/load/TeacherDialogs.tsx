import { useCallback, useState } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { changeTeacherInput, substitutionInput, type LineDetails, type LineView } from '../../../src-shared/api/load';
import { ui } from '../../../src-shared/i18n/ui';
import { call, errorMessage } from '../../api';
import { Dialog } from '../../ui/Dialog';
import { Banner, Field } from '../../ui/Field';
import { DialogButtons, useZodForm } from '../../ui/forms';
import { formatDate } from '../../ui/format';
import { applyServerError } from '../../ui/server-errors';
import { useList } from '../../ui/useList';
import { lineTitle } from './LineDialog';

type Teacher = { id: string; fullName: string };

/** The line's details and the teachers to choose from, loaded before a form shows its selects. */
function useLineAndTeachers(lineId: string) {
  const [details, setDetails] = useState<LineDetails | null>(null);
  const line = useList(
    useCallback(async () => {
      const d = await call('load.getLine', { lineId });
      setDetails(d);
      return [d];
    }, [lineId]),
  );
  const teachers = useList(useCallback(async () => (await call('load.listTeachers', {})).teachers, []));
  return { details, setDetails, loading: line.loading || teachers.loading, error: line.error ?? teachers.error, teachers: teachers.items };
}

function TeacherSelect(props: { label: string; error: string | undefined; teachers: Teacher[]; except: string; register: UseFormRegisterReturn }) {
  return (
    <Field label={props.label} error={props.error}>
      <select {...props.register}>
        <option value="">{ui.load.chooseTeacher}</option>
        {props.teachers
          .filter((t) => t.id !== props.except)
          .map((t) => (
            <option key={t.id} value={t.id}>
              {t.fullName}
            </option>
          ))}
      </select>
    </Field>
  );
}

/** Another teacher takes the line from a date on; the history shows who taught it before. */
export function ChangeTeacherDialog(props: { line: LineView; onClose: () => void; onDone: (notice: string) => void }) {
  const { details, loading, error, teachers } = useLineAndTeachers(props.line.id);
  return (
    <Dialog title={ui.load.changeTeacherTitle(lineTitle(props.line))} onClose={props.onClose}>
      {error ? <Banner kind="error">{error}</Banner> : null}
      {loading || !details ? <p className="muted">{ui.common.loading}</p> : <ChangeTeacherForm {...props} details={details} teachers={teachers} />}
    </Dialog>
  );
}

function ChangeTeacherForm(props: { details: LineDetails; teachers: Teacher[]; onClose: () => void; onDone: (notice: string) => void }) {
  const [message, setMessage] = useState<string | null>(null);
  const d = props.details;
  const form = useZodForm(changeTeacherInput, { lineId: d.line.id, teacherId: '', fromDate: '' });
  const { errors, isSubmitting } = form.formState;
  const l = ui.load;
  const submit = form.handleSubmit(async (v) => {
    setMessage(null);
    try {
      await call('load.changeTeacher', v);
      props.onDone(l.teacherChanged);
    } catch (err) {
      setMessage(applyServerError(err, form.setError, ['teacherId', 'fromDate']));
    }
  });
  return (
    <>
      <h3 className="section-title">{l.history}</h3>
      <ul>
        {d.assignments.map((a) => (
          <li key={a.id}>
            {a.teacherName}: {l.fromTo(formatDate(a.startDate), a.endDate ? formatDate(a.endDate) : null)}
          </li>
        ))}
      </ul>
      {message ? <Banner kind="error">{message}</Banner> : null}
      <form onSubmit={submit} noValidate>
        <TeacherSelect label={l.newTeacher} error={errors.teacherId?.message} teachers={props.teachers} except={d.line.teacherId} register={form.register('teacherId')} />
        <Field label={l.fromDate} error={errors.fromDate?.message} hint={l.fromDateHint}>
          <input type="date" min={d.period.startDate} max={d.period.endDate} {...form.register('fromDate')} />
        </Field>
        <DialogButtons busy={isSubmitting} submitLabel={l.changeTeacher} onClose={props.onClose} />
      </form>
    </>
  );
}

/** The line's substitutions: who conducts its lessons on which days instead of its teacher, with adding and cancelling. */
export function SubstitutionsDialog(props: { line: LineView; canEdit: boolean; onClose: () => void; onChanged: (notice: string) => void }) {
  const { details, setDetails, loading, error, teachers } = useLineAndTeachers(props.line.id);
  const [message, setMessage] = useState<string | null>(null);
  const l = ui.load;
  const remove = async (substitutionId: string) => {
    setMessage(null);
    try {
      setDetails(await call('load.removeSubstitution', { substitutionId }));
      props.onChanged(l.substitutionRemoved);
    } catch (err) {
      setMessage(errorMessage(err));
    }
  };
  return (
    <Dialog title={l.substitutionsTitle(lineTitle(props.line))} onClose={props.onClose}>
      {error || message ? <Banner kind="error">{error ?? message}</Banner> : null}
      {loading || !details ? (
        <p className="muted">{ui.common.loading}</p>
      ) : (
        <>
          {details.substitutions.length === 0 ? <p className="muted">{l.noSubstitutions}</p> : null}
          <ul>
            {details.substitutions.map((s) => (
              <li key={s.id}>
                {s.substituteName}, {l.dates(formatDate(s.startDate), formatDate(s.endDate))}: {s.reason}
                {props.canEdit && !details.yearClosed ? (
                  <button type="button" className="button button--small" onClick={() => void remove(s.id)}>
                    {l.cancelSubstitution}
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
          {props.canEdit && !details.yearClosed ? (
            <SubstitutionForm
              details={details}
              teachers={teachers}
              onAdded={(d) => {
                setDetails(d);
                props.onChanged(l.substitutionAdded);
              }}
              onClose={props.onClose}
            />
          ) : (
            <div className="row row--end">
              <button type="button" className="button" onClick={props.onClose}>
                {l.close}
              </button>
            </div>
          )}
        </>
      )}
    </Dialog>
  );
}

function SubstitutionForm(props: { details: LineDetails; teachers: Teacher[]; onAdded: (d: LineDetails) => void; onClose: () => void }) {
  const [message, setMessage] = useState<string | null>(null);
  const d = props.details;
  const form = useZodForm(substitutionInput, { lineId: d.line.id, substituteId: '', startDate: '', endDate: '', reason: '' });
  const { errors, isSubmitting } = form.formState;
  const l = ui.load;
  const submit = form.handleSubmit(async (v) => {
    setMessage(null);
    try {
      props.onAdded(await call('load.addSubstitution', v));
      form.reset({ lineId: d.line.id, substituteId: '', startDate: '', endDate: '', reason: '' });
    } catch (err) {
      setMessage(applyServerError(err, form.setError, ['substituteId', 'startDate', 'endDate', 'reason']));
    }
  });
  return (
    <>
      {message ? <Banner kind="error">{message}</Banner> : null}
      <form onSubmit={submit} noValidate>
        <TeacherSelect label={l.substitute} error={errors.substituteId?.message} teachers={props.teachers} except={d.line.teacherId} register={form.register('substituteId')} />
        <div className="row">
          <Field label={l.startDate} error={errors.startDate?.message}>
            <input type="date" min={d.period.startDate} max={d.period.endDate} {...form.register('startDate')} />
          </Field>
          <Field label={l.endDate} error={errors.endDate?.message}>
            <input type="date" min={d.period.startDate} max={d.period.endDate} {...form.register('endDate')} />
          </Field>
        </div>
        <Field label={l.reason} error={errors.reason?.message} hint={l.reasonHint}>
          <input {...form.register('reason')} />
        </Field>
        <DialogButtons busy={isSubmitting} submitLabel={l.addSubstitution} onClose={props.onClose} />
      </form>
    </>
  );
}
