import { useState } from 'react';
import { Controller } from 'react-hook-form';
import { z } from 'zod';
import { createUserInput, updateUserInput } from '../../../src-shared/api/users';
import type { UserView } from '../../../src-shared/api';
import { passwordField } from '../../../src-shared/api/fields';
import { ui } from '../../../src-shared/i18n/ui';
import { call } from '../../api';
import { Dialog } from '../../ui/Dialog';
import { Banner, Field } from '../../ui/Field';
import { DialogButtons, useZodForm } from '../../ui/forms';
import { applyServerError } from '../../ui/server-errors';
import { RolePicker } from './RolePicker';

interface DialogProps {
  onClose: () => void;
  onDone: (user: UserView, notice: string) => void;
}

export function CreateUserDialog(props: DialogProps) {
  const [message, setMessage] = useState<string | null>(null);
  const form = useZodForm(createUserInput, { login: '', fullName: '', roles: ['teacher'], password: '' });
  const { errors, isSubmitting } = form.formState;
  const submit = form.handleSubmit(async (v) => {
    setMessage(null);
    try {
      const { user } = await call('users.create', v);
      props.onDone(user, ui.users.created(user.login));
    } catch (err) {
      setMessage(applyServerError(err, form.setError, ['login', 'fullName', 'roles', 'password']));
    }
  });
  return (
    <Dialog title={ui.users.newUserTitle} onClose={props.onClose}>
      {message ? <Banner kind="error">{message}</Banner> : null}
      <form onSubmit={submit} noValidate>
        <Field label={ui.users.fullName} error={errors.fullName?.message}>
          <input autoFocus {...form.register('fullName')} />
        </Field>
        <Field label={ui.users.login} error={errors.login?.message}>
          <input autoComplete="off" {...form.register('login')} />
        </Field>
        <Field label={ui.users.roles} error={errors.roles?.message}>
          <Controller control={form.control} name="roles" render={({ field }) => <RolePicker value={field.value} onChange={field.onChange} />} />
        </Field>
        <Field label={ui.users.password} error={errors.password?.message}>
          <input type="password" autoComplete="new-password" {...form.register('password')} />
        </Field>
        <DialogButtons busy={isSubmitting} submitLabel={ui.users.create} onClose={props.onClose} />
      </form>
    </Dialog>
  );
}

export function EditUserDialog(props: DialogProps & { user: UserView }) {
  const [message, setMessage] = useState<string | null>(null);
  const form = useZodForm(updateUserInput, { userId: props.user.id, fullName: props.user.fullName, roles: props.user.roles });
  const { errors, isSubmitting } = form.formState;
  const submit = form.handleSubmit(async (v) => {
    setMessage(null);
    try {
      const { user } = await call('users.update', v);
      props.onDone(user, ui.users.saved);
    } catch (err) {
      setMessage(applyServerError(err, form.setError, ['fullName', 'roles']));
    }
  });
  return (
    <Dialog title={ui.users.editTitle(props.user.login)} onClose={props.onClose}>
      {message ? <Banner kind="error">{message}</Banner> : null}
      <form onSubmit={submit} noValidate>
        <Field label={ui.users.fullName} error={errors.fullName?.message}>
          <input autoFocus {...form.register('fullName')} />
        </Field>
        <Field label={ui.users.roles} error={errors.roles?.message}>
          <Controller control={form.control} name="roles" render={({ field }) => <RolePicker value={field.value} onChange={field.onChange} />} />
        </Field>
        <DialogButtons busy={isSubmitting} submitLabel={ui.common.save} onClose={props.onClose} />
      </form>
    </Dialog>
  );
}

const resetSchema = z.object({ password: passwordField });

export function ResetPasswordDialog(props: DialogProps & { user: UserView }) {
  const [message, setMessage] = useState<string | null>(null);
  const form = useZodForm(resetSchema, { password: '' });
  const submit = form.handleSubmit(async (v) => {
    setMessage(null);
    try {
      const { user } = await call('users.resetPassword', { userId: props.user.id, password: v.password });
      props.onDone(user, ui.users.passwordReset(user.login));
    } catch (err) {
      setMessage(applyServerError(err, form.setError, ['password']));
    }
  });
  return (
    <Dialog title={ui.users.resetTitle(props.user.login)} onClose={props.onClose}>
      {message ? <Banner kind="error">{message}</Banner> : null}
      <form onSubmit={submit} noValidate>
        <Field label={ui.users.password} error={form.formState.errors.password?.message}>
          <input type="password" autoFocus autoComplete="new-password" {...form.register('password')} />
        </Field>
        <DialogButtons busy={form.formState.isSubmitting} submitLabel={ui.users.resetPassword} onClose={props.onClose} />
      </form>
    </Dialog>
  );
}
