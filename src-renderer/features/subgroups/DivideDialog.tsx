import { useCallback, useRef, useState, type KeyboardEvent } from 'react';
import { useWatch } from 'react-hook-form';
import type { AcademicYearView, GroupView, StudentSummary } from '../../../src-shared/api';
import type { DisciplineView } from '../../../src-shared/api/curriculum';
import { defaultSubgroupName, divideInput, maxSubgroups, minSubgroups } from '../../../src-shared/api/subgroups';
import { ui } from '../../../src-shared/i18n/ui';
import { call } from '../../api';
import { Dialog } from '../../ui/Dialog';
import { Banner, Field } from '../../ui/Field';
import { DialogButtons, useZodForm } from '../../ui/forms';
import { applyServerError } from '../../ui/server-errors';
import { useList } from '../../ui/useList';
import { todayIso, within } from './dates';

const counts = Array.from({ length: maxSubgroups - minSubgroups + 1 }, (_, i) => minSubgroups + i);
const formFields = ['disciplineId', 'count', 'startDate', 'names', 'assignments'] as const;
const loadDisciplines = async () => (await call('curriculum.listDisciplines', {})).disciplines;

interface Props {
  group: GroupView;
  year: AcademicYearView;
  onClose: () => void;
  onDone: (discipline: string) => void;
}

/** Divides a group for a discipline: the choices load first, then the form with every student of the group. */
export function DivideDialog(props: Props) {
  const s = ui.subgroups;
  const groupId = props.group.id;
  const disciplines = useList(loadDisciplines);
  const students = useList(useCallback(async () => (await call('students.list', { groupId })).students, [groupId]));
  const ready = !disciplines.loading && !students.loading;
  return (
    <Dialog title={s.divideTitle(props.group.name, props.year.name)} onClose={props.onClose}>
      {disciplines.error || students.error ? <Banner kind="error">{disciplines.error ?? students.error}</Banner> : null}
      {ready ? <DivideForm {...props} disciplines={disciplines.items} students={students.items} /> : <p className="muted">{ui.common.loading}</p>}
    </Dialog>
  );
}

/** Consecutive runs of the alphabetical list, sizes differing by one at most: 5 students in 2 make 3 and 2. */
function evenly(students: readonly StudentSummary[], count: number): Record<string, number> {
  return Object.fromEntries(students.map((x, i) => [x.id, Math.floor((i * count) / students.length) + 1]));
}

