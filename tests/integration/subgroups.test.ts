import { describe, expect, it } from 'vitest';
import type { Input } from '../../src-shared/api';
import type { DivisionView } from '../../src-shared/api/subgroups';
import { suggestPeriods } from '../../src-shared/domain/calendar';
import { membersOn } from '../../src-main/core/subgroups/queries';
import { newJournal, userWithSession } from '../helpers/journal';

const semesters = (name: string, startDate: string, endDate: string) => ({
  name,
  startDate,
  endDate,
  periodKind: 'semester' as const,
  periods: suggestPeriods('semester', startDate, endDate),
});

/**
 * A college in 2026/2027 (the test clock stands at 1 September 2026): ИС-26 with Алексеева, Борисова, Волкова and
 * Григорьева from 1 September, ИС-26-2 with Дмитриева; Егорова is created but not enrolled; two disciplines.
 */
async function college() {
  const t = await newJournal();
  const office = userWithSession(t, 'office.user', ['office']);
  const call = <M extends Parameters<typeof t.core.call>[1]>(method: M, input: Input<M>) => t.core.call(office.token, method, input);
  const dispatch = (method: string, input: unknown) => t.core.dispatch(office.token, method, input);
  const { year } = await call('calendar.createYear', semesters('2026/2027', '2026-09-01', '2027-06-30'));
  const { specialty } = await call('contingent.createSpecialty', {
    code: '09.02.07',
    name: 'ИСиП',
    qualification: 'Программист',
    durationMonths: 46,
    studyForm: 'full_time',
  });
  const group = async (name: string) =>
    (
      await call('contingent.createGroup', {
        name,
        specialtyId: specialty.id,
        course: 1,
        admissionYear: 2026,
        studyForm: 'full_time',
        funding: 'budget',
        curatorUserId: null,
        active: true,
      })
    ).group;
  const is26 = await group('ИС-26');
  const is26b = await group('ИС-26-2');
  let n = 0;
  const order = (type: Input<'orders.apply'>['type'], effectiveDate: string, items: Input<'orders.apply'>['items']) =>
    call('orders.apply', { number: `${++n}-к`, date: effectiveDate, type, effectiveDate, items }).then((r) => r.order);
  const student = async (surname: string, groupId: string | null, effectiveDate = '2026-09-01') => {
    const { student: s } = await call('students.create', {
      surname,
      name: 'Анна',
      patronymic: 'Сергеевна',
      birthDate: '2010-03-04',
      sex: 'female',
      recordBook: `26-${surname}`,
      funding: 'budget',
    });
    if (groupId) await order('enrollment', effectiveDate, [{ studentId: s.id, groupId }]);
    return s;
  };
  const alekseeva = await student('Алексеева', is26.id);
  const borisova = await student('Борисова', is26.id);
  const volkova = await student('Волкова', is26.id);
  const grigorieva = await student('Григорьева', is26.id);
  const dmitrieva = await student('Дмитриева', is26b.id);
  const egorova = await student('Егорова', null);
  const { discipline: english } = await call('curriculum.createDiscipline', { code: 'ОГСЭ.03', name: 'Иностранный язык', kind: 'general' });
  const { discipline: informatics } = await call('curriculum.createDiscipline', { code: 'ОП.01', name: 'Информатика', kind: 'general' });
  const ops = () => t.core.openJournal().oplog.count();
  const divideInput = {
    groupId: is26.id,
    disciplineId: english.id,
    yearId: year.id,
    count: 2,
    startDate: '2026-09-01',
    assignments: [
      { studentId: alekseeva.id, subgroupNumber: 1 },
      { studentId: borisova.id, subgroupNumber: 1 },
      { studentId: volkova.id, subgroupNumber: 2 },
      { studentId: grigorieva.id, subgroupNumber: 2 },
    ],
  } satisfies Input<'subgroups.divide'>;
  return { t, office, call, dispatch, year, is26, is26b, order, student, alekseeva, borisova, volkova, grigorieva, dmitrieva, egorova, english, informatics, ops, divideInput };
}

type Division = DivisionView;
type Subgroup = Division['subgroups'][number];
const names = (d: Division) => d.subgroups.map((s) => [s.name, s.members.map((m) => m.fullName.split(' ')[0])]);

