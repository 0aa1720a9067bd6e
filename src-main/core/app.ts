import { z } from 'zod';
import { api, describeIssues, isMethod, type ApiResult, type Method } from '../../src-shared/api';
import type { setupApi } from '../../src-shared/api/setup';
import { t } from '../../src-shared/i18n/ru';
import { authHandlers, usersHandlers } from './auth/handlers';
import { access, allowedBeforePasswordChange, mayCall } from './auth/permissions';
import { SessionStore } from './auth/sessions';
import { findUserById, insertUser, parseRoles, type UserRow } from './auth/users';
import { hashPassword } from './auth/passwords';
import { collegeName, createCollege, readSettings } from './college/college';
import { settingsHandlers } from './college/handlers';
import { calendarHandlers } from './calendar/handlers';
import { contingentHandlers } from './contingent/handlers';
import { curriculumHandlers } from './curriculum/handlers';
import { ordersHandlers, studentsHandlers } from './contingent/student-handlers';
import { rolloverHandlers } from './contingent/rollover-handlers';
import { exchangeHandlers } from './exchange/handlers';
import { gradebookHandlers } from './gradebook/handlers';
import { jobsHandlers } from './jobs/handlers';
import { ktpHandlers } from './ktp/handlers';
import { JobStore } from './jobs/job-store';
import { loadHandlers } from './load/handlers';
import type { CallContext, HandlerMap } from './context';
import { demoPassword, loadDemoCollege } from './demo/loader';
import { AppError } from './errors';
import { KeyedQueue } from './keyed-queue';
import { openJournal, type Journal } from './journal';
import { periodsHandlers } from './periods/handlers';
import { setupHandlers } from './setup/handlers';
import { staffHandlers } from './staff/handlers';
import { subgroupsHandlers } from './subgroups/handlers';
import { generateRecoveryPassphrase, type WorkstationKeystore } from './store/keyvault';
import {
  createStore,
  openStoreWithKeystore,
  openStoreWithPassphrase,
  removeStore,
  storeState,
  type OpenedStore,
} from './store/journal-files';
import { systemHandlers } from './system/handlers';

export interface CoreOptions {
  dataDir: string;
  /** The workstation's keystore (Electron safeStorage); null in the CLI and the headless host. */
  keystore?: WorkstationKeystore | null;
  /** Wall clock in ms; tests pass their own to step over idle timeouts and lockouts. */
  now?: () => number;
  /** Reports failures that are not the user's (bugs); the user sees a generic message. */
  logError?: (err: unknown) => void;
}

export type InitializeInput = z.output<(typeof setupApi)['setup.initialize']['input']>;

const handlers: HandlerMap = {
  ...setupHandlers,
  ...authHandlers,
  ...usersHandlers,
  ...settingsHandlers,
  ...systemHandlers,
  ...calendarHandlers,
  ...contingentHandlers,
  ...studentsHandlers,
  ...ordersHandlers,
  ...rolloverHandlers,
  ...staffHandlers,
  ...exchangeHandlers,
  ...jobsHandlers,
  ...curriculumHandlers,
  ...loadHandlers,
  ...subgroupsHandlers,
  ...gradebookHandlers,
  ...periodsHandlers,
  ...ktpHandlers,
};

/** The application core: owns the open journal and the sessions, and answers every API call through `dispatch`. */
export class Core {
  readonly sessions = new SessionStore();
  /** Long commands in progress and lately finished, each visible to the session that started it. */
  readonly jobs: JobStore;
  readonly loginQueue = new KeyedQueue();
  private journal: Journal | null = null;
  private initializing = false;
  private readonly now: () => number;
  private readonly keystore: WorkstationKeystore | null;

  constructor(private readonly options: CoreOptions) {
    this.now = options.now ?? Date.now;
    this.jobs = new JobStore(this.now, (err) => this.options.logError?.(err));
    this.keystore = options.keystore ?? null;
    if (this.keystore) {
      const store = openStoreWithKeystore(options.dataDir, this.keystore);
      if (store) this.attach(store);
    }
  }

  get dataDir(): string {
    return this.options.dataDir;
  }

  status(): { state: 'uninitialized' | 'locked' | 'ready'; collegeName: string | null } {
    if (this.journal) return { state: 'ready', collegeName: collegeName(this.journal) };
    return { state: storeState(this.options.dataDir), collegeName: null };
  }

  openJournal(): Journal {
    if (!this.journal) throw new AppError('not_ready', t.errors.notReady);
    return this.journal;
  }

