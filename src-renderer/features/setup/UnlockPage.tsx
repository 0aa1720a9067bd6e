import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { setupApi } from '../../../src-shared/api/setup';
import { ui } from '../../../src-shared/i18n/ui';
import { call } from '../../api';
import { useSession } from '../../app/session-store';
import { Banner, Field } from '../../ui/Field';
import { applyServerError } from '../../ui/server-errors';

const schema = setupApi['setup.unlock'].input;

export function UnlockPage() {
  const refresh = useSession((s) => s.refresh);
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { passphrase: '' },
  });
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
        <button type="submit" className="button button--primary" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? ui.unlock.opening : ui.unlock.submit}
        </button>
      </form>
    </main>
  );
}
