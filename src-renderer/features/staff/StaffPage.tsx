import { useCallback, useState } from 'react';
import type { EmployeeSummary } from '../../../src-shared/api';
import { positions, type Position } from '../../../src-shared/domain/staff';
import { employmentTypeLabels, positionLabels, qualificationCategoryLabels } from '../../../src-shared/i18n/ru';
import { ui } from '../../../src-shared/i18n/ui';
import { call } from '../../api';
import { useSession } from '../../app/session-store';
import { ListPage, useEditor } from '../../ui/ListPage';
import { formatDate } from '../../ui/format';
import { useList } from '../../ui/useList';
import { StaffDialog } from './StaffDialog';

/** The HR inspector's staff records: search by name, filter by position, dismissed ones on request. */
export function StaffPage() {
  const [query, setQuery] = useState('');
  const [position, setPosition] = useState<Position | ''>('');
  const [includeDismissed, setIncludeDismissed] = useState(false);
  const load = useCallback(
    async () => (await call('staff.list', { query, includeDismissed, ...(position ? { position } : {}) })).employees,
    [query, position, includeDismissed],
  );
  const { items, loading, error, reload } = useList(load);
  const may = useSession((st) => st.may);
  const editor = useEditor<EmployeeSummary>(reload);
  const s = ui.staff;
  return (
    <ListPage
      title={s.title}
      addLabel={s.add}
      canAdd={may('staff.create')}
      onAdd={() => editor.open('new')}
      notice={editor.notice}
      error={error}
      emptyText={!loading && items.length === 0 && !error ? s.empty : null}
    >
      <div className="row filters">
        <input className="search" type="search" placeholder={s.search} aria-label={s.search} value={query} onChange={(e) => setQuery(e.target.value)} />
        <select aria-label={s.positionFilter} value={position} onChange={(e) => setPosition(e.target.value as Position | '')}>
          <option value="">{s.anyPosition}</option>
          {positions.map((p) => (
            <option key={p} value={p}>
              {positionLabels[p]}
            </option>
          ))}
        </select>
        <label className="check">
          <input type="checkbox" checked={includeDismissed} onChange={(e) => setIncludeDismissed(e.target.checked)} /> {s.showDismissed}
        </label>
      </div>
      <table className="table">
        <thead>
          <tr>
            <th>{s.fullName}</th>
            <th>{s.positions}</th>
            <th>{s.employmentType}</th>
            <th>{s.category}</th>
            <th>{s.hired}</th>
            <th>{s.account}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((x) => (
            <tr key={x.id} className={x.dismissed ? 'row--inactive' : ''}>
              <td>
                <button type="button" className="link" onClick={() => editor.open(x)}>
                  {x.fullName}
                </button>
                {x.dismissed && x.dismissalDate ? (
                  <span className="muted">
                    {' '}
                    · {s.dismissed} {formatDate(x.dismissalDate)}
                  </span>
                ) : null}
              </td>
              <td>{x.positions.map((p) => positionLabels[p]).join(', ')}</td>
              <td>{employmentTypeLabels[x.employmentType]}</td>
              <td>{qualificationCategoryLabels[x.category]}</td>
              <td>{formatDate(x.hireDate)}</td>
              <td className="mono">{x.userLogin ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {editor.editing ? (
        <StaffDialog
          employeeId={editor.editing === 'new' ? null : editor.editing.id}
          readOnly={editor.editing !== 'new' && !may('staff.update')}
          onClose={editor.close}
          onDone={(employee, created) =>
            editor.done(created ? s.created([employee.surname, employee.firstName, employee.patronymic].filter(Boolean).join(' ')) : ui.common.saved)
          }
        />
      ) : null}
    </ListPage>
  );
}
