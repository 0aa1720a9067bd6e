import { describe, expect, it } from 'vitest';
import type { Input } from '../../src-shared/api';
import { suggestPeriods } from '../../src-shared/domain/calendar';
import { newJournal, userWithSession } from '../helpers/journal';

const semesters = (name: string, startDate: string, endDate: string) => ({
  name,
  startDate,
  endDate,
  periodKind: 'semester' as const,
  periods: suggestPeriods('semester', startDate, endDate),
});

/**
 * A college in 2026/2027: a four-year programme (46 months) and a three-year one (34 months); ИС-26 moves up,
 * ИС-23 and БУ-24 graduate, ИС-22 stands past its last course, ИС-19 is already archived. Сидорова of ИС-23 is on
 * academic leave.
 */
async function college() {
  const t = await newJournal();
  const office = userWithSession(t, 'office.user', ['office']);
  const call = <M extends Parameters<typeof t.core.call>[1]>(method: M, input: Input<M>) => t.core.call(office.token, method, input);
  const dispatch = (method: string, input: unknown) => t.core.dispatch(office.token, method, input);
  const { year } = await call('calendar.createYear', semesters('2026/2027', '2026-09-01', '2027-06-30'));
  const specialty = async (code: string, durationMonths: number) =>
    (await call('contingent.createSpecialty', { code, name: code, qualification: 'Специалист', durationMonths, studyForm: 'full_time' })).specialty;
  const it4 = await specialty('09.02.07', 46);
  const acc3 = await specialty('38.02.01', 34);
  const group = async (name: string, specialtyId: string, course: number, active = true) =>
    (
      await call('contingent.createGroup', {
        name,
        specialtyId,
        course,
        admissionYear: 2027 - course,
        studyForm: 'full_time',
        funding: 'budget',
        curatorUserId: null,
        active,
      })
    ).group;
  const is26 = await group('ИС-26', it4.id, 1);
  const is23 = await group('ИС-23', it4.id, 4);
  const bu24 = await group('БУ-24', acc3.id, 3);
  const is22 = await group('ИС-22', it4.id, 5);
  const is19 = await group('ИС-19', it4.id, 4, false);
  let n = 0;
  const student = async (surname: string, groupId: string) => {
    const { student: s } = await call('students.create', {
      surname,
      name: 'Анна',
      patronymic: 'Сергеевна',
      birthDate: '2009-03-04',
      sex: 'female',
      recordBook: `26-${++n}`,
      funding: 'budget',
    });
    await call('orders.apply', { number: `${n}-к`, date: '2026-08-25', type: 'enrollment', effectiveDate: '2026-09-01', items: [{ studentId: s.id, groupId }] });
    return s;
  };
  const ivanova = await student('Иванова', is26.id);
  const petrova = await student('Петрова', is23.id);
  const sidorova = await student('Сидорова', is23.id);
  const kozlova = await student('Козлова', bu24.id);
  await call('orders.apply', { number: '1-а', date: '2027-01-10', type: 'academic_leave', effectiveDate: '2027-01-15', items: [{ studentId: sidorova.id, groupId: null }] });
  const input = {
    yearId: year.id,
    nextYear: semesters('2027/2028', '2027-09-01', '2028-06-30'),
    order: { number: '1-п', date: '2027-06-30', effectiveDate: '2027-09-01', reason: 'решение педагогического совета' },
  } satisfies Input<'rollover.apply'>;
  const ops = () => t.core.openJournal().oplog.count();
  const groups = async () => new Map((await call('contingent.listGroups', {})).groups.map((g) => [g.name, { course: g.course, active: g.active }]));
  const years = async () => (await call('calendar.listYears', {})).years;
  return { t, office, call, dispatch, year, input, ops, groups, years, is26, is23, bu24, is22, is19, ivanova, petrova, sidorova, kozlova };
}