describe('dividing a group into subgroups', () => {
  it('creates the division, its subgroups and members in one go, named «1 подгруппа», «2 подгруппа» by default', async () => {
    const c = await college();
    const before = c.ops();
    const { division } = await c.call('subgroups.divide', c.divideInput);
    // One division, two subgroups (3 fields each), four stays (6 fields each).
    expect(c.ops()).toBe(before + 3 + 2 * 3 + 4 * 6);
    expect(division).toMatchObject({
      groupName: 'ИС-26',
      disciplineCode: 'ОГСЭ.03',
      disciplineName: 'Иностранный язык',
      yearName: '2026/2027',
      yearClosed: false,
      asOf: '2026-09-01',
      unplaced: [],
    });
    expect(names(division)).toEqual([
      ['1 подгруппа', ['Алексеева', 'Борисова']],
      ['2 подгруппа', ['Волкова', 'Григорьева']],
    ]);
    expect(division.subgroups[0]!.members[0]).toEqual({ studentId: c.alekseeva.id, fullName: 'Алексеева Анна Сергеевна', recordBook: '26-Алексеева', since: '2026-09-01' });
    expect((await c.call('subgroups.get', { divisionId: division.id })).division).toEqual(division);

    const { division: named } = await c.call('subgroups.divide', {
      ...c.divideInput,
      disciplineId: c.informatics.id,
      count: 3,
      names: ['Английский', 'Немецкий', 'Французский'],
      assignments: [{ studentId: c.alekseeva.id, subgroupNumber: 3 }],
    });
    // Subgroups may stay empty and students unassigned: the unassigned are listed to be placed.
    expect(names(named)).toEqual([
      ['Английский', []],
      ['Немецкий', []],
      ['Французский', ['Алексеева']],
    ]);
    expect(named.unplaced.map((u) => [u.fullName.split(' ')[0], u.inGroupSince])).toEqual([
      ['Борисова', '2026-09-01'],
      ['Волкова', '2026-09-01'],
      ['Григорьева', '2026-09-01'],
    ]);
    const { divisions } = await c.call('subgroups.forGroup', { groupId: c.is26.id });
    expect(divisions.map((d) => d.disciplineCode)).toEqual(['ОГСЭ.03', 'ОП.01']);
    expect((await c.call('subgroups.forGroup', { groupId: c.is26b.id, yearId: c.year.id })).divisions).toEqual([]);
  });

  it('refuses a second division of the same group, discipline and year, naming the field', async () => {
    const c = await college();
    await c.call('subgroups.divide', c.divideInput);
    const before = c.ops();
    expect(await c.dispatch('subgroups.divide', { ...c.divideInput, count: 3 })).toMatchObject({
      ok: false,
      error: {
        code: 'validation',
        message: '«Дисциплина»: группа ИС-26 уже разделена на подгруппы по дисциплине ОГСЭ.03 Иностранный язык в 2026/2027 учебном году',
        fields: [{ field: 'disciplineId' }],
      },
    });
    expect(c.ops()).toBe(before);
    // Another group may be divided for the same discipline.
    await c.call('subgroups.divide', { ...c.divideInput, groupId: c.is26b.id, assignments: [{ studentId: c.dmitrieva.id, subgroupNumber: 2 }] });
  });

  it('names the field of every bad input and changes nothing', async () => {
    const c = await college();
    const missing = '01930000-0000-7000-8000-000000000000';
    // Волкова joins ИС-26 only in October; Дмитриева is in the other group; Егорова in none.
    await c.order('transfer', '2026-10-01', [{ studentId: c.dmitrieva.id, groupId: c.is26.id }]);
    const lateStudent = await c.student('Жукова', c.is26.id, '2026-10-01');
    const base = c.divideInput;
    const before = c.ops();
    const cases: [unknown, string, string][] = [
      [{ ...base, count: 5 }, 'count', '«Число подгрупп»: число от 2 до 4'],
      [{ ...base, count: 1 }, 'count', '«Число подгрупп»: число от 2 до 4'],
      [{ ...base, names: ['Английский'] }, 'names', '«Названия подгрупп»: нужно ровно 2 названия: по одному на подгруппу'],
      [{ ...base, names: ['Английский', 'Английский'] }, 'names', '«Названия подгрупп»: название «Английский» повторяется'],
      [{ ...base, names: ['Английский', ' '] }, 'names.1', '«Названия подгрупп»: обязательное поле'],
      [
        { ...base, assignments: [{ studentId: c.alekseeva.id, subgroupNumber: 3 }] },
        'assignments.0.subgroupNumber',
        '«Номер подгруппы»: число от 1 до 2',
      ],
      [
        { ...base, assignments: [...base.assignments, { studentId: c.alekseeva.id, subgroupNumber: 2 }] },
        'assignments',
        '«Распределение студентов»: студент Алексеева Анна Сергеевна указан дважды',
      ],
      [
        { ...base, assignments: [{ studentId: c.egorova.id, subgroupNumber: 1 }] },
        'assignments',
        '«Распределение студентов»: студент Егорова Анна Сергеевна не в группе ИС-26 на 2026-09-01',
      ],
      [
        { ...base, assignments: [{ studentId: c.dmitrieva.id, subgroupNumber: 1 }] },
        'assignments',
        '«Распределение студентов»: студент Дмитриева Анна Сергеевна не в группе ИС-26 на 2026-09-01',
      ],
      [
        { ...base, assignments: [{ studentId: lateStudent.id, subgroupNumber: 1 }] },
        'assignments',
        '«Распределение студентов»: студент Жукова Анна Сергеевна не в группе ИС-26 на 2026-09-01',
      ],
      [{ ...base, assignments: [{ studentId: missing, subgroupNumber: 1 }] }, 'assignments', '«Распределение студентов»: студент не найден'],
      [{ ...base, groupId: missing }, 'groupId', '«Группа»: группа не найдена'],
      [{ ...base, disciplineId: missing }, 'disciplineId', '«Дисциплина»: дисциплина не найдена'],
      [{ ...base, yearId: missing }, 'yearId', '«Учебный год»: учебный год не найден'],
      [{ ...base, yearId: 'не-id' }, 'yearId', '«Учебный год»: неверное значение'],
      [{ ...base, startDate: '2027-07-01' }, 'startDate', '«Дата начала»: дата вне учебного года 2026/2027 (2026-09-01 — 2027-06-30)'],
      [{ ...base, startDate: '2026-09-31' }, 'startDate', '«Дата начала»: дата в формате ГГГГ-ММ-ДД'],
    ];
    for (const [input, field, message] of cases) {
      expect(await c.dispatch('subgroups.divide', input), message).toMatchObject({ ok: false, error: { code: 'validation', message, fields: [{ field }] } });
    }
    expect(c.ops()).toBe(before);
    expect((await c.call('subgroups.forGroup', { groupId: c.is26.id })).divisions).toEqual([]);
  });
});

