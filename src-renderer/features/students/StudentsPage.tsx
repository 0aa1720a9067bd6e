import { Fragment, useCallback, useState } from 'react';
import type { StudentCard } from '../../../src-shared/api';
import { formatSnils, studentStatuses, type StudentStatus } from '../../../src-shared/domain/contingent';
import { fundingLabels, orderTypeLabels, sexLabels, studentStatusLabels } from '../../../src-shared/i18n/ru';
import { ui } from '../../../src-shared/i18n/ui';
import { call, errorMessage } from '../../api';
import { useSession } from '../../app/session-store';
import { Dialog } from '../../ui/Dialog';
import { Banner } from '../../ui/Field';
import { ListPage, useEditor } from '../../ui/ListPage';
import { formatDate } from '../../ui/format';
import { useList } from '../../ui/useList';
import { ExportButtons } from './ExportButtons';
import { ImportStudentsDialog } from './ImportStudentsDialog';
import { StudentDialog } from './StudentDialog';

const loadGroups = async () => (await call('contingent.listGroups', {})).groups;

/** Quick search across the college (or, for a curator, their groups) and the student card with its history. */
export function StudentsPage() {
  const [query, setQuery] = useState('');
  const [groupId, setGroupId] = useState('');
  const [status, setStatus] = useState<StudentStatus | ''>('');
  const load = useCallback(
    async () => (await call('students.list', { query, ...(groupId ? { groupId } : {}), ...(status ? { status } : {}) })).students,
    [query, groupId, status],
  );
  const { items, loading, error, reload } = useList(load);
  const groups = useList(loadGroups);
  const may = useSession((st) => st.may);
  const editor = useEditor<StudentCard>(reload);
  const [importing, setImporting] = useState(false);
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
    <ListPage
      title={s.title}
      addLabel={s.add}
      canAdd={may('students.create')}
      onAdd={() => editor.open('new')}
      notice={editor.notice}
      error={error ?? cardError}
      emptyText={!loading && items.length === 0 && !error ? s.empty : null}
    >
      <div className="row filters">
        <input className="search" type="search" placeholder={s.search} aria-label={s.search} value={query} onChange={(e) => setQuery(e.target.value)} />
        <select aria-label={s.groupFilter} value={groupId} onChange={(e) => setGroupId(e.target.value)}>
          <option value="">{s.allGroups}</option>
          {groups.items.map((g) => (
            <option key={g.id} value={g.id}>
              {g.name}
            </option>
          ))}
        </select>
        <select aria-label={s.statusFilter} value={status} onChange={(e) => setStatus(e.target.value as StudentStatus | '')}>
          <option value="">{s.allStatuses}</option>
          {studentStatuses.map((v) => (
            <option key={v} value={v}>
              {studentStatusLabels[v]}
            </option>
          ))}
        </select>
      </div>
      <div className="row filters">
        {may('students.importStart') ? (
          <button type="button" className="button" onClick={() => setImporting(true)}>
            {ui.importStudents.open}
          </button>
        ) : null}
        {may('students.exportContingent') ? <ExportButtons groups={groups.items} defaultGroupId={groupId} /> : null}
      </div>
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
                {x.namesOnly ? (
                  x.fullName
                ) : (
                  <button type="button" className="link" onClick={() => void open(x.id)}>
                    {x.fullName}
                  </button>
                )}
              </td>
              <td className="mono">{x.recordBook}</td>
              <td>{x.groupName ?? '—'}</td>
              <td>{studentStatusLabels[x.status]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {items.length > 200 ? <p className="muted">{s.more(items.length - 200)}</p> : null}
      {card ? (
        <CardDialog
          card={card}
          onClose={() => setCard(null)}
          onEdit={
            may('students.update')
              ? () => {
                  editor.open(card);
                  setCard(null);
                }
              : null
          }
        />
      ) : null}
      {importing ? (
        <ImportStudentsDialog
          onClose={() => {
            setImporting(false);
            void reload();
          }}
          onDone={(notice) => {
            setImporting(false);
            editor.done(notice);
          }}
        />
      ) : null}
      {editor.editing ? (
        <StudentDialog
          student={editor.editing === 'new' ? null : editor.editing}
          onClose={editor.close}
          onDone={(student) => {
            editor.done(editor.editing === 'new' ? s.created(student.surname, student.name) : ui.common.saved);
            setCard(student);
          }}
        />
      ) : null}
    </ListPage>
  );
}

function CardDialog(props: { card: StudentCard; onClose: () => void; onEdit: (() => void) | null }) {
  const c = props.card;
  const s = ui.students;
  const contacts: [string, string][] = [
    [s.phone, c.phone],
    [s.email, c.email],
    [s.address, c.address],
    [s.notes, c.notes],
  ];
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
        <dt>{s.funding}</dt>
        <dd>{fundingLabels[c.funding]}</dd>
        {contacts.map(([label, value]) =>
          value ? (
            <Fragment key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </Fragment>
          ) : null,
        )}
      </dl>
      {c.representatives.length > 0 ? (
        <>
          <h2 className="section-title">{s.representatives}</h2>
          <ul>
            {c.representatives.map((r, i) => (
              <li key={i}>{[r.fullName, r.relation, r.phone, r.email].filter(Boolean).join(', ')}</li>
            ))}
          </ul>
        </>
      ) : null}
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
        {props.onEdit ? (
          <button type="button" className="button" onClick={props.onEdit}>
            {ui.common.edit}
          </button>
        ) : null}
        <button type="button" className="button" onClick={props.onClose}>
          {s.close}
        </button>
      </div>
    </Dialog>
  );
}
