import { useCallback, useMemo, useState } from 'react';
import type { GroupView, SpecialtyView } from '../../../src-shared/api';
import { groupInput } from '../../../src-shared/api/contingent';
import { fundings, studyForms } from '../../../src-shared/domain/contingent';
import { fundingLabels, studyFormLabels } from '../../../src-shared/i18n/ru';
import { ui } from '../../../src-shared/i18n/ui';
import { call } from '../../api';
import { useSession } from '../../app/session-store';
import { Dialog } from '../../ui/Dialog';
import { Banner, Field } from '../../ui/Field';
import { DialogButtons, useZodForm } from '../../ui/forms';
import { applyServerError } from '../../ui/server-errors';
import { ListPage, useEditor } from '../../ui/ListPage';
import { useList } from '../../ui/useList';

const loadGroups = async () => (await call('contingent.listGroups', {})).groups;

export function GroupsPage() {
  const { items, loading, error, reload } = useList(loadGroups);
  const may = useSession((s) => s.may);
  const editor = useEditor<GroupView>(reload);
  const [filter, setFilter] = useState('');
  const g = ui.groups;
  const shown = useMemo(() => {
    const q = filter.trim().toLowerCase();
    return q ? items.filter((x) => x.name.toLowerCase().includes(q) || (x.curatorName ?? '').toLowerCase().includes(q)) : items;
  }, [items, filter]);
  return (
    <ListPage
      title={g.title}
      addLabel={g.add}
      canAdd={may('contingent.createGroup')}
      onAdd={() => editor.open('new')}
      notice={editor.notice}
      error={error}
      emptyText={!loading && items.length === 0 && !error ? g.empty : null}
    >
      <input className="search" type="search" placeholder={g.filter} aria-label={g.filter} value={filter} onChange={(e) => setFilter(e.target.value)} />
      <table className="table">
        <thead>
          <tr>
            <th>{g.name}</th>
            <th>{g.specialty}</th>
            <th>{g.course}</th>
            <th>{g.admissionYear}</th>
            <th>{g.funding}</th>
            <th>{g.curator}</th>
            <th aria-label={ui.common.actions} />
          </tr>
        </thead>
        <tbody>
          {shown.map((x) => (
            <tr key={x.id} className={x.active ? '' : 'row--inactive'}>
              <td>
                {x.name}
                {x.active ? null : <span className="muted"> · {g.archived}</span>}
              </td>
              <td className="mono">{x.specialtyCode}</td>
              <td>{x.course}</td>
              <td>{x.admissionYear}</td>
              <td>{fundingLabels[x.funding]}</td>
              <td>{x.curatorName ?? '—'}</td>
              <td>
                {may('contingent.updateGroup') ? (
                  <button type="button" className="button button--small" onClick={() => editor.open(x)}>
                    {ui.common.edit}
                  </button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {editor.editing ? (
        <GroupDialog group={editor.editing === 'new' ? null : editor.editing} onClose={editor.close} onDone={() => editor.done(ui.common.saved)} />
      ) : null}
    </ListPage>
  );
}

interface DialogProps {
  group: GroupView | null;
  onClose: () => void;
  onDone: () => void;
}

/** The choices come first: a select whose options arrive after its value would show the wrong one. */
function GroupDialog(props: DialogProps) {
  const specialties = useList(useCallback(async () => (await call('contingent.listSpecialties', {})).specialties, []));
  const curators = useList(useCallback(async () => (await call('contingent.listCurators', {})).curators, []));
  const g = ui.groups;
  const ready = !specialties.loading && !curators.loading;
  return (
    <Dialog title={props.group ? g.editTitle(props.group.name) : g.newTitle} onClose={props.onClose}>
      {specialties.error || curators.error ? <Banner kind="error">{specialties.error ?? curators.error}</Banner> : null}
      {ready ? <GroupForm {...props} specialties={specialties.items} curators={curators.items} /> : <p className="muted">{ui.common.loading}</p>}
    </Dialog>
  );
}

function GroupForm(props: DialogProps & { specialties: SpecialtyView[]; curators: { id: string; fullName: string }[] }) {
  const [message, setMessage] = useState<string | null>(null);
  const x = props.group;
  const form = useZodForm(groupInput, {
    name: x?.name ?? '',
    specialtyId: x?.specialtyId ?? '',
    course: x?.course ?? 1,
    admissionYear: x?.admissionYear ?? new Date().getFullYear(),
    studyForm: x?.studyForm ?? 'full_time',
    funding: x?.funding ?? 'budget',
    curatorUserId: x?.curatorUserId ?? null,
    active: x?.active ?? true,
  });
  const { errors, isSubmitting } = form.formState;
  const g = ui.groups;
  const submit = form.handleSubmit(async (v) => {
    setMessage(null);
    try {
      if (x) await call('contingent.updateGroup', { ...v, groupId: x.id });
      else await call('contingent.createGroup', v);
      props.onDone();
    } catch (err) {
      setMessage(applyServerError(err, form.setError, ['name', 'specialtyId', 'course', 'admissionYear', 'studyForm', 'funding', 'curatorUserId']));
    }
  });
  return (
    <>
      {message ? <Banner kind="error">{message}</Banner> : null}
      <form onSubmit={submit} noValidate>
        <Field label={g.name} error={errors.name?.message} hint={g.nameHint}>
          <input autoFocus {...form.register('name')} />
        </Field>
        <Field label={g.specialty} error={errors.specialtyId?.message}>
          <select {...form.register('specialtyId')}>
            <option value="">{g.chooseSpecialty}</option>
            {props.specialties.map((s) => (
              <option key={s.id} value={s.id}>
                {s.code} {s.name}
              </option>
            ))}
          </select>
        </Field>
        <div className="row">
          <Field label={g.course} error={errors.course?.message}>
            <input type="number" {...form.register('course', { valueAsNumber: true })} />
          </Field>
          <Field label={g.admissionYear} error={errors.admissionYear?.message}>
            <input type="number" {...form.register('admissionYear', { valueAsNumber: true })} />
          </Field>
        </div>
        <div className="row">
          <Field label={g.studyForm} error={errors.studyForm?.message}>
            <select {...form.register('studyForm')}>
              {studyForms.map((f) => (
                <option key={f} value={f}>
                  {studyFormLabels[f]}
                </option>
              ))}
            </select>
          </Field>
          <Field label={g.funding} error={errors.funding?.message}>
            <select {...form.register('funding')}>
              {fundings.map((f) => (
                <option key={f} value={f}>
                  {fundingLabels[f]}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <Field label={g.curator} error={errors.curatorUserId?.message}>
          <select {...form.register('curatorUserId', { setValueAs: (v: string | null) => (v ? v : null) })}>
            <option value="">{g.noCurator}</option>
            {props.curators.map((c) => (
              <option key={c.id} value={c.id}>
                {c.fullName}
              </option>
            ))}
          </select>
        </Field>
        <label className="check">
          <input type="checkbox" {...form.register('active')} /> {g.active}
        </label>
        <DialogButtons busy={isSubmitting} submitLabel={ui.common.save} onClose={props.onClose} />
      </form>
    </>
  );
}
