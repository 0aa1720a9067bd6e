import { useCallback, useState } from 'react';
import type { StudentCard } from '../../../src-shared/api';
import { formatSnils } from '../../../src-shared/domain/contingent';
import { orderTypeLabels, sexLabels, studentStatusLabels } from '../../../src-shared/i18n/ru';
import { ui } from '../../../src-shared/i18n/ui';
import { call, errorMessage } from '../../api';
import { Dialog } from '../../ui/Dialog';
import { Banner } from '../../ui/Field';
import { ListPage } from '../../ui/ListPage';
import { formatDate } from '../../ui/format';
import { useList } from '../../ui/useList';


/** Quick search across the college (or, for a curator, their groups) and the student card with its history. */
export function StudentsPage() {
  const [query, setQuery] = useState('');
  const load = useCallback(async () => (await call('students.list', { query })).students, [query]);
  const { items, loading, error } = useList(load);
  const [card, setCard] = useState<StudentCard | null>(null);
  const [cardError, setCardError] = useState<string | null>(null);
  const s = ui.students;
  const open = async (studentId: string) => {
    setCardError(null);
    try {
      setCard((await call('students.get', { studentId })).student);
    } catch (err) {
      setCardError(errorMessage(err));
    }
  };
  return (
    <ListPage title={s.title} addLabel="" canAdd={false} onAdd={() => undefined} notice={null} error={error ?? cardError} emptyText={!loading && items.length === 0 && !error ? s.empty : null}>
      <input className="search" type="search" placeholder={s.search} aria-label={s.search} value={query} onChange={(e) => setQuery(e.target.value)} />
      <table className="table">
        <thead>
          <tr>
            <th>{s.fullName}</th>
            <th>{s.recordBook}</th>
            <th>{s.group}</th>
            <th>{s.status}</th>
          </tr>
        </thead>
        <tbody>
          {items.slice(0, 200).map((x) => (
            <tr key={x.id}>
              <td>
                <button type="button" className="link" onClick={() => void open(x.id)}>
                  {x.fullName}
                </button>
              </td>
              <td className="mono">{x.recordBook}</td>
              <td>{x.groupName ?? '—'}</td>
              <td>{studentStatusLabels[x.status]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {items.length > 200 ? <p className="muted">{s.more(items.length - 200)}</p> : null}
      {card ? <CardDialog card={card} onClose={() => setCard(null)} /> : null}
    </ListPage>
  );
}

function CardDialog(props: { card: StudentCard; onClose: () => void }) {
  const c = props.card;
  const s = ui.students;
  return (
    <Dialog title={[c.surname, c.name, c.patronymic].filter(Boolean).join(' ')} onClose={props.onClose}>
      <dl className="facts">
        <dt>{s.status}</dt>
        <dd>{studentStatusLabels[c.status]}</dd>
        <dt>{s.recordBook}</dt>
        <dd className="mono">{c.recordBook}</dd>
        <dt>{s.birthDate}</dt>
        <dd>{formatDate(c.birthDate)}</dd>
        <dt>{s.sex}</dt>
        <dd>{sexLabels[c.sex]}</dd>
        {c.snils ? (
          <>
            <dt>{s.snils}</dt>
            <dd className="mono">{formatSnils(c.snils)}</dd>
          </>
        ) : null}
      </dl>
      <h2 className="section-title">{s.memberships}</h2>
      {c.memberships.length === 0 ? <p className="muted">{s.noMemberships}</p> : null}
      <ul>
        {c.memberships.map((m) => (
          <li key={`${m.groupId}-${m.startDate}`}>
            {m.groupName}: {s.period(formatDate(m.startDate), m.endDate ? formatDate(m.endDate) : null)}
          </li>
        ))}
      </ul>
      <h2 className="section-title">{s.orders}</h2>
      <ul>
        {c.orders.map((o) => (
          <li key={o.orderId} className={o.cancelled ? 'muted' : ''}>
            № {o.number} {s.from} {formatDate(o.date)} — {orderTypeLabels[o.type]}
            {o.cancelled ? ` (${s.cancelled})` : ''}
          </li>
        ))}
      </ul>
      {c.orders.length === 0 ? <Banner kind="info">{s.noOrders}</Banner> : null}
      <div className="row row--end">
        <button type="button" className="button" onClick={props.onClose}>
          {s.close}
        </button>
      </div>
    </Dialog>
  );
}
