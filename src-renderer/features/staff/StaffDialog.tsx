import { useCallback, useState } from 'react';
import { Controller } from 'react-hook-form';
import type { EmployeeCard, LinkableUser } from '../../../src-shared/api';
import { employeeInput } from '../../../src-shared/api/staff';
import { employmentTypes, positions, qualificationCategories, type Position } from '../../../src-shared/domain/staff';
import { employmentTypeLabels, positionLabels, qualificationCategoryLabels } from '../../../src-shared/i18n/ru';
import { ui } from '../../../src-shared/i18n/ui';
import { call } from '../../api';
import { useSession } from '../../app/session-store';
import { Dialog } from '../../ui/Dialog';
import { Banner, Field, Options, TextField } from '../../ui/Field';
import { DialogButtons, useZodForm } from '../../ui/forms';
import { applyServerError } from '../../ui/server-errors';
import { useList } from '../../ui/useList';

const fields = [
  'surname',
  'firstName',
  'patronymic',
  'birthDate',
  'positions',
  'employmentType',
  'education',
  'category',
  'hireDate',
  'dismissalDate',
  'phone',
  'email',
  'snils',
  'userId',
  'notes',
] as const;

const fullName = (e: Pick<EmployeeCard, 'surname' | 'firstName' | 'patronymic'>) => [e.surname, e.firstName, e.patronymic].filter(Boolean).join(' ');

interface DialogProps {
  /** null: a new employee. */
  employeeId: string | null;
  /** The director reads staff records but does not keep them. */
  readOnly: boolean;
  onClose: () => void;
  onDone: (employee: EmployeeCard, created: boolean) => void;
}

/** The record and the accounts come first: a select whose options arrive after its value would show the wrong one. */
export function StaffDialog(props: DialogProps) {
  const { employeeId } = props;
  const card = useList(useCallback(async () => (employeeId ? [(await call('staff.get', { employeeId })).employee] : []), [employeeId]));
  const accounts = useList(useCallback(async () => (await call('staff.listLinkableUsers', {})).users, []));
  const current = card.items[0] ?? null;
  const title = current ? ui.staff.editTitle(fullName(current)) : ui.staff.newTitle;
  const ready = !card.loading && !accounts.loading && !card.error && (employeeId === null || current !== null);
  return (
    <Dialog title={title} onClose={props.onClose}>
      {card.error || accounts.error ? <Banner kind="error">{card.error ?? accounts.error}</Banner> : null}
      {ready ? <EmployeeForm {...props} employee={current} accounts={accounts.items} /> : <p className="muted">{ui.common.loading}</p>}
    </Dialog>
  );
}

function PositionPicker(props: { value: Position[]; onChange: (value: Position[]) => void }) {
  const toggle = (p: Position, on: boolean) => props.onChange(on ? [...props.value, p] : props.value.filter((v) => v !== p));
  return (
    <div className="check-grid">
      {positions.map((p) => (
        <label key={p} className="check">
          <input type="checkbox" checked={props.value.includes(p)} onChange={(e) => toggle(p, e.target.checked)} /> {positionLabels[p]}
        </label>
      ))}
    </div>
  );
}

/** The account currently linked stays among the choices even when it has since been switched off. */
function accountChoices(accounts: LinkableUser[], employee: EmployeeCard | null): LinkableUser[] {
  if (!employee?.userId || accounts.some((a) => a.id === employee.userId)) return accounts;
  const login = employee.userLogin ?? employee.userId;
  return [...accounts, { id: employee.userId, login, fullName: login, employeeId: employee.id, employeeName: null }];
}

