import { useState } from 'react';
import { setupApi } from '../../../src-shared/api/setup';
import { ui } from '../../../src-shared/i18n/ui';
import { call } from '../../api';
import { useSession } from '../../app/session-store';
import { Banner, Field } from '../../ui/Field';
import { SubmitButton, useZodForm } from '../../ui/forms';
import { applyServerError } from '../../ui/server-errors';

const schema = setupApi['setup.unlock'].input;

export function UnlockPage() {
  const refresh = useSession((s) => s.refresh);
  const [message, setMessage] = useState<string | null>(null);
  const form = useZodForm(schema, { passphrase: '' });
  const submit = form.handleSubmit(async (v) => {
    setMessage(null);
    try {
      await call('setup.unlock', v);
      await refresh();
    } catch (err) {
      setMessage(applyServerError(err, form.setError, ['passphrase']));
    }
  });
  return (
    <main className="card card--narrow">
      <h1>{ui.unlock.title}</h1>
      <p>{ui.unlock.intro}</p>
      {message ? <Banner kind="error">{message}</Banner> : null}
      <form onSubmit={submit} noValidate>
        <Field label={ui.unlock.passphrase} error={form.formState.errors.passphrase?.message}>
          <input type="password" autoFocus {...form.register('passphrase')} />
        </Field>
        <SubmitButton busy={form.formState.isSubmitting} label={ui.unlock.submit} busyLabel={ui.unlock.opening} />
      </form>
    </main>
  );
}
