import { useState } from 'react';
import { z } from 'zod';
import { setupApi } from '../../../src-shared/api/setup';
import { ui } from '../../../src-shared/i18n/ui';
import { call } from '../../api';
import { useSession } from '../../app/session-store';
import { Banner, Field } from '../../ui/Field';
import { SubmitButton, useZodForm } from '../../ui/forms';
import { applyServerError } from '../../ui/server-errors';

const formSchema = setupApi['setup.initialize'].input
  .extend({ adminPasswordRepeat: z.string(), withDemo: z.boolean() })
  .refine((v) => v.adminPassword === v.adminPasswordRepeat, { path: ['adminPasswordRepeat'], message: ui.setup.passwordsDiffer });

export function SetupWizard() {
  const [result, setResult] = useState<{ passphrase: string; demoPassword: string | null } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const form = useZodForm(formSchema, { collegeName: '', adminFullName: '', adminLogin: 'admin', adminPassword: '', adminPasswordRepeat: '', withDemo: false });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (v) => {
    setMessage(null);
    try {
      const { recoveryPassphrase, demoPassword } = await call('setup.initialize', {
        collegeName: v.collegeName,
        adminFullName: v.adminFullName,
        adminLogin: v.adminLogin,
        adminPassword: v.adminPassword,
        demo: v.withDemo ? 'small' : 'none',
      });
      setResult({ passphrase: recoveryPassphrase, demoPassword });
    } catch (err) {
      setMessage(applyServerError(err, form.setError, ['collegeName', 'adminFullName', 'adminLogin', 'adminPassword']));
    }
  });

  if (result) return <PassphraseShown passphrase={result.passphrase} demoPassword={result.demoPassword} />;

  return (
    <main className="card card--narrow">
      <h1>{ui.setup.title}</h1>
      <p>{ui.setup.intro}</p>
      {message ? <Banner kind="error">{message}</Banner> : null}
      <form onSubmit={submit} noValidate>
        <Field label={ui.setup.collegeName} error={errors.collegeName?.message}>
          <input autoFocus {...form.register('collegeName')} />
        </Field>
        <Field label={ui.setup.adminFullName} error={errors.adminFullName?.message}>
          <input {...form.register('adminFullName')} autoComplete="name" />
        </Field>
        <Field label={ui.setup.adminLogin} error={errors.adminLogin?.message}>
          <input {...form.register('adminLogin')} autoComplete="username" />
        </Field>
        <Field label={ui.setup.adminPassword} error={errors.adminPassword?.message}>
          <input type="password" {...form.register('adminPassword')} autoComplete="new-password" />
        </Field>
        <Field label={ui.setup.adminPasswordRepeat} error={errors.adminPasswordRepeat?.message}>
          <input type="password" {...form.register('adminPasswordRepeat')} autoComplete="new-password" />
        </Field>
        <label className="check">
          <input type="checkbox" {...form.register('withDemo')} /> {ui.setup.demo}
        </label>
        <SubmitButton busy={isSubmitting} label={ui.setup.create} busyLabel={ui.setup.creating} />
      </form>
    </main>
  );
}

function PassphraseShown(props: { passphrase: string; demoPassword: string | null }) {
  const [saved, setSaved] = useState(false);
  const refresh = useSession((s) => s.refresh);
  return (
    <main className="card card--narrow">
      <h1>{ui.setup.passphraseTitle}</h1>
      <p className="passphrase" data-testid="recovery-passphrase">
        {props.passphrase}
      </p>
      <Banner kind="info">{ui.setup.passphraseWarning}</Banner>
      {props.demoPassword ? <p>{ui.setup.demoAccounts(props.demoPassword)}</p> : null}
      <div className="row">
        <button type="button" className="button" onClick={() => window.print()}>
          {ui.setup.printPassphrase}
        </button>
      </div>
      <label className="check">
        <input type="checkbox" checked={saved} onChange={(e) => setSaved(e.target.checked)} /> {ui.setup.passphraseSaved}
      </label>
      <button type="button" className="button button--primary" disabled={!saved} onClick={() => void refresh()}>
        {ui.setup.continue}
      </button>
    </main>
  );
}
