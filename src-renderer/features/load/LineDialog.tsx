import { useCallback, useState, type ComponentProps } from 'react';
import { hourKinds, lineInput, lineUpdateInput, type LineView } from '../../../src-shared/api/load';
import { ui } from '../../../src-shared/i18n/ui';
import { call } from '../../api';
import { useSession } from '../../app/session-store';
import { Dialog } from '../../ui/Dialog';
import { Banner, Field } from '../../ui/Field';
import { DialogButtons, useZodForm } from '../../ui/forms';
import { applyServerError } from '../../ui/server-errors';
import { useList } from '../../ui/useList';

export interface DisciplineChoice {
  id: string;
  code: string;
  name: string;
}

/** Where a new line goes: the group and year chosen on the page, and the period and discipline if a row was picked. */
export interface NewLinePlace {
  yearId: string;
  groupId: string;
  periods: { id: string; name: string }[];
  periodId: string;
  disciplineId: string;
  /** The disciplines of the group's plan and lines, for when the catalogue is not open to this user. */
  disciplines: DisciplineChoice[];
}

const hourFields = hourKinds.map((k) => `hours.${k}` as const);
const noHours = { theory: 0, practical: 0, lab: 0, project: 0, consultation: 0, exam: 0 };
const lineTitle = (l: LineView) => [l.disciplineCode, l.groupName, l.subgroupName, l.periodName].filter(Boolean).join(', ');

/** The six hour inputs of a line, three to a row, and the error about the hours as a whole under them. */
function HourInputs(props: {
  field: (k: (typeof hourKinds)[number]) => { input: ComponentProps<'input'>; error: string | undefined };
  error: string | undefined;
}) {
  return (
    <>
      <div className="load-hours">
        {hourKinds.map((k) => {
          const { input, error } = props.field(k);
          return (
            <Field key={k} label={ui.load.hourLabels[k]!} error={error}>
              <input type="number" min={0} step={1} {...input} />
            </Field>
          );
        })}
      </div>
      {props.error ? (
        <span className="field__error" role="alert">
          {props.error}
        </span>
      ) : null}
    </>
  );
}

/** A select's options by id: the empty choice first when there is one. */
function Choices<T extends { id: string }>(props: { empty?: string; items: readonly T[]; label: (item: T) => string }) {
  return (
    <>
      {props.empty === undefined ? null : <option value="">{props.empty}</option>}
      {props.items.map((x) => (
        <option key={x.id} value={x.id}>
          {props.label(x)}
        </option>
      ))}
    </>
  );
}

/** A new line: its choices (teachers, disciplines, subgroups) load first, so the selects show the right values. */
export function NewLineDialog(props: { place: NewLinePlace; onClose: () => void; onDone: (notice: string) => void }) {
  const may = useSession((s) => s.may);
  const teachers = useList(useCallback(async () => (await call('load.listTeachers', {})).teachers, []));
  const catalogue = useList(
    useCallback(async () => (may('curriculum.listDisciplines') ? (await call('curriculum.listDisciplines', {})).disciplines : []), [may]),
  );
  const { groupId, yearId } = props.place;
  const divisions = useList(
    useCallback(async () => (may('subgroups.forGroup') ? (await call('subgroups.forGroup', { groupId, yearId })).divisions : []), [may, groupId, yearId]),
  );
  const ready = !teachers.loading && !catalogue.loading && !divisions.loading;
  const error = teachers.error ?? catalogue.error ?? divisions.error;
  const disciplines = catalogue.items.length > 0 ? catalogue.items : props.place.disciplines;
  return (
    <Dialog title={ui.load.newLineTitle} onClose={props.onClose}>
      {error ? <Banner kind="error">{error}</Banner> : null}
      {ready ? (
        <NewLineForm {...props} teachers={teachers.items} disciplines={disciplines} divisions={divisions.items} />
      ) : (
        <p className="muted">{ui.common.loading}</p>
      )}
    </Dialog>
  );
}

