import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { fileURLToPath } from 'node:url';
import { api, isMethod } from '../src-shared/api';
import { passphraseField, passwordField } from '../src-shared/api/fields';
import { roleSchema } from '../src-shared/domain/roles';
import { describeIssues } from '../src-shared/api/result';
import { roleLabels, t } from '../src-shared/i18n/ru';
import { ui } from '../src-shared/i18n/ui';
import { createCore, type Core } from './core/app';
import { demoPassword, loadDemoCollege } from './core/demo/loader';
import { findUserByLogin, recoverAdministrator } from './core/auth/users';
import { hashPassword } from './core/auth/passwords';
import { journalStatus } from './core/system/status';
import { generateDemoCollege } from './core/demo/generator';
import { AppError } from './core/errors';
import { requireDataDir, storeState } from './core/store/journal-files';
import { startHost } from './host/server';
import { secretFromEnv } from './cli/prompt';

const usage = `Registrum — командная строка

  init --data DIR [--demo small|large] [--college НАЗВАНИЕ]
        создать журнал; пароль администратора admin из REGISTRUM_PASSWORD,
        парольная фраза восстановления из REGISTRUM_PASSPHRASE (или спросит)
  status --data DIR                 колледж, версия схемы, количества, число операций
  serve --data DIR [--port N]       интерфейс и API на http://127.0.0.1:N/
  users list --data DIR --as ЛОГИН
  users add ЛОГИН --name ФИО --roles teacher,curator --data DIR --as ЛОГИН
        пароль нового пользователя из REGISTRUM_NEW_PASSWORD (или спросит)
  users reset-password ЛОГИН --data DIR --as ЛОГИН
  call МЕТОД [JSON] --data DIR --as ЛОГИН   вызвать любой метод API от имени пользователя
        (пароль пользователя из REGISTRUM_PASSWORD)
  recover-admin ЛОГИН --data DIR    если ни один администратор не может войти: сделать ЛОГИН
        действующим администратором с временным паролем из REGISTRUM_NEW_PASSWORD
        (нужна парольная фраза восстановления)`;

class CliError extends Error {}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      data: { type: 'string' },
      demo: { type: 'string' },
      college: { type: 'string' },
      port: { type: 'string' },
      as: { type: 'string' },
      name: { type: 'string' },
      roles: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

type Options = ReturnType<typeof parse>['values'];

function dataDir(o: Options): string {
  if (!o.data) throw new CliError('Укажите папку данных: --data DIR');
  return resolve(o.data);
}

async function passphrase(): Promise<string> {
  const raw = await secretFromEnv('REGISTRUM_PASSPHRASE', 'Парольная фраза восстановления: ');
  const parsed = z.object({ passphrase: passphraseField }).safeParse({ passphrase: raw });
  if (!parsed.success) throw new CliError(describeIssues(parsed.error).message);
  return parsed.data.passphrase;
}

/** Opens an existing journal with the recovery passphrase. */
async function openCore(o: Options): Promise<Core> {
  const dir = dataDir(o);
  requireDataDir(dir);
  if (storeState(dir) === 'uninitialized') throw new CliError(t.errors.notInitialized);
  const core = createCore({ dataDir: dir, logError: (e) => console.error(e) });
  await core.unlock(await passphrase());
  return core;
}

async function signIn(core: Core, o: Options): Promise<string> {
  if (!o.as) throw new CliError('Укажите, от чьего имени действовать: --as ЛОГИН');
  const password = await secretFromEnv('REGISTRUM_PASSWORD', `Пароль пользователя ${o.as}: `);
  const { token } = await core.call(null, 'auth.login', { login: o.as, password });
  return token;
}

async function init(o: Options): Promise<void> {
  const dir = dataDir(o);
  if (o.demo && o.demo !== 'small' && o.demo !== 'large') throw new CliError('«--demo»: допустимо small или large');
  if (existsSync(dir) && readdirSync(dir).length > 0 && storeState(dir) !== 'uninitialized') throw new CliError(t.errors.alreadyInitialized);
  const demo = (o.demo as 'small' | 'large' | undefined) ?? null;
  const collegeName = o.college ?? (demo ? generateDemoCollege('small').name : undefined);
  if (!collegeName) throw new CliError('Укажите название колледжа: --college НАЗВАНИЕ (или --demo small)');
  const adminPassword = await secretFromEnv('REGISTRUM_PASSWORD', 'Пароль администратора admin: ');
  const secret = await passphrase();
  const parsed = api['setup.initialize'].input.safeParse({
    collegeName,
    adminLogin: 'admin',
    adminFullName: 'Администратор журнала',
    adminPassword,
    demo: 'none',
  });
  if (!parsed.success) throw new CliError(describeIssues(parsed.error).message);
  mkdirSync(dir, { recursive: true });
  const core = createCore({ dataDir: dir, logError: (e) => console.error(e) });
  await core.initialize(parsed.data, secret);
  if (demo) {
    const j = core.openJournal();
    const result = await loadDemoCollege(j, findUserByLogin(j, 'admin')!.id, demo);
    console.log(`Демонстрационный колледж (${demo}): ${result.users} учётных записей, пароль у всех «${demoPassword}».`);
  }
  console.log(`Журнал создан: ${join(dir, 'journal.db')}`);
  console.log('Храните парольную фразу восстановления отдельно от компьютера: без неё журнал не открыть на другом рабочем месте.');
  core.close();
}

