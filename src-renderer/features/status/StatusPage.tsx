import { useEffect, useState } from 'react';
import type { Output } from '../../../src-shared/api';
import { ui } from '../../../src-shared/i18n/ui';
import { call, errorMessage } from '../../api';
import { Banner } from '../../ui/Field';

export function StatusPage() {
  const [status, setStatus] = useState<Output<'system.status'> | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    call('system.status', {}).then(setStatus, (err: unknown) => setError(errorMessage(err)));
  }, []);
  const s = ui.status;
  return (
    <section className="card">
      <h1>{s.title}</h1>
      {error ? <Banner kind="error">{error}</Banner> : null}
      {status ? (
        <dl className="facts">
          <dt>{s.college}</dt>
          <dd>{status.collegeName}</dd>
          <dt>{s.dataDir}</dt>
          <dd className="mono">{status.dataDir}</dd>
          <dt>{s.nodeId}</dt>
          <dd className="mono">{status.nodeId}</dd>
          <dt>{s.appVersion}</dt>
          <dd>{status.appVersion}</dd>
          <dt>{s.schemaVersion}</dt>
          <dd>{status.schemaVersion}</dd>
          {Object.entries(status.counts).map(([name, n]) => (
            <Fact key={name} label={s.counts[name] ?? name} value={n} />
          ))}
          <dt>{s.opCount}</dt>
          <dd data-testid="op-count">{status.opCount}</dd>
        </dl>
      ) : !error ? (
        <p className="muted">{ui.common.loading}</p>
      ) : null}
    </section>
  );
}

function Fact(props: { label: string; value: number }) {
  return (
    <>
      <dt>{props.label}</dt>
      <dd>{props.value}</dd>
    </>
  );
}
