import { useState } from 'react';
import { useFieldArray } from 'react-hook-form';
import type { StudentCard } from '../../../src-shared/api';
import { studentInput } from '../../../src-shared/api/students';
import { sexes } from '../../../src-shared/domain/contingent';
import { fundingLabels, sexLabels } from '../../../src-shared/i18n/ru';
import { ui } from '../../../src-shared/i18n/ui';
import { call } from '../../api';
import { Dialog } from '../../ui/Dialog';
import { Banner, Field, Options, TextField } from '../../ui/Field';
import { DialogButtons, useZodForm } from '../../ui/forms';
import { applyServerError } from '../../ui/server-errors';

const fields = ['surname', 'name', 'patronymic', 'birthDate', 'sex', 'recordBook', 'snils', 'phone', 'email', 'address', 'funding', 'notes'] as const;

/** Creates a student (status «абитуриент» until an enrollment order) or edits one's personal data. */
export function StudentDialog(props: { student: StudentCard | null; onClose: () => void; onDone: (student: StudentCard) => void }) {
  const [message, setMessage] = useState<string | null>(null);
  const x = props.student;
  const s = ui.students;
  const form = useZodForm(studentInput, {
    surname: x?.surname ?? '',
    name: x?.name ?? '',
    patronymic: x?.patronymic ?? '',
    birthDate: x?.birthDate ?? '',
    sex: x?.sex ?? 'male',
    recordBook: x?.recordBook ?? '',
    snils: x?.snils ?? '',
    phone: x?.phone ?? '',
    email: x?.email ?? '',
    address: x?.address ?? '',
    funding: x?.funding ?? 'budget',
    representatives: x?.representatives ?? [],
    notes: x?.notes ?? '',
  });
  const representatives = useFieldArray({ control: form.control, name: 'representatives' });
  const { errors, isSubmitting } = form.formState;
  const submit = form.handleSubmit(async (v) => {
    setMessage(null);
    try {
      const { student } = x ? await call('students.update', { ...v, studentId: x.id }) : await call('students.create', v);
      props.onDone(student);
    } catch (err) {
      setMessage(applyServerError(err, form.setError, fields));
    }
  });
  return (
    <Dialog title={x ? s.editTitle : s.newTitle} onClose={props.onClose}>
      {message ? <Banner kind="error">{message}</Banner> : null}
      <form onSubmit={submit} noValidate>
        <div className="row">
          <TextField label={s.surname} error={errors.surname?.message} inputProps={{ autoFocus: true, ...form.register('surname') }} />
          <TextField label={s.name} error={errors.name?.message} inputProps={form.register('name')} />
          <TextField label={s.patronymic} error={errors.patronymic?.message} inputProps={form.register('patronymic')} />
        </div>
        <div className="row">
          <TextField label={s.birthDate} error={errors.birthDate?.message} inputProps={{ type: 'date', ...form.register('birthDate') }} />
          <Field label={s.sex} error={errors.sex?.message}>
            <select {...form.register('sex')}>
              <Options values={sexes} labels={sexLabels} />
            </select>
          </Field>
          <Field label={s.funding} error={errors.funding?.message}>
            <select {...form.register('funding')}>
              <Options values={['budget', 'contract'] as const} labels={fundingLabels} />
            </select>
          </Field>
        </div>
        <div className="row">
          <TextField label={s.recordBook} error={errors.recordBook?.message} inputProps={form.register('recordBook')} />
          <TextField label={s.snils} error={errors.snils?.message} hint={s.snilsHint} inputProps={{ inputMode: 'numeric', ...form.register('snils') }} />
        </div>
        <div className="row">
          <TextField label={s.phone} error={errors.phone?.message} inputProps={{ type: 'tel', ...form.register('phone') }} />
          <TextField label={s.email} error={errors.email?.message} inputProps={{ type: 'email', ...form.register('email') }} />
        </div>
        <TextField label={s.address} error={errors.address?.message} inputProps={form.register('address')} />
        <fieldset className="fieldset">
          <legend>{s.representatives}</legend>
          {representatives.fields.map((r, i) => (
            <div key={r.id} className="row">
              <TextField label={s.representativeName} error={errors.representatives?.[i]?.fullName?.message} inputProps={form.register(`representatives.${i}.fullName`)} />
              <TextField label={s.relation} error={errors.representatives?.[i]?.relation?.message} inputProps={form.register(`representatives.${i}.relation`)} />
              <TextField label={s.phone} error={errors.representatives?.[i]?.phone?.message} inputProps={{ type: 'tel', ...form.register(`representatives.${i}.phone`) }} />
              <TextField label={s.email} error={errors.representatives?.[i]?.email?.message} inputProps={{ type: 'email', ...form.register(`representatives.${i}.email`) }} />
              <button type="button" className="button button--small" onClick={() => representatives.remove(i)}>
                {s.removeRepresentative}
              </button>
            </div>
          ))}
          {representatives.fields.length < 4 ? (
            <button type="button" className="button button--small" onClick={() => representatives.append({ fullName: '', relation: '', phone: '', email: '' })}>
              {s.addRepresentative}
            </button>
          ) : null}
        </fieldset>
        <Field label={s.notes} error={errors.notes?.message}>
          <textarea rows={3} {...form.register('notes')} />
        </Field>
        <DialogButtons busy={isSubmitting} submitLabel={ui.common.save} onClose={props.onClose} />
      </form>
    </Dialog>
  );
}
