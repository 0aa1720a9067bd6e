import { useCallback, useState } from 'react';
import type { PeriodLockView } from '../../../src-shared/api/periods';
import { ui } from '../../../src-shared/i18n/ui';
import { ApiFailure, call, errorMessage } from '../../api';
import { useSession } from '../../app/session-store';
import { Dialog } from '../../ui/Dialog';
import { Banner, Field } from '../../ui/Field';
import { formatDate } from '../../ui/format';
import { useList } from '../../ui/useList';

/**
 * A year's periods with whether each is closed: the office closes a period (after that no one changes its lessons,
 * attendance, marks or finals), the director reopens it with a reason. The core decides; the page only asks.
 */
export function PeriodLocks(props: { yearId: string; yearClosed: boolean }) {
  const load = useCallback(async () => (await call('periods.list', { yearId: props.yearId })).periods, [props.yearId]);
  const { items, error, reload } = useList(load);
  const may = useSession((s) => s.may);
  const [acting, setActing] = useState<{ period: PeriodLockView; action: 'close' | 'reopen' } | null>(null);
  const p = ui.periods;
  return (
    <>
      {error ? <Banner kind="error">{error}</Banner> : null}
      <table className="table">
        <tbody>
          {items.map((x) => (
            <tr key={x.id} aria-label={x.name}>
              <td>{x.name}</td>
              <td>
                {formatDate(x.startDate)} — {formatDate(x.endDate)}
              </td>
              <td>{x.closed ? <strong>{p.closed}</strong> : p.open}</td>
              <td className="muted">{x.reason}</td>
              <td>
                {!props.yearClosed && !x.closed && may('periods.close') ? (
                  <button type="button" className="button button--small" onClick={() => setActing({ period: x, action: 'close' })}>
                    {p.close}
                  </button>
                ) : null}
                {!props.yearClosed && x.closed && may('periods.reopen') ? (
                  <button type="button" className="button button--small" onClick={() => setActing({ period: x, action: 'reopen' })}>
                    {p.reopen}
                  </button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {acting ? (
        <LockDialog
          {...acting}
          onClose={() => setActing(null)}
          onDone={() => {
            setActing(null);
            void reload();
          }}
        />
      ) : null}
    </>
  );
}

function LockDialog(props: { period: PeriodLockView; action: 'close' | 'reopen'; onClose: () => void; onDone: () => void }) {
  const p = ui.periods;
  const [reason, setReason] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [banner, setBanner] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    setFieldError(null);
    setBanner(null);
    try {
      await call(props.action === 'close' ? 'periods.close' : 'periods.reopen', { periodId: props.period.id, reason });
      props.onDone();
    } catch (err) {
      const onReason = err instanceof ApiFailure ? err.error.fields?.find((f) => f.field === 'reason') : undefined;
      if (onReason) setFieldError(onReason.message);
      else setBanner(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog title={props.action === 'close' ? p.closeTitle(props.period.name) : p.reopenTitle(props.period.name)} onClose={props.onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
        noValidate
      >
        <Banner kind="info">{props.action === 'close' ? p.closeWarning : p.reopenWarning}</Banner>
        {banner ? <Banner kind="error">{banner}</Banner> : null}
        <Field label={props.action === 'close' ? p.closeReason : p.reopenReason} error={fieldError ?? undefined}>
          <textarea rows={2} autoFocus value={reason} onChange={(e) => setReason(e.target.value)} />
        </Field>
        <div className="row row--end">
          <button type="button" className="button" onClick={props.onClose}>
            {ui.common.cancel}
          </button>
          <button type="submit" className="button button--primary" disabled={busy}>
            {props.action === 'close' ? p.close : p.reopen}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
