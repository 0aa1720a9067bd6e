// Starts the headless host on a brand-new data directory for the e2e tests: empty (the first-run state), or with
// E2E_SEED=demo already holding the small demo college and an administrator whose password the tests know.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore } from '../../src-main/core/app';
import { startHost } from '../../src-main/host/server';

const port = Number(process.env.E2E_PORT ?? 5287);
const dir = mkdtempSync(join(tmpdir(), 'registrum-e2e-'));
// E2E_NOW pins the host's calendar (the demo college's year is 2026/2027), letting time run on from there.
const pinned = process.env.E2E_NOW ? Date.parse(process.env.E2E_NOW) : null;
const started = Date.now();
const now = pinned === null ? Date.now : () => pinned + (Date.now() - started);
const core = createCore({ dataDir: dir, now, logError: (e) => console.error(e) });
if (process.env.E2E_SEED === 'demo') {
  await core.initialize({ collegeName: 'Демонстрационный колледж', adminLogin: 'admin', adminFullName: 'Администратор Журнала', adminPassword: 'admin-password-1', demo: 'small' });
}
const host = await startHost({ core, rendererDir: join(import.meta.dirname, '../../out/renderer'), port });
console.log(`e2e host ${host.url} data ${dir}`);

const stop = () => {
  void host.close().then(() => {
    core.close();
    rmSync(dir, { recursive: true, force: true });
    process.exit(0);
  });
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
