import { useEffect, useState } from 'react';
import { settingsSchema } from '../../../src-shared/api/system';
import { maxBackdatingDays } from '../../../src-shared/domain/gradebook';
import { ui } from '../../../src-shared/i18n/ui';
import { call, errorMessage } from '../../api';
import { Banner, Field } from '../../ui/Field';
import { SubmitButton, useZodForm } from '../../ui/forms';
import { applyServerError } from '../../ui/server-errors';

export function SettingsPage() {
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const form = useZodForm(settingsSchema, { sessionIdleMinutes: 30, backdatingDays: 3 });
  const { reset } = form;

  useEffect(() => {
    call('settings.get', {}).then(reset, (err: unknown) => setMessage({ kind: 'error', text: errorMessage(err) }));
  }, [reset]);

  const submit = form.handleSubmit(async (v) => {
    setMessage(null);
    try {
      reset(await call('settings.update', v));
      setMessage({ kind: 'success', text: ui.settings.saved });
    } catch (err) {
      const text = applyServerError(err, form.setError, ['sessionIdleMinutes', 'backdatingDays']);
      setMessage(text ? { kind: 'error', text } : null);
    }
  });

  return (
    <section className="card card--narrow">
      <h1>{ui.settings.title}</h1>
      {message ? <Banner kind={message.kind}>{message.text}</Banner> : null}
      <form onSubmit={submit} noValidate>
        <Field label={ui.settings.sessionIdleMinutes} error={form.formState.errors.sessionIdleMinutes?.message}>
          <input type="number" min={5} max={480} {...form.register('sessionIdleMinutes', { valueAsNumber: true })} />
        </Field>
        <Field label={ui.settings.backdatingDays} error={form.formState.errors.backdatingDays?.message} hint={ui.settings.backdatingHint}>
          <input type="number" min={0} max={maxBackdatingDays} {...form.register('backdatingDays', { valueAsNumber: true })} />
        </Field>
        <SubmitButton busy={form.formState.isSubmitting} label={ui.common.save} />
      </form>
    </section>
  );
}
