import { useEffect, useState } from 'react';
import type { UserView } from '../../../src-shared/api';
import { roleLabels } from '../../../src-shared/i18n/ru';
import { ui } from '../../../src-shared/i18n/ui';
import { call, errorMessage } from '../../api';
import { useSession } from '../../app/session-store';
import { Banner } from '../../ui/Field';
import { CreateUserDialog, EditUserDialog, ResetPasswordDialog } from './UserDialogs';
import { useUsers } from './users-store';

type Open = { kind: 'create' } | { kind: 'edit'; user: UserView } | { kind: 'reset'; user: UserView } | null;

export function UsersPage() {
  const { users, loading, error, load, replace } = useUsers();
  const may = useSession((s) => s.may);
  const [open, setOpen] = useState<Open>(null);
  const [notice, setNotice] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);

  useEffect(() => {
    void load();
  }, [load]);

  const done = (user: UserView, text: string) => {
    replace(user);
    setOpen(null);
    setNotice({ kind: 'success', text });
  };

  const toggleActive = async (user: UserView) => {
    if (user.active && !window.confirm(ui.users.confirmDeactivate(user.login))) return;
    try {
      const { user: updated } = await call('users.setActive', { userId: user.id, active: !user.active });
      replace(updated);
      setNotice({ kind: 'success', text: ui.users.saved });
    } catch (err) {
      setNotice({ kind: 'error', text: errorMessage(err) });
    }
  };

  return (
    <section>
      <header className="page-header">
        <h1>{ui.users.title}</h1>
        {may('users.create') ? (
          <button type="button" className="button button--primary" onClick={() => setOpen({ kind: 'create' })}>
            {ui.users.add}
          </button>
        ) : null}
      </header>
      {notice ? <Banner kind={notice.kind}>{notice.text}</Banner> : null}
      {error ? <Banner kind="error">{error}</Banner> : null}
      {loading && users.length === 0 ? <p className="muted">{ui.common.loading}</p> : null}
      <table className="table">
        <thead>
          <tr>
            <th>{ui.users.fullName}</th>
            <th>{ui.users.login}</th>
            <th>{ui.users.roles}</th>
            <th>{ui.users.state}</th>
            <th aria-label={ui.common.actions} />
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id} className={u.active ? '' : 'row--inactive'}>
              <td>{u.fullName}</td>
              <td>{u.login}</td>
              <td>{u.roles.map((r) => roleLabels[r]).join(', ')}</td>
              <td>
                {u.active ? ui.users.active : ui.users.inactive}
                {u.lockedUntil ? <div className="warn">{ui.users.lockedUntil(new Date(u.lockedUntil).toLocaleTimeString('ru-RU'))}</div> : null}
                {u.mustChangePassword ? <div className="muted">{ui.users.mustChange}</div> : null}
              </td>
              <td>
                <div className="actions">
                {may('users.update') ? (
                  <button type="button" className="button button--small" onClick={() => setOpen({ kind: 'edit', user: u })}>
                    {ui.users.edit}
                  </button>
                ) : null}
                {may('users.resetPassword') ? (
                  <button type="button" className="button button--small" onClick={() => setOpen({ kind: 'reset', user: u })}>
                    {ui.users.resetPassword}
                  </button>
                ) : null}
                {may('users.setActive') ? (
                  <button type="button" className="button button--small" onClick={() => void toggleActive(u)}>
                    {u.active ? ui.users.deactivate : ui.users.activate}
                  </button>
                ) : null}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {!loading && users.length === 0 && !error ? <p className="muted">{ui.users.empty}</p> : null}
      {open?.kind === 'create' ? <CreateUserDialog onClose={() => setOpen(null)} onDone={done} /> : null}
      {open?.kind === 'edit' ? <EditUserDialog user={open.user} onClose={() => setOpen(null)} onDone={done} /> : null}
      {open?.kind === 'reset' ? <ResetPasswordDialog user={open.user} onClose={() => setOpen(null)} onDone={done} /> : null}
    </section>
  );
}
