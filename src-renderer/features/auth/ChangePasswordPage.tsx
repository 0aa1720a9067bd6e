import { useState } from 'react';
import { z } from 'zod';
import { changePasswordInput } from '../../../src-shared/api/auth';
import { ui } from '../../../src-shared/i18n/ui';
import { call } from '../../api';
import { useSession } from '../../app/session-store';
import { Banner, Field } from '../../ui/Field';
import { SubmitButton, useZodForm } from '../../ui/forms';
import { applyServerError } from '../../ui/server-errors';

const formSchema = changePasswordInput
  .extend({ repeat: z.string() })
  .refine((v) => v.newPassword === v.repeat, { path: ['repeat'], message: ui.setup.passwordsDiffer });

export function ChangePasswordPage() {
  const { user, signedIn } = useSession();
  const [message, setMessage] = useState<string | null>(null);
  const form = useZodForm(formSchema, { currentPassword: '', newPassword: '', repeat: '' });
  const submit = form.handleSubmit(async (v) => {
    setMessage(null);
    try {
      await call('auth.changePassword', { currentPassword: v.currentPassword, newPassword: v.newPassword });
      await signedIn(ui.changePassword.done);
    } catch (err) {
      setMessage(applyServerError(err, form.setError, ['currentPassword', 'newPassword']));
    }
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <section className="card card--narrow">
      <h1>{ui.changePassword.title}</h1>
      {user?.mustChangePassword ? <Banner kind="info">{ui.changePassword.forced}</Banner> : null}
      {message ? <Banner kind="error">{message}</Banner> : null}
      <form onSubmit={submit} noValidate>
        <Field label={ui.changePassword.current} error={errors.currentPassword?.message}>
          <input type="password" autoComplete="current-password" autoFocus {...form.register('currentPassword')} />
        </Field>
        <Field label={ui.changePassword.next} error={errors.newPassword?.message}>
          <input type="password" autoComplete="new-password" {...form.register('newPassword')} />
        </Field>
        <Field label={ui.changePassword.repeat} error={errors.repeat?.message}>
          <input type="password" autoComplete="new-password" {...form.register('repeat')} />
        </Field>
        <SubmitButton busy={isSubmitting} label={ui.changePassword.submit} />
      </form>
    </section>
  );
}
