import type { Page } from '@playwright/test';

export const demoAdmin = { login: 'admin', password: 'admin-password-1' };

export async function login(page: Page, loginName: string, password: string) {
  await page.getByLabel('Логин').fill(loginName);
  await page.getByLabel('Пароль').fill(password);
  await page.getByRole('button', { name: 'Войти' }).click();
}

/** Calls the host's API with the page's session, as the renderer does; for set-up and checks behind the UI. */
export async function apiCall<T = unknown>(page: Page, method: string, input: unknown) {
  return page.evaluate(
    async ([m, i]) => {
      const token = sessionStorage.getItem('registrum.token');
      const res = await fetch('/api/call', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ method: m, input: i }),
      });
      return (await res.json()) as { ok: boolean; value?: unknown; error?: { code: string; message: string } };
    },
    [method, input] as const,
  ) as Promise<{ ok: boolean; value?: T; error?: { code: string; message: string } }>;
}

export async function openSection(page: Page, name: string) {
  await page.getByRole('navigation').getByRole('button', { name, exact: true }).click();
  await page.getByRole('heading', { name, level: 1 }).waitFor();
}
