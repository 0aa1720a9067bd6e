import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { createCore } from '../../src-main/core/app';
import { tempDir } from '../helpers/temp';
import { adminPassword, newJournal, passphrase } from '../helpers/journal';

async function createTeacher(t: Awaited<ReturnType<typeof newJournal>>, login = 'ivanova.ap') {
  const { user } = await t.core.call(t.adminToken, 'users.create', {
    login,
    fullName: 'Иванова Анна Петровна',
    roles: ['teacher'],
    password: 'temporary-pass-1',
  });
  return user;
}

describe('accounts', () => {
  it('creates a user as an audited operation; the user must change the temporary password before anything else', async () => {
    const t = await newJournal();
    const before = t.core.openJournal().oplog.count();
    const user = await createTeacher(t);
    expect(user).toMatchObject({ login: 'ivanova.ap', roles: ['teacher'], active: true, mustChangePassword: true });
    const ops = t.core.openJournal().db.prepare('SELECT user_id, entity, field FROM ops WHERE entity_id = ?').all(user.id) as {
      user_id: string;
      field: string;
    }[];
    expect(ops.length).toBe(t.core.openJournal().oplog.count() - before);
    expect(new Set(ops.map((o) => o.user_id))).toEqual(new Set([t.adminId]));
    expect(ops.map((o) => o.field)).toContain('password_hash');

    const { token } = await t.core.call(null, 'auth.login', { login: 'ivanova.ap', password: 'temporary-pass-1' });
    expect(await t.core.dispatch(token, 'system.status', {})).toMatchObject({
      ok: false,
      error: { code: 'forbidden', message: 'Сначала смените пароль, выданный администратором' },
    });
    const me = await t.core.call(token, 'auth.me', {});
    expect(me.allowedMethods.sort()).toEqual(['auth.changePassword', 'auth.logout', 'auth.me']);
    await t.core.call(token, 'auth.changePassword', { currentPassword: 'temporary-pass-1', newPassword: 'my-own-password-1' });
    expect((await t.core.call(token, 'auth.me', {})).allowedMethods).toContain('system.status');
    expect(await t.core.dispatch(null, 'auth.login', { login: 'ivanova.ap', password: 'temporary-pass-1' })).toMatchObject({ ok: false });
    await t.core.call(null, 'auth.login', { login: 'IVANOVA.AP', password: 'my-own-password-1' });
  });

  it('refuses a duplicate login, a short password and a wrong current password, changing nothing', async () => {
    const t = await newJournal();
    await createTeacher(t);
    const count = t.core.openJournal().oplog.count();
    expect(
      await t.core.dispatch(t.adminToken, 'users.create', { login: 'Ivanova.AP', fullName: 'Другая', roles: ['teacher'], password: 'long-password-1' }),
    ).toMatchObject({ ok: false, error: { code: 'validation', message: '«Логин»: «Ivanova.AP» уже занят' } });
    expect(await t.core.dispatch(t.adminToken, 'auth.changePassword', { currentPassword: adminPassword, newPassword: 'short' })).toMatchObject({
      ok: false,
      error: { code: 'validation', message: '«Новый пароль»: не короче 10 символов' },
    });
    expect(
      await t.core.dispatch(t.adminToken, 'auth.changePassword', { currentPassword: 'not-my-password', newPassword: 'long-enough-password' }),
    ).toMatchObject({ ok: false, error: { code: 'validation', message: '«Текущий пароль»: указан неверно' } });
    expect(t.core.openJournal().oplog.count()).toBe(count);
  });

  it('says the same for an unknown login and a wrong password', async () => {
    const t = await newJournal();
    const unknown = await t.core.dispatch(null, 'auth.login', { login: 'ghost', password: 'whatever-1' });
    const wrong = await t.core.dispatch(null, 'auth.login', { login: 'admin', password: 'whatever-1' });
    expect(unknown).toEqual(wrong);
    expect(wrong).toMatchObject({ ok: false, error: { code: 'unauthenticated', message: 'Неверный логин или пароль' } });
  });

  it('locks a login for 15 minutes after 5 failed attempts, even for the right password', async () => {
    const t = await newJournal();
    for (let i = 0; i < 4; i++) {
      expect(await t.core.dispatch(null, 'auth.login', { login: 'admin', password: `wrong-${i}` })).toMatchObject({ error: { code: 'unauthenticated' } });
    }
    expect(await t.core.dispatch(null, 'auth.login', { login: 'admin', password: 'wrong-5' })).toMatchObject({
      ok: false,
      error: { code: 'locked', message: 'Слишком много неудачных попыток входа. Вход заблокирован ещё на 15 мин.' },
    });
    expect(await t.core.dispatch(null, 'auth.login', { login: 'admin', password: adminPassword })).toMatchObject({ error: { code: 'locked' } });
    const { users } = await t.core.call(t.adminToken, 'users.list', {});
    expect(users.find((u) => u.login === 'admin')?.lockedUntil).not.toBeNull();
    t.clock.advance(14);
    expect(await t.core.dispatch(null, 'auth.login', { login: 'admin', password: adminPassword })).toMatchObject({
      error: { code: 'locked', message: 'Слишком много неудачных попыток входа. Вход заблокирован ещё на 1 мин.' },
    });
    t.clock.advance(1.01);
    expect(await t.core.dispatch(null, 'auth.login', { login: 'admin', password: adminPassword })).toMatchObject({ ok: true });
  });

  it('counts parallel guesses one after another: the lock holds even against a burst', async () => {
    const t = await newJournal();
    const attempts = Array.from({ length: 8 }, (_, i) =>
      t.core.dispatch(null, 'auth.login', { login: 'admin', password: i === 7 ? adminPassword : `burst-${i}-wrong` }),
    );
    const results = await Promise.all(attempts);
    expect(results.filter((r) => r.ok)).toEqual([]);
    expect(results.at(-1)).toMatchObject({ ok: false, error: { code: 'locked' } });
  });

  it('ends a session after the idle timeout, which the administrator can change', async () => {
    const t = await newJournal();
    t.clock.advance(29);
    await t.core.call(t.adminToken, 'system.status', {});
    t.clock.advance(29);
    await t.core.call(t.adminToken, 'settings.update', { sessionIdleMinutes: 10 });
    t.clock.advance(11);
    expect(await t.core.dispatch(t.adminToken, 'system.status', {})).toMatchObject({
      ok: false,
      error: { code: 'session_expired', message: 'Сеанс завершён из-за бездействия. Войдите снова.' },
    });
    expect(await t.core.dispatch(t.adminToken, 'system.status', {})).toMatchObject({ error: { code: 'unauthenticated' } });
    expect(await t.core.dispatch(t.adminToken, 'settings.update', { sessionIdleMinutes: 2 })).toMatchObject({ error: { code: 'validation' } });
  });

  it('deactivation ends the user\'s sessions and blocks login; reset password forces a new one', async () => {
    const t = await newJournal();
    const teacher = await createTeacher(t);
    const { token } = await t.core.call(null, 'auth.login', { login: 'ivanova.ap', password: 'temporary-pass-1' });
    await t.core.call(t.adminToken, 'users.setActive', { userId: teacher.id, active: false });
    expect(await t.core.dispatch(token, 'auth.me', {})).toMatchObject({ error: { code: 'unauthenticated' } });
    expect(await t.core.dispatch(null, 'auth.login', { login: 'ivanova.ap', password: 'temporary-pass-1' })).toMatchObject({
      error: { code: 'forbidden', message: 'Учётная запись отключена. Обратитесь к администратору.' },
    });
    await t.core.call(t.adminToken, 'users.setActive', { userId: teacher.id, active: true });
    const reset = await t.core.call(t.adminToken, 'users.resetPassword', { userId: teacher.id, password: 'fresh-temporary-1' });
    expect(reset.user.mustChangePassword).toBe(true);
    await t.core.call(null, 'auth.login', { login: 'ivanova.ap', password: 'fresh-temporary-1' });
  });

  it('keeps at least one active administrator and never lets one lock themself out', async () => {
    const t = await newJournal();
    expect(await t.core.dispatch(t.adminToken, 'users.setActive', { userId: t.adminId, active: false })).toMatchObject({
      error: { code: 'conflict', message: 'Нельзя отключить собственную учётную запись' },
    });
    expect(await t.core.dispatch(t.adminToken, 'users.update', { userId: t.adminId, fullName: 'Админ', roles: ['office'] })).toMatchObject({
      error: { code: 'conflict', message: 'Нельзя снять с себя роль администратора' },
    });
    const { user } = await t.core.call(t.adminToken, 'users.update', { userId: t.adminId, fullName: 'Админ Переименованный', roles: ['admin', 'office'] });
    expect(user).toMatchObject({ fullName: 'Админ Переименованный', roles: ['admin', 'office'] });
  });

  it('first run: two requests at once make one journal, and the other is refused', async () => {
    const dir = tempDir();
    const core = createCore({ dataDir: dir });
    const input = { collegeName: 'К', adminLogin: 'admin', adminFullName: 'А', adminPassword: adminPassword, demo: 'none' };
    const [a, b] = await Promise.all([core.dispatch(null, 'setup.initialize', input), core.dispatch(null, 'setup.initialize', input)]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    const winner = (a.ok ? a : b) as { ok: true; value: { recoveryPassphrase: string } };
    core.close();
    const reopened = createCore({ dataDir: dir });
    await reopened.unlock(winner.value.recoveryPassphrase);
    expect(reopened.status().state).toBe('ready');
    reopened.close();
  });

  it('first run that fails midway leaves the folder empty, ready for another try', async () => {
    const dir = tempDir();
    // A fault after the store exists: the clock fails when the first operation is stamped.
    let broken = true;
    const core = createCore({
      dataDir: dir,
      now: () => {
        if (broken) throw new Error('clock failure');
        return Date.now();
      },
    });
    const input = { collegeName: 'К', adminLogin: 'admin', adminFullName: 'А', adminPassword: adminPassword, demo: 'none' };
    expect(await core.dispatch(null, 'setup.initialize', input)).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(readdirSync(dir)).toEqual([]);
    expect(core.status().state).toBe('uninitialized');
    broken = false;
    expect(await core.dispatch(null, 'setup.initialize', input)).toMatchObject({ ok: true });
    core.close();
  });

  it('first run: refuses a second initialization, and a restarted core needs the passphrase', async () => {
    const t = await newJournal();
    expect(
      await t.core.dispatch(null, 'setup.initialize', { collegeName: 'Ещё один', adminLogin: 'root', adminFullName: 'Р', adminPassword: 'long-password-1' }),
    ).toMatchObject({ ok: false, error: { code: 'conflict', message: 'Журнал уже создан в этой папке' } });
    t.core.close();
    const restarted = createCore({ dataDir: t.dir });
    expect(await restarted.call(null, 'setup.status', {})).toEqual({ state: 'locked', collegeName: null });
    expect(await restarted.dispatch(null, 'auth.login', { login: 'admin', password: adminPassword })).toMatchObject({
      error: { code: 'not_ready', message: 'Журнал не открыт' },
    });
    expect(await restarted.dispatch(null, 'setup.unlock', { passphrase: 'wrong-passphrase-1' })).toMatchObject({
      error: { code: 'wrong_passphrase', message: 'Неверная парольная фраза восстановления' },
    });
    expect(await restarted.dispatch(null, 'setup.unlock', { passphrase })).toEqual({ ok: true, value: {} });
    expect(await restarted.call(null, 'setup.status', {})).toEqual({ state: 'ready', collegeName: 'Тестовый колледж' });
    restarted.close();
  });
});
