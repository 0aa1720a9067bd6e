// npm run bench: how fast the operation log applies ops, encrypted and plain, the latency of one durable
// write through dispatch, the large college's student lists, an import of 4,000 students, the tariffing list of
// its teaching load, and its journal: the demo's semester, a page of 30 × 80 opened, marks typed. Prints figures
// with the goal beside each; never fails on speed.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createCore } from '../../src-main/core/app';
import { entities, validityRules } from '../../src-main/core/journal';
import { loadDemoCollege } from '../../src-main/core/demo/loader';
import { generateDemoCollege, type DemoSize } from '../../src-main/core/demo/generator';
import { OpLog } from '../../src-main/core/oplog/oplog';
import type { Op } from '../../src-main/core/oplog/types';
import { openConnection, withDeferredCheckpoint, type Db } from '../../src-main/core/store/connection';
import { migrate } from '../../src-main/core/store/migrate';
import { csvBase64, demoImportRows, importHeader, toCsv } from '../helpers/student-files';
import { measureJournal } from './journal';

const editsPerSize: Record<DemoSize, number> = { small: 20_000, large: 100_000 };
const password = 'bench-admin-password';
const rows: string[][] = [];

function freshLog(dir: string, name: string, encrypted: boolean): { db: Db; log: OpLog; close: () => void } {
  const db = openConnection(join(dir, `${name}.db`), encrypted ? randomBytes(32) : null);
  migrate(db);
  const log = new OpLog(db, `bench-${name}`, Date.now);
  for (const def of entities) log.registerEntity(def);
  // The journal's validity rules judge every op on arrival, as on a real workstation.
  for (const rule of validityRules) log.registerRule(rule);
  return { db, log, close: () => db.close() };
}

/** The demo college's ops plus a stream of edits to its people, as the office would make them over a term. */
async function sourceOps(dir: string, size: DemoSize): Promise<Op[]> {
  const core = createCore({ dataDir: join(dir, 'source') });
  await core.initialize({ collegeName: 'Бенчмарк', adminLogin: 'admin', adminFullName: 'Админ', adminPassword: password, demo: 'none' }, 'bench-recovery-passphrase');
  const j = core.openJournal();
  const admin = j.db.prepare("SELECT id FROM users WHERE login = 'admin'").get() as { id: string };
  const loadStart = performance.now();
  const demo = await loadDemoCollege(j, admin.id, size);
  const loadSeconds = (performance.now() - loadStart) / 1000;
  rows.push([`${size}: demo college with its semester's journal (${fmt(demo.lessons)} lessons, ${fmt(demo.cells)} filled cells), s`, loadSeconds.toFixed(1), '< 180']);
  const ids = (j.db.prepare('SELECT id FROM users').all() as { id: string }[]).map((r) => r.id);
  const edits = editsPerSize[size];
  j.db.transaction(() => {
    for (let i = 0; i < edits; i += 100) {
      j.oplog.commit(
        admin.id,
        Array.from({ length: Math.min(100, edits - i) }, (_, k) => ({
          entity: 'user',
          entityId: ids[(i + k) % ids.length]!,
          field: 'full_name',
          value: `Сотрудник ${i + k}`,
        })),
      );
    }
  })();
  const ops = j.oplog.exportOps({}, 10_000_000);
  if (size === 'large') {
    await measureStudentSearch(core);
    await measureFilteredList(core);
    // Before the import, which puts 25 more students in every group: the page measured has 30.
    await measureJournal(core, (await core.call(null, 'auth.login', { login: 'admin', password })).token, admin.id, rows);
    await measureImport(core);
    await measureTariffing(core, demo.loadLines);
  }
  core.close();
  return ops;
}