describe('students who join later, and moves', () => {
  it('lists a student enrolled later as unplaced until the office places them', async () => {
    const c = await college();
    const { division } = await c.call('subgroups.divide', c.divideInput);
    const late = await c.student('Жукова', c.is26.id, '2026-10-01');
    const on = async (date: string) => (await c.call('subgroups.get', { divisionId: division.id, date })).division;
    expect((await on('2026-09-15')).unplaced).toEqual([]);
    expect((await on('2026-10-05')).unplaced).toEqual([{ studentId: late.id, fullName: 'Жукова Анна Сергеевна', recordBook: '26-Жукова', inGroupSince: '2026-10-01' }]);

    const second = division.subgroups[1]!;
    const place = { divisionId: division.id, studentId: late.id, subgroupId: second.id, startDate: '2026-10-01', reason: 'зачислена приказом 7-к' };
    const before = c.ops();
    const refused: [unknown, string, string][] = [
      [{ ...place, startDate: '2026-09-20' }, 'startDate', '«Дата начала»: студент Жукова Анна Сергеевна не в группе ИС-26 на 2026-09-20'],
      [{ ...place, studentId: c.dmitrieva.id }, 'startDate', '«Дата начала»: студент Дмитриева Анна Сергеевна не в группе ИС-26 на 2026-10-01'],
      [{ ...place, subgroupId: division.id }, 'subgroupId', '«Подгруппа»: подгруппа не из этого деления'],
      [{ ...place, studentId: c.alekseeva.id }, 'studentId', '«Студент»: студент Алексеева Анна Сергеевна уже в подгруппе «1 подгруппа» с 2026-09-01: чтобы сменить подгруппу, переведите его'],
    ];
    for (const [input, field, message] of refused) {
      expect(await c.dispatch('subgroups.place', input), message).toMatchObject({ ok: false, error: { code: 'validation', message, fields: [{ field }] } });
    }
    expect(c.ops()).toBe(before);

    const { division: placed } = await c.call('subgroups.place', place);
    expect(placed.unplaced).toEqual([]);
    expect(names(await on('2026-10-05'))).toEqual([
      ['1 подгруппа', ['Алексеева', 'Борисова']],
      ['2 подгруппа', ['Волкова', 'Григорьева', 'Жукова']],
    ]);
    expect(await c.dispatch('subgroups.place', place)).toMatchObject({ ok: false, error: { fields: [{ field: 'studentId' }] } });
    const { stays } = await c.call('subgroups.history', { divisionId: division.id, studentId: late.id });
    expect(stays).toMatchObject([{ subgroupName: '2 подгруппа', startDate: '2026-10-01', endDate: null, reason: 'зачислена приказом 7-к', leftGroupOn: null }]);
  });

  it('moves a student from a date with a reason, keeps the history, and refuses bad moves', async () => {
    const c = await college();
    const { division } = await c.call('subgroups.divide', c.divideInput);
    const [first, second] = division.subgroups as [Subgroup, Subgroup];
    const move = { divisionId: division.id, studentId: c.alekseeva.id, toSubgroupId: second.id, date: '2026-11-01', reason: 'по заявлению студента' };
    const before = c.ops();
    const refused: [unknown, string, string][] = [
      [{ ...move, reason: ' ' }, 'reason', '«Основание»: обязательное поле'],
      [{ ...move, reason: undefined }, 'reason', '«Основание»: обязательное поле'],
      [{ ...move, toSubgroupId: first.id }, 'toSubgroupId', '«Подгруппа»: студент уже в подгруппе «1 подгруппа»'],
      [{ ...move, date: '2026-08-31' }, 'date', '«Дата»: раньше начала пребывания в нынешней подгруппе (2026-09-01)'],
      [{ ...move, date: '2027-07-01' }, 'date', '«Дата»: дата вне учебного года 2026/2027 (2026-09-01 — 2027-06-30)'],
      [{ ...move, studentId: c.dmitrieva.id }, 'studentId', '«Студент»: студент Дмитриева Анна Сергеевна ещё не распределён в подгруппу: сначала распределите его'],
      [{ ...move, toSubgroupId: '01930000-0000-7000-8000-000000000000' }, 'toSubgroupId', '«Подгруппа»: подгруппа не из этого деления'],
    ];
    for (const [input, field, message] of refused) {
      expect(await c.dispatch('subgroups.move', input), message).toMatchObject({ ok: false, error: { code: 'validation', message, fields: [{ field }] } });
    }
    expect(await c.dispatch('subgroups.move', { ...move, divisionId: second.id })).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: 'Деление на подгруппы не найдено' },
    });
    expect(c.ops()).toBe(before);

    const { division: moved } = await c.call('subgroups.move', move);
    expect(names(moved)).toEqual([
      ['1 подгруппа', ['Алексеева', 'Борисова']],
      ['2 подгруппа', ['Волкова', 'Григорьева']],
    ]);
    const later = (await c.call('subgroups.get', { divisionId: division.id, date: '2026-11-01' })).division;
    expect(names(later)).toEqual([
      ['1 подгруппа', ['Борисова']],
      ['2 подгруппа', ['Алексеева', 'Волкова', 'Григорьева']],
    ]);
    await c.call('subgroups.move', { ...move, toSubgroupId: first.id, date: '2027-02-01', reason: 'вернулась по решению преподавателя' });
    expect(await c.dispatch('subgroups.move', { ...move, toSubgroupId: first.id, date: '2027-01-31' })).toMatchObject({
      ok: false,
      error: { message: '«Подгруппа»: студент уже в подгруппе «1 подгруппа»' },
    });
    expect(await c.dispatch('subgroups.move', { ...move, date: '2027-01-31', toSubgroupId: second.id })).toMatchObject({
      ok: false,
      error: { message: '«Дата»: раньше начала пребывания в нынешней подгруппе (2027-02-01)' },
    });

    const { stays } = await c.call('subgroups.history', { divisionId: division.id, studentId: c.alekseeva.id });
    expect(stays.map((s) => [s.subgroupName, s.startDate, s.endDate, s.reason])).toEqual([
      ['1 подгруппа', '2026-09-01', '2026-11-01', ''],
      ['2 подгруппа', '2026-11-01', '2027-02-01', 'по заявлению студента'],
      ['1 подгруппа', '2027-02-01', null, 'вернулась по решению преподавателя'],
    ]);
    const all = (await c.call('subgroups.history', { divisionId: division.id })).stays;
    expect(all).toHaveLength(6);
    expect(all.map((s) => s.fullName.split(' ')[0])).toEqual(['Алексеева', 'Алексеева', 'Алексеева', 'Борисова', 'Волкова', 'Григорьева']);
  });

  it('gives a subgroup\'s students by date, and drops one who leaves the group from that day', async () => {
    const c = await college();
    const { division } = await c.call('subgroups.divide', c.divideInput);
    const [first, second] = division.subgroups as [Subgroup, Subgroup];
    await c.call('subgroups.move', { divisionId: division.id, studentId: c.borisova.id, toSubgroupId: second.id, date: '2026-10-15', reason: 'по заявлению' });
    const transfer = await c.order('transfer', '2026-12-01', [{ studentId: c.volkova.id, groupId: c.is26b.id }]);
    const j = c.t.core.openJournal();
    const on = (subgroupId: string, date: string) => membersOn(j, subgroupId, date).map((m) => m.fullName.split(' ')[0]);
    expect(on(first.id, '2026-08-31')).toEqual([]);
    expect(on(first.id, '2026-09-01')).toEqual(['Алексеева', 'Борисова']);
    expect(on(first.id, '2026-10-15')).toEqual(['Алексеева']);
    expect(on(second.id, '2026-10-14')).toEqual(['Волкова', 'Григорьева']);
    expect(on(second.id, '2026-10-15')).toEqual(['Борисова', 'Волкова', 'Григорьева']);
    expect(on(second.id, '2026-11-30')).toEqual(['Борисова', 'Волкова', 'Григорьева']);
    // Transferred out on 1 December: her stay counts no longer, and she is not «unplaced» in a group she left.
    expect(on(second.id, '2026-12-01')).toEqual(['Борисова', 'Григорьева']);
    expect((await c.call('subgroups.get', { divisionId: division.id, date: '2026-12-01' })).division.unplaced).toEqual([]);
    expect(membersOn(j, '01930000-0000-7000-8000-000000000000', '2026-12-01')).toEqual([]);
    const volkova = (await c.call('subgroups.history', { divisionId: division.id, studentId: c.volkova.id })).stays;
    expect(volkova).toMatchObject([{ subgroupName: '2 подгруппа', endDate: null, leftGroupOn: '2026-12-01' }]);
    // A move after she left is refused; cancelling the transfer brings her back into her subgroup.
    expect(
      await c.dispatch('subgroups.move', { divisionId: division.id, studentId: c.volkova.id, toSubgroupId: first.id, date: '2026-12-10', reason: 'ошибка' }),
    ).toMatchObject({ ok: false, error: { message: '«Дата»: студент Волкова Анна Сергеевна не в группе ИС-26 на 2026-12-10' } });
    await c.call('orders.cancel', { orderId: transfer.id, reason: 'ошибочный приказ' });
    expect(on(second.id, '2026-12-01')).toEqual(['Борисова', 'Волкова', 'Григорьева']);
  });

  it('renames a subgroup, refusing a name another subgroup of the division has', async () => {
    const c = await college();
    const { division } = await c.call('subgroups.divide', c.divideInput);
    const [first, second] = division.subgroups as [Subgroup, Subgroup];
    const before = c.ops();
    expect(await c.dispatch('subgroups.rename', { subgroupId: second.id, name: '1 подгруппа' })).toMatchObject({
      ok: false,
      error: { code: 'validation', message: '«Название подгруппы»: подгруппа «1 подгруппа» уже есть в этом делении', fields: [{ field: 'name' }] },
    });
    expect(await c.dispatch('subgroups.rename', { subgroupId: second.id, name: '' })).toMatchObject({ ok: false, error: { fields: [{ field: 'name' }] } });
    expect(c.ops()).toBe(before);
    const { division: renamed } = await c.call('subgroups.rename', { subgroupId: first.id, name: 'Английский' });
    expect(renamed.subgroups.map((s) => s.name)).toEqual(['Английский', '2 подгруппа']);
    expect(c.ops()).toBe(before + 1);
  });

  it('changes nothing in a closed year', async () => {
    const c = await college();
    const { division } = await c.call('subgroups.divide', c.divideInput);
    await c.call('rollover.apply', {
      yearId: c.year.id,
      nextYear: semesters('2027/2028', '2027-09-01', '2028-06-30'),
      order: { number: '1-п', date: '2027-06-30', effectiveDate: '2027-09-01', reason: '' },
    });
    const before = c.ops();
    const second = division.subgroups[1]!;
    expect(await c.dispatch('subgroups.divide', { ...c.divideInput, disciplineId: c.informatics.id })).toMatchObject({
      ok: false,
      error: { message: '«Учебный год»: учебный год 2026/2027 закрыт: подгруппы в нём не меняются', fields: [{ field: 'yearId' }] },
    });
    expect(
      await c.dispatch('subgroups.move', { divisionId: division.id, studentId: c.alekseeva.id, toSubgroupId: second.id, date: '2027-03-01', reason: 'по заявлению' }),
    ).toMatchObject({ ok: false, error: { message: '«Деление на подгруппы»: учебный год 2026/2027 закрыт: подгруппы в нём не меняются' } });
    expect(await c.dispatch('subgroups.rename', { subgroupId: second.id, name: 'Немецкий' })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(c.ops()).toBe(before);
    // A past year's division is shown as of its last day.
    c.t.clock.advance(400 * 24 * 60);
    const later = userWithSession(c.t, 'office.later', ['office']);
    const past = (await c.t.core.call(later.token, 'subgroups.get', { divisionId: division.id })).division;
    expect(past).toMatchObject({ yearClosed: true, asOf: '2027-06-30' });
    expect(names(past)[0]).toEqual(['1 подгруппа', ['Алексеева', 'Борисова']]);
  });
});

