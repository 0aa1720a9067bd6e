import { useCallback, useState } from 'react';
import { useFieldArray, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import type { StudentSummary } from '../../../src-shared/api';
import { orderInput, type orderEffect } from '../../../src-shared/api/orders';
import { manualOrderTypes, orderTypesWithTargetGroup } from '../../../src-shared/domain/contingent';
import { orderTypeLabels, studentStatusLabels } from '../../../src-shared/i18n/ru';
import { ui } from '../../../src-shared/i18n/ui';
import { call, errorMessage } from '../../api';
import { Dialog } from '../../ui/Dialog';
import { Banner, Field } from '../../ui/Field';
import { useZodForm } from '../../ui/forms';
import { applyServerError } from '../../ui/server-errors';
import { useList } from '../../ui/useList';
import { EffectsTable } from './EffectsTable';

type Effect = z.infer<typeof orderEffect>;
const formFields = ['number', 'date', 'type', 'effectiveDate', 'reason', 'items'] as const;
const loadGroups = async () => (await call('contingent.listGroups', {})).groups.filter((g) => g.active);
const today = () => new Date().toLocaleDateString('sv-SE');

/**
 * A new order: its details, the students it names (and the group each enters), then a preview of what it will do,
 * worked out by the core; only a previewed order can be applied, and any change asks for a fresh preview.
 */
export function OrderDialog(props: { onClose: () => void; onDone: (number: string) => void }) {
  const o = ui.orders;
  const groups = useList(loadGroups);
  const form = useZodForm(orderInput, { number: '', date: today(), type: 'enrollment', effectiveDate: today(), reason: '', items: [] });
  const items = useFieldArray({ control: form.control, name: 'items' });
  const type = useWatch({ control: form.control, name: 'type' });
  const [picked, setPicked] = useState<Map<string, StudentSummary>>(new Map());
  const [preview, setPreview] = useState<Effect[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { errors } = form.formState;
  const needsGroup = orderTypesWithTargetGroup.has(type);

  const stale = () => setPreview(null);
  const add = (student: StudentSummary) => {
    if (picked.has(student.id)) return;
    setPicked(new Map(picked).set(student.id, student));
    items.append({ studentId: student.id, groupId: null });
    stale();
  };
  const remove = (index: number) => {
    items.remove(index);
    stale();
  };
  const fillGroup = (groupId: string) => {
    form.getValues('items').forEach((_, i) => form.setValue(`items.${i}.groupId`, groupId || null));
    stale();
  };

  const run = (apply: boolean) =>
    form.handleSubmit(async (v) => {
      setMessage(null);
      setBusy(true);
      try {
        const input = needsGroup ? v : { ...v, items: v.items.map((i) => ({ ...i, groupId: null })) };
        if (apply) {
          const { order } = await call('orders.apply', input);
          props.onDone(order.number);
        } else {
          setPreview((await call('orders.preview', input)).effects);
        }
      } catch (err) {
        setPreview(null);
        setMessage(applyServerError(err, form.setError, formFields));
      } finally {
        setBusy(false);
      }
    })();

  return (
    <Dialog title={o.newTitle} onClose={props.onClose}>
      {message ? <Banner kind="error">{message}</Banner> : null}
      <form onChange={stale} onSubmit={(e) => e.preventDefault()} noValidate>
        <div className="row">
          <Field label={o.type} error={errors.type?.message}>
            <select autoFocus {...form.register('type')}>
              {manualOrderTypes.map((v) => (
                <option key={v} value={v}>
                  {orderTypeLabels[v]}
                </option>
              ))}
            </select>
          </Field>
          <Field label={o.numberField} error={errors.number?.message}>
            <input {...form.register('number')} />
          </Field>
          <Field label={o.date} error={errors.date?.message}>
            <input type="date" {...form.register('date')} />
          </Field>
          <Field label={o.effectiveDate} error={errors.effectiveDate?.message}>
            <input type="date" {...form.register('effectiveDate')} />
          </Field>
        </div>
        <Field label={o.reason} error={errors.reason?.message}>
          <textarea rows={2} {...form.register('reason')} />
        </Field>
        <fieldset className="fieldset">
          <legend>{o.students}</legend>
          <StudentPicker onPick={add} />
          {errors.items?.message ? (
            <span className="field__error" role="alert">
              {errors.items.message}
            </span>
          ) : null}
          {items.fields.length > 0 ? (
            <table className="table">
              <thead>
                <tr>
                  <th>{o.student}</th>
                  <th>{o.currentGroup}</th>
                  {needsGroup ? <th>{o.targetGroup}</th> : null}
                  <th aria-label={ui.common.actions} />
                </tr>
              </thead>
              <tbody>
                {items.fields.map((item, i) => {
                  const student = picked.get(item.studentId);
                  return (
                    <tr key={item.id}>
                      <td>{student?.fullName}</td>
                      <td>{student?.groupName ?? '—'}</td>
                      {needsGroup ? (
                        <td>
                          <select
                            aria-label={o.targetGroupOf(student?.fullName ?? '')}
                            {...form.register(`items.${i}.groupId`, { setValueAs: (value: string | null) => (value ? value : null) })}
                          >
                            <GroupOptions groups={groups.items} />
                          </select>
                        </td>
                      ) : null}
                      <td>
                        <button type="button" className="button button--small" onClick={() => remove(i)}>
                          {o.remove}
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          ) : null}
          {needsGroup && items.fields.length > 1 ? (
            <label className="inline">
              {o.fillGroup}{' '}
              <select aria-label={o.fillGroup} defaultValue="" onChange={(e) => fillGroup(e.target.value)}>
                <GroupOptions groups={groups.items} />
              </select>
            </label>
          ) : null}
        </fieldset>
        {preview ? (
          <>
            <h3 className="section-title">{o.previewTitle}</h3>
            <EffectsTable effects={preview} />
          </>
        ) : null}
        <div className="row row--end">
          <button type="button" className="button" onClick={props.onClose}>
            {ui.common.cancel}
          </button>
          <button type="button" className="button" disabled={busy} onClick={() => void run(false)}>
            {o.check}
          </button>
          <button type="button" className="button button--primary" disabled={busy || !preview} onClick={() => void run(true)}>
            {busy ? ui.common.saving : o.apply}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

function GroupOptions(props: { groups: readonly { id: string; name: string }[] }) {
  return (
    <>
      <option value="">{ui.orders.chooseGroup}</option>
      {props.groups.map((g) => (
        <option key={g.id} value={g.id}>
          {g.name}
        </option>
      ))}
    </>
  );
}

/** Finds students by name or record book, as the students page does, and adds the chosen one to the order. */
function StudentPicker(props: { onPick: (student: StudentSummary) => void }) {
  const o = ui.orders;
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<StudentSummary[]>([]);
  const [error, setError] = useState<string | null>(null);
  const search = useCallback(async (q: string) => {
    setQuery(q);
    setError(null);
    if (q.trim().length < 2) return setFound([]);
    try {
      setFound((await call('students.list', { query: q })).students.slice(0, 8));
    } catch (err) {
      setError(errorMessage(err));
    }
  }, []);
  return (
    <div className="picker">
      <input type="search" aria-label={o.findStudent} placeholder={o.findStudent} value={query} onChange={(e) => void search(e.target.value)} />
      {error ? <Banner kind="error">{error}</Banner> : null}
      {found.length > 0 ? (
        <ul className="picker__list">
          {found.map((s) => (
            <li key={s.id}>
              <button
                type="button"
                className="link"
                onClick={() => {
                  props.onPick(s);
                  setQuery('');
                  setFound([]);
                }}
              >
                {s.fullName} · {s.recordBook} · {s.groupName ?? '—'} · {studentStatusLabels[s.status]}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
