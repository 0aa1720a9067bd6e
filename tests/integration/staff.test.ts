import { describe, expect, it } from 'vitest';
import type { Input } from '../../src-shared/api';
import { loadDemoCollege } from '../../src-main/core/demo/loader';
import { newJournal, userWithSession, type TestJournal } from '../helpers/journal';

// The test clock stands at 2026-09-01.
const base = {
  surname: 'Петрова',
  firstName: 'Ольга',
  patronymic: 'Ивановна',
  birthDate: '1985-04-12',
  positions: ['teacher' as const],
  hireDate: '2010-09-01',
};

async function staffRoom() {
  const t = await newJournal();
  const hr = userWithSession(t, 'hr.inspector', ['hr']);
  const call = <M extends Parameters<typeof t.core.call>[1]>(method: M, input: Input<M>) => t.core.call(hr.token, method, input);
  // Linking an account is the administrator's; HR keeps the rest of the record.
  const admin = <M extends Parameters<typeof t.core.call>[1]>(method: M, input: Input<M>) => t.core.call(t.adminToken, method, input);
  const create = (input: Partial<Input<'staff.create'>> = {}) => (input.userId ? admin : call)('staff.create', { ...base, ...input }).then((r) => r.employee);
  return { t, hr, call, admin, create };
}

function counts(t: TestJournal) {
  const j = t.core.openJournal();
  const rows = (j.db.prepare('SELECT count(*) AS n FROM employees').get() as { n: number }).n;
  return { rows, ops: j.oplog.count() };
}

