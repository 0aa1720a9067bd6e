import { useMemo, useState } from 'react';
import { disciplineInput, type DisciplineView } from '../../../src-shared/api/curriculum';
import { disciplineKinds, kindOfCode, kindsWithParent, type DisciplineKind } from '../../../src-shared/domain/curriculum';
import { disciplineKindLabels } from '../../../src-shared/i18n/ru';
import { ui } from '../../../src-shared/i18n/ui';
import { call } from '../../api';
import { useSession } from '../../app/session-store';
import { Dialog } from '../../ui/Dialog';
import { Banner, Field, Options } from '../../ui/Field';
import { DialogButtons, useZodForm } from '../../ui/forms';
import { ListPage, useEditor } from '../../ui/ListPage';
import { applyServerError } from '../../ui/server-errors';
import { useList } from '../../ui/useList';

const loadDisciplines = async () => (await call('curriculum.listDisciplines', {})).disciplines;
const d = ui.curriculum.disciplines;

/** The catalogue of disciplines: the office adds and corrects them; the director reads. */
export function DisciplinesPage() {
  const { items, loading, error, reload } = useList(loadDisciplines);
  const may = useSession((s) => s.may);
  const editor = useEditor<DisciplineView>(reload);
  const [filter, setFilter] = useState('');
  const [kind, setKind] = useState<DisciplineKind | ''>('');
  const shown = useMemo(() => {
    const q = filter.trim().toLocaleLowerCase('ru');
    return items.filter((x) => (!kind || x.kind === kind) && (!q || x.code.toLocaleLowerCase('ru').includes(q) || x.name.toLocaleLowerCase('ru').includes(q)));
  }, [items, filter, kind]);
  return (
    <ListPage
      title={d.title}
      addLabel={d.add}
      canAdd={may('curriculum.createDiscipline')}
      onAdd={() => editor.open('new')}
      notice={editor.notice}
      error={error}
      emptyText={!loading && items.length === 0 && !error ? d.empty : null}
    >
      <div className="row filters">
        <input className="search" type="search" placeholder={d.filter} aria-label={d.filter} value={filter} onChange={(e) => setFilter(e.target.value)} />
        <select aria-label={d.kind} value={kind} onChange={(e) => setKind(e.target.value as DisciplineKind | '')}>
          <option value="">{d.allKinds}</option>
          <Options values={disciplineKinds} labels={disciplineKindLabels} />
        </select>
      </div>
      <table className="table">
        <thead>
          <tr>
            <th>{d.code}</th>
            <th>{d.name}</th>
            <th>{d.kind}</th>
            <th>{d.parent}</th>
            <th aria-label={ui.common.actions} />
          </tr>
        </thead>
        <tbody>
          {shown.map((x) => (
            <tr key={x.id}>
              <td className="mono">{x.code}</td>
              <td>{x.name}</td>
              <td>{disciplineKindLabels[x.kind]}</td>
              <td className="mono">{x.parentCode ?? '—'}</td>
              <td>
                {may('curriculum.updateDiscipline') ? (
                  <button type="button" className="button button--small" onClick={() => editor.open(x)}>
                    {ui.common.edit}
                  </button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {items.length > 0 && shown.length === 0 ? <p className="muted">{d.nothingFound}</p> : null}
      {editor.editing ? (
        <DisciplineDialog
          discipline={editor.editing === 'new' ? null : editor.editing}
          modules={items.filter((x) => x.kind === 'module')}
          onClose={editor.close}
          onDone={(created) => editor.done(created ? d.created : ui.common.saved)}
        />
      ) : null}
    </ListPage>
  );
}

function DisciplineDialog(props: { discipline: DisciplineView | null; modules: DisciplineView[]; onClose: () => void; onDone: (created: boolean) => void }) {
  const [message, setMessage] = useState<string | null>(null);
  const x = props.discipline;
  const form = useZodForm(disciplineInput, { code: x?.code ?? '', name: x?.name ?? '', kind: x?.kind ?? 'general', parentId: x?.parentId ?? null });
  const { errors, isSubmitting } = form.formState;
  const kind = form.watch('kind');
  const needsParent = kind !== undefined && kindsWithParent.has(kind);
  const submit = form.handleSubmit(async (v) => {
    setMessage(null);
    const input = { ...v, parentId: kindsWithParent.has(v.kind) ? v.parentId : null };
    try {
      if (x) await call('curriculum.updateDiscipline', { ...input, disciplineId: x.id });
      else await call('curriculum.createDiscipline', input);
      props.onDone(!x);
    } catch (err) {
      setMessage(applyServerError(err, form.setError, ['code', 'name', 'kind', 'parentId']));
    }
  });
  const code = form.register('code');
  return (
    <Dialog title={x ? d.editTitle(x.code) : d.newTitle} onClose={props.onClose}>
      {message ? <Banner kind="error">{message}</Banner> : null}
      <form onSubmit={submit} noValidate>
        <Field label={d.code} error={errors.code?.message} hint={d.codeHint}>
          <input
            autoFocus
            {...code}
            onBlur={(e) => {
              void code.onBlur(e);
              // A suggestion only: the prefix names the kind (МДК, ПМ, УП, ПП); the core checks what is sent.
              const suggested = kindOfCode(e.target.value.trim().toUpperCase());
              if (suggested) form.setValue('kind', suggested);
            }}
          />
        </Field>
        <Field label={d.name} error={errors.name?.message}>
          <input {...form.register('name')} />
        </Field>
        <Field label={d.kind} error={errors.kind?.message}>
          <select {...form.register('kind')}>
            <Options values={disciplineKinds} labels={disciplineKindLabels} />
          </select>
        </Field>
        {needsParent ? (
          <Field label={d.parent} error={errors.parentId?.message} hint={d.parentHint}>
            <select {...form.register('parentId', { setValueAs: (v: string | null) => (v ? v : null) })}>
              <option value="">{d.chooseParent}</option>
              {props.modules.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.code} {m.name}
                </option>
              ))}
            </select>
          </Field>
        ) : null}
        <DialogButtons busy={isSubmitting} submitLabel={ui.common.save} onClose={props.onClose} />
      </form>
    </Dialog>
  );
}
