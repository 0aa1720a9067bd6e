import { create } from 'zustand';
import type { Method, UserView } from '../../src-shared/api';
import { call, errorMessage } from '../api';

export type Phase = 'loading' | 'uninitialized' | 'locked' | 'login' | 'ready' | 'failed';
export type Page = 'students' | 'orders' | 'load' | 'myLoad' | 'subgroups' | 'staff' | 'groups' | 'specialties' | 'disciplines' | 'plans' | 'years' | 'users' | 'settings' | 'status' | 'password';

/** A journal page open over the current page: the page stays mounted underneath, so «back» finds it as it was left. */
export interface JournalOpen {
  lineId: string;
}

interface SessionState {
  phase: Phase;
  collegeName: string | null;
  user: UserView | null;
  allowed: ReadonlySet<string>;
  page: Page;
  notice: string | null;
  journal: JournalOpen | null;
  /** Asks the core where the journal stands and who is signed in. */
  refresh(): Promise<void>;
  /** Loads the signed-in user and opens their first page, with an optional notice on top. */
  signedIn(notice?: string): Promise<void>;
  signOut(notice?: string): Promise<void>;
  sessionLost(notice: string): void;
  go(page: Page): void;
  /** Opens the journal page of a load line over the current page; `closeJournal` returns to that page. */
  openJournal(lineId: string): void;
  closeJournal(): void;
  may(method: Method): boolean;
}

export const useSession = create<SessionState>((set, get) => ({
  phase: 'loading',
  collegeName: null,
  user: null,
  allowed: new Set(),
  page: 'status',
  notice: null,
  journal: null,
  refresh: async () => {
    try {
      const s = await call('setup.status', {});
      set({ collegeName: s.collegeName });
      if (s.state !== 'ready') return set({ phase: s.state });
      await get().signedIn();
    } catch (err) {
      set({ phase: 'failed', notice: errorMessage(err) });
    }
  },
  signedIn: async (notice) => {
    try {
      const me = await call('auth.me', {});
      const allowed = new Set(me.allowedMethods);
      // The layout opens the first page this user may see when the default is not one of them.
      const page: Page = me.user.mustChangePassword ? 'password' : 'groups';
      set({ phase: 'ready', user: me.user, allowed, page, notice: notice ?? null, journal: null });
    } catch {
      set({ phase: 'login', user: null, allowed: new Set() });
    }
  },
  signOut: async (notice) => {
    try {
      await call('auth.logout', {});
    } catch {
      // Already gone: nothing to end.
    }
    set({ phase: 'login', user: null, allowed: new Set(), notice: notice ?? null });
  },
  sessionLost: (notice) => set({ phase: 'login', user: null, allowed: new Set(), notice }),
  go: (page) => set({ page, notice: null, journal: null }),
  openJournal: (lineId) => set({ notice: null, journal: { lineId } }),
  closeJournal: () => set({ journal: null }),
  may: (method) => get().allowed.has(method),
}));
