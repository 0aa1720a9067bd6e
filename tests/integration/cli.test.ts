import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp';
import { latestSchemaVersion } from '../../src-main/core/store/migrate';

const password = 'cli-admin-password';
const phrase = 'cli-recovery-passphrase';

function cli(args: string[], env: Record<string, string | undefined> = {}) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src-main/cli.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, REGISTRUM_PASSWORD: password, REGISTRUM_PASSPHRASE: phrase, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('command line', () => {
  it('init --demo small, then status; a wrong passphrase fails both ways with a clear message', () => {
    const dir = join(tempDir(), 'journal');
    const init = cli(['init', '--data', dir, '--demo', 'small']);
    expect(init.err).toBe('');
    expect(init.code).toBe(0);
    expect(init.out).toContain('Демонстрационный колледж (small): 20 учётных записей');

    const status = cli(['status', '--data', dir]);
    expect(status.code).toBe(0);
    expect(status.out).toContain('Колледж: ГБПОУ «Колледж информационных технологий и экономики»');
    expect(status.out).toContain(`Версия программы: 0.1.0, схема базы: ${latestSchemaVersion}`);
    expect(status.out).toContain('Групп: 4');
    expect(status.out).toContain('Специальностей: 2');
    expect(status.out).toContain('Пользователей: 21');
    expect(status.out).toMatch(/Операций в журнале: \d{3}/);

    const wrong = cli(['status', '--data', dir], { REGISTRUM_PASSPHRASE: 'not-the-passphrase' });
    expect(wrong.code).not.toBe(0);
    expect(wrong.err).toContain('Ошибка: Неверная парольная фраза восстановления');

    const again = cli(['init', '--data', dir]);
    expect(again.code).not.toBe(0);
    expect(again.err).toContain('Журнал уже создан в этой папке');

    const raw = readFileSync(join(dir, 'journal.db'));
    expect(raw.subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\u0000');
  });

  it('manages users and calls any method as a user', () => {
    const dir = tempDir();
    expect(cli(['init', '--data', dir, '--college', 'Колледж сервиса']).code).toBe(0);
    const add = cli(['users', 'add', 'petrov.iv', '--name', 'Петров Иван Васильевич', '--roles', 'teacher,curator', '--data', dir, '--as', 'admin'], {
      REGISTRUM_NEW_PASSWORD: 'temporary-pass-1',
    });
    expect(add.err).toBe('');
    expect(add.out).toContain('Создан пользователь petrov.iv');
    const list = cli(['users', 'list', '--data', dir, '--as', 'admin']);
    expect(list.out).toMatch(/petrov\.iv\s+Петров Иван Васильевич\s+Преподаватель, Куратор/);
    const me = cli(['call', 'auth.me', '{}', '--data', dir, '--as', 'petrov.iv'], { REGISTRUM_PASSWORD: 'temporary-pass-1' });
    expect(me.code).toBe(0);
    expect(JSON.parse(me.out)).toMatchObject({ user: { login: 'petrov.iv', mustChangePassword: true } });
    const denied = cli(['call', 'users.list', '--data', dir, '--as', 'petrov.iv'], { REGISTRUM_PASSWORD: 'temporary-pass-1' });
    expect(denied.code).not.toBe(0);
    expect(denied.err).toContain('Сначала смените пароль');
    // The last administrator deactivated elsewhere: the passphrase holder brings one back.
    cli(['call', 'users.setActive', JSON.stringify({ userId: JSON.parse(me.out).user.id, active: false }), '--data', dir, '--as', 'admin']);
    const recovered = cli(['recover-admin', 'petrov.iv', '--data', dir], { REGISTRUM_NEW_PASSWORD: 'recovery-temp-1' });
    expect(recovered.err).toBe('');
    expect(recovered.out).toContain('petrov.iv снова администратор');
    const asAdmin = cli(['call', 'auth.me', '--data', dir, '--as', 'petrov.iv'], { REGISTRUM_PASSWORD: 'recovery-temp-1' });
    expect(JSON.parse(asAdmin.out)).toMatchObject({ user: { active: true, roles: ['teacher', 'curator', 'admin'], mustChangePassword: true } });
    const bad = cli(['call', 'settings.update', '{"sessionIdleMinutes": 0}', '--data', dir, '--as', 'admin']);
    expect(bad.err).toContain('«Время бездействия до выхода (мин)»: число от 5 до 480');
  });

  it('fails clearly on a missing directory, a missing passphrase and bad arguments', () => {
    const missing = cli(['status', '--data', '/nonexistent/registrum']);
    expect(missing.code).not.toBe(0);
    expect(missing.err).toContain('Папка данных не найдена: /nonexistent/registrum');
    const dir = tempDir();
    const noPhrase = cli(['init', '--data', dir, '--college', 'К'], { REGISTRUM_PASSPHRASE: '' });
    expect(noPhrase.code).not.toBe(0);
    expect(noPhrase.err).toContain('Парольная фраза восстановления: нет терминала для ввода');
    const weak = cli(['init', '--data', dir, '--college', 'К'], { REGISTRUM_PASSPHRASE: 'short' });
    expect(weak.err).toContain('«Парольная фраза восстановления»: не короче 12 символов');
    const noData = cli(['status']);
    expect(noData.err).toContain('Укажите папку данных: --data DIR');
    expect(cli(['frobnicate']).err).toContain('Неизвестная команда: frobnicate');
    expect(cli(['status', '--colour']).err).toContain('Ошибка: неверный параметр командной строки --colour');
  });
});
