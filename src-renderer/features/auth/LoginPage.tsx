import { useState } from 'react';
import { loginInput } from '../../../src-shared/api/auth';
import { t } from '../../../src-shared/i18n/ru';
import { ui } from '../../../src-shared/i18n/ui';
import { call, errorMessage } from '../../api';
import { useSession } from '../../app/session-store';
import { Banner, Field } from '../../ui/Field';
import { SubmitButton, useZodForm } from '../../ui/forms';

export function LoginPage() {
  const { signedIn, notice, collegeName } = useSession();
  const [message, setMessage] = useState<string | null>(null);
  const form = useZodForm(loginInput, { login: '', password: '' });
  const submit = form.handleSubmit(async (v) => {
    setMessage(null);
    try {
      await call('auth.login', v);
      await signedIn();
    } catch (err) {
      setMessage(errorMessage(err));
      form.setValue('password', '');
    }
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <main className="card card--narrow">
      <p className="brand">
        {t.appName} · {t.appSubtitle}
      </p>
      {collegeName ? <p className="muted">{collegeName}</p> : null}
      <h1>{ui.login.title}</h1>
      {notice && !message ? <Banner kind="info">{notice}</Banner> : null}
      {message ? <Banner kind="error">{message}</Banner> : null}
      <form onSubmit={submit} noValidate>
        <Field label={ui.login.login} error={errors.login?.message}>
          <input autoFocus autoComplete="username" {...form.register('login')} />
        </Field>
        <Field label={ui.login.password} error={errors.password?.message}>
          <input type="password" autoComplete="current-password" {...form.register('password')} />
        </Field>
        <SubmitButton busy={isSubmitting} label={ui.login.submit} busyLabel={ui.login.signingIn} />
      </form>
    </main>
  );
}
