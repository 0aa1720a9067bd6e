import { expect, test } from '@playwright/test';
import { apiCall, login } from './helpers';

const admin = { login: 'admin', password: 'admin-password-1' };
const teacher = { login: 'sidorova.ev', temporary: 'temporary-pass-1', own: 'teacher-own-pass-1' };

test.describe.serial('first run, accounts and roles', () => {
  test('first run creates the administrator and shows the recovery passphrase once', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Первый запуск Registrum' })).toBeVisible();
    await page.getByRole('button', { name: 'Создать журнал' }).click();
    await expect(page.getByText('обязательное поле').first()).toBeVisible();
    await page.getByLabel('Название колледжа').fill('ГБПОУ «Колледж связи»');
    await page.getByLabel('ФИО администратора').fill('Петрова Анна Сергеевна');
    await page.getByLabel('Пароль администратора (не короче 10 символов)').fill('short');
    await page.getByLabel('Пароль ещё раз').fill('short');
    await page.getByRole('button', { name: 'Создать журнал' }).click();
    await expect(page.getByText('не короче 10 символов').last()).toBeVisible();
    await page.getByLabel('Пароль администратора (не короче 10 символов)').fill(admin.password);
    await page.getByLabel('Пароль ещё раз').fill(admin.password);
    await page.getByRole('button', { name: 'Создать журнал' }).click();

    const phrase = page.getByTestId('recovery-passphrase');
    await expect(phrase).toHaveText(/^([0-9A-Z]{5}-){5}[0-9A-Z]{5}$/, { timeout: 30_000 });
    const continueButton = page.getByRole('button', { name: 'Продолжить ко входу' });
    await expect(continueButton).toBeDisabled();
    await page.getByLabel(/Я записал/).check();
    await continueButton.click();
    await expect(page.getByRole('heading', { name: 'Вход в журнал' })).toBeVisible();
    await expect(page.getByText('ГБПОУ «Колледж связи»')).toBeVisible();
  });

  test('the administrator signs in and creates a teacher', async ({ page }) => {
    await page.goto('/');
    await login(page, admin.login, admin.password);
    await page.getByRole('navigation').getByRole('button', { name: 'Пользователи' }).click();
    await expect(page.getByRole('heading', { name: 'Пользователи' })).toBeVisible();
    await page.getByRole('button', { name: 'Добавить пользователя' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('ФИО').fill('Сидорова Елена Викторовна');
    await dialog.getByLabel('Логин').fill('admin');
    await dialog.getByLabel('Временный пароль (не короче 10 символов)').fill(teacher.temporary);
    await dialog.getByRole('button', { name: 'Создать' }).click();
    await expect(dialog.getByRole('alert')).toHaveText('«admin» уже занят');
    await dialog.getByLabel('Логин').fill(teacher.login);
    await dialog.getByRole('button', { name: 'Создать' }).click();
    await expect(page.getByText(`Пользователь ${teacher.login} создан`)).toBeVisible();
    await expect(page.getByRole('row', { name: /Сидорова Елена Викторовна/ })).toContainText('Преподаватель');
    await page.getByRole('button', { name: 'Выйти' }).click();
    await expect(page.getByRole('heading', { name: 'Вход в журнал' })).toBeVisible();
  });

  test('the teacher signs in, sets their own password, and cannot reach user administration', async ({ page }) => {
    await page.goto('/');
    await login(page, teacher.login, teacher.temporary);
    await expect(page.getByText('Администратор выдал вам временный пароль')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Пользователи' })).toHaveCount(0);
    await page.getByLabel('Текущий пароль').fill(teacher.temporary);
    await page.getByLabel('Новый пароль (не короче 10 символов)').fill(teacher.own);
    await page.getByLabel('Новый пароль ещё раз').fill(teacher.own);
    await page.getByRole('main').getByRole('button', { name: 'Сменить пароль' }).click();
    await expect(page.getByText('Пароль изменён')).toBeVisible();
    await expect(page.getByRole('navigation')).toContainText('Состояние');
    await expect(page.getByRole('button', { name: 'Пользователи' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Настройки' })).toHaveCount(0);
    // The core refuses even when the UI is bypassed.
    const denied = await apiCall(page, 'users.list', {});
    expect(denied).toMatchObject({ ok: false, error: { code: 'forbidden', message: 'Недостаточно прав для этого действия' } });
    await page.getByRole('button', { name: 'Состояние' }).click();
    await expect(page.getByText('Операций в журнале')).toBeVisible();
  });

  test('a wrong password gets a clear message', async ({ page }) => {
    await page.goto('/');
    await login(page, admin.login, 'not-the-password');
    await expect(page.getByRole('alert')).toHaveText('Неверный логин или пароль');
    await expect(page.getByLabel('Пароль')).toHaveValue('');
  });

  test('five failed logins lock the login for 15 minutes', async ({ page }) => {
    await page.goto('/');
    for (let i = 1; i <= 4; i++) {
      await login(page, teacher.login, `wrong-${i}-password`);
      await expect(page.getByRole('alert')).toHaveText('Неверный логин или пароль');
    }
    await login(page, teacher.login, 'wrong-5-password');
    await expect(page.getByRole('alert')).toHaveText('Слишком много неудачных попыток входа. Вход заблокирован ещё на 15 мин.');
    await login(page, teacher.login, teacher.own);
    await expect(page.getByRole('alert')).toContainText('Вход заблокирован');
    // The administrator sees the lock on the users page.
    await login(page, admin.login, admin.password);
    await page.getByRole('navigation').getByRole('button', { name: 'Пользователи' }).click();
    await expect(page.getByRole('row', { name: /Сидорова/ })).toContainText('вход заблокирован до');
  });

  test('the administrator changes the idle timeout; a bad value is refused with the field named', async ({ page }) => {
    await page.goto('/');
    await login(page, admin.login, admin.password);
    await page.getByRole('button', { name: 'Настройки' }).click();
    const field = page.getByLabel('Выход из системы после бездействия, минут');
    await expect(field).toHaveValue('30');
    await field.fill('2');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await expect(page.getByText('число от 5 до 480')).toBeVisible();
    // The core refuses it too, whatever the form says.
    expect(await apiCall(page, 'settings.update', { sessionIdleMinutes: 2 })).toMatchObject({
      ok: false,
      error: { code: 'validation', message: '«Время бездействия до выхода (мин)»: число от 5 до 480' },
    });
    await field.fill('45');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await expect(page.getByText('Настройки сохранены')).toBeVisible();
    await page.reload();
    await page.getByRole('button', { name: 'Настройки' }).click();
    await expect(page.getByLabel('Выход из системы после бездействия, минут')).toHaveValue('45');
  });

  test('the office sets up a year, a specialty and a group; mistakes are named under their fields', async ({ page }) => {
    await page.goto('/');
    await login(page, admin.login, admin.password);
    const nav = page.getByRole('navigation');

    await nav.getByRole('button', { name: 'Учебный год', exact: true }).click();
    await page.getByRole('button', { name: 'Добавить учебный год' }).click();
    let dialog = page.getByRole('dialog');
    await dialog.getByLabel('Учебный год', { exact: true }).fill('2026/2027');
    await dialog.getByRole('button', { name: 'Сохранить' }).click();
    await expect(page.getByRole('article', { name: 'Учебный год 2026/2027' })).toContainText('1 семестр');

    await nav.getByRole('button', { name: 'Специальности', exact: true }).click();
    await page.getByRole('button', { name: 'Добавить специальность' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByLabel('Код').fill('9.2.7');
    await dialog.getByLabel('Наименование').fill('Информационные системы и программирование');
    await dialog.getByLabel('Квалификация').fill('Программист');
    await dialog.getByRole('button', { name: 'Сохранить' }).click();
    await expect(dialog.getByRole('alert')).toHaveText('код вида 09.02.07');
    await dialog.getByLabel('Код').fill('09.02.07');
    await dialog.getByRole('button', { name: 'Сохранить' }).click();
    await expect(page.getByRole('row', { name: /09\.02\.07/ })).toContainText('Программист');

    await nav.getByRole('button', { name: 'Группы', exact: true }).click();
    for (const attempt of ['first', 'duplicate']) {
      await page.getByRole('button', { name: 'Добавить группу' }).click();
      dialog = page.getByRole('dialog');
      await dialog.getByLabel('Группа', { exact: true }).fill('ИС-26');
      await dialog.getByLabel('Специальность').selectOption({ label: '09.02.07 Информационные системы и программирование' });
      await dialog.getByLabel('Год набора').fill('2026');
      await dialog.getByRole('button', { name: 'Сохранить' }).click();
      if (attempt === 'duplicate') {
        await expect(dialog.getByRole('alert')).toHaveText('действующая группа ИС-26 уже есть');
        await dialog.getByRole('button', { name: 'Отмена' }).click();
      }
    }
    await expect(page.getByRole('row', { name: /ИС-26/ })).toHaveCount(1);
    await expect(page.getByRole('row', { name: /ИС-26/ })).toContainText('09.02.07');
    await nav.getByRole('button', { name: 'Студенты', exact: true }).click();
    await page.getByLabel('Поиск по ФИО или номеру зачётной книжки').fill('Иванов');
    await expect(page.getByText('Никого не нашлось')).toBeVisible();
  });

  test('an unattended screen returns to the login page after the idle timeout', async ({ page }) => {
    await page.clock.install();
    await page.goto('/');
    await login(page, admin.login, admin.password);
    await expect(page.getByRole('heading', { name: 'Группы' })).toBeVisible();
    // The timeout was set to 45 minutes above.
    await page.clock.fastForward('44:00');
    await expect(page.getByRole('heading', { name: 'Группы' })).toBeVisible();
    await page.clock.fastForward('02:00');
    await expect(page.getByRole('heading', { name: 'Вход в журнал' })).toBeVisible();
    await expect(page.getByRole('status')).toHaveText('Сеанс завершён из-за бездействия. Войдите снова.');
  });
});