/** The office types a name into the search box of the large college: median and worst of 30 searches. */
async function measureStudentSearch(core: ReturnType<typeof createCore>): Promise<void> {
  const { token } = await core.call(null, 'auth.login', { login: 'admin', password });
  const samples: number[] = [];
  for (const query of Array.from({ length: 30 }, (_, i) => ['ова', 'Иван', 'ин', '26-00', 'Серг', 'ев'][i % 6]!)) {
    const start = performance.now();
    const { students } = await core.call(token, 'students.list', { query });
    samples.push(performance.now() - start);
    if (students.length === 0) throw new Error(`no students for «${query}»`);
  }
  samples.sort((a, b) => a - b);
  rows.push(['large: student search via dispatch, p50 ms', samples[15]!.toFixed(1), '—']);
  rows.push(['large: student search via dispatch, max ms', samples.at(-1)!.toFixed(1), `< 50 ${samples.at(-1)! < 50 ? 'ok' : 'MISSED'}`]);
}

/** The students page of the large college filtered by a group or by a status: median and worst of 60 lists. */
async function measureFilteredList(core: ReturnType<typeof createCore>): Promise<void> {
  const { token } = await core.call(null, 'auth.login', { login: 'admin', password });
  const { groups } = await core.call(token, 'contingent.listGroups', {});
  const statuses = ['studying', 'applicant', 'expelled'] as const;
  const samples: number[] = [];
  for (let i = 0; i < 30; i++) {
    for (const filter of [{ groupId: groups[(i * 7) % groups.length]!.id }, { status: statuses[i % statuses.length]! }]) {
      const start = performance.now();
      await core.call(token, 'students.list', filter);
      samples.push(performance.now() - start);
    }
  }
  samples.sort((a, b) => a - b);
  rows.push(['large: filtered student list (group / status) via dispatch, p50 ms', samples[30]!.toFixed(1), '—']);
  rows.push(['large: filtered student list (group / status) via dispatch, max ms', samples.at(-1)!.toFixed(1), `< 50 ${samples.at(-1)! < 50 ? 'ok' : 'MISSED'}`]);
}

