import { expect, test, type Page } from '@playwright/test';
import { apiCall, demoAdmin, login, openSection } from './helpers';

interface Group {
  id: string;
  name: string;
  active: boolean;
}

async function twoGroups(page: Page): Promise<[string, string]> {
  const res = await apiCall<{ groups: Group[] }>(page, 'contingent.listGroups', {});
  const active = (res.value?.groups ?? []).filter((g) => g.active);
  expect(active.length).toBeGreaterThanOrEqual(2);
  return [active[0]!.name, active[1]!.name];
}

async function newOrder(page: Page, type: string, number: string) {
  await openSection(page, 'Приказы');
  await page.getByRole('button', { name: 'Новый приказ' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Вид приказа').selectOption({ label: type });
  await dialog.getByLabel('Номер приказа').fill(number);
  await dialog.getByLabel('Дата приказа').fill('2026-11-20');
  await dialog.getByLabel('Вступает в силу').fill('2026-11-23');
  return dialog;
}

async function pickStudent(page: Page, query: string) {
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Найти студента по ФИО или номеру зачётной книжки').fill(query);
  await dialog.getByRole('button', { name: new RegExp(query) }).click();
}

test.describe.serial('the office moves a student by orders', () => {
  test('a new student is added, enrolled, transferred, and the card shows the history', async ({ page }) => {
    await page.goto('/');
    await login(page, demoAdmin.login, demoAdmin.password);
    await page.getByRole('navigation').waitFor();
    const [first, second] = await twoGroups(page);

    await openSection(page, 'Студенты');
    await page.getByRole('button', { name: 'Добавить студента' }).click();
    let dialog = page.getByRole('dialog');
    await dialog.getByLabel('Фамилия').fill('Тестова');
    await dialog.getByLabel('Имя').fill('Алиса');
    await dialog.getByLabel('Отчество').fill('Игоревна');
    await dialog.getByLabel('Пол').selectOption({ label: 'женский' });
    await dialog.getByLabel('Зачётная книжка').fill('E2E-001');
    await dialog.getByLabel('СНИЛС').fill('112-233-445 96');
    await dialog.getByRole('button', { name: 'Сохранить' }).click();
    // Mistakes stand under their fields and nothing is saved.
    await expect(dialog.getByText('неверный СНИЛС: не сходится контрольное число')).toBeVisible();
    await dialog.getByLabel('СНИЛС').fill('112-233-445 95');
    await dialog.getByLabel('Дата рождения').fill('2009-04-17');
    await dialog.getByRole('button', { name: 'Сохранить' }).click();
    await expect(page.getByText('Студент Тестова Алиса добавлен')).toBeVisible();
    await page.getByRole('dialog').getByRole('button', { name: 'Закрыть' }).click();

    dialog = await newOrder(page, 'О зачислении', 'E2E-1');
    await dialog.getByRole('button', { name: 'Проверить приказ' }).click();
    await expect(dialog.getByText('выберите хотя бы одного студента')).toBeVisible();
    await pickStudent(page, 'Тестова');
    await dialog.getByLabel('Группа по приказу: Тестова Алиса Игоревна').selectOption({ label: first });
    await expect(dialog.getByRole('button', { name: 'Провести приказ' })).toBeDisabled();
    await dialog.getByRole('button', { name: 'Проверить приказ' }).click();
    const preview = dialog.getByRole('table', { name: 'Действие приказа' });
    await expect(preview.getByRole('row', { name: /Тестова Алиса/ })).toContainText(`— → ${first}`);
    await expect(preview.getByRole('row', { name: /Тестова Алиса/ })).toContainText('не зачислен → обучается');
    await dialog.getByRole('button', { name: 'Провести приказ' }).click();
    await expect(page.getByText('Приказ № E2E-1 проведён')).toBeVisible();

    dialog = await newOrder(page, 'О переводе в другую группу', 'E2E-2');
    await pickStudent(page, 'E2E-001');
    await dialog.getByLabel('Группа по приказу: Тестова Алиса Игоревна').selectOption({ label: second });
    await dialog.getByRole('button', { name: 'Проверить приказ' }).click();
    await expect(dialog.getByRole('table', { name: 'Действие приказа' })).toContainText(`${first} → ${second}`);
    await dialog.getByRole('button', { name: 'Провести приказ' }).click();
    await expect(page.getByText('Приказ № E2E-2 проведён')).toBeVisible();

    await openSection(page, 'Студенты');
    await page.getByLabel('Поиск по ФИО или номеру зачётной книжки').fill('Тестова');
    await page.getByRole('button', { name: 'Тестова Алиса Игоревна' }).click();
    const card = page.getByRole('dialog');
    await expect(card.getByText(`${first}: с 23.11.2026 по 23.11.2026 (не включая)`)).toBeVisible();
    await expect(card.getByText(`${second}: с 23.11.2026 по настоящее время`)).toBeVisible();
    await expect(card.getByText(/№ E2E-1 от 20\.11\.2026 — О зачислении/)).toBeVisible();
    await expect(card.getByText(/№ E2E-2 от 20\.11\.2026 — О переводе в другую группу/)).toBeVisible();
  });

  test('cancelling the transfer puts the student back and marks the order cancelled', async ({ page }) => {
    await page.goto('/');
    await login(page, demoAdmin.login, demoAdmin.password);
    await openSection(page, 'Приказы');
    await page.getByRole('button', { name: '№ E2E-1' }).click();
    let dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Отменить приказ' }).click();
    await dialog.getByLabel('Причина отмены').fill('ошибочно');
    await dialog.getByRole('button', { name: 'Отменить приказ' }).click();
    // A later order moved the same student: the enrollment cannot be undone before the transfer.
    await expect(dialog.getByText(/E2E-2/)).toBeVisible();
    await dialog.getByRole('button', { name: 'Отмена' }).click();
    await dialog.getByRole('button', { name: 'Закрыть' }).click();

    await page.getByRole('button', { name: '№ E2E-2' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Отменить приказ' }).click();
    await dialog.getByRole('button', { name: 'Отменить приказ' }).click();
    await expect(dialog.getByText('обязательное поле')).toBeVisible();
    await dialog.getByLabel('Причина отмены').fill('переведена по ошибке');
    await dialog.getByRole('button', { name: 'Отменить приказ' }).click();
    await expect(page.getByText('Приказ отменён, его действие снято')).toBeVisible();
    await expect(page.getByRole('row', { name: /E2E-2/ })).toContainText('отменён');

    await openSection(page, 'Студенты');
    await page.getByLabel('Поиск по ФИО или номеру зачётной книжки').fill('E2E-001');
    await page.getByRole('button', { name: 'Тестова Алиса Игоревна' }).click();
    await expect(page.getByRole('dialog').getByText(/по настоящее время/)).toHaveCount(1);
    await expect(page.getByRole('dialog').getByText(/№ E2E-2 .*\(отменён\)/)).toBeVisible();
  });
});
