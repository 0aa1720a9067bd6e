import { useCallback, useState } from 'react';
import { subgroupsApi, type DivisionView, type SubgroupMemberView, type SubgroupView } from '../../../src-shared/api/subgroups';
import { ui } from '../../../src-shared/i18n/ui';
import { call } from '../../api';
import { Dialog } from '../../ui/Dialog';
import { Banner, Field } from '../../ui/Field';
import { DialogButtons, useZodForm } from '../../ui/forms';
import { formatDate } from '../../ui/format';
import { applyServerError } from '../../ui/server-errors';
import { useList } from '../../ui/useList';
import { todayIso, within } from './dates';

/** A move is a dated decision with a reason: from `date` on the student is in the other subgroup. */
export function MoveDialog(props: { division: DivisionView; member: SubgroupMemberView; from: SubgroupView; onClose: () => void; onDone: (to: string) => void }) {
  const s = ui.subgroups;
  const d = props.division;
  const others = d.subgroups.filter((g) => g.id !== props.from.id);
  const [message, setMessage] = useState<string | null>(null);
  const form = useZodForm(subgroupsApi['subgroups.move'].input, {
    divisionId: d.id,
    studentId: props.member.studentId,
    toSubgroupId: others.length === 1 ? others[0]!.id : '',
    date: within(todayIso(), props.member.since, d.yearEndDate),
    reason: '',
  });
  const { errors, isSubmitting } = form.formState;
  const submit = form.handleSubmit(async (v) => {
    setMessage(null);
    try {
      await call('subgroups.move', v);
      props.onDone(others.find((g) => g.id === v.toSubgroupId)?.name ?? '');
    } catch (err) {
      setMessage(applyServerError(err, form.setError, ['toSubgroupId', 'date', 'reason']));
    }
  });
  return (
    <Dialog title={s.moveTitle(props.member.fullName)} onClose={props.onClose}>
      {message ? <Banner kind="error">{message}</Banner> : null}
      <p className="muted">{s.moveNow(props.from.name, formatDate(props.member.since))}</p>
      <form onSubmit={submit} noValidate>
        <div className="row">
          <Field label={s.toSubgroup} error={errors.toSubgroupId?.message}>
            <select autoFocus {...form.register('toSubgroupId')}>
              <option value="">{s.chooseSubgroup}</option>
              {others.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.name}
                </option>
              ))}
            </select>
          </Field>
          <Field label={s.moveDate} error={errors.date?.message} hint={s.moveDateHint}>
            <input type="date" {...form.register('date')} />
          </Field>
        </div>
        <Field label={s.reason} error={errors.reason?.message} hint={s.reasonHint}>
          <textarea rows={2} {...form.register('reason')} />
        </Field>
        <DialogButtons busy={isSubmitting} submitLabel={s.move} onClose={props.onClose} />
      </form>
    </Dialog>
  );
}

export function RenameDialog(props: { subgroup: SubgroupView; onClose: () => void; onDone: () => void }) {
  const s = ui.subgroups;
  const [message, setMessage] = useState<string | null>(null);
  const form = useZodForm(subgroupsApi['subgroups.rename'].input, { subgroupId: props.subgroup.id, name: props.subgroup.name });
  const { errors, isSubmitting } = form.formState;
  const submit = form.handleSubmit(async (v) => {
    setMessage(null);
    try {
      await call('subgroups.rename', v);
      props.onDone();
    } catch (err) {
      setMessage(applyServerError(err, form.setError, ['name']));
    }
  });
  return (
    <Dialog title={s.renameTitle(props.subgroup.name)} onClose={props.onClose}>
      {message ? <Banner kind="error">{message}</Banner> : null}
      <form onSubmit={submit} noValidate>
        <Field label={s.name} error={errors.name?.message}>
          <input autoFocus {...form.register('name')} />
        </Field>
        <DialogButtons busy={isSubmitting} submitLabel={ui.common.save} onClose={props.onClose} />
      </form>
    </Dialog>
  );
}

/** Every stay of the division: who was in which subgroup from when to when, and why. */
export function HistoryDialog(props: { division: DivisionView; title: string; onClose: () => void }) {
  const s = ui.subgroups;
  const divisionId = props.division.id;
  const history = useList(useCallback(async () => (await call('subgroups.history', { divisionId })).stays, [divisionId]));
  return (
    <Dialog title={s.historyTitle(props.title)} onClose={props.onClose}>
      {history.error ? <Banner kind="error">{history.error}</Banner> : null}
      {history.loading ? <p className="muted">{ui.common.loading}</p> : null}
      {!history.loading && !history.error && history.items.length === 0 ? <p className="muted">{s.historyEmpty}</p> : null}
      {history.items.length > 0 ? (
        <table className="table">
          <thead>
            <tr>
              <th>{s.student}</th>
              <th>{s.subgroup}</th>
              <th>{s.from}</th>
              <th>{s.to}</th>
              <th>{s.reason}</th>
            </tr>
          </thead>
          <tbody>
            {history.items.map((x) => (
              <tr key={x.id}>
                <td>{x.fullName}</td>
                <td>{x.subgroupName}</td>
                <td>{formatDate(x.startDate)}</td>
                <td>
                  {x.endDate ? formatDate(x.endDate) : s.untilNow}
                  {x.leftGroupOn ? <div className="warn">{s.leftGroup(formatDate(x.leftGroupOn))}</div> : null}
                </td>
                <td>{x.reason || <span className="muted">{s.noReason}</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <div className="row row--end">
        <button type="button" className="button" onClick={props.onClose}>
          {s.close}
        </button>
      </div>
    </Dialog>
  );
}