/** The admissions office's file of 4,000 students into the large college: preview, then the import job to its end. */
async function measureImport(core: ReturnType<typeof createCore>): Promise<void> {
  const { token } = await core.call(null, 'auth.login', { login: 'admin', password });
  const groupNames = generateDemoCollege('large').groups.map((g) => g.name);
  const file = { fileName: 'приём.csv', contentBase64: csvBase64(toCsv([importHeader, ...demoImportRows(4000, groupNames)])) };
  const start = performance.now();
  const preview = await core.call(token, 'students.importPreview', file);
  if (preview.validRows !== 4000) throw new Error(`preview: ${preview.errorRowCount} rows with errors`);
  const { jobId } = await core.call(token, 'students.importStart', { ...file, order: { number: 'приём-1', date: '2026-08-25', effectiveDate: '2026-09-01' } });
  for (;;) {
    const job = await core.call(token, 'jobs.get', { jobId });
    if (job.state === 'failed') throw new Error(job.error?.message);
    if (job.state === 'done') break;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  const seconds = (performance.now() - start) / 1000;
  rows.push(['import of 4,000 students via dispatch (preview+commit), s', seconds.toFixed(2), `< 5 ${seconds < 5 ? 'ok' : 'MISSED'}`]);
}

/**
 * The tariffing list of the large college's year (the demo's load: every group's plan in both semesters): the office opens
 * it through dispatch; median and worst of 10.
 */
async function measureTariffing(core: ReturnType<typeof createCore>, lines: number): Promise<void> {
  const { token } = await core.call(null, 'auth.login', { login: 'admin', password });
  const { years } = await core.call(token, 'calendar.listYears', {});
  const yearId = years.find((y) => !y.closed)!.id;
  const samples: number[] = [];
  for (let i = 0; i < 10; i++) {
    const start = performance.now();
    const { teachers } = await core.call(token, 'load.tariffing', { yearId });
    samples.push(performance.now() - start);
    if (teachers.reduce((n, t) => n + t.lines.length, 0) !== lines) throw new Error(`tariffing lists fewer than ${lines} lines`);
  }
  samples.sort((a, b) => a - b);
  rows.push([`large: tariffing list via dispatch (${fmt(lines)} lines), p50 ms`, samples[5]!.toFixed(1), '—']);
  rows.push(['large: tariffing list via dispatch, ms', samples.at(-1)!.toFixed(1), `< 500 ${samples.at(-1)! < 500 ? 'ok' : 'MISSED'}`]);
}

function applyRate(dir: string, name: string, encrypted: boolean, ops: Op[]): number {
  const { db, log, close } = freshLog(dir, name, encrypted);
  const start = performance.now();
  // Pages of 5,000 as sync pulls them; the closing checkpoint is part of the time.
  withDeferredCheckpoint(db, () => {
    for (let i = 0; i < ops.length; i += 5000) log.importOps(ops.slice(i, i + 5000));
  });
  const seconds = (performance.now() - start) / 1000;
  if (log.count() !== ops.length) throw new Error(`applied ${log.count()} of ${ops.length}`);
  close();
  return ops.length / seconds;
}

async function writeLatency(dir: string): Promise<{ p50: number; p99: number }> {
  const core = createCore({ dataDir: join(dir, 'latency') });
  await core.initialize({ collegeName: 'Бенчмарк', adminLogin: 'admin', adminFullName: 'Админ', adminPassword: password, demo: 'none' }, 'bench-recovery-passphrase');
  const { token, user } = await core.call(null, 'auth.login', { login: 'admin', password });
  const samples: number[] = [];
  for (let i = 0; i < 2000; i++) {
    const start = performance.now();
    const result = await core.dispatch(token, 'users.update', { userId: user.id, fullName: `Админ ${i}`, roles: ['admin'] });
    samples.push(performance.now() - start);
    if (!result.ok) throw new Error(result.error.message);
  }
  core.close();
  samples.sort((a, b) => a - b);
  return { p50: samples[Math.floor(samples.length * 0.5)]!, p99: samples[Math.floor(samples.length * 0.99)]! };
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

// First, while the disk is quiet: the large college's phases leave write-back behind that would land in these fsyncs.
const latencyDir = mkdtempSync(join(tmpdir(), 'registrum-bench-latency-'));
try {
  const { p50, p99 } = await writeLatency(latencyDir);
  rows.push(['durable write via dispatch, p50 ms', p50.toFixed(3), '—']);
  rows.push(['durable write via dispatch, p99 ms', p99.toFixed(3), `< 5 ${p99 < 5 ? 'ok' : 'MISSED'}`]);
} finally {
  rmSync(latencyDir, { recursive: true, force: true });
}

for (const size of ['small', 'large'] as DemoSize[]) {
  const dir = mkdtempSync(join(tmpdir(), `registrum-bench-${size}-`));
  try {
    const ops = await sourceOps(dir, size);
    // Alternate and keep the best of three, so a noisy neighbour hurts both sides alike.
    let encrypted = 0;
    let plain = 0;
    for (let round = 0; round < 3; round++) {
      encrypted = Math.max(encrypted, applyRate(dir, `enc-${round}`, true, ops));
      plain = Math.max(plain, applyRate(dir, `plain-${round}`, false, ops));
    }
    const ratio = plain / encrypted;
    rows.push([`${size}: ops applied/s, encrypted (${fmt(ops.length)} ops)`, fmt(encrypted), '—']);
    rows.push([`${size}: ops applied/s, plain`, fmt(plain), '—']);
    rows.push([`${size}: plain / encrypted`, ratio.toFixed(2), `≤ 1.25 ${ratio <= 1.25 ? 'ok' : 'MISSED'}`]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const widths = [0, 1, 2].map((c) => Math.max(...rows.map((r) => r[c]!.length), ['figure', 'value', 'goal'][c]!.length));
const line = (r: string[]) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
console.log(line(['figure', 'value', 'goal']));
for (const r of rows) console.log(line(r));
