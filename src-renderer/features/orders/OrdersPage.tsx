import { useMemo, useState } from 'react';
import type { OrderView } from '../../../src-shared/api';
import { orderTypeLabels } from '../../../src-shared/i18n/ru';
import { ui } from '../../../src-shared/i18n/ui';
import { ApiFailure, call, errorMessage } from '../../api';
import { useSession } from '../../app/session-store';
import { Dialog } from '../../ui/Dialog';
import { Banner, Field } from '../../ui/Field';
import { ListPage, useEditor } from '../../ui/ListPage';
import { formatDate } from '../../ui/format';
import { useList } from '../../ui/useList';
import { EffectsTable } from './EffectsTable';
import { OrderDialog } from './OrderDialog';

const loadOrders = async () => (await call('orders.list', {})).orders;

/** The register of orders, newest first: each opens to what it did, and can be cancelled with a reason. */
export function OrdersPage() {
  const { items, loading, error, reload } = useList(loadOrders);
  const may = useSession((s) => s.may);
  const editor = useEditor<OrderView>(reload);
  const [filter, setFilter] = useState('');
  const o = ui.orders;
  const shown = useMemo(() => {
    const q = filter.trim().toLowerCase();
    if (!q) return items;
    return items.filter((x) => x.number.toLowerCase().includes(q) || x.effects.some((e) => e.studentName.toLowerCase().includes(q)));
  }, [items, filter]);
  return (
    <ListPage
      title={o.title}
      addLabel={o.add}
      canAdd={may('orders.apply')}
      onAdd={() => editor.open('new')}
      notice={editor.notice}
      error={error}
      emptyText={!loading && items.length === 0 && !error ? o.empty : null}
    >
      <input className="search" type="search" placeholder={o.filter} aria-label={o.filter} value={filter} onChange={(e) => setFilter(e.target.value)} />
      <table className="table">
        <thead>
          <tr>
            <th>{o.number}</th>
            <th>{o.date}</th>
            <th>{o.type}</th>
            <th>{o.effectiveDate}</th>
            <th>{o.studentCount}</th>
            <th>{o.state}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((x) => (
            <tr key={x.id} className={x.cancelled ? 'row--inactive' : ''}>
              <td>
                <button type="button" className="link" onClick={() => editor.open(x)}>
                  № {x.number}
                </button>
              </td>
              <td>{formatDate(x.date)}</td>
              <td>{orderTypeLabels[x.type]}</td>
              <td>{formatDate(x.effectiveDate)}</td>
              <td>{x.effects.length}</td>
              <td>{x.cancelled ? o.cancelledState : o.inForce}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {editor.editing === 'new' ? <OrderDialog onClose={editor.close} onDone={(number) => editor.done(o.applied(number))} /> : null}
      {editor.editing && editor.editing !== 'new' ? (
        <OrderDetails order={editor.editing} canCancel={may('orders.cancel')} onClose={editor.close} onCancelled={() => editor.done(o.cancelledNotice)} />
      ) : null}
    </ListPage>
  );
}

function OrderDetails(props: { order: OrderView; canCancel: boolean; onClose: () => void; onCancelled: () => void }) {
  const x = props.order;
  const o = ui.orders;
  const [cancelling, setCancelling] = useState(false);
  return (
    <Dialog title={o.detailsTitle(x.number, formatDate(x.date))} onClose={props.onClose}>
      <dl className="facts">
        <dt>{o.type}</dt>
        <dd>{orderTypeLabels[x.type]}</dd>
        <dt>{o.effectiveDate}</dt>
        <dd>{formatDate(x.effectiveDate)}</dd>
        {x.reason ? (
          <>
            <dt>{o.reason}</dt>
            <dd>{x.reason}</dd>
          </>
        ) : null}
        <dt>{o.state}</dt>
        <dd>{x.cancelled ? `${o.cancelledState}: ${x.cancelReason}` : o.inForce}</dd>
      </dl>
      <EffectsTable effects={x.effects} />
      {cancelling ? (
        <CancelForm order={x} onDone={props.onCancelled} onBack={() => setCancelling(false)} />
      ) : (
        <div className="row row--end">
          {props.canCancel && !x.cancelled ? (
            <button type="button" className="button button--danger" onClick={() => setCancelling(true)}>
              {o.cancelOrder}
            </button>
          ) : null}
          <button type="button" className="button" onClick={props.onClose}>
            {ui.students.close}
          </button>
        </div>
      )}
    </Dialog>
  );
}

function CancelForm(props: { order: OrderView; onDone: () => void; onBack: () => void }) {
  const o = ui.orders;
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [banner, setBanner] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setError(null);
    setBanner(null);
    setBusy(true);
    try {
      await call('orders.cancel', { orderId: props.order.id, reason });
      props.onDone();
    } catch (err) {
      const onReason = err instanceof ApiFailure ? err.error.fields?.find((f) => f.field === 'reason') : undefined;
      if (onReason) setError(onReason.message);
      else setBanner(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      noValidate
    >
      <Banner kind="info">{o.cancelWarning}</Banner>
      {banner ? <Banner kind="error">{banner}</Banner> : null}
      <Field label={o.cancelReason} error={error ?? undefined}>
        <textarea rows={2} autoFocus value={reason} onChange={(e) => setReason(e.target.value)} />
      </Field>
      <div className="row row--end">
        <button type="button" className="button" onClick={props.onBack}>
          {ui.common.cancel}
        </button>
        <button type="submit" className="button button--danger" disabled={busy}>
          {o.confirmCancel}
        </button>
      </div>
    </form>
  );
}
