import { create } from 'zustand';
import type { CellView, FinalView, JournalPage } from '../../../src-shared/api/journal';
import type { AbsenceReason, FinalKind, FinalValue } from '../../../src-shared/domain/gradebook';
import { ui } from '../../../src-shared/i18n/ui';
import { ApiFailure, call, errorMessage } from '../../api';
import { emptyEntry, sameEntry, type CellEntry } from './cell-text';

/** How the last change of one cell stands; the grid draws it in the cell and says it in the status line. */
export type SaveState = { state: 'saving' } | { state: 'saved' } | { state: 'failed'; message: string };

export type FinalValueOrEmpty = FinalValue | '';

export const cellKey = (lessonId: string, studentId: string) => `${lessonId}/${studentId}`;
export const finalKey = (studentId: string, kind: FinalKind) => `final/${studentId}/${kind}`;

/** A line under the grid: the outcome of the last change, or what the page asks of the user. */
export interface StatusLine {
  kind: 'error' | 'info' | 'success';
  text: string;
}

interface JournalState {
  lineId: string | null;
  page: JournalPage | null;
  loading: boolean;
  error: string | null;
  cells: Readonly<Record<string, CellView>>;
  finals: Readonly<Record<string, FinalValueOrEmpty>>;
  saves: Readonly<Record<string, SaveState>>;
  status: StatusLine | null;
  /** The reason the office gave for changes past the back-dating window; asked once per open page. */
  reason: string;
  /** Set while the page asks the user for that reason; the grid waits for the answer. */
  reasonPrompt: { resolve: (reason: string | null) => void } | null;
  open(lineId: string): Promise<void>;
  reload(): Promise<void>;
  setStatus(status: StatusLine | null): void;
  forgetReason(): void;
  /** Asks for the reason (or returns the one already given); null when the user declines. */
  askReason(): Promise<string | null>;
  setCell(lessonId: string, studentId: string, entry: CellEntry): void;
  pasteColumn(lessonId: string, entries: { studentId: string; entry: CellEntry }[]): Promise<void>;
  setFinal(studentId: string, kind: FinalKind, value: FinalValueOrEmpty): void;
  setAbsenceReason(lessonId: string, studentId: string, absenceReason: AbsenceReason, note: string): Promise<string | null>;
  /** Runs a change with the page's reason when it needs one, asking for it (again) when the core wants one. */
  withReason<T>(needsReason: boolean, save: (reason: string) => Promise<T>): Promise<T>;
}

export const entryOf = (cell: CellView | undefined): CellEntry =>
  cell ? { attendance: cell.attendance, mark1: cell.mark1, mark2: cell.mark2 } : emptyEntry;

/** Whether the core refused because the change needs a reason (the office past the back-dating window). */
export const asksForReason = (err: unknown) => err instanceof ApiFailure && (err.error.fields ?? []).some((f) => f.field === 'reason');

/** The user closed the reason prompt: the change is not made. */
class ReasonDeclined extends Error {
  constructor() {
    super(ui.gradebook.reasonDeclined);
  }
}

export const failureText = (err: unknown) => (err instanceof ReasonDeclined ? err.message : errorMessage(err));

const byKey = <T, V>(items: readonly T[], key: (x: T) => string, value: (x: T) => V) => {
  const out: Record<string, V> = {};
  for (const x of items) out[key(x)] = value(x);
  return out;
};