function EmployeeForm(props: DialogProps & { employee: EmployeeCard | null; accounts: LinkableUser[] }) {
  const isAdmin = useSession((st) => st.user?.roles.includes('admin') ?? false);
  const [message, setMessage] = useState<string | null>(null);
  const x = props.employee;
  const s = ui.staff;
  const form = useZodForm(employeeInput, {
    surname: x?.surname ?? '',
    firstName: x?.firstName ?? '',
    patronymic: x?.patronymic ?? '',
    birthDate: x?.birthDate ?? '',
    positions: x?.positions ?? ['teacher'],
    employmentType: x?.employmentType ?? 'main',
    education: x?.education ?? '',
    category: x?.category ?? 'none',
    hireDate: x?.hireDate ?? '',
    dismissalDate: x?.dismissalDate ?? null,
    phone: x?.phone ?? '',
    email: x?.email ?? '',
    snils: x?.snils ?? '',
    userId: x?.userId ?? null,
    notes: x?.notes ?? '',
  });
  const { errors, isSubmitting } = form.formState;
  const orNull = (v: string | null) => (v ? v : null);
  const submit = form.handleSubmit(async (v) => {
    setMessage(null);
    try {
      const { employee } = x ? await call('staff.update', { ...v, employeeId: x.id }) : await call('staff.create', v);
      props.onDone(employee, x === null);
    } catch (err) {
      setMessage(applyServerError(err, form.setError, fields));
    }
  });
  return (
    <>
      {message ? <Banner kind="error">{message}</Banner> : null}
      <form onSubmit={submit} noValidate>
        <fieldset className="form-body" disabled={props.readOnly}>
          <div className="row">
            <TextField label={s.surname} error={errors.surname?.message} inputProps={{ autoFocus: true, ...form.register('surname') }} />
            <TextField label={s.firstName} error={errors.firstName?.message} inputProps={form.register('firstName')} />
            <TextField label={s.patronymic} error={errors.patronymic?.message} inputProps={form.register('patronymic')} />
          </div>
          <div className="row">
            <TextField label={s.birthDate} error={errors.birthDate?.message} inputProps={{ type: 'date', ...form.register('birthDate') }} />
            <TextField label={s.hireDate} error={errors.hireDate?.message} inputProps={{ type: 'date', ...form.register('hireDate') }} />
            <TextField
              label={s.dismissalDate}
              error={errors.dismissalDate?.message}
              hint={s.dismissalHint}
              inputProps={{ type: 'date', ...form.register('dismissalDate', { setValueAs: orNull }) }}
            />
          </div>
          <Field label={s.positions} error={errors.positions?.message}>
            <Controller control={form.control} name="positions" render={({ field }) => <PositionPicker value={field.value} onChange={field.onChange} />} />
          </Field>
          <div className="row">
            <Field label={s.employmentType} error={errors.employmentType?.message}>
              <select {...form.register('employmentType')}>
                <Options values={employmentTypes} labels={employmentTypeLabels} />
              </select>
            </Field>
            <Field label={s.category} error={errors.category?.message}>
              <select {...form.register('category')}>
                <Options values={qualificationCategories} labels={qualificationCategoryLabels} />
              </select>
            </Field>
          </div>
          <TextField label={s.education} error={errors.education?.message} hint={s.educationHint} inputProps={form.register('education')} />
          <div className="row">
            <TextField label={s.phone} error={errors.phone?.message} inputProps={{ type: 'tel', ...form.register('phone') }} />
            <TextField label={s.email} error={errors.email?.message} inputProps={{ type: 'email', ...form.register('email') }} />
            <TextField label={s.snils} error={errors.snils?.message} hint={s.snilsHint} inputProps={{ inputMode: 'numeric', ...form.register('snils') }} />
          </div>
          {isAdmin ? (
            <Field label={s.account} error={errors.userId?.message}>
              <select {...form.register('userId', { setValueAs: orNull })}>
                <option value="">{s.noAccount}</option>
                {accountChoices(props.accounts, x).map((a) => {
                  const takenBy = a.employeeId && a.employeeId !== x?.id ? a.employeeName : null;
                  return (
                    <option key={a.id} value={a.id} disabled={takenBy !== null}>
                      {a.fullName} ({a.login}){takenBy ? ` — ${s.accountTaken(takenBy)}` : ''}
                    </option>
                  );
                })}
              </select>
            </Field>
          ) : (
            // Only the administrator links accounts: the link stays in the form as it was and is shown, not edited.
            <Field label={s.account} hint={s.accountAdminOnly}>
              <input readOnly value={x?.userLogin ? `${x.userLogin}` : s.noAccount} />
            </Field>
          )}
          <Field label={s.notes} error={errors.notes?.message}>
            <textarea rows={3} {...form.register('notes')} />
          </Field>
        </fieldset>
        {props.readOnly ? (
          <div className="row row--end">
            <button type="button" className="button" onClick={props.onClose}>
              {s.close}
            </button>
          </div>
        ) : (
          <DialogButtons busy={isSubmitting} submitLabel={ui.common.save} onClose={props.onClose} />
        )}
      </form>
    </>
  );
}
