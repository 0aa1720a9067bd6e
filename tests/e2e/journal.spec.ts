import { expect, test, type Page } from '@playwright/test';
import { apiCall, demoAdmin, login, openSection } from './helpers';

// The demo host lives on 25 November 2026 (tests/playwright.config.ts); the browser's calendar is set to match.
const today = new Date('2026-11-25T09:00:00+03:00');
const demoPassword = 'registrum-demo';

interface Line {
  id: string;
  groupId: string;
  groupName: string;
  subgroupId: string | null;
  disciplineCode: string;
  periodName: string;
  teacherId: string;
}

async function value<T>(page: Page, method: string, input: unknown): Promise<T> {
  const res = await apiCall<T>(page, method, input);
  expect(res.error, method).toBeUndefined();
  return res.value!;
}

/** A whole-group line of the first semester whose teacher has an account, and the teacher's login. */
async function pickLine(page: Page): Promise<{ line: Line; teacherLogin: string }> {
  const { years } = await value<{ years: { id: string }[] }>(page, 'calendar.listYears', {});
  const { teachers } = await value<{ teachers: { lines: Line[] }[] }>(page, 'load.tariffing', { yearId: years[0]!.id });
  const { employees } = await value<{ employees: { id: string; userLogin: string | null }[] }>(page, 'staff.list', {});
  const logins = new Map(employees.map((e) => [e.id, e.userLogin]));
  const line = teachers.flatMap((x) => x.lines).find((l) => l.subgroupId === null && l.periodName === '1 семестр' && logins.get(l.teacherId))!;
  return { line, teacherLogin: logins.get(line.teacherId)! };
}

async function signIn(page: Page, loginName: string, password: string) {
  await page.goto('/');
  await login(page, loginName, password);
  await page.getByRole('navigation').waitFor();
}

async function openMyJournal(page: Page, line: Line) {
  await openSection(page, 'Моя нагрузка');
  await page.getByRole('button', { name: `Журнал: ${line.disciplineCode} ${line.groupName}, ${line.periodName}` }).click();
  await expect(page.getByRole('grid', { name: 'Посещаемость и отметки' })).toBeVisible();
}

test('a teacher fills a lesson from the keyboard; the office closes the period; the teacher is then refused', async ({ page }) => {
  await page.clock.setSystemTime(today);
  await signIn(page, demoAdmin.login, demoAdmin.password);
  const { line, teacherLogin } = await pickLine(page);
  const { students } = await value<{ students: { fullName: string }[] }>(page, 'journal.page', { lineId: line.id });
  const [first, second] = [students[0]!.fullName, students[1]!.fullName];
  await page.getByRole('button', { name: 'Выйти' }).click();

  // The teacher adds today's lesson with its topic and homework, then marks it from the keyboard alone.
  await signIn(page, teacherLogin, demoPassword);
  await openMyJournal(page, line);
  await page.getByRole('button', { name: 'Добавить занятие' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Дата').fill('2026-11-25');
  await dialog.getByLabel('Пара').fill('7');
  await dialog.getByLabel('Тема', { exact: true }).fill('Контрольная работа по разделу 2');
  await dialog.getByLabel('Домашнее задание').fill('Повторить конспект, задачи 1–5');
  await dialog.getByRole('button', { name: 'Сохранить' }).click();
  await expect(dialog).toBeHidden();

  const cell = (fullName: string) => page.getByRole('gridcell', { name: `${fullName.split(' ').slice(0, 2).join(' ')}, 25.11 (7 пара)`, exact: true });
  await cell(first).click();
  await page.keyboard.type('5');
  await page.keyboard.press('Enter');
  await page.keyboard.type('n');
  await page.keyboard.press('Enter');
  await expect(cell(first)).toHaveText('5');
  await expect(cell(second)).toHaveText('Н');
  // Saved in the core, not only shown: the page as the core gives it holds both.
  await expect
    .poll(async () => {
      const p = await value<{ lessons: { id: string; date: string; pair: number; topic: string }[]; cells: { lessonId: string; attendance: string; mark1: string }[] }>(
        page,
        'journal.page',
        { lineId: line.id },
      );
      const lesson = p.lessons.find((l) => l.date === '2026-11-25' && l.pair === 7);
      return p.cells.filter((c) => c.lessonId === lesson?.id).map((c) => c.mark1 || c.attendance).sort();
    })
    .toEqual(['5', 'absent']);
  await page.getByRole('button', { name: 'Выйти' }).click();

  // The office closes the first semester.
  await signIn(page, demoAdmin.login, demoAdmin.password);
  await page.getByRole('navigation').getByRole('button', { name: 'Учебный год', exact: true }).click();
  await page.getByRole('row', { name: '1 семестр' }).getByRole('button', { name: 'Закрыть период' }).click();
  await page.getByRole('dialog').getByLabel('Основание (например, приказ о завершении семестра)').fill('приказ № 210 от 25.11.2026');
  await page.getByRole('dialog').getByRole('button', { name: 'Закрыть период' }).click();
  await expect(page.getByRole('row', { name: '1 семестр' })).toContainText('закрыт');
  await page.getByRole('button', { name: 'Выйти' }).click();

  // The teacher's next change is refused, with the reason, and the cell keeps what it held.
  await signIn(page, teacherLogin, demoPassword);
  await openMyJournal(page, line);
  await expect(page.getByText(/Период закрыт/).first()).toBeVisible();
  await cell(first).click();
  await page.keyboard.type('3');
  await page.keyboard.press('Enter');
  await expect(page.getByText(/Период закрыт/).first()).toBeVisible();
  await expect(cell(first)).toHaveText('5');
});