export const useJournal = create<JournalState>((set, get) => {
  /** What the core last confirmed per cell or final: a failed change returns the cell to it. */
  let confirmedCells: Record<string, CellView> = {};
  let confirmedFinals: Record<string, FinalValueOrEmpty> = {};
  /** Changes of one cell go to the core one after another, so the last typed value is the last saved. */
  const chains = new Map<string, Promise<unknown>>();
  const latest = new Map<string, number>();
  let sequence = 0;
  let averagesTimer: ReturnType<typeof setTimeout> | undefined;

  const setSave = (key: string, save: SaveState | null) =>
    set((s) => {
      const saves = { ...s.saves };
      if (save) saves[key] = save;
      else delete saves[key];
      return { saves };
    });

  /** Averages are the core's: after changes settle, the page asks for them again instead of counting them here. */
  const refreshAverages = () => {
    clearTimeout(averagesTimer);
    averagesTimer = setTimeout(() => {
      const lineId = get().lineId;
      if (!lineId) return;
      void call('journal.page', { lineId })
        .then((fresh) => {
          const page = get().page;
          if (get().lineId === lineId && page) set({ page: { ...page, students: fresh.students, access: fresh.access, closed: fresh.closed } });
        })
        .catch(() => undefined);
    }, 700);
  };

  /** Runs `save` after the earlier changes of `key`, with the reason when the lesson needs one; retries once if the core asks for it. */
  const enqueue = <T>(
    key: string,
    needsReason: boolean,
    save: (reason: string) => Promise<T>,
    onDone: (value: T, isLatest: boolean) => void,
    onFail: () => void,
  ) => {
    const id = ++sequence;
    latest.set(key, id);
    setSave(key, { state: 'saving' });
    const run = async () => {
      try {
        const value = await withReason(needsReason, save);
        const isLatest = latest.get(key) === id;
        onDone(value, isLatest);
        if (isLatest) setSave(key, { state: 'saved' });
        refreshAverages();
      } catch (err) {
        if (latest.get(key) !== id) return;
        const message = failureText(err);
        onFail();
        setSave(key, { state: 'failed', message });
        set({ status: { kind: 'error', text: message } });
      }
    };
    const next = (chains.get(key) ?? Promise.resolve()).then(run);
    chains.set(key, next);
    void next.finally(() => {
      if (chains.get(key) === next) chains.delete(key);
    });
  };

  /** Calls `save` with the reason the page holds (asking for it first when needed), and asks again when the core wants one. */
  const withReason = async <T>(needsReason: boolean, save: (reason: string) => Promise<T>): Promise<T> => {
    const reason = needsReason ? await get().askReason() : '';
    if (reason === null) throw new ReasonDeclined();
    try {
      return await save(reason);
    } catch (err) {
      if (!asksForReason(err)) throw err;
      set({ reason: '' });
      const again = await get().askReason();
      if (again === null) throw new ReasonDeclined();
      return save(again);
    }
  };

  const putCell = (key: string, cell: CellView | null) =>
    set((s) => {
      const cells = { ...s.cells };
      if (cell) cells[key] = cell;
      else delete cells[key];
      return { cells };
    });

  return {
    withReason,
    lineId: null,
    page: null,
    loading: false,
    error: null,
    cells: {},
    finals: {},
    saves: {},
    status: null,
    reason: '',
    reasonPrompt: null,
    open: async (lineId) => {
      chains.clear();
      latest.clear();
      set({ lineId, page: null, cells: {}, finals: {}, saves: {}, status: null, reason: '', error: null });
      await get().reload();
    },
    reload: async () => {
      const lineId = get().lineId;
      if (!lineId) return;
      set({ loading: true, error: null });
      try {
        const page = await call('journal.page', { lineId });
        if (get().lineId !== lineId) return;
        confirmedCells = byKey(page.cells, (c) => cellKey(c.lessonId, c.studentId), (c) => c);
        confirmedFinals = byKey(page.finals, (f: FinalView) => finalKey(f.studentId, f.kind), (f) => f.value);
        set({ page, cells: confirmedCells, finals: confirmedFinals, loading: false });
      } catch (err) {
        set({ loading: false, error: errorMessage(err) });
      }
    },
    setStatus: (status) => set({ status }),
    forgetReason: () => set({ reason: '' }),
    askReason: () => {
      const given = get().reason;
      if (given) return Promise.resolve(given);
      const pending = get().reasonPrompt;
      if (pending) {
        // One prompt at a time: a second change waits for the same answer.
        return new Promise((resolve) => {
          const unsubscribe = useJournal.subscribe((s) => {
            if (s.reasonPrompt) return;
            unsubscribe();
            resolve(s.reason || null);
          });
        });
      }
      return new Promise((resolve) => {
        set({
          reasonPrompt: {
            resolve: (reason) => {
              set({ reasonPrompt: null, reason: reason ?? '' });
              resolve(reason);
            },
          },
        });
      });
    },
    setCell: (lessonId, studentId, entry) => {
      const key = cellKey(lessonId, studentId);
      const before = get().cells[key];
      if (sameEntry(entryOf(before), entry)) return;
      const base = before ?? { lessonId, studentId, attendance: '', absenceReason: '', absenceNote: '', mark1: '', mark2: '' };
      putCell(key, { ...base, ...entry });
      const needsReason = get().page?.access.reasonLessonIds.includes(lessonId) ?? false;
      enqueue(
        key,
        needsReason,
        (reason) => call('journal.setCell', { lessonId, studentId, ...entry, reason }),
        (cell, isLatest) => {
          confirmedCells[key] = cell;
          // A later change typed meanwhile stays on screen until its own answer comes.
          if (isLatest) putCell(key, cell);
        },
        () => putCell(key, confirmedCells[key] ?? null),
      );
    },
    pasteColumn: async (lessonId, entries) => {
      const keys = entries.map((e) => cellKey(lessonId, e.studentId));
      for (const [i, e] of entries.entries()) {
        const key = keys[i]!;
        const base = get().cells[key] ?? { lessonId, studentId: e.studentId, attendance: '', absenceReason: '', absenceNote: '', mark1: '', mark2: '' };
        putCell(key, { ...base, ...e.entry });
        setSave(key, { state: 'saving' });
        // A single change of one of these cells still on its way must not draw over the pasted value.
        latest.set(key, ++sequence);
      }
      const needsReason = get().page?.access.reasonLessonIds.includes(lessonId) ?? false;
      const save = (reason: string) => call('journal.setCells', { lessonId, reason, entries: entries.map((e) => ({ studentId: e.studentId, ...e.entry })) });
      const fail = (message: string) => {
        for (const key of keys) {
          putCell(key, confirmedCells[key] ?? null);
          setSave(key, { state: 'failed', message });
        }
        set({ status: { kind: 'error', text: ui.gradebook.pasteFailed(message) } });
      };
      try {
        const result = await withReason(needsReason, save);
        const saved = byKey(result.cells, (c) => cellKey(c.lessonId, c.studentId), (c) => c);
        for (const key of keys) {
          const cell = saved[key];
          if (cell) confirmedCells[key] = cell;
          else delete confirmedCells[key];
          putCell(key, cell ?? null);
          setSave(key, { state: 'saved' });
        }
        set({ status: { kind: 'success', text: ui.gradebook.pasted(entries.length) } });
        refreshAverages();
      } catch (err) {
        fail(failureText(err));
      }
    },
    setFinal: (studentId, kind, value) => {
      const key = finalKey(studentId, kind);
      const lineId = get().lineId;
      if (!lineId || (get().finals[key] ?? '') === value) return;
      set((s) => ({ finals: { ...s.finals, [key]: value } }));
      const needsReason = get().page?.access.finalsNeedReason ?? false;
      enqueue(
        key,
        needsReason,
        (reason) => call('journal.setFinal', { lineId, studentId, kind, value, reason }),
        (final, isLatest) => {
          confirmedFinals[key] = final.value;
          if (isLatest) set((s) => ({ finals: { ...s.finals, [key]: final.value } }));
        },
        () => set((s) => ({ finals: { ...s.finals, [key]: confirmedFinals[key] ?? '' } })),
      );
    },
    setAbsenceReason: async (lessonId, studentId, absenceReason, note) => {
      const key = cellKey(lessonId, studentId);
      setSave(key, { state: 'saving' });
      try {
        const cell = await call('journal.setAbsenceReason', { lessonId, studentId, absenceReason, note });
        confirmedCells[key] = cell;
        putCell(key, cell);
        setSave(key, { state: 'saved' });
        set({ status: { kind: 'success', text: ui.gradebook.reasonSaved } });
        return null;
      } catch (err) {
        setSave(key, null);
        return errorMessage(err);
      }
    },
  };
});
