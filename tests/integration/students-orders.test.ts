import { describe, expect, it } from 'vitest';
import type { Input } from '../../src-shared/api';
import { newJournal, userWithSession, type TestJournal } from '../helpers/journal';

async function college() {
  const t = await newJournal();
  const call = <M extends Parameters<typeof t.core.call>[1]>(method: M, input: Input<M>) => t.core.call(t.adminToken, method, input);
  const { specialty } = await call('contingent.createSpecialty', {
    code: '09.02.07',
    name: 'ИСиП',
    qualification: 'Программист',
    durationMonths: 46,
    studyForm: 'full_time',
  });
  const curator = userWithSession(t, 'curator.is', ['teacher', 'curator']);
  const group = (name: string, curatorUserId: string | null = null) =>
    call('contingent.createGroup', {
      name,
      specialtyId: specialty.id,
      course: 1,
      admissionYear: 2026,
      studyForm: 'full_time',
      funding: 'budget',
      curatorUserId,
      active: true,
    }).then((r) => r.group);
  const is26 = await group('ИС-26', curator.id);
  const is26b = await group('ИС-26-2');
  const student = (surname: string, recordBook: string) =>
    call('students.create', { surname, name: 'Анна', patronymic: 'Сергеевна', birthDate: '2010-03-04', sex: 'female', recordBook, funding: 'budget' }).then(
      (r) => r.student,
    );
  let n = 0;
  const order = (type: Input<'orders.apply'>['type'], effectiveDate: string, items: Input<'orders.apply'>['items'], reason = '') =>
    call('orders.apply', { number: `${++n}-к`, date: effectiveDate, type, effectiveDate, reason, items }).then((r) => r.order);
  return { t, call, curator, is26, is26b, student, order };
}

function ops(t: TestJournal) {
  return t.core.openJournal().oplog.count();
}

describe('students', () => {
  it('validates СНИЛС, e-mail, record book uniqueness and dates, changing nothing', async () => {
    const { t, call, student } = await college();
    await student('Иванова', '26-001');
    const before = ops(t);
    const base = { surname: 'Петрова', name: 'Анна', birthDate: '2010-03-04', sex: 'female' as const, recordBook: '26-002', funding: 'budget' as const };
    const cases: [Input<'students.create'>, string][] = [
      [{ ...base, snils: '112-233-445 96' }, '«СНИЛС»: неверный СНИЛС: не сходится контрольное число'],
      [{ ...base, email: 'нет-почты' }, '«Электронная почта»: адрес вида name@example.ru'],
      [{ ...base, recordBook: '26-001' }, '«Номер зачётной книжки»: зачётная книжка 26-001 уже выдана другому студенту'],
      [{ ...base, birthDate: '2010-02-30' }, '«Дата рождения»: дата в формате ГГГГ-ММ-ДД'],
      [{ ...base, surname: ' ' }, '«Фамилия»: обязательное поле'],
      [{ ...base, name: '' }, '«Имя»: обязательное поле'],
    ];
    for (const [input, message] of cases) {
      expect(await t.core.dispatch(t.adminToken, 'students.create', input), message).toMatchObject({ ok: false, error: { code: 'validation', message } });
    }
    expect(ops(t)).toBe(before);
    const { student: ok } = await call('students.create', { ...base, snils: '112-233-445 95', representatives: [{ fullName: 'Петров Сергей Иванович', relation: 'отец', phone: '+7 900 000-00-00' }] });
    expect(ok).toMatchObject({ status: 'applicant', snils: '11223344595', representatives: [{ relation: 'отец', email: '' }] });
  });

  it('finds students by any part of the name or the record book, case-insensitively in Russian', async () => {
    const { call, student } = await college();
    await student('Иванова', '26-001');
    await student('Петрова', '26-002');
    expect((await call('students.list', { query: 'ИВАН' })).students.map((s) => s.fullName)).toEqual(['Иванова Анна Сергеевна']);
    expect((await call('students.list', { query: '26-002' })).students.map((s) => s.recordBook)).toEqual(['26-002']);
    expect((await call('students.list', { query: 'анна' })).students).toHaveLength(2);
  });
});