describe('staff records', () => {
  it('creates, reads, updates and lists employees, filtering by name, position and dismissal', async () => {
    const { t, hr, call, admin, create } = await staffRoom();
    const teacher = userWithSession(t, 'petrova.oi', ['teacher', 'curator']);
    const petrova = await create({
      positions: ['teacher', 'curator', 'teacher'],
      employmentType: 'main',
      education: 'высшее, РГПУ им. А. И. Герцена, 2007',
      category: 'highest',
      phone: '+7 900 123-45-67',
      email: 'petrova@college.ru',
      snils: '112-233-445 95',
      userId: teacher.id,
    });
    expect(petrova).toMatchObject({
      surname: 'Петрова',
      firstName: 'Ольга',
      positions: ['teacher', 'curator'],
      category: 'highest',
      snils: '11223344595',
      userId: teacher.id,
      userLogin: 'petrova.oi',
      dismissalDate: null,
      dismissed: false,
    });
    expect((await call('staff.get', { employeeId: petrova.id })).employee).toEqual(petrova);

    await create({ surname: 'Сидоров', firstName: 'Пётр', patronymic: '', positions: ['methodist'], employmentType: 'part_time' });
    // The dismissal date is the last working day: dismissed from the next day on.
    await create({ surname: 'Ушедший', firstName: 'Иван', patronymic: 'Петрович', dismissalDate: '2026-06-30' });
    await create({ surname: 'Уходящий', firstName: 'Павел', patronymic: 'Петрович', dismissalDate: '2026-09-01' });

    const names = async (input: Input<'staff.list'>) => (await call('staff.list', input)).employees.map((e) => e.fullName);
    expect(await names({})).toEqual(['Петрова Ольга Ивановна', 'Сидоров Пётр', 'Уходящий Павел Петрович']);
    expect(await names({ includeDismissed: true })).toEqual(['Петрова Ольга Ивановна', 'Сидоров Пётр', 'Уходящий Павел Петрович', 'Ушедший Иван Петрович']);
    expect(await names({ position: 'curator' })).toEqual(['Петрова Ольга Ивановна']);
    expect(await names({ position: 'teacher', includeDismissed: true })).toEqual(['Петрова Ольга Ивановна', 'Уходящий Павел Петрович', 'Ушедший Иван Петрович']);
    expect(await names({ query: 'ПЁТР' })).toEqual(['Сидоров Пётр']);
    expect(await names({ query: 'ушед' })).toEqual([]);
    expect(await names({ query: 'ушед', includeDismissed: true })).toEqual(['Ушедший Иван Петрович']);
    const listed = (await call('staff.list', { includeDismissed: true })).employees;
    expect(listed.find((e) => e.fullName.startsWith('Ушедший'))).toMatchObject({ dismissed: true, dismissalDate: '2026-06-30', userLogin: null });
    expect(listed[0]).toMatchObject({ positions: ['teacher', 'curator'], userLogin: 'petrova.oi', email: 'petrova@college.ru' });

    // An update writes only the fields that changed.
    const before = counts(t).ops;
    const { employee: updated } = await call('staff.update', { ...petrova, employeeId: petrova.id, category: 'first', dismissalDate: '2027-06-30' });
    expect(updated).toMatchObject({ category: 'first', dismissalDate: '2027-06-30', dismissed: false, userLogin: 'petrova.oi' });
    expect(counts(t).ops).toBe(before + 2);
    expect(await t.core.dispatch(hr.token, 'staff.update', { ...updated, employeeId: petrova.id, userId: null })).toMatchObject({
      ok: false,
      error: { message: '«Пользователь»: связать сотрудника с учётной записью или снять связь может только администратор журнала', fields: [{ field: 'userId' }] },
    });
    const { employee: unlinked } = await admin('staff.update', { ...updated, employeeId: petrova.id, userId: null, snils: '' });
    expect(unlinked).toMatchObject({ userId: null, userLogin: null, snils: '' });
  });

  it('refuses each bad input with a Russian message naming the field, and changes nothing', async () => {
    const { t, call, create } = await staffRoom();
    const linked = userWithSession(t, 'linked.user', ['teacher']);
    const off = userWithSession(t, 'off.user', ['teacher']);
    await t.core.call(t.adminToken, 'users.setActive', { userId: off.id, active: false });
    const existing = await create({ surname: 'Иванов', firstName: 'Иван', patronymic: 'Петрович', userId: linked.id });
    const missingId = '01930000-0000-7000-8000-000000000000';
    const cases: [Partial<Input<'staff.create'>>, string, string][] = [
      [{ surname: ' ' }, 'surname', '«Фамилия»: обязательное поле'],
      [{ firstName: '' }, 'firstName', '«Имя»: обязательное поле'],
      [{ birthDate: '1985-02-30' }, 'birthDate', '«Дата рождения»: дата в формате ГГГГ-ММ-ДД'],
      [{ birthDate: '1899-12-31' }, 'birthDate', '«Дата рождения»: не раньше 1900 года'],
      [{ birthDate: '2013-01-01', hireDate: '2026-01-01' }, 'birthDate', '«Дата рождения»: сотруднику должно быть не меньше 14 лет'],
      [{ birthDate: '2000-05-01', hireDate: '2014-04-30' }, 'hireDate', '«Дата приёма»: в день приёма сотруднику ещё не было 14 лет'],
      [{ hireDate: '' }, 'hireDate', '«Дата приёма»: дата в формате ГГГГ-ММ-ДД'],
      [{ positions: [] }, 'positions', '«Должности»: выберите хотя бы одну должность'],
      [{ dismissalDate: '2010-08-31' }, 'dismissalDate', '«Дата увольнения»: дата увольнения раньше даты приёма'],
      [{ snils: '112-233-445 96' }, 'snils', '«СНИЛС»: неверный СНИЛС: не сходится контрольное число'],
      [{ email: 'нет-почты' }, 'email', '«Электронная почта»: адрес вида name@example.ru'],
      [{ userId: missingId }, 'userId', '«Пользователь»: учётная запись не найдена или отключена'],
      [{ userId: off.id }, 'userId', '«Пользователь»: учётная запись не найдена или отключена'],
      [{ userId: linked.id }, 'userId', '«Пользователь»: учётная запись уже связана с сотрудником Иванов Иван Петрович'],
    ];
    const before = counts(t);
    for (const [input, field, message] of cases) {
      const created = await t.core.dispatch(t.adminToken, 'staff.create', { ...base, ...input });
      expect(created, message).toMatchObject({ ok: false, error: { code: 'validation', message } });
      if (!created.ok) expect(created.error.fields?.map((f) => f.field)).toEqual([field]);
      // The record being edited may not take the bad value either.
      const other = field === 'userId' && input.userId === linked.id ? { ...input, userId: missingId } : input;
      const updated = await t.core.dispatch(t.adminToken, 'staff.update', { ...existing, ...base, ...other, employeeId: existing.id });
      expect(updated, message).toMatchObject({ ok: false, error: { code: 'validation' } });
    }
    expect(await t.core.dispatch(t.adminToken, 'staff.update', { ...base, employeeId: missingId })).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: 'Сотрудник не найден' },
    });
    expect(counts(t)).toEqual(before);
    expect((await call('staff.get', { employeeId: existing.id })).employee).toEqual(existing);
  });

  it('links an account to at most one employee and tells HR which accounts are taken', async () => {
    const { t, call, admin, create } = await staffRoom();
    const a = userWithSession(t, 'teacher.a', ['teacher']);
    const b = userWithSession(t, 'teacher.b', ['teacher']);
    const first = await create({ surname: 'Первый', firstName: 'Андрей', patronymic: 'Петрович', userId: a.id });
    const second = await create({ surname: 'Второй', firstName: 'Борис', patronymic: 'Петрович' });
    const before = counts(t);
    expect(await t.core.dispatch(t.adminToken, 'staff.update', { ...second, employeeId: second.id, userId: a.id })).toMatchObject({
      ok: false,
      error: { code: 'validation', message: '«Пользователь»: учётная запись уже связана с сотрудником Первый Андрей Петрович', fields: [{ field: 'userId' }] },
    });
    expect(counts(t)).toEqual(before);

    const linkable = (await call('staff.listLinkableUsers', {})).users;
    expect(linkable.find((u) => u.id === a.id)).toEqual({ id: a.id, login: 'teacher.a', fullName: 'Пользователь teacher.a', employeeId: first.id, employeeName: 'Первый Андрей Петрович' });
    expect(linkable.find((u) => u.id === b.id)).toMatchObject({ employeeId: null, employeeName: null });

    // Once the first lets the account go, the second may take it.
    await admin('staff.update', { ...first, employeeId: first.id, userId: null });
    expect((await admin('staff.update', { ...second, employeeId: second.id, userId: a.id })).employee.userLogin).toBe('teacher.a');

    // A switched-off account leaves the list, but the record linked to it can still be edited.
    await t.core.call(t.adminToken, 'users.setActive', { userId: a.id, active: false });
    expect((await call('staff.listLinkableUsers', {})).users.map((u) => u.id)).not.toContain(a.id);
    const { employee } = await call('staff.get', { employeeId: second.id });
    expect((await call('staff.update', { ...employee, employeeId: second.id, phone: '+7 900 000-00-00' })).employee).toMatchObject({ userId: a.id, phone: '+7 900 000-00-00' });
  });
});