function NewLineForm(props: {
  place: NewLinePlace;
  teachers: { id: string; fullName: string }[];
  disciplines: DisciplineChoice[];
  divisions: { disciplineId: string; subgroups: { id: string; name: string }[] }[];
  onClose: () => void;
  onDone: (notice: string) => void;
}) {
  const [message, setMessage] = useState<string | null>(null);
  const p = props.place;
  const form = useZodForm(lineInput, {
    yearId: p.yearId,
    groupId: p.groupId,
    periodId: p.periodId,
    disciplineId: p.disciplineId,
    subgroupId: null,
    teacherId: '',
    hours: noHours,
    notes: '',
  });
  const { errors, isSubmitting } = form.formState;
  const l = ui.load;
  const disciplineId = form.watch('disciplineId');
  const subgroups = props.divisions.filter((d) => d.disciplineId === disciplineId).flatMap((d) => d.subgroups);
  const submit = form.handleSubmit(async (v) => {
    setMessage(null);
    try {
      await call('load.createLine', v);
      props.onDone(l.created);
    } catch (err) {
      setMessage(applyServerError(err, form.setError, ['periodId', 'disciplineId', 'subgroupId', 'teacherId', 'hours', 'notes', ...hourFields]));
    }
  });
  return (
    <>
      {message ? <Banner kind="error">{message}</Banner> : null}
      <form onSubmit={submit} noValidate>
        <div className="row">
          <Field label={l.period} error={errors.periodId?.message}>
            <select {...form.register('periodId')}>
              <Choices items={p.periods} label={(x) => x.name} />
            </select>
          </Field>
          <Field label={l.discipline} error={errors.disciplineId?.message}>
            <select {...form.register('disciplineId')}>
              <Choices empty={l.chooseDiscipline} items={props.disciplines} label={(d) => `${d.code} ${d.name}`} />
            </select>
          </Field>
        </div>
        <div className="row">
          <Field label={l.subgroup} error={errors.subgroupId?.message} hint={subgroups.length === 0 ? l.subgroupHint : undefined}>
            <select {...form.register('subgroupId', { setValueAs: (v: string | null) => (v ? v : null) })}>
              <Choices empty={l.wholeGroupOption} items={subgroups} label={(s) => s.name} />
            </select>
          </Field>
          <Field label={l.teacher} error={errors.teacherId?.message}>
            <select {...form.register('teacherId')}>
              <Choices empty={l.chooseTeacher} items={props.teachers} label={(t) => t.fullName} />
            </select>
          </Field>
        </div>
        <HourInputs field={(k) => ({ input: form.register(`hours.${k}`, { valueAsNumber: true }), error: errors.hours?.[k]?.message })} error={errors.hours?.message} />
        <Field label={l.notes} error={errors.notes?.message}>
          <input {...form.register('notes')} />
        </Field>
        <DialogButtons busy={isSubmitting} submitLabel={l.save} onClose={props.onClose} />
      </form>
    </>
  );
}

/** A line's hours and notes; its teacher changes through its own dialog, which keeps the history. */
export function EditLineDialog(props: { line: LineView; onClose: () => void; onDone: (notice: string) => void }) {
  const [message, setMessage] = useState<string | null>(null);
  const x = props.line;
  const h = x.hours;
  const hours = { theory: h.theory, practical: h.practical, lab: h.lab, project: h.project, consultation: h.consultation, exam: h.exam };
  const form = useZodForm(lineUpdateInput, { lineId: x.id, hours, notes: x.notes });
  const { errors, isSubmitting } = form.formState;
  const l = ui.load;
  const submit = form.handleSubmit(async (v) => {
    setMessage(null);
    try {
      await call('load.updateLine', v);
      props.onDone(ui.common.saved);
    } catch (err) {
      setMessage(applyServerError(err, form.setError, ['hours', 'notes', ...hourFields]));
    }
  });
  return (
    <Dialog title={l.editLineTitle(lineTitle(x))} onClose={props.onClose}>
      {message ? <Banner kind="error">{message}</Banner> : null}
      <p className="muted">
        {l.teacher}: {x.teacherName}
      </p>
      <form onSubmit={submit} noValidate>
        <HourInputs field={(k) => ({ input: form.register(`hours.${k}`, { valueAsNumber: true }), error: errors.hours?.[k]?.message })} error={errors.hours?.message} />
        <Field label={l.notes} error={errors.notes?.message}>
          <input {...form.register('notes')} />
        </Field>
        <DialogButtons busy={isSubmitting} submitLabel={l.save} onClose={props.onClose} />
      </form>
    </Dialog>
  );
}

export { lineTitle };