describe('orders', () => {
  it('moves a student through every kind of order, keeping the membership history and the card\'s orders', async () => {
    const { call, is26, is26b, student, order } = await college();
    const s = await student('Иванова', '26-001');
    await order('enrollment', '2026-09-01', [{ studentId: s.id, groupId: is26.id }]);
    await order('transfer', '2026-11-10', [{ studentId: s.id, groupId: is26b.id }]);
    await order('academic_leave', '2027-01-15', [{ studentId: s.id, groupId: null }]);
    await order('return_from_leave', '2027-09-01', [{ studentId: s.id, groupId: is26.id }]);
    await order('expulsion', '2027-10-01', [{ studentId: s.id, groupId: null }], 'по собственному желанию');
    await order('reinstatement', '2028-02-01', [{ studentId: s.id, groupId: is26b.id }]);
    await order('graduation', '2030-06-30', [{ studentId: s.id, groupId: null }]);
    const { student: card } = await call('students.get', { studentId: s.id });
    expect(card.status).toBe('graduated');
    expect(card.memberships.map((m) => [m.groupName, m.startDate, m.endDate])).toEqual([
      ['ИС-26', '2026-09-01', '2026-11-10'],
      ['ИС-26-2', '2026-11-10', '2027-01-15'],
      ['ИС-26', '2027-09-01', '2027-10-01'],
      ['ИС-26-2', '2028-02-01', '2030-06-30'],
    ]);
    expect(card.orders.map((o) => o.type)).toEqual(['enrollment', 'transfer', 'academic_leave', 'return_from_leave', 'expulsion', 'reinstatement', 'graduation']);
  });

  it('refuses a return to a group dated before the student left the last one, changing nothing', async () => {
    const { t, call, is26, is26b, student, order } = await college();
    const s = await student('Иванова', '26-001');
    await order('enrollment', '2026-09-01', [{ studentId: s.id, groupId: is26.id }]);
    await order('expulsion', '2027-03-01', [{ studentId: s.id, groupId: null }], 'по собственному желанию');
    const before = ops(t);
    const early: Input<'orders.apply'> = { number: '99-к', date: '2027-03-10', type: 'reinstatement', effectiveDate: '2026-10-01', reason: '', items: [{ studentId: s.id, groupId: is26b.id }] };
    expect(await t.core.dispatch(t.adminToken, 'orders.apply', early)).toMatchObject({
      ok: false,
      error: { message: '«Студенты»: студент Иванова Анна Сергеевна числился в группе по 2027-03-01 (не включая): приказ не может вступить в силу раньше' },
    });
    expect(ops(t)).toBe(before);
    await call('orders.apply', { ...early, effectiveDate: '2027-03-01' });
  });

  it('previews without saving, and refuses orders that do not fit the students, changing nothing', async () => {
    const { t, call, is26, is26b, student } = await college();
    const a = await student('Иванова', '26-001');
    const b = await student('Петрова', '26-002');
    const enroll = { number: '10-к', date: '2026-08-25', type: 'enrollment' as const, effectiveDate: '2026-09-01', items: [{ studentId: a.id, groupId: is26.id }] };
    const before = ops(t);
    expect((await call('orders.preview', enroll)).effects).toEqual([
      { studentId: a.id, studentName: 'Иванова Анна Сергеевна', fromGroupName: null, toGroupName: 'ИС-26', statusBefore: 'applicant', statusAfter: 'studying' },
    ]);
    expect(ops(t)).toBe(before);
    await call('orders.apply', enroll);
    const after = ops(t);
    const cases: [Input<'orders.apply'>, string][] = [
      [{ ...enroll, number: '11-к' }, '«Студенты»: студент Иванова Анна Сергеевна сейчас: обучается; такой приказ к нему не применить'],
      [{ ...enroll, number: '10-к', items: [{ studentId: b.id, groupId: is26.id }] }, '«Номер приказа»: приказ № 10-к за 2026 год уже есть'],
      [{ ...enroll, number: '12-к', items: [{ studentId: b.id, groupId: null }] }, '«Студенты»: для студента Петрова Анна Сергеевна укажите группу'],
      [
        { ...enroll, number: '13-к', items: [{ studentId: b.id, groupId: is26.id }, { studentId: b.id, groupId: is26.id }] },
        '«Студенты»: студент Петрова Анна Сергеевна указан в приказе дважды',
      ],
      [{ ...enroll, number: '14-к', type: 'transfer', items: [{ studentId: a.id, groupId: is26.id }] }, '«Студенты»: студент Иванова Анна Сергеевна уже в этой группе'],
      [
        { ...enroll, number: '15-к', type: 'expulsion', effectiveDate: '2026-08-01', items: [{ studentId: a.id, groupId: null }] },
        '«Студенты»: студент Иванова Анна Сергеевна в группе только с 2026-09-01: дата вступления в силу раньше',
      ],
      [{ ...enroll, number: '16-к', items: [] }, '«Студенты»: выберите хотя бы одного студента'],
    ];
    for (const [input, message] of cases) {
      expect(await t.core.dispatch(t.adminToken, 'orders.apply', input), message).toMatchObject({ ok: false, error: { code: 'validation', message } });
    }
    expect(ops(t)).toBe(after);
    // One order for two students is all or nothing: the second one's problem stops the first too.
    const both = await t.core.dispatch(t.adminToken, 'orders.apply', {
      ...enroll,
      number: '17-к',
      type: 'transfer',
      items: [
        { studentId: a.id, groupId: is26b.id },
        { studentId: b.id, groupId: is26b.id },
      ],
    });
    expect(both).toMatchObject({ ok: false, error: { message: '«Студенты»: студент Петрова Анна Сергеевна сейчас: не зачислен; такой приказ к нему не применить' } });
    expect((await call('students.get', { studentId: a.id })).student.memberships.map((m) => m.groupName)).toEqual(['ИС-26']);
    expect(ops(t)).toBe(after);
  });

  it('cancelling an order undoes it; an earlier order waits until later ones on the same students are cancelled', async () => {
    const { t, call, is26, is26b, student, order } = await college();
    const s = await student('Иванова', '26-001');
    const enrolled = await order('enrollment', '2026-09-01', [{ studentId: s.id, groupId: is26.id }]);
    const moved = await order('transfer', '2026-11-10', [{ studentId: s.id, groupId: is26b.id }]);
    expect(await t.core.dispatch(t.adminToken, 'orders.cancel', { orderId: enrolled.id, reason: 'ошибка' })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: `сначала отмените более поздний приказ № ${moved.number} по тем же студентам` },
    });
    const { order: cancelled } = await call('orders.cancel', { orderId: moved.id, reason: 'перевод не состоялся' });
    expect(cancelled).toMatchObject({ cancelled: true, cancelReason: 'перевод не состоялся' });
    let card = (await call('students.get', { studentId: s.id })).student;
    expect(card.memberships.map((m) => [m.groupName, m.endDate])).toEqual([['ИС-26', null]]);
    expect(card.status).toBe('studying');
    await call('orders.cancel', { orderId: enrolled.id, reason: 'зачислен по ошибке' });
    card = (await call('students.get', { studentId: s.id })).student;
    expect(card).toMatchObject({ status: 'applicant', memberships: [] });
    expect(card.orders.map((o) => o.cancelled)).toEqual([true, true]);
    expect(await t.core.dispatch(t.adminToken, 'orders.cancel', { orderId: enrolled.id, reason: 'ещё раз' })).toMatchObject({
      error: { code: 'conflict', message: 'приказ уже отменён' },
    });
    const reasons = t.core.openJournal().db.prepare("SELECT DISTINCT reason FROM ops WHERE reason IS NOT NULL ORDER BY reason").all();
    expect(reasons).toEqual([{ reason: 'зачислен по ошибке' }, { reason: 'перевод не состоялся' }]);
  });
});