describe('demo college', () => {
  it('loads a staff record for every demo account, linked to it, and a few people without one', async () => {
    const { t, call } = await staffRoom();
    const { college } = await loadDemoCollege(t.core.openJournal(), t.adminId, 'small');
    const working = (await call('staff.list', {})).employees;
    const all = (await call('staff.list', { includeDismissed: true })).employees;
    expect(all).toHaveLength(college.staff.length + 4);
    expect(all.filter((e) => e.dismissed)).toHaveLength(1);
    expect(working).toHaveLength(all.length - 1);
    expect(new Set(all.map((e) => e.userLogin).filter(Boolean))).toEqual(new Set(college.staff.map((s) => s.login)));
    const curators = (await call('staff.list', { position: 'curator' })).employees;
    expect(curators).toHaveLength(college.groups.length);
    const accounts = (await call('staff.listLinkableUsers', {})).users;
    // Every demo account is taken; only the test's own administrator and HR inspector are free.
    expect(accounts.filter((u) => u.employeeId === null).map((u) => u.login).sort()).toEqual(['admin', 'hr.inspector']);
  });
});

describe('who sees staff records', () => {
  it('HR keeps staff and sees no student data; the director reads; a teacher and the office see no staff', async () => {
    const { t, hr, create } = await staffRoom();
    const someone = await create();
    const missingId = '01930000-0000-7000-8000-000000000000';
    for (const [method, input] of [
      ['students.list', {}],
      ['students.get', { studentId: missingId }],
      ['orders.list', {}],
      ['contingent.listGroups', {}],
      ['contingent.listCurators', {}],
      ['users.list', {}],
    ] as const) {
      expect(await t.core.dispatch(hr.token, method, input), method).toMatchObject({ ok: false, error: { code: 'forbidden', message: 'Недостаточно прав для этого действия' } });
    }
    const staffCalls = [
      ['staff.list', {}],
      ['staff.get', { employeeId: someone.id }],
      ['staff.listLinkableUsers', {}],
      ['staff.create', base],
      ['staff.update', { ...base, employeeId: someone.id }],
    ] as const;
    const director = userWithSession(t, 'director.one', ['director']);
    for (const [method, input] of staffCalls) {
      expect(await t.core.dispatch(hr.token, method, input), `hr ${method}`).toMatchObject({ ok: true });
      const directorMay = !method.endsWith('create') && !method.endsWith('update');
      expect((await t.core.dispatch(director.token, method, input)).ok, `director ${method}`).toBe(directorMay);
    }
    for (const role of ['teacher', 'office', 'curator', 'technician'] as const) {
      const u = userWithSession(t, `only.${role}`, [role]);
      for (const [method, input] of staffCalls) {
        expect(await t.core.dispatch(u.token, method, input), `${role} ${method}`).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      }
    }
  });
});
