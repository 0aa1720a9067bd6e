import { defineConfig } from '@playwright/test';

/** Each project runs against its own headless host and journal, so no spec depends on another's leftovers. */
const hosts = {
  firstRun: { port: 5287, seed: 'none', now: '' },
  // The demo college's year is 2026/2027: its host lives on 25 November 2026, whatever day the tests run.
  demo: { port: 5288, seed: 'demo', now: '2026-11-25T09:00:00+03:00' },
} as const;
const url = (port: number) => `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  outputDir: '../test-results',
  use: {
    locale: 'ru-RU',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--lang=ru-RU', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'first-run', testMatch: /first-run\.spec\.ts/, use: { baseURL: url(hosts.firstRun.port) } },
    { name: 'demo-college', testMatch: /(orders|import|load|journal)\.spec\.ts/, use: { baseURL: url(hosts.demo.port) } },
    { name: 'electron', testMatch: /electron\.spec\.ts/ },
  ],
  webServer: Object.values(hosts).map(({ port, seed, now }) => ({
    command: 'node --import tsx tests/e2e/serve-fresh.ts',
    cwd: '..',
    url: `${url(port)}/`,
    env: { E2E_PORT: String(port), E2E_SEED: seed, ...(now ? { E2E_NOW: now } : {}) },
    reuseExistingServer: false,
    timeout: 90_000,
  })),
});