describe('who sees students', () => {
  it('office sees all; a curator only their groups; HR and technician none; a teacher without load none', async () => {
    const { t, curator, is26, is26b, student, order } = await college();
    const mine = await student('Иванова', '26-001');
    const other = await student('Петрова', '26-002');
    await order('enrollment', '2026-09-01', [
      { studentId: mine.id, groupId: is26.id },
      { studentId: other.id, groupId: is26b.id },
    ]);
    const office = userWithSession(t, 'office.one', ['office']);
    expect((await t.core.call(office.token, 'students.list', {})).students).toHaveLength(2);
    expect((await t.core.call(curator.token, 'students.list', {})).students.map((s) => s.fullName)).toEqual(['Иванова Анна Сергеевна']);
    expect(await t.core.dispatch(curator.token, 'students.get', { studentId: mine.id })).toMatchObject({ ok: true });
    expect(await t.core.dispatch(curator.token, 'students.get', { studentId: other.id })).toMatchObject({
      ok: false,
      error: { code: 'forbidden', message: 'Этот студент не в вашей группе' },
    });
    // A student who moves on to another group is that group's curator's, not the former one's.
    await order('transfer', '2026-10-01', [{ studentId: mine.id, groupId: is26b.id }]);
    expect(await t.core.dispatch(curator.token, 'students.get', { studentId: mine.id })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    for (const role of ['hr', 'technician'] as const) {
      const u = userWithSession(t, `only.${role}`, [role]);
      expect(await t.core.dispatch(u.token, 'students.list', {}), role).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(await t.core.dispatch(u.token, 'students.get', { studentId: mine.id }), role).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    // A teacher sees the names of the groups they teach (tests/integration/load.test.ts); without load, nobody.
    const teacher = userWithSession(t, 'only.teacher', ['teacher']);
    expect(await t.core.dispatch(teacher.token, 'students.list', {})).toMatchObject({ ok: true, value: { students: [] } });
    expect(await t.core.dispatch(teacher.token, 'students.get', { studentId: mine.id })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
