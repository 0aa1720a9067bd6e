import { describe, expect, it } from 'vitest';
import type { Input } from '../../src-shared/api';
import { yearClosedChanges } from '../../src-main/core/calendar/closing';
import { createDiscipline } from '../../src-main/core/curriculum/disciplines';
import { createPlan, savePlanItems } from '../../src-main/core/curriculum/plans';
import { mayFillLesson, teacherOn } from '../../src-main/core/load/queries';
import { newJournal, userWithSession, type TestJournal } from '../helpers/journal';
import { readXlsx } from '../helpers/student-files';

// The test clock stands at 2026-09-01; the year has two semesters.
const firstSemester = { name: '1 семестр', startDate: '2026-09-01', endDate: '2026-12-31' };
const secondSemester = { name: '2 семестр', startDate: '2027-01-09', endDate: '2027-06-30' };
const missingId = '01930000-0000-7000-8000-000000000000';

async function college() {
  const t = await newJournal();
  const j = t.core.openJournal();
  const admin = <M extends Parameters<typeof t.core.call>[1]>(method: M, input: Input<M>) => t.core.call(t.adminToken, method, input);
  const office = userWithSession(t, 'office.one', ['office']);
  const call = <M extends Parameters<typeof t.core.call>[1]>(method: M, input: Input<M>) => t.core.call(office.token, method, input);

  const { year } = await admin('calendar.createYear', {
    name: '2026/2027',
    startDate: '2026-09-01',
    endDate: '2027-06-30',
    periodKind: 'semester',
    periods: [firstSemester, secondSemester],
  });
  const [autumn, spring] = year.periods;
  const { specialty } = await admin('contingent.createSpecialty', {
    code: '09.02.07',
    name: 'Информационные системы и программирование',
    qualification: 'Программист',
    durationMonths: 46,
    studyForm: 'full_time',
  });
  const group = (name: string) =>
    admin('contingent.createGroup', {
      name,
      specialtyId: specialty.id,
      course: 1,
      admissionYear: 2026,
      studyForm: 'full_time',
      funding: 'budget',
      curatorUserId: null,
      active: true,
    }).then((r) => r.group);
  const is26 = await group('ИС-26');
  const is26b = await group('ИС-26-2');

  // Teachers are staff records; two of them sign in through linked accounts.
  const petrovaUser = userWithSession(t, 'petrova.oi', ['teacher']);
  const sidorovUser = userWithSession(t, 'sidorov.pa', ['teacher', 'curator']);
  const employee = (surname: string, input: Partial<Input<'staff.create'>> = {}) =>
    admin('staff.create', { surname, firstName: 'Ольга', patronymic: 'Ивановна', birthDate: '1980-01-01', positions: ['teacher'], hireDate: '2010-09-01', ...input }).then(
      (r) => r.employee,
    );
  const petrova = await employee('Петрова', { userId: petrovaUser.id });
  const sidorov = await employee('Сидоров', { firstName: 'Пётр', patronymic: 'Андреевич', userId: sidorovUser.id });
  const ivanova = await employee('Иванова', { positions: ['master'] });
  const methodist = await employee('Методистова', { positions: ['methodist'] });
  const gone = await employee('Ушедшая', { dismissalDate: '2026-06-30' });

  const discipline = (code: string, name: string) => createDiscipline(j, t.adminId, { code, name, kind: 'general', parentId: null });
  const informatics = discipline('ОП.01', 'Информатика');
  const maths = discipline('ЕН.01', 'Математика');
  const english = discipline('ОГСЭ.03', 'Иностранный язык в профессиональной деятельности');
  const physics = discipline('ОУД.07', 'Физика');
  const history = discipline('ОГСЭ.01', 'История');
  const { plan } = createPlan(j, t.adminId, { specialtyId: specialty.id, admissionYear: 2026, name: 'ИСиП, набор 2026' });
  const item = (disciplineId: string, semester: number, hours: { theory?: number; practical?: number; lab?: number }) => ({
    disciplineId,
    semester,
    hoursTotal: 200,
    hoursTheory: hours.theory ?? 0,
    hoursPractical: hours.practical ?? 0,
    hoursLab: hours.lab ?? 0,
    hoursProject: 0,
    hoursSelf: 10,
    attestation: 'none' as const,
  });
  savePlanItems(j, t.adminId, plan.id, [
    item(informatics.id, 1, { theory: 32, practical: 32 }),
    item(maths.id, 1, { theory: 40, practical: 20 }),
    item(english.id, 1, { practical: 36 }),
    item(history.id, 2, { theory: 48 }),
  ]);

  const line = (input: Partial<Input<'load.createLine'>> & { hours: Input<'load.createLine'>['hours'] }) =>
    call('load.createLine', {
      yearId: year.id,
      periodId: autumn!.id,
      groupId: is26.id,
      disciplineId: informatics.id,
      teacherId: petrova.id,
      ...input,
    }).then((r) => r.line);
  return { t, j, admin, call, office, year, autumn: autumn!, spring: spring!, is26, is26b, petrova, sidorov, ivanova, methodist, gone, petrovaUser, sidorovUser, informatics, maths, english, physics, history, line };
}