function DivideForm(props: Props & { disciplines: DisciplineView[]; students: StudentSummary[] }) {
  const s = ui.subgroups;
  const [message, setMessage] = useState<string | null>(null);
  const [assigned, setAssigned] = useState<Record<string, number>>({});
  const selects = useRef<(HTMLSelectElement | null)[]>([]);
  const form = useZodForm(divideInput, {
    groupId: props.group.id,
    yearId: props.year.id,
    disciplineId: '',
    count: minSubgroups,
    names: [defaultSubgroupName(1), defaultSubgroupName(2)],
    assignments: [],
    startDate: within(todayIso(), props.year.startDate, props.year.endDate),
  });
  const { errors, isSubmitting } = form.formState;
  const count = useWatch({ control: form.control, name: 'count' });
  const names = useWatch({ control: form.control, name: 'names' }) ?? [];
  const subgroupName = (n: number) => names[n - 1] || defaultSubgroupName(n);

  const resize = (next: number) => {
    const current = form.getValues('names') ?? [];
    form.setValue('names', Array.from({ length: next }, (_, i) => current[i] ?? defaultSubgroupName(i + 1)));
    setAssigned((a) => Object.fromEntries(Object.entries(a).filter(([, n]) => n <= next)));
  };
  const assign = (studentId: string, n: number | null) =>
    setAssigned((a) => {
      const next = { ...a };
      if (n) next[studentId] = n;
      else delete next[studentId];
      return next;
    });
  /** Typing a subgroup's number in a student's row sets it and moves on to the next student. */
  const onRowKey = (e: KeyboardEvent<HTMLTableRowElement>, index: number, studentId: string) => {
    if (!/^\d$/.test(e.key) || Number(e.key) > count) return;
    e.preventDefault();
    assign(studentId, Number(e.key) || null);
    selects.current[index + 1]?.focus();
  };

  const submit = async () => {
    setMessage(null);
    form.setValue(
      'assignments',
      Object.entries(assigned).map(([studentId, subgroupNumber]) => ({ studentId, subgroupNumber })),
    );
    await form.handleSubmit(async (v) => {
      try {
        const { division } = await call('subgroups.divide', v);
        props.onDone(`${division.disciplineCode} ${division.disciplineName}`.trim());
      } catch (err) {
        setMessage(applyServerError(err, form.setError, formFields));
      }
    })();
  };
  const placed = props.students.filter((x) => assigned[x.id]).length;
  const namesError = errors.names?.message ?? errors.names?.root?.message;
  return (
    <>
      {message ? <Banner kind="error">{message}</Banner> : null}
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <div className="row">
          <Field label={s.discipline} error={errors.disciplineId?.message}>
            <select autoFocus {...form.register('disciplineId')}>
              <option value="">{s.chooseDiscipline}</option>
              {props.disciplines.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.code} {x.name}
                </option>
              ))}
            </select>
          </Field>
          <Field label={s.count} error={errors.count?.message}>
            <select {...form.register('count', { valueAsNumber: true, onChange: (e: { target: { value: string } }) => resize(Number(e.target.value)) })}>
              {counts.map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </Field>
          <Field label={s.startDate} error={errors.startDate?.message} hint={s.startHint}>
            <input type="date" {...form.register('startDate')} />
          </Field>
        </div>
        <fieldset className="fieldset">
          <legend>{s.names}</legend>
          <div className="row row--tight">
            {Array.from({ length: count }, (_, i) => (
              <Field key={i} label={s.nameOf(i + 1)} error={errors.names?.[i]?.message}>
                <input {...form.register(`names.${i}`)} />
              </Field>
            ))}
          </div>
          {namesError ? (
            <span className="field__error" role="alert">
              {namesError}
            </span>
          ) : null}
        </fieldset>
        <fieldset className="fieldset">
          <legend>{s.students}</legend>
          {props.students.length === 0 ? (
            <p className="muted">{s.noStudents}</p>
          ) : (
            <>
              <p className="muted">{s.studentsHint}</p>
              <div className="row row--tight">
                <button type="button" className="button button--small" onClick={() => setAssigned(evenly(props.students, count))}>
                  {s.evenly}
                </button>
                <button type="button" className="button button--small" onClick={() => setAssigned({})}>
                  {s.clear}
                </button>
              </div>
              <table className="table">
                <thead>
                  <tr>
                    <th>{s.student}</th>
                    <th>{s.recordBook}</th>
                    <th>{s.subgroup}</th>
                  </tr>
                </thead>
                <tbody>
                  {props.students.map((x, i) => (
                    <tr key={x.id} onKeyDown={(e) => onRowKey(e, i, x.id)}>
                      <td>{x.fullName}</td>
                      <td className="mono">{x.recordBook}</td>
                      <td>
                        <select
                          ref={(el) => {
                            selects.current[i] = el;
                          }}
                          aria-label={s.subgroupOf(x.fullName)}
                          value={assigned[x.id] ?? ''}
                          onChange={(e) => assign(x.id, e.target.value ? Number(e.target.value) : null)}
                        >
                          <option value="">{s.notAssigned}</option>
                          {Array.from({ length: count }, (_, n) => (
                            <option key={n + 1} value={n + 1}>
                              {n + 1}. {subgroupName(n + 1)}
                            </option>
                          ))}
                        </select>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <p role="status">
                {s.tally(placed, props.students.length)}{' '}
                {Array.from({ length: count }, (_, n) => `${subgroupName(n + 1)}: ${props.students.filter((x) => assigned[x.id] === n + 1).length}`).join('; ')}
              </p>
              {placed < props.students.length ? <p className="muted">{s.unassignedHint}</p> : null}
            </>
          )}
          {errors.assignments?.message ? (
            <span className="field__error" role="alert">
              {errors.assignments.message}
            </span>
          ) : null}
        </fieldset>
        <DialogButtons busy={isSubmitting} submitLabel={s.create} onClose={props.onClose} />
      </form>
    </>
  );
}
