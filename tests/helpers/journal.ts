import { createCore, type Core } from '../../src-main/core/app';
import type { Role } from '../../src-shared/domain/roles';
import { insertUser } from '../../src-main/core/auth/users';
import { tempDir } from './temp';

export const adminPassword = 'admin-password-1';
export const passphrase = 'test-recovery-passphrase';

/** A controllable wall clock, so idle timeouts and lockouts can be stepped over without waiting. */
export class TestClock {
  constructor(public ms = Date.UTC(2026, 8, 1, 8, 0, 0)) {}
  now = (): number => this.ms;
  advance(minutes: number): void {
    this.ms += minutes * 60_000;
  }
}

export interface TestJournal {
  core: Core;
  dir: string;
  clock: TestClock;
  adminToken: string;
  adminId: string;
}

/** A real encrypted journal in a temp dir, initialized through the core as the first-run wizard does. */
export async function newJournal(clock = new TestClock()): Promise<TestJournal> {
  const dir = tempDir();
  const core = createCore({ dataDir: dir, now: clock.now, logError: (e) => console.error(e) });
  await core.initialize(
    { collegeName: 'Тестовый колледж', adminLogin: 'admin', adminFullName: 'Админ Тестовый', adminPassword, demo: 'none' },
    passphrase,
  );
  const { token, user } = await core.call(null, 'auth.login', { login: 'admin', password: adminPassword });
  return { core, dir, clock, adminToken: token, adminId: user.id };
}

/** A user with the given role and an open session, without paying for password hashing. */
export function userWithSession(t: TestJournal, login: string, roles: Role[]): { id: string; token: string } {
  const j = t.core.openJournal();
  const id = insertUser(j, t.adminId, { login, fullName: `Пользователь ${login}`, roles, passwordHash: null, mustChangePassword: false });
  return { id, token: t.core.sessions.open(id, j.now()) };
}