const counts = (t: TestJournal) => {
  const db = t.core.openJournal().db;
  const n = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return { ops: t.core.openJournal().oplog.count(), lines: n('load_lines'), assignments: n('load_assignments'), substitutions: n('substitutions') };
};

describe('load against the plan', () => {
  it('shows per semester what the plan requires next to the lines, under and over, and each subgroup against the full hours', async () => {
    const c = await college();
    await c.line({ hours: { theory: 32, practical: 32 } });
    await c.line({ disciplineId: c.maths.id, hours: { theory: 30, practical: 20, consultation: 4 } });
    await c.line({ disciplineId: c.physics.id, teacherId: c.sidorov.id, hours: { theory: 10 } });
    const { division } = await c.admin('subgroups.divide', { groupId: c.is26.id, disciplineId: c.english.id, yearId: c.year.id, count: 2, startDate: '2026-09-01' });
    const [first, second] = division.subgroups;
    await c.line({ disciplineId: c.english.id, subgroupId: first!.id, teacherId: c.sidorov.id, hours: { practical: 36 } });
    await c.line({ disciplineId: c.english.id, subgroupId: second!.id, teacherId: c.ivanova.id, hours: { practical: 40 } });

    const load = await c.call('load.listGroupLoad', { groupId: c.is26.id, yearId: c.year.id });
    expect(load).toMatchObject({ groupName: 'ИС-26', course: 1, yearName: '2026/2027', yearClosed: false });
    expect(load.sections.map((s) => [s.semester, s.periods.map((p) => p.name)])).toEqual([
      [1, ['1 семестр']],
      [2, ['2 семестр']],
    ]);
    const autumn = load.sections[0]!.disciplines;
    expect(autumn.map((d) => d.disciplineCode)).toEqual(['ЕН.01', 'ОГСЭ.03', 'ОП.01', 'ОУД.07']);
    const byCode = (code: string) => autumn.find((d) => d.disciplineCode === code)!;
    expect(byCode('ОП.01')).toMatchObject({
      required: { theory: 32, practical: 32, lab: 0, project: 0, total: 64 },
      units: [{ subgroupId: null, status: 'ok', assigned: { total: 64 }, difference: { total: 0 } }],
    });
    // Consultations are the college's own and not compared with the plan.
    expect(byCode('ЕН.01').units).toEqual([
      {
        subgroupId: null,
        subgroupName: null,
        assigned: { theory: 30, practical: 20, lab: 0, project: 0, consultation: 4, exam: 0, total: 54 },
        difference: { theory: -10, practical: 0, lab: 0, project: 0, total: -10 },
        status: 'under',
      },
    ]);
    expect(byCode('ОУД.07')).toMatchObject({ required: null, units: [{ status: 'unplanned', difference: null }] });
    // Each subgroup must get the plan's full hours.
    expect(byCode('ОГСЭ.03').units.map((u) => [u.subgroupName, u.assigned.practical, u.difference?.practical, u.status])).toEqual([
      ['1 подгруппа', 36, 0, 'ok'],
      ['2 подгруппа', 40, 4, 'over'],
    ]);
    expect(byCode('ОГСЭ.03').lines.map((l) => [l.subgroupName, l.teacherName])).toEqual([
      ['1 подгруппа', 'Сидоров Пётр Андреевич'],
      ['2 подгруппа', 'Иванова Ольга Ивановна'],
    ]);
    expect(load.sections[1]!.disciplines).toMatchObject([{ disciplineCode: 'ОГСЭ.01', required: { total: 48 }, units: [{ assigned: { total: 0 }, status: 'under' }], lines: [] }]);

    // Unassigned across the college: both groups share the plan, the second has no lines at all.
    const { rows, total } = await c.call('load.unassigned', { yearId: c.year.id });
    expect(rows.map((r) => [r.groupName, r.semester, r.disciplineCode, r.subgroupName, r.missing.total])).toEqual([
      ['ИС-26', 1, 'ЕН.01', null, 10],
      ['ИС-26', 2, 'ОГСЭ.01', null, 48],
      ['ИС-26-2', 1, 'ЕН.01', null, 60],
      ['ИС-26-2', 1, 'ОГСЭ.03', null, 36],
      ['ИС-26-2', 1, 'ОП.01', null, 64],
      ['ИС-26-2', 2, 'ОГСЭ.01', null, 48],
    ]);
    expect(total.total).toBe(10 + 48 + 60 + 36 + 64 + 48);

    // The tariffing list: each teacher's year by period and kind, with the lines.
    const tariff = await c.call('load.tariffing', { yearId: c.year.id });
    expect(tariff.teachers.map((x) => [x.teacherName, x.total.total, x.periods.map((p) => p.hours.total), x.lines.length])).toEqual([
      ['Иванова Ольга Ивановна', 40, [40, 0], 1],
      ['Петрова Ольга Ивановна', 118, [118, 0], 2],
      ['Сидоров Пётр Андреевич', 46, [46, 0], 2],
    ]);
    expect(tariff.total).toEqual({ theory: 72, practical: 128, lab: 0, project: 0, consultation: 4, exam: 0, total: 204 });

    const file = await c.call('load.exportTariffing', { yearId: c.year.id });
    expect(file.fileName).toBe('Тарификация 2026-2027 на 01.09.2026.xlsx');
    const workbook = await readXlsx(file.contentBase64);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Тарификация', 'Итоги']);
    const sheet = workbook.getWorksheet('Тарификация')!;
    const values = sheet.getSheetValues().flatMap((row) => (Array.isArray(row) ? [row.slice(1)] : []));
    expect(values[0]).toEqual(['Тарификационный список преподавателей на 2026/2027 учебный год']);
    expect(values).toContainEqual(['Петрова Ольга Ивановна', 'ИС-26', '', 'ЕН.01 Математика', '1 семестр', 30, 20, 0, 0, 4, 0, 54]);
    expect(values).toContainEqual(['Итого Петрова Ольга Ивановна', '', '', '', '', 62, 52, 0, 0, 4, 0, 118]);
    expect(values.at(-1)).toEqual(['Итого по колледжу', '', '', '', '', 72, 128, 0, 0, 4, 0, 204]);
  });

  it('keeps one line per group or subgroup, discipline and period; refuses bad input naming the field, changing nothing', async () => {
    const c = await college();
    const first = await c.line({ hours: { theory: 32 } });
    const { division } = await c.admin('subgroups.divide', { groupId: c.is26.id, disciplineId: c.english.id, yearId: c.year.id, count: 2, startDate: '2026-09-01' });
    const { division: other } = await c.admin('subgroups.divide', { groupId: c.is26b.id, disciplineId: c.english.id, yearId: c.year.id, count: 2, startDate: '2026-09-01' });
    await c.line({ disciplineId: c.english.id, subgroupId: division.subgroups[0]!.id, hours: { practical: 36 } });
    const before = counts(c.t);
    const base: Input<'load.createLine'> = {
      yearId: c.year.id,
      periodId: c.spring.id,
      groupId: c.is26.id,
      disciplineId: c.informatics.id,
      teacherId: c.petrova.id,
      hours: { theory: 10 },
    };
    const cases: [Partial<Input<'load.createLine'>>, string, string][] = [
      [{ periodId: c.autumn.id }, 'disciplineId', '«Дисциплина»: у группы ИС-26 уже есть строка нагрузки по ОП.01 Информатика в периоде «1 семестр» (преподаватель Петрова Ольга Ивановна)'],
      [
        { periodId: c.autumn.id, disciplineId: c.english.id, subgroupId: division.subgroups[0]!.id },
        'subgroupId',
        '«Подгруппа»: у подгруппы «1 подгруппа» группы ИС-26 уже есть строка нагрузки по ОГСЭ.03 Иностранный язык в профессиональной деятельности в периоде «1 семестр» (преподаватель Петрова Ольга Ивановна)',
      ],
      [{ yearId: missingId }, 'yearId', '«Учебный год»: учебный год не найден'],
      [{ periodId: missingId }, 'periodId', '«Период»: период не из этого учебного года'],
      [{ groupId: missingId }, 'groupId', '«Группа»: группа не найдена'],
      [{ disciplineId: missingId }, 'disciplineId', '«Дисциплина»: дисциплина не найдена'],
      [{ subgroupId: missingId }, 'subgroupId', '«Подгруппа»: подгруппа не найдена'],
      [{ disciplineId: c.english.id, subgroupId: other.subgroups[0]!.id }, 'subgroupId', '«Подгруппа»: подгруппа не из этой группы, дисциплины или учебного года'],
      [{ subgroupId: division.subgroups[1]!.id }, 'subgroupId', '«Подгруппа»: подгруппа не из этой группы, дисциплины или учебного года'],
      [{ teacherId: missingId }, 'teacherId', '«Преподаватель»: сотрудник не найден'],
      [
        { teacherId: c.methodist.id },
        'teacherId',
        '«Преподаватель»: Методистова Ольга Ивановна: в кадровой записи нет должности преподавателя или мастера производственного обучения',
      ],
      [{ teacherId: c.gone.id }, 'teacherId', '«Преподаватель»: Ушедшая Ольга Ивановна уволен(а)'],
      [{ hours: { theory: 0 } }, 'hours', '«Часы»: укажите часы хотя бы одного вида'],
      [{ hours: {} }, 'hours', '«Часы»: укажите часы хотя бы одного вида'],
      [{ hours: { theory: -2 } }, 'hours.theory', '«Теоретические занятия, ч»: целое число часов от 0 до 2000'],
      [{ hours: { lab: 1.5 } }, 'hours.lab', '«Лабораторные работы, ч»: целое число часов от 0 до 2000'],
      [{ teacherId: 'не-id' }, 'teacherId', '«Преподаватель»: неверное значение'],
    ];
    for (const [input, field, message] of cases) {
      const result = await c.t.core.dispatch(c.office.token, 'load.createLine', { ...base, ...input });
      expect(result, message).toMatchObject({ ok: false, error: { code: 'validation', message } });
      if (!result.ok) expect(result.error.fields?.map((f) => f.field)).toEqual([field]);
    }
    for (const [input, message] of [
      [{ hours: { theory: 0 } }, '«Часы»: укажите часы хотя бы одного вида'],
      [{ hours: { exam: 3000 } }, '«Экзамены, ч»: целое число часов от 0 до 2000'],
    ] as const) {
      expect(await c.t.core.dispatch(c.office.token, 'load.updateLine', { lineId: first.id, ...input })).toMatchObject({ ok: false, error: { code: 'validation', message } });
    }
    expect(await c.t.core.dispatch(c.office.token, 'load.updateLine', { lineId: missingId, hours: { theory: 1 } })).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: 'Строка нагрузки не найдена' },
    });
    expect(counts(c.t)).toEqual(before);

    // The same line in another period, or for the whole group next to a subgroup, is another line.
    await c.call('load.createLine', base);
    await c.line({ disciplineId: c.english.id, hours: { practical: 4 } });
    // An edit changes hours and notes only; a deleted line frees its place.
    const { line: edited } = await c.call('load.updateLine', { lineId: first.id, hours: { theory: 30, lab: 2 }, notes: 'лаборатория 204' });
    expect(edited).toMatchObject({ hours: { theory: 30, lab: 2, total: 32 }, notes: 'лаборатория 204', teacherName: 'Петрова Ольга Ивановна' });
    await c.call('load.deleteLine', { lineId: first.id });
    expect(await c.t.core.dispatch(c.office.token, 'load.getLine', { lineId: first.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const kept = await c.line({ teacherId: c.sidorov.id, hours: { theory: 32 } });
    // A line that already is a journal page stays: deleting it would hide its lessons and marks.
    await c.call('journal.saveLesson', { lineId: kept.id, date: '2026-09-02', pair: 1, topic: 'Введение', homework: '' });
    const withLesson = counts(c.t);
    expect(await c.t.core.dispatch(c.office.token, 'load.deleteLine', { lineId: kept.id })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: 'по строке уже ведётся журнал (занятий: 1); удалить её нельзя — смените преподавателя или часы' },
    });
    expect(counts(c.t)).toEqual(withLesson);

    // A closed year's load is history.
    c.j.oplog.commit(c.t.adminId, yearClosedChanges(c.year.id, true));
    const closedBefore = counts(c.t);
    expect(await c.t.core.dispatch(c.office.token, 'load.createLine', { ...base, periodId: c.autumn.id, disciplineId: c.maths.id })).toMatchObject({
      ok: false,
      error: { code: 'validation', message: '«Учебный год»: Учебный год 2026/2027 закрыт: нагрузку в нём не изменить', fields: [{ field: 'yearId' }] },
    });
    const some = (await c.call('load.listGroupLoad', { groupId: c.is26.id, yearId: c.year.id })).sections[0]!.disciplines.find((d) => d.lines.length > 0)!.lines[0]!;
    for (const [method, input] of [
      ['load.updateLine', { lineId: some.id, hours: { theory: 1 } }],
      ['load.deleteLine', { lineId: some.id }],
      ['load.changeTeacher', { lineId: some.id, teacherId: c.ivanova.id, fromDate: '2026-10-01' }],
      ['load.addSubstitution', { lineId: some.id, substituteId: c.ivanova.id, startDate: '2026-10-01', endDate: '2026-10-02', reason: 'больничный' }],
    ] as const) {
      expect(await c.t.core.dispatch(c.office.token, method, input), method).toMatchObject({
        ok: false,
        error: { code: 'conflict', message: 'Учебный год 2026/2027 закрыт: нагрузку в нём не изменить' },
      });
    }
    expect(counts(c.t)).toEqual(closedBefore);
  });
});