async function status(o: Options): Promise<void> {
  // The passphrase holder (a technician) may see these figures without signing in: they hold no personal data.
  const core = await openCore(o);
  const s = journalStatus(core.openJournal());
  console.log(`Колледж: ${s.collegeName}`);
  console.log(`Папка данных: ${s.dataDir}`);
  console.log(`Рабочее место (узел): ${s.nodeId}`);
  console.log(`Версия программы: ${s.appVersion}, схема базы: ${s.schemaVersion}`);
  for (const [name, n] of Object.entries(s.counts)) console.log(`${ui.status.counts[name] ?? name}: ${n}`);
  console.log(`Операций в журнале: ${s.opCount}`);
  core.close();
}


async function serve(o: Options): Promise<void> {
  const dir = dataDir(o);
  mkdirSync(dir, { recursive: true });
  const core = createCore({ dataDir: dir, logError: (e) => console.error(e) });
  if (storeState(dir) === 'locked' && process.env.REGISTRUM_PASSPHRASE) await core.unlock(await passphrase());
  const port = o.port ? Number(o.port) : 5199;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliError('«--port»: номер порта от 0 до 65535');
  const rendererDir = fileURLToPath(new URL('../out/renderer', import.meta.url));
  const host = await startHost({ core, rendererDir, port });
  console.log(`Registrum: ${host.url} (только этот компьютер). Остановить: Ctrl+C`);
  const stop = () => void host.close().then(() => { core.close(); process.exit(0); });
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

async function users(sub: string | undefined, args: string[], o: Options): Promise<void> {
  const core = await openCore(o);
  const token = await signIn(core, o);
  if (sub === 'list') {
    const { users: list } = await core.call(token, 'users.list', {});
    for (const u of list) {
      console.log(`${u.login.padEnd(24)} ${u.fullName.padEnd(40)} ${u.roles.map((r) => roleLabels[r]).join(', ')}${u.active ? '' : ' (отключён)'}`);
    }
  } else if (sub === 'add') {
    const login = args[0];
    if (!login) throw new CliError('Укажите логин нового пользователя');
    const roles = (o.roles ?? '').split(',').filter(Boolean);
    for (const r of roles) if (!roleSchema.safeParse(r).success) throw new CliError(`«Роли»: неизвестная роль ${r}`);
    const password = await secretFromEnv('REGISTRUM_NEW_PASSWORD', `Пароль для ${login}: `);
    const { user } = await core.call(token, 'users.create', { login, fullName: o.name ?? '', roles, password });
    console.log(`Создан пользователь ${user.login} (${user.fullName}); при первом входе он сменит пароль.`);
  } else if (sub === 'reset-password') {
    const login = args[0];
    const { users: list } = await core.call(token, 'users.list', {});
    const target = list.find((u) => u.login.toLowerCase() === login?.toLowerCase());
    if (!target) throw new CliError(t.errors.userNotFound);
    const password = await secretFromEnv('REGISTRUM_NEW_PASSWORD', `Новый пароль для ${target.login}: `);
    await core.call(token, 'users.resetPassword', { userId: target.id, password });
    console.log(`Пароль ${target.login} сброшен; при входе он задаст свой.`);
  } else {
    throw new CliError('Команды: users list | users add ЛОГИН | users reset-password ЛОГИН');
  }
  core.close();
}

async function call(args: string[], o: Options): Promise<void> {
  const [method, json] = args;
  if (!method || !isMethod(method)) throw new CliError(t.errors.unknownMethod(method ?? ''));
  let input: unknown = {};
  if (json) {
    try {
      input = JSON.parse(json);
    } catch {
      throw new CliError('Параметры метода должны быть в формате JSON');
    }
  }
  const core = await openCore(o);
  const token = await signIn(core, o);
  console.log(JSON.stringify(await core.call(token, method, input), null, 2));
  core.close();
}

async function recoverAdmin(args: string[], o: Options): Promise<void> {
  const login = args[0];
  if (!login) throw new CliError('Укажите логин, которому вернуть права администратора');
  const core = await openCore(o);
  const raw = await secretFromEnv('REGISTRUM_NEW_PASSWORD', `Временный пароль для ${login}: `);
  const parsed = z.object({ password: passwordField }).safeParse({ password: raw });
  if (!parsed.success) throw new CliError(describeIssues(parsed.error).message);
  const user = recoverAdministrator(core.openJournal(), login, await hashPassword(parsed.data.password));
  console.log(`${user.login} снова администратор; при входе он задаст свой пароль.`);
  core.close();
}

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parse(argv);
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    console.log(usage);
    return;
  }
  switch (command) {
    case 'init':
      return init(values);
    case 'status':
      return status(values);
    case 'serve':
      return serve(values);
    case 'users':
      return users(rest[0], rest.slice(1), values);
    case 'call':
      return call(rest, values);
    case 'recover-admin':
      return recoverAdmin(rest, values);
    default:
      throw new CliError(`Неизвестная команда: ${command}\n\n${usage}`);
  }
}

main(process.argv.slice(2)).catch((err: unknown) => {
  if (err instanceof AppError || err instanceof CliError) console.error(`Ошибка: ${err.message}`);
  else if (err instanceof Error && (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    const option = /'([^']+)'/.exec(err.message)?.[1] ?? '';
    console.error(`Ошибка: неверный параметр командной строки ${option}\n\n${usage}`);
  } else if (err instanceof Error) console.error(`Ошибка: ${err.message}`);
  else console.error(err);
  process.exit(1);
});