  /** First run: the store, the college, the administrator and, if asked, the demo college. */
  async initialize(input: InitializeInput, passphrase = generateRecoveryPassphrase()): Promise<{ recoveryPassphrase: string; demoPassword: string | null }> {
    // Checked and claimed before the first await: two first-run requests cannot both create a journal.
    if (this.initializing || this.journal || storeState(this.options.dataDir) !== 'uninitialized') {
      throw new AppError('conflict', t.errors.alreadyInitialized);
    }
    this.initializing = true;
    try {
      return await this.createJournal(input, passphrase);
    } finally {
      this.initializing = false;
    }
  }

  /** Either the whole first run happens, or the folder is left empty again: no journal whose passphrase nobody saw. */
  private async createJournal(input: InitializeInput, passphrase: string): Promise<{ recoveryPassphrase: string; demoPassword: string | null }> {
    const adminHash = await hashPassword(input.adminPassword);
    const store = await createStore(this.options.dataDir, passphrase, this.keystore);
    try {
      return await this.populate(this.attach(store), input, passphrase, adminHash);
    } catch (err) {
      this.close();
      removeStore(this.options.dataDir);
      throw err;
    }
  }

  private async populate(j: Journal, input: InitializeInput, passphrase: string, adminHash: string) {
    const adminId = j.db.transaction(() => {
      const id = insertUser(j, null, {
        login: input.adminLogin,
        fullName: input.adminFullName,
        roles: ['admin'],
        passwordHash: adminHash,
        mustChangePassword: false,
      });
      createCollege(j, id, input.collegeName);
      return id;
    })();
    if (input.demo === 'none') return { recoveryPassphrase: passphrase, demoPassword: null };
    await loadDemoCollege(j, adminId, input.demo);
    return { recoveryPassphrase: passphrase, demoPassword };
  }

  async unlock(passphrase: string): Promise<void> {
    if (this.journal) throw new AppError('conflict', t.errors.alreadyUnlocked);
    this.attach(await openStoreWithPassphrase(this.options.dataDir, passphrase, this.keystore));
  }

  /** validate → authenticate → permission → handler → validated output; every failure a typed Russian error. */
  async dispatch(token: string | null, method: string, rawInput: unknown): Promise<ApiResult<unknown>> {
    try {
      if (!isMethod(method)) throw new AppError('unknown_method', t.errors.unknownMethod(method));
      const spec = api[method];
      const parsed = spec.input.safeParse(rawInput ?? {});
      if (!parsed.success) {
        const { message, fields } = describeIssues(parsed.error, method);
        throw new AppError('validation', message, fields);
      }
      const user = this.authorize(token, method);
      const ctx: CallContext = {
        core: this,
        token,
        user,
        journal: () => this.openJournal(),
        actor: () => {
          if (!user) throw new AppError('unauthenticated', t.errors.unauthenticated);
          return user;
        },
      };
      const handler = handlers[method] as (c: CallContext, i: unknown) => unknown;
      const value = spec.output.parse(await handler(ctx, parsed.data));
      return { ok: true, value };
    } catch (err) {
      if (err instanceof AppError) return { ok: false, error: err.toApiError() };
      this.options.logError?.(err);
      return { ok: false, error: { code: 'internal', message: t.errors.internal } };
    }
  }

  /** Convenience for trusted callers (CLI, tests): throws the AppError instead of returning it. */
  async call<M extends Method>(token: string | null, method: M, input: unknown): Promise<z.output<(typeof api)[M]['output']>> {
    const result = await this.dispatch(token, method, input);
    if (!result.ok) throw new AppError(result.error.code, result.error.message, result.error.fields);
    return result.value as z.output<(typeof api)[M]['output']>;
  }

  close(): void {
    this.journal?.db.close();
    this.journal = null;
  }

  private authorize(token: string | null, method: Method): UserRow | null {
    if (access[method] === 'public') return null;
    const j = this.openJournal();
    const idleMs = readSettings(j).sessionIdleMinutes * 60_000;
    const userId = this.sessions.touch(token, this.now(), idleMs);
    const user = findUserById(j, userId);
    if (!user || user.active !== 1) {
      this.sessions.close(token);
      throw new AppError('unauthenticated', t.errors.unauthenticated);
    }
    if (user.mustChangePassword === 1 && !allowedBeforePasswordChange.has(method)) {
      throw new AppError('forbidden', t.errors.mustChangePassword);
    }
    if (!mayCall(method, parseRoles(user.roles))) throw new AppError('forbidden', t.errors.forbidden);
    return user;
  }

  private attach(store: OpenedStore): Journal {
    this.journal = openJournal(store, this.now);
    return this.journal;
  }
}

export function createCore(options: CoreOptions): Core {
  return new Core(options);
}