describe('teachers over time', () => {
  it('a change of teacher keeps the earlier days with the teacher who taught them', async () => {
    const c = await college();
    const line = await c.line({ hours: { theory: 32 } });
    expect(teacherOn(c.j, line.id, '2026-09-01')).toBe(c.petrova.id);
    expect(teacherOn(c.j, line.id, '2026-08-31')).toBeUndefined();

    const before = counts(c.t);
    const cases: [Input<'load.changeTeacher'>, string, string][] = [
      [{ lineId: line.id, teacherId: c.sidorov.id, fromDate: '2027-01-10' }, 'fromDate', '«Дата смены преподавателя»: должна быть в пределах периода строки: с 2026-09-01 по 2026-12-31'],
      [{ lineId: line.id, teacherId: c.petrova.id, fromDate: '2026-10-01' }, 'teacherId', '«Преподаватель»: этот преподаватель уже ведёт строку'],
      [{ lineId: line.id, teacherId: c.gone.id, fromDate: '2026-10-01' }, 'teacherId', '«Преподаватель»: Ушедшая Ольга Ивановна уволен(а)'],
      [{ lineId: line.id, teacherId: c.sidorov.id, fromDate: '2026-02-30' }, 'fromDate', '«Дата смены преподавателя»: дата в формате ГГГГ-ММ-ДД'],
    ];
    for (const [input, field, message] of cases) {
      const result = await c.t.core.dispatch(c.office.token, 'load.changeTeacher', input);
      expect(result, message).toMatchObject({ ok: false, error: { code: 'validation', message } });
      if (!result.ok) expect(result.error.fields?.map((f) => f.field)).toEqual([field]);
    }
    expect(counts(c.t)).toEqual(before);

    const changed = await c.call('load.changeTeacher', { lineId: line.id, teacherId: c.sidorov.id, fromDate: '2026-10-15' });
    expect(changed.line.teacherName).toBe('Сидоров Пётр Андреевич');
    expect(changed.assignments.map((a) => [a.teacherName, a.startDate, a.endDate])).toEqual([
      ['Петрова Ольга Ивановна', '2026-09-01', '2026-10-15'],
      ['Сидоров Пётр Андреевич', '2026-10-15', null],
    ]);
    expect(teacherOn(c.j, line.id, '2026-10-14')).toBe(c.petrova.id);
    expect(teacherOn(c.j, line.id, '2026-10-15')).toBe(c.sidorov.id);
    expect(teacherOn(c.j, line.id, '2026-12-31')).toBe(c.sidorov.id);
    // Not before the present teacher took over.
    expect(await c.t.core.dispatch(c.office.token, 'load.changeTeacher', { lineId: line.id, teacherId: c.ivanova.id, fromDate: '2026-10-01' })).toMatchObject({
      ok: false,
      error: { message: '«Дата смены преподавателя»: не раньше 2026-10-15: с этого дня строку ведёт нынешний преподаватель' },
    });
    await c.call('load.changeTeacher', { lineId: line.id, teacherId: c.ivanova.id, fromDate: '2026-11-20' });
    expect([teacherOn(c.j, line.id, '2026-10-01'), teacherOn(c.j, line.id, '2026-11-19'), teacherOn(c.j, line.id, '2026-11-20')]).toEqual([
      c.petrova.id,
      c.sidorov.id,
      c.ivanova.id,
    ]);
    // The tariffing list counts the line for its present teacher.
    expect((await c.call('load.tariffing', { yearId: c.year.id })).teachers.map((x) => x.teacherName)).toEqual(['Иванова Ольга Ивановна']);
  });

  it('a teacher replaced from the first day of the line never taught it and loses it entirely', async () => {
    const c = await college();
    const line = await c.line({ hours: { theory: 32 } });
    const changed = await c.call('load.changeTeacher', { lineId: line.id, teacherId: c.sidorov.id, fromDate: '2026-09-01' });
    expect(changed.assignments.map((a) => [a.teacherName, a.startDate, a.endDate])).toEqual([['Сидоров Пётр Андреевич', '2026-09-01', null]]);
    expect(teacherOn(c.j, line.id, '2026-09-01')).toBe(c.sidorov.id);
  });

  it('substitutions: inside the period, by another teacher, never overlapping; the substitute may fill those days only', async () => {
    const c = await college();
    const line = await c.line({ hours: { theory: 32 } });
    const add = (input: Partial<Input<'load.addSubstitution'>>) =>
      c.t.core.dispatch(c.office.token, 'load.addSubstitution', {
        lineId: line.id,
        substituteId: c.sidorov.id,
        startDate: '2026-10-05',
        endDate: '2026-10-09',
        reason: 'больничный лист',
        ...input,
      });
    const ok = await add({});
    expect(ok).toMatchObject({ ok: true });
    if (!ok.ok) return;
    const details = ok.value as { substitutions: { id: string; substituteName: string; startDate: string; endDate: string; reason: string }[] };
    expect(details.substitutions.map((s) => [s.substituteName, s.startDate, s.endDate, s.reason])).toEqual([['Сидоров Пётр Андреевич', '2026-10-05', '2026-10-09', 'больничный лист']]);

    const before = counts(c.t);
    const cases: [Partial<Input<'load.addSubstitution'>>, string, string][] = [
      [{ startDate: '2026-10-09', endDate: '2026-10-12', substituteId: c.ivanova.id }, 'startDate', '«Первый день замещения»: пересекается с другим замещением по этой строке: с 2026-10-05 по 2026-10-09'],
      [{ startDate: '2026-08-30', endDate: '2026-09-02' }, 'startDate', '«Первый день замещения»: должна быть в пределах периода строки: с 2026-09-01 по 2026-12-31'],
      [{ startDate: '2026-12-30', endDate: '2027-01-12' }, 'endDate', '«Последний день замещения»: должна быть в пределах периода строки: с 2026-09-01 по 2026-12-31'],
      [{ startDate: '2026-11-10', endDate: '2026-11-09' }, 'endDate', '«Последний день замещения»: дата окончания раньше даты начала'],
      [{ startDate: '2026-11-10', endDate: '2026-11-12', substituteId: c.petrova.id }, 'substituteId', '«Замещающий преподаватель»: в эти дни строку ведёт этот же преподаватель: замещать должен другой'],
      [{ startDate: '2026-11-10', endDate: '2026-11-12', substituteId: c.methodist.id }, 'substituteId', '«Замещающий преподаватель»: Методистова Ольга Ивановна: в кадровой записи нет должности преподавателя или мастера производственного обучения'],
      [{ startDate: '2026-11-10', endDate: '2026-11-12', reason: ' ' }, 'reason', '«Причина»: обязательное поле'],
    ];
    for (const [input, field, message] of cases) {
      const result = await add(input);
      expect(result, message).toMatchObject({ ok: false, error: { code: 'validation', message } });
      if (!result.ok) expect(result.error.fields?.map((f) => f.field)).toEqual([field]);
    }
    expect(counts(c.t)).toEqual(before);

    // The teacher fills every day of the line; the substitute only the days of the substitution; nobody else.
    expect(mayFillLesson(c.j, c.petrova.id, line.id, '2026-10-06')).toBe(true);
    expect(mayFillLesson(c.j, c.sidorov.id, line.id, '2026-10-05')).toBe(true);
    expect(mayFillLesson(c.j, c.sidorov.id, line.id, '2026-10-09')).toBe(true);
    expect(mayFillLesson(c.j, c.sidorov.id, line.id, '2026-10-10')).toBe(false);
    expect(mayFillLesson(c.j, c.sidorov.id, line.id, '2026-10-04')).toBe(false);
    expect(mayFillLesson(c.j, c.ivanova.id, line.id, '2026-10-06')).toBe(false);
    expect(mayFillLesson(c.j, c.petrova.id, line.id, '2027-01-10')).toBe(false);

    // After a change of teacher the former teacher may fill only the days before it.
    await c.call('load.changeTeacher', { lineId: line.id, teacherId: c.ivanova.id, fromDate: '2026-11-01' });
    expect(mayFillLesson(c.j, c.petrova.id, line.id, '2026-10-31')).toBe(true);
    expect(mayFillLesson(c.j, c.petrova.id, line.id, '2026-11-01')).toBe(false);
    expect(mayFillLesson(c.j, c.ivanova.id, line.id, '2026-11-01')).toBe(true);

    const removed = await c.call('load.removeSubstitution', { substitutionId: details.substitutions[0]!.id });
    expect(removed.substitutions).toEqual([]);
    expect(mayFillLesson(c.j, c.sidorov.id, line.id, '2026-10-06')).toBe(false);
    expect(await c.t.core.dispatch(c.office.token, 'load.removeSubstitution', { substitutionId: details.substitutions[0]!.id })).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: 'Замещение не найдено' },
    });
    // A deleted line can be filled by nobody.
    await c.call('load.deleteLine', { lineId: line.id });
    expect(mayFillLesson(c.j, c.ivanova.id, line.id, '2026-11-02')).toBe(false);
  });
});

