import { useState } from 'react';
import type { SpecialtyView } from '../../../src-shared/api';
import { specialtyInput } from '../../../src-shared/api/contingent';
import { studyForms } from '../../../src-shared/domain/contingent';
import { studyFormLabels } from '../../../src-shared/i18n/ru';
import { ui } from '../../../src-shared/i18n/ui';
import { call } from '../../api';
import { useSession } from '../../app/session-store';
import { Dialog } from '../../ui/Dialog';
import { Banner, Field } from '../../ui/Field';
import { DialogButtons, useZodForm } from '../../ui/forms';
import { applyServerError } from '../../ui/server-errors';
import { ListPage, useEditor } from '../../ui/ListPage';
import { useList } from '../../ui/useList';

const loadSpecialties = async () => (await call('contingent.listSpecialties', {})).specialties;

export function SpecialtiesPage() {
  const { items, loading, error, reload } = useList(loadSpecialties);
  const may = useSession((s) => s.may);
  const editor = useEditor<SpecialtyView>(reload);
  const s = ui.specialties;
  return (
    <ListPage
      title={s.title}
      addLabel={s.add}
      canAdd={may('contingent.createSpecialty')}
      onAdd={() => editor.open('new')}
      notice={editor.notice}
      error={error}
      emptyText={!loading && items.length === 0 && !error ? s.empty : null}
    >
      <table className="table">
        <thead>
          <tr>
            <th>{s.code}</th>
            <th>{s.name}</th>
            <th>{s.qualification}</th>
            <th>{s.durationMonths}</th>
            <th>{s.studyForm}</th>
            <th aria-label={ui.common.actions} />
          </tr>
        </thead>
        <tbody>
          {items.map((sp) => (
            <tr key={sp.id}>
              <td className="mono">{sp.code}</td>
              <td>{sp.name}</td>
              <td>{sp.qualification}</td>
              <td>{sp.durationMonths}</td>
              <td>{studyFormLabels[sp.studyForm]}</td>
              <td>
                {may('contingent.updateSpecialty') ? (
                  <button type="button" className="button button--small" onClick={() => editor.open(sp)}>
                    {ui.common.edit}
                  </button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {editor.editing ? (
        <SpecialtyDialog
          specialty={editor.editing === 'new' ? null : editor.editing}
          onClose={editor.close}
          onDone={() => editor.done(ui.common.saved)}
        />
      ) : null}
    </ListPage>
  );
}

function SpecialtyDialog(props: { specialty: SpecialtyView | null; onClose: () => void; onDone: () => void }) {
  const [message, setMessage] = useState<string | null>(null);
  const sp = props.specialty;
  const form = useZodForm(specialtyInput, {
    code: sp?.code ?? '',
    name: sp?.name ?? '',
    qualification: sp?.qualification ?? '',
    durationMonths: sp?.durationMonths ?? 46,
    studyForm: sp?.studyForm ?? 'full_time',
  });
  const { errors, isSubmitting } = form.formState;
  const submit = form.handleSubmit(async (v) => {
    setMessage(null);
    try {
      if (sp) await call('contingent.updateSpecialty', { ...v, specialtyId: sp.id });
      else await call('contingent.createSpecialty', v);
      props.onDone();
    } catch (err) {
      setMessage(applyServerError(err, form.setError, ['code', 'name', 'qualification', 'durationMonths', 'studyForm']));
    }
  });
  const s = ui.specialties;
  return (
    <Dialog title={sp ? s.editTitle(sp.code) : s.newTitle} onClose={props.onClose}>
      {message ? <Banner kind="error">{message}</Banner> : null}
      <form onSubmit={submit} noValidate>
        <Field label={s.code} error={errors.code?.message} hint={s.codeHint}>
          <input autoFocus {...form.register('code')} />
        </Field>
        <Field label={s.name} error={errors.name?.message}>
          <input {...form.register('name')} />
        </Field>
        <Field label={s.qualification} error={errors.qualification?.message}>
          <input {...form.register('qualification')} />
        </Field>
        <Field label={s.durationMonths} error={errors.durationMonths?.message}>
          <input type="number" {...form.register('durationMonths', { valueAsNumber: true })} />
        </Field>
        <Field label={s.studyForm} error={errors.studyForm?.message}>
          <select {...form.register('studyForm')}>
            {studyForms.map((f) => (
              <option key={f} value={f}>
                {studyFormLabels[f]}
              </option>
            ))}
          </select>
        </Field>
        <DialogButtons busy={isSubmitting} submitLabel={ui.common.save} onClose={props.onClose} />
      </form>
    </Dialog>
  );
}