describe('year rollover', () => {
  it('previews which groups move up, which graduate and who stays, saving nothing', async () => {
    const c = await college();
    const before = c.ops();
    const preview = await c.call('rollover.preview', c.input);
    expect(c.ops()).toBe(before);
    expect(preview.closingYear).toEqual({ id: c.year.id, name: '2026/2027' });
    expect(preview.nextYear).toEqual({ name: '2027/2028', startDate: '2027-09-01', endDate: '2028-06-30', existingId: null });
    expect(preview.promoted).toEqual([
      { groupId: c.is26.id, groupName: 'ИС-26', specialtyCode: '09.02.07', courseBefore: 1, courseAfter: 2, students: 1 },
    ]);
    expect(preview.graduating).toEqual([
      { groupId: c.bu24.id, groupName: 'БУ-24', specialtyCode: '38.02.01', course: 3, graduates: 1 },
      { groupId: c.is23.id, groupName: 'ИС-23', specialtyCode: '09.02.07', course: 4, graduates: 1 },
    ]);
    expect(preview.staying).toEqual([
      { studentId: c.sidorova.id, studentName: 'Сидорова Анна Сергеевна', groupName: 'ИС-23', status: 'academic_leave' },
    ]);
    expect(preview.problems).toEqual(['группа ИС-22: курс 5 больше последнего курса специальности (4); группа остаётся как есть']);
  });

  it('closes the year, opens the next, promotes and graduates in one order', async () => {
    const c = await college();
    const ordersBefore = (await c.call('orders.list', {})).orders.length;
    const { order, nextYear, closedYearId } = await c.call('rollover.apply', c.input);
    expect(closedYearId).toBe(c.year.id);
    expect(order).toMatchObject({ number: '1-п', type: 'promotion', effectiveDate: '2027-09-01', cancelled: false });
    expect(order.effects.map((e) => [e.studentName, e.fromGroupName, e.statusBefore, e.statusAfter])).toEqual([
      ['Козлова Анна Сергеевна', 'БУ-24', 'studying', 'graduated'],
      ['Петрова Анна Сергеевна', 'ИС-23', 'studying', 'graduated'],
    ]);
    expect(order.groupEffects.map((g) => [g.groupName, g.courseBefore, g.courseAfter, g.activeAfter])).toEqual([
      ['ИС-26', 1, 2, true],
      ['БУ-24', 3, 3, false],
      ['ИС-23', 4, 4, false],
    ]);
    expect((await c.call('orders.list', {})).orders.length).toBe(ordersBefore + 1);

    expect(Object.fromEntries(await c.groups())).toEqual({
      'ИС-26': { course: 2, active: true },
      'БУ-24': { course: 3, active: false },
      'ИС-23': { course: 4, active: false },
      'ИС-22': { course: 5, active: true },
      'ИС-19': { course: 4, active: false },
    });
    const years = await c.years();
    expect(years.map((y) => [y.name, y.closed, y.periods.length])).toEqual([
      ['2027/2028', false, 2],
      ['2026/2027', true, 2],
    ]);
    expect(nextYear).toMatchObject({ id: years[0]!.id, name: '2027/2028', closed: false });

    const petrova = (await c.call('students.get', { studentId: c.petrova.id })).student;
    expect(petrova.status).toBe('graduated');
    expect(petrova.memberships.map((m) => [m.groupName, m.startDate, m.endDate])).toEqual([['ИС-23', '2026-09-01', '2027-09-01']]);
    expect(petrova.orders.map((o) => o.type)).toEqual(['enrollment', 'promotion']);
    const sidorova = (await c.call('students.get', { studentId: c.sidorova.id })).student;
    expect(sidorova.status).toBe('academic_leave');
    const ivanova = (await c.call('students.get', { studentId: c.ivanova.id })).student;
    expect(ivanova).toMatchObject({ status: 'studying', memberships: [{ groupName: 'ИС-26', endDate: null }] });
  });

  it('cancelling the promotion order undoes it all but keeps the next year, which a new rollover then reuses', async () => {
    const c = await college();
    const groupsBefore = await c.groups();
    const { order, nextYear } = await c.call('rollover.apply', c.input);
    // A new active ИС-23 would clash with the graduated one coming back.
    const { group: namesake } = await c.call('contingent.createGroup', {
      name: 'ИС-23',
      specialtyId: c.is26.specialtyId,
      course: 1,
      admissionYear: 2027,
      studyForm: 'full_time',
      funding: 'budget',
      curatorUserId: null,
      active: true,
    });
    const before = c.ops();
    expect(await c.dispatch('orders.cancel', { orderId: order.id, reason: 'ошибка' })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: 'группу ИС-23 не вернуть: действующая группа с таким названием уже есть' },
    });
    expect(c.ops()).toBe(before);
    await c.call('contingent.updateGroup', { ...namesake, groupId: namesake.id, name: 'ИС-27' });

    const { order: cancelled } = await c.call('orders.cancel', { orderId: order.id, reason: 'перевод проведён ошибочно' });
    expect(cancelled.cancelled).toBe(true);
    const groupsAfter = await c.groups();
    groupsAfter.delete('ИС-27');
    expect(groupsAfter).toEqual(groupsBefore);
    const years = await c.years();
    expect(years.map((y) => [y.name, y.closed])).toEqual([
      ['2027/2028', false],
      ['2026/2027', false],
    ]);
    const petrova = (await c.call('students.get', { studentId: c.petrova.id })).student;
    expect(petrova).toMatchObject({ status: 'studying', memberships: [{ groupName: 'ИС-23', endDate: null }] });
    expect((await c.call('students.get', { studentId: c.kozlova.id })).student.status).toBe('studying');

    // The year made by the cancelled rollover is taken as it is, not made twice.
    const again = { ...c.input, order: { ...c.input.order, number: '2-п' } };
    expect((await c.call('rollover.preview', again)).nextYear.existingId).toBe(nextYear.id);
    const { nextYear: reused } = await c.call('rollover.apply', again);
    expect(reused.id).toBe(nextYear.id);
    expect(await c.years()).toHaveLength(2);
  });

  it('refuses cancelling a promotion while a later one is in force', async () => {
    const c = await college();
    const { order: first, nextYear } = await c.call('rollover.apply', c.input);
    const nextRollover = {
      yearId: nextYear.id,
      nextYear: semesters('2028/2029', '2028-09-01', '2029-06-30'),
      order: { number: '1-п', date: '2028-06-30', effectiveDate: '2028-09-01', reason: '' },
    };
    // A year not yet begun cannot be closed: every group would go up a course twice in one summer.
    expect(await c.dispatch('rollover.apply', nextRollover)).toMatchObject({
      ok: false,
      error: { message: '«Учебный год»: учебный год 2027/2028 ещё не начался (начало 2027-09-01): закрыть его нельзя', fields: [{ field: 'yearId' }] },
    });
    // A year later, with a fresh session, it can.
    c.t.clock.ms = Date.UTC(2028, 5, 30, 8);
    c.office.token = c.t.core.sessions.open(c.office.id, c.t.clock.ms);
    const { order: second } = await c.call('rollover.apply', nextRollover);
    expect((await c.groups()).get('ИС-26')).toEqual({ course: 3, active: true });
    const before = c.ops();
    expect(await c.dispatch('orders.cancel', { orderId: first.id, reason: 'ошибка' })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: 'сначала отмените более поздний приказ № 1-п о переводе на следующий курс' },
    });
    expect(c.ops()).toBe(before);
    await c.call('orders.cancel', { orderId: second.id, reason: 'ошибка' });
    await c.call('orders.cancel', { orderId: first.id, reason: 'ошибка' });
    expect((await c.groups()).get('ИС-26')).toEqual({ course: 1, active: true });
    expect((await c.years()).map((y) => y.closed)).toEqual([false, false, false]);
  });

  it('takes no second rollover, no order dated inside and no edit of a closed year', async () => {
    const c = await college();
    await c.call('rollover.apply', c.input);
    const before = c.ops();
    expect(await c.dispatch('rollover.apply', { ...c.input, order: { ...c.input.order, number: '2-п' } })).toMatchObject({
      ok: false,
      error: { code: 'validation', message: '«Учебный год»: учебный год 2026/2027 уже закрыт', fields: [{ field: 'yearId' }] },
    });
    const expel = { number: '5-к', date: '2027-09-05', type: 'expulsion', effectiveDate: '2027-06-01', items: [{ studentId: c.ivanova.id, groupId: null }] };
    for (const method of ['orders.preview', 'orders.apply']) {
      expect(await c.dispatch(method, expel), method).toMatchObject({
        ok: false,
        error: { code: 'validation', message: '«Дата вступления в силу»: приходится на закрытый учебный год 2026/2027', fields: [{ field: 'effectiveDate' }] },
      });
    }
    expect(await c.dispatch('calendar.updateYear', { ...semesters('2026/2027', '2026-09-01', '2027-06-30'), yearId: c.year.id })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: 'Учебный год 2026/2027 закрыт: изменить его нельзя' },
    });
    const leave = (await c.call('orders.list', {})).orders.find((o) => o.number === '1-а')!;
    expect(await c.dispatch('orders.cancel', { orderId: leave.id, reason: 'ошибочно' })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: 'приказ вступил в силу в закрытом учебном году 2026/2027: отменить его нельзя' },
    });
    expect(c.ops()).toBe(before);
    // The same order dated in the open year goes through.
    expect(await c.dispatch('orders.apply', { ...expel, effectiveDate: '2027-09-05' })).toMatchObject({ ok: true });
  });

  it('names the field of every bad input and changes nothing', async () => {
    const c = await college();
    const { input } = c;
    const before = c.ops();
    const cases: [unknown, string, string][] = [
      [{ ...input, yearId: '01930000-0000-7000-8000-000000000000' }, 'yearId', '«Учебный год»: учебный год не найден'],
      [
        { ...input, nextYear: semesters('2027/2028', '2027-06-01', '2028-06-30') },
        'nextYear.startDate',
        '«Дата начала»: следующий учебный год должен начинаться после окончания закрываемого (2027-06-30)',
      ],
      [{ ...input, nextYear: semesters('2026/2027', '2027-09-01', '2028-06-30') }, 'nextYear.name', '«Название»: учебный год 2026/2027 уже есть'],
      [
        { ...input, nextYear: { ...input.nextYear, periods: [{ name: 'Весь год', startDate: '2027-09-01', endDate: '2028-07-15' }] } },
        'nextYear.periods',
        '«Периоды»: период «Весь год» выходит за границы учебного года',
      ],
      [{ ...input, nextYear: { ...input.nextYear, name: '27/28' } }, 'nextYear.name', '«Название»: в виде 2026/2027'],
      [{ ...input, order: { ...input.order, number: '1-а' } }, 'order.number', '«Номер приказа»: приказ № 1-а за 2027 год уже есть'],
      [{ ...input, order: { ...input.order, number: ' ' } }, 'order.number', '«Номер приказа»: обязательное поле'],
      [
        { ...input, order: { ...input.order, effectiveDate: '2028-09-01' } },
        'order.effectiveDate',
        '«Дата вступления в силу»: должна быть не раньше 2026-09-01 и не позже 2028-06-30',
      ],
      [{ ...input, order: { ...input.order, date: '2027-02-30' } }, 'order.date', '«Дата приказа»: дата в формате ГГГГ-ММ-ДД'],
    ];
    for (const method of ['rollover.preview', 'rollover.apply']) {
      for (const [bad, field, message] of cases) {
        expect(await c.dispatch(method, bad), `${method}: ${message}`).toMatchObject({
          ok: false,
          error: { code: 'validation', message, fields: [{ field }] },
        });
      }
    }
    // An order about chosen students cannot be a promotion: only the rollover makes one.
    const promotion = { number: '9-к', date: '2027-06-30', type: 'promotion', effectiveDate: '2027-09-01', items: [{ studentId: c.ivanova.id, groupId: null }] };
    for (const method of ['orders.preview', 'orders.apply']) {
      expect(await c.dispatch(method, promotion), method).toMatchObject({
        ok: false,
        error: {
          code: 'validation',
          message: '«Вид приказа»: приказ о переводе на следующий курс издаётся только при закрытии учебного года',
          fields: [{ field: 'type' }],
        },
      });
    }
    expect(c.ops()).toBe(before);
    expect((await c.years()).map((y) => y.closed)).toEqual([false]);
  });

  it('is the office\'s: a teacher or the director may not roll the year over', async () => {
    const c = await college();
    for (const role of ['teacher', 'director'] as const) {
      const u = userWithSession(c.t, `roll.${role}`, [role]);
      expect(await c.t.core.dispatch(u.token, 'rollover.apply', c.input), role).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
  });
});