describe('who sees the load', () => {
  it('a teacher sees their own lines and substitutions; HR nothing; the director reads; an unlinked account gets a hint', async () => {
    const c = await college();
    const mine = await c.line({ hours: { theory: 32, practical: 32 } });
    const his = await c.line({ disciplineId: c.maths.id, teacherId: c.sidorov.id, hours: { theory: 40 } });
    await c.line({ disciplineId: c.english.id, teacherId: c.ivanova.id, hours: { practical: 36 } });
    await c.call('load.addSubstitution', { lineId: his.id, substituteId: c.petrova.id, startDate: '2026-09-14', endDate: '2026-09-18', reason: 'курсы повышения квалификации' });

    const petrova = await c.t.core.call(c.petrovaUser.token, 'load.myLoad', {});
    expect(petrova.yearId).toBe(c.year.id);
    expect(petrova.hint).toBeNull();
    expect(petrova.lines.map((l) => [l.groupName, l.disciplineCode, l.periodName, l.hours.total, l.periodStartDate])).toEqual([['ИС-26', 'ОП.01', '1 семестр', 64, '2026-09-01']]);
    expect(petrova.substitutions.map((s) => [s.line.disciplineCode, s.line.teacherName, s.startDate, s.endDate, s.line.hours.total])).toEqual([
      ['ЕН.01', 'Сидоров Пётр Андреевич', '2026-09-14', '2026-09-18', 40],
    ]);
    const sidorov = await c.t.core.call(c.sidorovUser.token, 'load.myLoad', { yearId: c.year.id });
    expect(sidorov.lines.map((l) => l.disciplineCode)).toEqual(['ЕН.01']);
    expect(sidorov.substitutions).toEqual([]);

    // Their own line opens (a substitution makes it theirs too); another's is refused.
    expect(await c.t.core.dispatch(c.petrovaUser.token, 'load.getLine', { lineId: mine.id })).toMatchObject({ ok: true });
    expect(await c.t.core.dispatch(c.petrovaUser.token, 'load.getLine', { lineId: his.id })).toMatchObject({ ok: true });
    expect(await c.t.core.dispatch(c.sidorovUser.token, 'load.getLine', { lineId: mine.id })).toMatchObject({
      ok: false,
      error: { code: 'forbidden', message: 'Это не ваша строка нагрузки' },
    });
    for (const [method, input] of [
      ['load.listGroupLoad', { groupId: c.is26.id, yearId: c.year.id }],
      ['load.tariffing', { yearId: c.year.id }],
      ['load.createLine', { yearId: c.year.id, periodId: c.autumn.id, groupId: c.is26.id, disciplineId: c.physics.id, teacherId: c.petrova.id, hours: { theory: 1 } }],
      ['load.changeTeacher', { lineId: mine.id, teacherId: c.sidorov.id, fromDate: '2026-10-01' }],
    ] as const) {
      expect(await c.t.core.dispatch(c.petrovaUser.token, method, input), method).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }

    const unlinked = userWithSession(c.t, 'new.teacher', ['teacher']);
    expect(await c.t.core.call(unlinked.token, 'load.myLoad', {})).toEqual({
      yearId: c.year.id,
      lines: [],
      substitutions: [],
      hint: 'Ваша учётная запись не связана с кадровой записью сотрудника: попросите инспектора по кадрам связать их, и здесь появится ваша нагрузка',
    });
    expect(await c.t.core.dispatch(unlinked.token, 'load.getLine', { lineId: mine.id })).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    const hr = userWithSession(c.t, 'hr.one', ['hr']);
    for (const [method, input] of [
      ['load.myLoad', {}],
      ['load.getLine', { lineId: mine.id }],
      ['load.tariffing', { yearId: c.year.id }],
      ['load.listTeachers', {}],
    ] as const) {
      expect(await c.t.core.dispatch(hr.token, method, input), method).toMatchObject({ ok: false, error: { code: 'forbidden', message: 'Недостаточно прав для этого действия' } });
    }

    const director = userWithSession(c.t, 'director.one', ['director']);
    expect((await c.t.core.call(director.token, 'load.tariffing', { yearId: c.year.id })).teachers).toHaveLength(3);
    expect((await c.t.core.call(director.token, 'load.getLine', { lineId: mine.id })).line.teacherName).toBe('Петрова Ольга Ивановна');
    expect(await c.t.core.dispatch(director.token, 'load.createLine', { yearId: c.year.id, periodId: c.autumn.id, groupId: c.is26.id, disciplineId: c.physics.id, teacherId: c.petrova.id, hours: { theory: 1 } })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect((await c.call('load.listTeachers', {})).teachers.map((x) => x.fullName)).toEqual([
      'Иванова Ольга Ивановна',
      'Петрова Ольга Ивановна',
      'Сидоров Пётр Андреевич',
    ]);
  });

  it('a teacher sees the names of the students of the groups they teach, and no record or card', async () => {
    const c = await college();
    const student = (surname: string, recordBook: string) =>
      c.admin('students.create', { surname, name: 'Анна', patronymic: 'Сергеевна', birthDate: '2010-03-04', sex: 'female', recordBook, funding: 'budget' }).then((r) => r.student);
    const inIs = await student('Иванова', '26-001');
    const inOther = await student('Петрова', '26-002');
    await c.admin('orders.apply', {
      number: '1-к',
      date: '2026-09-01',
      type: 'enrollment',
      effectiveDate: '2026-09-01',
      items: [
        { studentId: inIs.id, groupId: c.is26.id },
        { studentId: inOther.id, groupId: c.is26b.id },
      ],
    });
    const names = async (token: string, input: Input<'students.list'> = {}) => (await c.t.core.call(token, 'students.list', input)).students;
    expect(await names(c.petrovaUser.token)).toEqual([]);

    const line = await c.line({ hours: { theory: 32 } });
    expect(await names(c.petrovaUser.token)).toEqual([
      { id: inIs.id, fullName: 'Иванова Анна Сергеевна', recordBook: '', status: 'studying', groupId: c.is26.id, groupName: 'ИС-26', namesOnly: true },
    ]);
    // Not found by the record book it may not see; another group stays hidden.
    expect(await names(c.petrovaUser.token, { query: '26-001' })).toEqual([]);
    expect(await names(c.petrovaUser.token, { groupId: c.is26b.id })).toEqual([]);
    expect(await c.t.core.dispatch(c.petrovaUser.token, 'students.get', { studentId: inIs.id })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await c.t.core.dispatch(c.petrovaUser.token, 'students.exportGroup', { groupId: c.is26.id })).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    // A substitution opens the names of that group too; a former teacher keeps them while the year is open.
    const other = await c.line({ groupId: c.is26b.id, teacherId: c.ivanova.id, hours: { theory: 32 } });
    await c.call('load.addSubstitution', { lineId: other.id, substituteId: c.sidorov.id, startDate: '2026-10-01', endDate: '2026-10-02', reason: 'отпуск' });
    await c.call('load.changeTeacher', { lineId: line.id, teacherId: c.ivanova.id, fromDate: '2026-10-01' });
    expect((await names(c.petrovaUser.token)).map((s) => s.fullName)).toEqual(['Иванова Анна Сергеевна']);
    // Substituting in ИС-26-2 shows its names only.
    expect((await names(c.sidorovUser.token)).map((s) => [s.fullName, s.namesOnly, s.recordBook])).toEqual([['Петрова Анна Сергеевна', true, '']]);

    // A curator keeps the full record of their own group even where they also teach.
    await c.admin('contingent.updateGroup', { ...c.is26b, groupId: c.is26b.id, curatorUserId: c.sidorovUser.id });
    expect((await names(c.sidorovUser.token)).map((s) => [s.fullName, s.namesOnly, s.recordBook])).toEqual([['Петрова Анна Сергеевна', false, '26-002']]);

    // The office sees everything as before.
    expect((await names(c.office.token)).map((s) => s.namesOnly)).toEqual([false, false]);
    // Once the year is closed and no other is current, the names go.
    c.j.oplog.commit(c.t.adminId, yearClosedChanges(c.year.id, true));
    c.t.clock.ms = Date.UTC(2027, 8, 1, 8);
    expect(await names(c.t.core.sessions.open(c.petrovaUser.id, c.t.clock.ms))).toEqual([]);
  });
});
