import { expect, test, type Page } from '@playwright/test';
import { encode1251 } from '../helpers/student-files';
import { apiCall, demoAdmin, login, openSection } from './helpers';

interface Group {
  name: string;
  active: boolean;
}

/** The office's CSV as Excel saves it in Russia: Windows-1251, semicolons, dates as ДД.ММ.ГГГГ. */
function csv(groupName: string, secondBirthDate: string): Buffer {
  const lines = [
    'Фамилия;Имя;Отчество;Дата рождения;Пол;Номер зачётной книжки;СНИЛС;Основа обучения;Группа',
    `Импортова;Вера;Павловна;12.03.2009;Ж;IMP-001;112-233-445 95;бюджет;${groupName}`,
    `Загрузкин;Пётр;Ильич;${secondBirthDate};М;IMP-002;;договор;${groupName}`,
    `Файлова;Ксения;;01.12.2008;ж;IMP-003;;бюджет;${groupName}`,
  ];
  return encode1251(lines.join('\r\n'));
}

async function chooseFile(page: Page, content: Buffer) {
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Файл').setInputFiles({ name: 'студенты.csv', mimeType: 'text/csv', buffer: content });
  await dialog.getByRole('button', { name: 'Прочитать файл' }).click();
}

test('importing a CSV with one bad row saves nothing; the fixed file enrols everyone by one order', async ({ page }) => {
  await page.goto('/');
  await login(page, demoAdmin.login, demoAdmin.password);
  await page.getByRole('navigation').waitFor();
  const groups = await apiCall<{ groups: Group[] }>(page, 'contingent.listGroups', {});
  const group = groups.value!.groups.find((g) => g.active)!.name;

  await openSection(page, 'Студенты');
  await page.getByRole('button', { name: 'Загрузить из файла' }).click();
  await chooseFile(page, csv(group, '31.02.2009'));
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText('Строк в файле: 3; без ошибок: 2; с ошибками: 1.')).toBeVisible();
  const bad = dialog.getByRole('row', { name: /Загрузкин/ });
  await expect(bad).toContainText('3');
  await expect(bad).toContainText('Дата рождения');
  await expect(dialog.getByRole('button', { name: 'Загрузить', exact: true })).toBeDisabled();
  const before = await apiCall<{ students: unknown[] }>(page, 'students.list', { query: 'IMP-' });
  expect(before.value!.students).toHaveLength(0);

  await dialog.getByRole('button', { name: 'Выбрать другой файл' }).click();
  await chooseFile(page, csv(group, '28.02.2009'));
  await expect(dialog.getByText('Строк в файле: 3; без ошибок: 3; с ошибками: 0.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Загрузить', exact: true }).click();
  await dialog.getByLabel('Номер приказа').fill('IMP-1');
  await dialog.getByLabel('Дата приказа').fill('2026-11-24');
  await dialog.getByLabel('Дата зачисления').fill('2026-11-25');
  await dialog.getByRole('button', { name: 'Зачислить' }).click();
  await expect(page.getByText('Загружено студентов: 3. Они зачислены в группы приказом № IMP-1.')).toBeVisible({ timeout: 30_000 });
  await dialog.getByRole('button', { name: 'Закрыть' }).click();
  await expect(page.getByRole('status').getByText('Загружено студентов: 3.')).toBeVisible();

  await page.getByLabel('Поиск по ФИО или номеру зачётной книжки').fill('IMP-');
  await expect(page.getByRole('row', { name: /Импортова Вера Павловна/ })).toContainText(group);
  await expect(page.getByRole('row', { name: /Загрузкин Пётр Ильич/ })).toContainText('обучается');
  await expect(page.getByRole('row', { name: /Файлова Ксения/ })).toBeVisible();
});
