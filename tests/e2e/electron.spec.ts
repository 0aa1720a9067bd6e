import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';

/** The Electron binary, if this machine has one (it cannot be downloaded on the development machines). */
function electronBinary(): string | null {
  try {
    const pkg = createRequire(import.meta.url).resolve('electron/package.json');
    const pathFile = join(dirname(pkg), 'path.txt');
    if (!existsSync(pathFile)) return null;
    const binary = join(dirname(pkg), 'dist', readFileSync(pathFile, 'utf8').trim());
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();

test('the Electron app starts and shows the first-run wizard or the login', async () => {
  test.skip(!binary, 'Electron binary is not installed on this machine');
  const app = await electron.launch({ executablePath: binary!, args: ['.'], cwd: join(import.meta.dirname, '../..') });
  const window = await app.firstWindow();
  await expect(window.getByRole('heading', { name: /Первый запуск Registrum|Вход в журнал|Журнал закрыт/ })).toBeVisible();
  expect(await window.evaluate(() => typeof (window as unknown as { registrum?: unknown }).registrum)).toBe('object');
  expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
  await app.close();
});
