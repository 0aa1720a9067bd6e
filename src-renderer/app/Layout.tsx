import type { ReactElement } from 'react';
import type { Method } from '../../src-shared/api';
import { roleLabels, t } from '../../src-shared/i18n/ru';
import { ui } from '../../src-shared/i18n/ui';
import { Banner } from '../ui/Field';
import { StudentsPage } from '../features/students/StudentsPage';
import { OrdersPage } from '../features/orders/OrdersPage';
import { StaffPage } from '../features/staff/StaffPage';
import { SubgroupsPage } from '../features/subgroups/SubgroupsPage';
import { LoadPage } from '../features/load/LoadPage';
import { MyLoadPage } from '../features/load/MyLoadPage';
import { JournalPage } from '../features/gradebook/JournalPage';
import { YearsPage } from '../features/calendar/YearsPage';
import { GroupsPage } from '../features/contingent/GroupsPage';
import { SpecialtiesPage } from '../features/contingent/SpecialtiesPage';
import { DisciplinesPage } from '../features/curriculum/DisciplinesPage';
import { PlansPage } from '../features/curriculum/PlansPage';
import { ChangePasswordPage } from '../features/auth/ChangePasswordPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { StatusPage } from '../features/status/StatusPage';
import { UsersPage } from '../features/users/UsersPage';
import { useSession, type Page } from './session-store';
import { useIdleSignOut } from './useIdleSignOut';

/** Navigation shows a page only when the core lets this user call the method behind it. */
const pages: { page: Page; label: string; method: Method; render: () => ReactElement }[] = [
  { page: 'students', label: ui.layout.nav.students, method: 'students.list', render: () => <StudentsPage /> },
  { page: 'orders', label: ui.layout.nav.orders, method: 'orders.list', render: () => <OrdersPage /> },
  { page: 'load', label: ui.load.nav, method: 'load.listGroupLoad', render: () => <LoadPage /> },
  { page: 'myLoad', label: ui.load.myNav, method: 'load.myLoad', render: () => <MyLoadPage /> },
  { page: 'subgroups', label: ui.layout.nav.subgroups, method: 'subgroups.forGroup', render: () => <SubgroupsPage /> },
  { page: 'staff', label: ui.layout.nav.staff, method: 'staff.list', render: () => <StaffPage /> },
  { page: 'groups', label: ui.layout.nav.groups, method: 'contingent.listGroups', render: () => <GroupsPage /> },
  { page: 'specialties', label: ui.layout.nav.specialties, method: 'contingent.listSpecialties', render: () => <SpecialtiesPage /> },
  { page: 'disciplines', label: ui.curriculum.nav.disciplines, method: 'curriculum.listDisciplines', render: () => <DisciplinesPage /> },
  { page: 'plans', label: ui.curriculum.nav.plans, method: 'curriculum.listPlans', render: () => <PlansPage /> },
  { page: 'years', label: ui.layout.nav.years, method: 'calendar.listYears', render: () => <YearsPage /> },
  { page: 'users', label: ui.layout.nav.users, method: 'users.list', render: () => <UsersPage /> },
  { page: 'settings', label: ui.layout.nav.settings, method: 'settings.update', render: () => <SettingsPage /> },
  { page: 'status', label: ui.layout.nav.status, method: 'system.status', render: () => <StatusPage /> },
  { page: 'password', label: ui.layout.nav.password, method: 'auth.changePassword', render: () => <ChangePasswordPage /> },
];

export function Layout() {
  const { user, collegeName, page, notice, journal, go, may, signOut } = useSession();
  useIdleSignOut();
  const visible = pages.filter((p) => may(p.method));
  const current = visible.find((p) => p.page === page) ?? visible[0];
  return (
    <div className="layout">
      <header className="topbar">
        <span className="brand">{t.appName}</span>
        <span className="topbar__college">{collegeName}</span>
        <span className="topbar__user">
          {user?.fullName} · {user?.roles.map((r) => roleLabels[r]).join(', ')}
        </span>
        <button type="button" className="button button--small" onClick={() => void signOut()}>
          {ui.layout.logout}
        </button>
      </header>
      <nav className="sidebar" aria-label={ui.common.sections}>
        {visible.map((p) => (
          <button
            key={p.page}
            type="button"
            className={`nav-item${p === current ? ' nav-item--active' : ''}`}
            aria-current={p === current ? 'page' : undefined}
            onClick={() => go(p.page)}
          >
            {p.label}
          </button>
        ))}
      </nav>
      <main className="content">
        {notice ? <Banner kind="success">{notice}</Banner> : null}
        {/* A journal page opens over the page it came from, which stays mounted (and hidden) for «back». */}
        {journal ? <JournalPage key={journal.lineId} lineId={journal.lineId} /> : null}
        <div hidden={journal !== null}>{current?.render()}</div>
      </main>
    </div>
  );
}