describe('who may divide and see subgroups', () => {
  it('the office divides and moves; the director reads; teachers, curators and HR see nothing yet', async () => {
    const c = await college();
    const { division } = await c.call('subgroups.divide', c.divideInput);
    const director = userWithSession(c.t, 'director.user', ['director']);
    const teacher = userWithSession(c.t, 'teacher.user', ['teacher', 'curator']);
    const hr = userWithSession(c.t, 'hr.user', ['hr']);
    const as = (token: string, method: string, input: unknown) => c.t.core.dispatch(token, method, input);
    expect(await as(director.token, 'subgroups.get', { divisionId: division.id })).toMatchObject({ ok: true });
    expect(await as(director.token, 'subgroups.history', { divisionId: division.id })).toMatchObject({ ok: true });
    const move = { divisionId: division.id, studentId: c.alekseeva.id, toSubgroupId: division.subgroups[1]!.id, date: '2026-11-01', reason: 'по заявлению' };
    const forbidden = { ok: false, error: { code: 'forbidden', message: 'Недостаточно прав для этого действия' } };
    expect(await as(director.token, 'subgroups.move', move)).toMatchObject(forbidden);
    expect(await as(director.token, 'subgroups.divide', { ...c.divideInput, disciplineId: c.informatics.id })).toMatchObject(forbidden);
    for (const token of [teacher.token, hr.token]) {
      expect(await as(token, 'subgroups.forGroup', { groupId: c.is26.id })).toMatchObject(forbidden);
      expect(await as(token, 'subgroups.move', move)).toMatchObject(forbidden);
    }
    expect(await as(c.t.adminToken, 'subgroups.move', move)).toMatchObject({ ok: true });
  });
});
