import { expect, test, type Page } from '@playwright/test';
import { apiCall, demoAdmin, login, openSection } from './helpers';

const teachers = [
  { login: 'e2e.lebedeva', fullName: 'Лебедева Ольга Игоревна', surname: 'Лебедева', firstName: 'Ольга', patronymic: 'Игоревна', temporary: 'temporary-pass-1', own: 'lebedeva-pass-42' },
  { login: 'e2e.gromov', fullName: 'Громов Артём Сергеевич', surname: 'Громов', firstName: 'Артём', patronymic: 'Сергеевич', temporary: 'temporary-pass-2', own: 'gromov-pass-4242' },
] as const;
const discipline = { code: 'ОП.09', name: 'Стандартизация и сертификация' };

async function ok<T>(page: Page, method: string, input: unknown): Promise<T> {
  const res = await apiCall<T>(page, method, input);
  expect(res.error, method).toBeUndefined();
  return res.value!;
}

/** Two new teachers with accounts and staff records, and a discipline no group has in its load yet. */
async function setUp(page: Page) {
  for (const x of teachers) {
    const { user } = await ok<{ user: { id: string } }>(page, 'users.create', { login: x.login, fullName: x.fullName, roles: ['teacher'], password: x.temporary });
    await ok(page, 'staff.create', {
      surname: x.surname,
      firstName: x.firstName,
      patronymic: x.patronymic,
      birthDate: '1985-05-05',
      positions: ['teacher'],
      hireDate: '2015-09-01',
      userId: user.id,
    });
  }
  await ok(page, 'curriculum.createDiscipline', { ...discipline, kind: 'general', parentId: null });
  const { groups } = await ok<{ groups: { name: string; active: boolean }[] }>(page, 'contingent.listGroups', {});
  return groups.find((g) => g.active)!.name;
}

async function teacherSeesOnlyTheirLine(page: Page, x: (typeof teachers)[number], group: string, subgroup: string) {
  await page.goto('/');
  await login(page, x.login, x.temporary);
  await page.getByLabel('Текущий пароль').fill(x.temporary);
  await page.getByLabel('Новый пароль (не короче 10 символов)').fill(x.own);
  await page.getByLabel('Новый пароль ещё раз').fill(x.own);
  await page.getByRole('main').getByRole('button', { name: 'Сменить пароль' }).click();
  await expect(page.getByText('Пароль изменён')).toBeVisible();
  await openSection(page, 'Моя нагрузка');
  const rows = page.getByRole('main').getByRole('table').first().locator('tbody tr');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(discipline.code);
  await expect(rows.first()).toContainText(group);
  await expect(rows.first()).toContainText(subgroup);
  await page.getByRole('button', { name: 'Выйти' }).click();
}

test('the office assigns a discipline to a group split into two subgroups; each teacher sees exactly their line', async ({ page }) => {
  await page.goto('/');
  await login(page, demoAdmin.login, demoAdmin.password);
  await page.getByRole('navigation').waitFor();
  const group = await setUp(page);

  await openSection(page, 'Подгруппы');
  await page.getByRole('combobox', { name: 'Группа', exact: true }).selectOption({ label: group });
  await page.getByRole('button', { name: 'Разделить на подгруппы' }).click();
  let dialog = page.getByRole('dialog');
  await dialog.getByLabel('Дисциплина').selectOption({ label: `${discipline.code} ${discipline.name}` });
  await dialog.getByRole('button', { name: 'Поровну по алфавиту' }).click();
  await dialog.getByRole('button', { name: 'Разделить', exact: true }).click();
  await expect(page.getByText(`Группа разделена на подгруппы по дисциплине`)).toBeVisible();

  await openSection(page, 'Нагрузка');
  await page.getByRole('combobox', { name: 'Группа', exact: true }).selectOption({ label: group });
  for (const [i, x] of teachers.entries()) {
    await page.getByRole('button', { name: 'Добавить строку' }).first().click();
    dialog = page.getByRole('dialog');
    await dialog.getByLabel('Период').selectOption({ index: 1 });
    await dialog.getByLabel('Дисциплина').selectOption({ label: `${discipline.code} ${discipline.name}` });
    await dialog.getByLabel('Подгруппа').selectOption({ label: `${i + 1} подгруппа` });
    await dialog.getByLabel('Преподаватель').selectOption({ label: x.fullName });
    await dialog.getByLabel('Теоретические занятия, ч').fill('32');
    await dialog.getByRole('button', { name: 'Сохранить' }).click();
    await expect(page.getByText('Строка нагрузки добавлена')).toBeVisible();
  }
  await page.getByRole('button', { name: 'Выйти' }).click();

  await teacherSeesOnlyTheirLine(page, teachers[0], group, '1 подгруппа');
  await teacherSeesOnlyTheirLine(page, teachers[1], group, '2 подгруппа');
});
