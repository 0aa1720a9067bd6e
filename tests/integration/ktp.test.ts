import { describe, expect, it } from 'vitest';
import type { Input, Method } from '../../src-shared/api';
import { yearClosedChanges } from '../../src-main/core/calendar/closing';
import { createDiscipline } from '../../src-main/core/curriculum/disciplines';
import { newJournal, TestClock, userWithSession, type TestJournal } from '../helpers/journal';
import { csvBase64, readXlsx, xlsxBase64 } from '../helpers/student-files';

// The clock stands at 2026-09-10, ten days into this year's first semester; last year (2025/2026) is over.
const missingId = '01930000-0000-7000-8000-000000000000';

async function college() {
  const t = await newJournal(new TestClock(Date.UTC(2026, 8, 10, 8)));
  const j = t.core.openJournal();
  const admin = <M extends Method>(method: M, input: Input<M>) => t.core.call(t.adminToken, method, input);
  const office = userWithSession(t, 'office.one', ['office']);
  const director = userWithSession(t, 'director.one', ['director']);
  const hr = userWithSession(t, 'hr.one', ['hr']);
  const curator = userWithSession(t, 'curator.one', ['curator']);
  const otherCurator = userWithSession(t, 'curator.two', ['curator']);
  const unlinked = userWithSession(t, 'teacher.unlinked', ['teacher']);
  const petrovaUser = userWithSession(t, 'petrova.oi', ['teacher']);
  const sidorovUser = userWithSession(t, 'sidorov.pa', ['teacher']);

  const year = (name: string, start: number) =>
    admin('calendar.createYear', {
      name,
      startDate: `${start}-09-01`,
      endDate: `${start + 1}-06-30`,
      periodKind: 'semester',
      periods: [
        { name: '1 семестр', startDate: `${start}-09-01`, endDate: `${start}-12-31` },
        { name: '2 семестр', startDate: `${start + 1}-01-09`, endDate: `${start + 1}-06-30` },
      ],
    }).then((r) => r.year);
  const lastYear = await year('2025/2026', 2025);
  const thisYear = await year('2026/2027', 2026);
  const { specialty } = await admin('contingent.createSpecialty', {
    code: '09.02.07',
    name: 'Информационные системы и программирование',
    qualification: 'Программист',
    durationMonths: 46,
    studyForm: 'full_time',
  });
  const group = (name: string, admissionYear: number, curatorUserId: string | null) =>
    admin('contingent.createGroup', { name, specialtyId: specialty.id, course: 1, admissionYear, studyForm: 'full_time', funding: 'budget', curatorUserId, active: true }).then(
      (r) => r.group,
    );
  const is25 = await group('ИС-25', 2025, otherCurator.id);
  const is26 = await group('ИС-26', 2026, curator.id);

  const employee = (surname: string, firstName: string, userId: string) =>
    admin('staff.create', { surname, firstName, patronymic: 'Иванович', birthDate: '1980-01-01', positions: ['teacher'], hireDate: '2010-09-01', userId }).then((r) => r.employee);
  const petrova = await employee('Петрова', 'Ольга', petrovaUser.id);
  const sidorov = await employee('Сидоров', 'Пётр', sidorovUser.id);

  const informatics = createDiscipline(j, t.adminId, { code: 'ОП.01', name: 'Информатика', kind: 'general', parentId: null });
  const maths = createDiscipline(j, t.adminId, { code: 'ЕН.01', name: 'Математика', kind: 'general', parentId: null });
  const line = (input: { yearId: string; periodId: string; groupId: string; disciplineId: string; teacherId: string }) =>
    admin('load.createLine', { ...input, hours: { theory: 32, practical: 32 } }).then((r) => r.line);
  // Sidorov taught informatics to ИС-25 last year; Petrova teaches it to ИС-26 this year, and maths too.
  const oldLine = await line({ yearId: lastYear.id, periodId: lastYear.periods[0]!.id, groupId: is25.id, disciplineId: informatics.id, teacherId: sidorov.id });
  const ownLine = await line({ yearId: thisYear.id, periodId: thisYear.periods[0]!.id, groupId: is26.id, disciplineId: informatics.id, teacherId: petrova.id });
  const mathsLine = await line({ yearId: thisYear.id, periodId: thisYear.periods[0]!.id, groupId: is26.id, disciplineId: maths.id, teacherId: petrova.id });
  const springLine = await line({ yearId: thisYear.id, periodId: thisYear.periods[1]!.id, groupId: is26.id, disciplineId: informatics.id, teacherId: sidorov.id });
  const as = (token: string) => ({
    call: <M extends Method>(method: M, input: Input<M>) => t.core.call(token, method, input),
    dispatch: <M extends Method>(method: M, input: Input<M>) => t.core.dispatch(token, method, input),
  });
  return {
    t,
    j,
    admin,
    lastYear,
    thisYear,
    is25,
    is26,
    petrova,
    sidorov,
    informatics,
    maths,
    oldLine,
    ownLine,
    mathsLine,
    springLine,
    office: as(office.token),
    director: as(director.token),
    hr: as(hr.token),
    curator: as(curator.token),
    otherCurator: as(otherCurator.token),
    unlinked: as(unlinked.token),
    petrovaUser: as(petrovaUser.token),
    sidorovUser: as(sidorovUser.token),
  };
}

const opCount = (t: TestJournal) => t.core.openJournal().oplog.count();

const topic = (title: string, hours = 2, kind: Input<'ktp.save'>['topics'][number]['kind'] = 'lecture', homework = '') => ({ title, hours, kind, homework });

const plan = [
  topic('Введение. Информация и информационные процессы', 2, 'lecture', 'Конспект'),
  topic('Системы счисления', 4, 'lecture'),
  topic('Перевод чисел между системами счисления', 4, 'practical', 'Задачи 1–10'),
];

describe('the thematic plan of a line', () => {
  it('keeps the topics in order: adds, changes, moves and removes them, renumbers, and warns when hours differ from the load', async () => {
    const c = await college();
    const teacher = c.petrovaUser;
    const first = await teacher.call('ktp.save', { lineId: c.ownLine.id, topics: plan });
    expect(first).toMatchObject({ added: 3, updated: 0, removed: 0, canEdit: true, plannedHours: 64, topicHours: 10, conductedHours: 0, unlinkedHours: 0 });
    expect(first.topics.map((x) => [x.number, x.title, x.hours, x.kind, x.homework, x.conductedHours])).toEqual([
      [1, 'Введение. Информация и информационные процессы', 2, 'lecture', 'Конспект', 0],
      [2, 'Системы счисления', 4, 'lecture', '', 0],
      [3, 'Перевод чисел между системами счисления', 4, 'practical', 'Задачи 1–10', 0],
    ]);
    // The topics' 10 hours are not the line's 64: told, not refused.
    expect(first.warning).toBe('Сумма часов тем (10 ч) не совпадает с часами строки нагрузки (64 ч)');
    expect(first.line).toMatchObject({ groupName: 'ИС-26', disciplineCode: 'ОП.01', teacherName: 'Петрова Ольга Иванович' });

    // Saving the same list again writes nothing.
    const before = opCount(c.t);
    expect(await teacher.call('ktp.save', { lineId: c.ownLine.id, topics: first.topics.map(({ id, title, hours, kind, homework }) => ({ id, title, hours, kind, homework })) })).toMatchObject({
      added: 0,
      updated: 0,
      removed: 0,
    });
    expect(opCount(c.t)).toBe(before);

    // The third moves up, the second goes, a new one comes last; the first is renamed. Ids stay with their topics.
    const [intro, systems, conversion] = first.topics;
    const second = await teacher.call('ktp.save', {
      lineId: c.ownLine.id,
      topics: [
        { id: intro!.id, title: 'Введение', hours: 2, kind: 'lecture', homework: 'Конспект' },
        { id: conversion!.id, title: conversion!.title, hours: 30, kind: 'practical', homework: 'Задачи 1–10' },
        topic('Кодирование информации', 32, 'lab', '  Отчёт  '),
      ],
    });
    expect(second).toMatchObject({ added: 1, updated: 2, removed: 1, topicHours: 64, warning: null });
    expect(second.topics.map((x) => [x.number, x.id === intro!.id, x.id === conversion!.id, x.title, x.hours, x.homework])).toEqual([
      [1, true, false, 'Введение', 2, 'Конспект'],
      [2, false, true, 'Перевод чисел между системами счисления', 30, 'Задачи 1–10'],
      [3, false, false, 'Кодирование информации', 32, 'Отчёт'],
    ]);
    expect(second.topics.some((x) => x.id === systems!.id)).toBe(false);
    expect(await c.office.call('ktp.list', { lineId: c.ownLine.id })).toEqual({ ...second, added: undefined, updated: undefined, removed: undefined, canEdit: true });
    // An empty list is a plan in the making: no warning.
    expect(await teacher.call('ktp.save', { lineId: c.ownLine.id, topics: [] })).toMatchObject({ removed: 3, topics: [], topicHours: 0, warning: null });
  });

  it('refuses bad input naming the field, and changes nothing', async () => {
    const c = await college();
    const saved = await c.petrovaUser.call('ktp.save', { lineId: c.ownLine.id, topics: plan });
    const ids = saved.topics.map((x) => x.id);
    const before = opCount(c.t);
    const refused = async (topics: unknown[], message: string, field: string) => {
      const result = await c.petrovaUser.dispatch('ktp.save', { lineId: c.ownLine.id, topics } as Input<'ktp.save'>);
      expect(result, message).toMatchObject({ ok: false, error: { code: 'validation' } });
      if (!result.ok) {
        expect(result.error.message).toContain(message);
        expect(result.error.fields?.map((f) => f.field)).toContain(field);
      }
      expect(opCount(c.t)).toBe(before);
    };
    await refused([topic('')], '«Тема»: обязательное поле', 'topics.0.title');
    await refused([topic('   ')], '«Тема»: обязательное поле', 'topics.0.title');
    await refused([topic('Ок'), topic('т'.repeat(501))], '«Тема»: не длиннее 500 символов', 'topics.1.title');
    await refused([topic('Ок', 0)], '«Часы»: число от 1 до 100', 'topics.0.hours');
    await refused([topic('Ок', 101)], '«Часы»: число от 1 до 100', 'topics.0.hours');
    await refused([topic('Ок', 1.5)], '«Часы»: число от 1 до 100', 'topics.0.hours');
    await refused([{ title: 'Ок', hours: '2', kind: 'lecture' }], '«Часы»: число от 1 до 100', 'topics.0.hours');
    await refused([topic('Ок', 2, 'lesson' as 'lecture')], '«Вид занятия»', 'topics.0.kind');
    await refused([topic('Ок', 2, 'lecture', 'д'.repeat(1001))], '«Домашнее задание»: не длиннее 1000 символов', 'topics.0.homework');
    await refused([{ ...topic('Ок'), id: 'not-an-id' }], '«Тема КТП»: неверное значение', 'topics.0.id');
    await refused(Array.from({ length: 501 }, (_, i) => topic(`Тема ${i}`)), '«Темы КТП»: не больше 500', 'topics');
    // Ids the core judges: one not of this line (another line's topic, or none at all), one given twice.
    const other = await c.petrovaUser.call('ktp.save', { lineId: c.mathsLine.id, topics: [topic('Пределы')] });
    const beforeOther = opCount(c.t);
    const judged = async (topics: Input<'ktp.save'>['topics'], message: string, field: string) => {
      const result = await c.petrovaUser.dispatch('ktp.save', { lineId: c.ownLine.id, topics });
      expect(result).toMatchObject({ ok: false, error: { code: 'validation', message, fields: [{ field }] } });
      expect(opCount(c.t)).toBe(beforeOther);
    };
    const unknown = '«Тема КТП»: такой темы нет в КТП этой строки (возможно, её уже удалили): обновите страницу';
    await judged([{ ...topic('Чужая'), id: other.topics[0]!.id }], unknown, 'topics.0.id');
    await judged([topic('Новая'), { ...topic('Нет такой'), id: missingId }], unknown, 'topics.1.id');
    await judged([{ ...topic('А'), id: ids[0]! }, { ...topic('Б'), id: ids[0]! }], '«Тема КТП»: тема указана дважды', 'topics.1.id');
    expect(await c.petrovaUser.dispatch('ktp.save', { lineId: missingId, topics: [] })).toMatchObject({ ok: false, error: { code: 'not_found', message: 'Строка нагрузки не найдена' } });
    expect((await c.office.call('ktp.list', { lineId: c.ownLine.id })).topics.map((x) => x.title)).toEqual(plan.map((x) => x.title));
  });

  it('counts the hours of lessons linked to each topic as progress, and refuses to remove a topic lessons name, naming it', async () => {
    const c = await college();
    const saved = await c.petrovaUser.call('ktp.save', { lineId: c.ownLine.id, topics: plan });
    const [intro, systems, conversion] = saved.topics;
    const lesson = (date: string, pair: number, topicId: string | null, title: string, hours = 2) =>
      c.petrovaUser.call('journal.saveLesson', { lineId: c.ownLine.id, date, pair, hours, kind: 'lecture', topicId, topic: title, homework: '' });
    await lesson('2026-09-08', 1, intro!.id, intro!.title);
    await lesson('2026-09-09', 1, intro!.id, intro!.title);
    const onSystems = await lesson('2026-09-09', 2, systems!.id, systems!.title, 1);
    // A topic typed by hand counts for the line, not for a topic of the plan.
    await lesson('2026-09-10', 1, null, 'Техника безопасности в кабинете');

    const view = await c.curator.call('ktp.list', { lineId: c.ownLine.id });
    expect(view.topics.map((x) => [x.number, x.hours, x.conductedHours, x.lessonCount])).toEqual([
      [1, 2, 4, 2],
      [2, 4, 1, 1],
      [3, 4, 0, 0],
    ]);
    expect(view).toMatchObject({ conductedHours: 7, unlinkedHours: 2, topicHours: 10, plannedHours: 64, canEdit: false });

    const before = opCount(c.t);
    const result = await c.petrovaUser.dispatch('ktp.save', {
      lineId: c.ownLine.id,
      topics: [systems!, conversion!].map(({ id, title, hours, kind, homework }) => ({ id, title, hours, kind, homework })),
    });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'validation',
        message:
          '«Темы КТП»: тема «Введение. Информация и информационные процессы» уже выбрана в занятиях (2: 08.09.2026, 09.09.2026), её нельзя удалить: сначала смените тему этих занятий в журнале',
        fields: [{ field: 'topics' }],
      },
    });
    expect(opCount(c.t)).toBe(before);
    // Renaming and moving a topic lessons name is fine: the lessons keep their link.
    const moved = await c.petrovaUser.call('ktp.save', {
      lineId: c.ownLine.id,
      topics: [conversion!, { ...intro!, title: 'Введение в информатику' }, systems!].map(({ id, title, hours, kind, homework }) => ({ id, title, hours, kind, homework })),
    });
    expect(moved.topics.map((x) => [x.title, x.conductedHours])).toEqual([
      ['Перевод чисел между системами счисления', 0],
      ['Введение в информатику', 4],
      ['Системы счисления', 1],
    ]);
    // Once its lesson is deleted, a topic may go; its hours leave the progress.
    await c.petrovaUser.call('journal.deleteLesson', { lessonId: onSystems.id });
    const without = await c.petrovaUser.call('ktp.save', { lineId: c.ownLine.id, topics: moved.topics.slice(0, 2).map(({ id, title, hours, kind, homework }) => ({ id, title, hours, kind, homework })) });
    expect(without).toMatchObject({ removed: 1, conductedHours: 6, unlinkedHours: 2 });
    expect(without.topics.map((x) => [x.title, x.conductedHours, x.lessonCount])).toEqual([
      ['Перевод чисел между системами счисления', 0, 0],
      ['Введение в информатику', 4, 2],
    ]);
  });

  it('copies the plan of another line of the same discipline, over existing topics only when told to, and lists the lines to copy from', async () => {
    const c = await college();
    const old = await c.admin('ktp.save', { lineId: c.oldLine.id, topics: plan });
    await c.petrovaUser.call('ktp.save', { lineId: c.mathsLine.id, topics: [topic('Пределы')] });
    c.j.oplog.commit(c.t.adminId, yearClosedChanges(c.lastYear.id, true));

    // Last year's ИС-25 line has a plan; this year's spring line of the same discipline has none; maths is another discipline.
    const { lines } = await c.petrovaUser.call('ktp.candidates', { lineId: c.ownLine.id });
    expect(lines.map((l) => [l.yearName, l.groupName, l.periodName, l.teacherName, l.topicCount, l.topicHours])).toEqual([['2025/2026', 'ИС-25', '1 семестр', 'Сидоров Пётр Иванович', 3, 10]]);
    expect(lines[0]!.yearId).toBe(c.lastYear.id);

    const copied = await c.petrovaUser.call('ktp.copyFrom', { lineId: c.ownLine.id, sourceLineId: c.oldLine.id });
    expect(copied).toMatchObject({ added: 3, updated: 0, removed: 0 });
    expect(copied.topics.map((x) => [x.number, x.title, x.hours, x.kind, x.homework])).toEqual(old.topics.map((x) => [x.number, x.title, x.hours, x.kind, x.homework]));
    expect(copied.topics.some((x) => old.topics.some((o) => o.id === x.id))).toBe(false);
    // The source is left as it was.
    expect((await c.office.call('ktp.list', { lineId: c.oldLine.id })).topics).toEqual(old.topics);

    // A plan with topics is replaced only when the user confirms it.
    await c.petrovaUser.call('ktp.save', { lineId: c.ownLine.id, topics: [...copied.topics.slice(0, 2), topic('Своя тема', 6)] });
    const before = opCount(c.t);
    expect(await c.petrovaUser.dispatch('ktp.copyFrom', { lineId: c.ownLine.id, sourceLineId: c.oldLine.id })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: 'В КТП этой строки уже есть темы (3): подтвердите, что их нужно заменить' },
    });
    expect(opCount(c.t)).toBe(before);
    const replaced = await c.petrovaUser.call('ktp.copyFrom', { lineId: c.ownLine.id, sourceLineId: c.oldLine.id, replace: true });
    // Topics whose titles both plans have keep their ids (and so their lessons); the own topic goes.
    expect(replaced).toMatchObject({ added: 1, updated: 0, removed: 1 });
    expect(replaced.topics.slice(0, 2).map((x) => x.id)).toEqual(copied.topics.slice(0, 2).map((x) => x.id));
    expect(replaced.topics.map((x) => x.title)).toEqual(plan.map((x) => x.title));

    const refused = async (input: Input<'ktp.copyFrom'>, message: string) => {
      const before = opCount(c.t);
      expect(await c.petrovaUser.dispatch('ktp.copyFrom', input)).toMatchObject({ ok: false, error: { code: 'validation', message, fields: [{ field: 'sourceLineId' }] } });
      expect(opCount(c.t)).toBe(before);
    };
    await refused({ lineId: c.ownLine.id, sourceLineId: c.mathsLine.id }, '«Строка, из которой копировать»: другая дисциплина: копировать можно только КТП дисциплины ОП.01');
    await refused({ lineId: c.ownLine.id, sourceLineId: c.ownLine.id, replace: true }, '«Строка, из которой копировать»: это та же строка: выберите другую');
    await refused({ lineId: c.ownLine.id, sourceLineId: c.springLine.id, replace: true }, '«Строка, из которой копировать»: в КТП этой строки нет тем');
    await refused({ lineId: c.ownLine.id, sourceLineId: missingId }, '«Строка, из которой копировать»: строка нагрузки не найдена');
    // Last year is closed: its plan is read, not written.
    expect(await c.office.dispatch('ktp.copyFrom', { lineId: c.oldLine.id, sourceLineId: c.ownLine.id, replace: true })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: 'Учебный год 2025/2026 закрыт: КТП в нём не изменить' },
    });
    expect(await c.office.call('ktp.list', { lineId: c.oldLine.id })).toMatchObject({ canEdit: false });
    expect(await c.office.dispatch('ktp.save', { lineId: c.oldLine.id, topics: [] })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('exports the plan to XLSX and imports it back in the same layout, all or nothing, with errors by row', async () => {
    const c = await college();
    await c.petrovaUser.call('ktp.save', { lineId: c.ownLine.id, topics: plan });
    const file = await c.curator.call('ktp.exportXlsx', { lineId: c.ownLine.id });
    expect(file.fileName).toBe('КТП ОП.01 ИС-26 1 семестр.xlsx');
    const sheet = (await readXlsx(file.contentBase64)).worksheets[0]!;
    const values = sheet.getSheetValues().flatMap((row) => (Array.isArray(row) ? [row.slice(1)] : []));
    expect(values[0]).toEqual(['Календарно-тематический план: ОП.01 Информатика']);
    expect(values).toContainEqual(['Часов по темам: 10; по нагрузке: 64']);
    const header = values.findIndex((r) => r[0] === '№');
    expect(values.slice(header)).toEqual([
      ['№', 'Тема', 'Часы', 'Вид занятия', 'Домашнее задание'],
      [1, 'Введение. Информация и информационные процессы', 2, 'Лекция', 'Конспект'],
      [2, 'Системы счисления', 4, 'Лекция', ''],
      [3, 'Перевод чисел между системами счисления', 4, 'Практическое занятие', 'Задачи 1–10'],
    ]);

    // The exported file loads into another line as it is; into its own line it changes nothing.
    const imported = await c.sidorovUser.call('ktp.importXlsx', { lineId: c.springLine.id, fileName: file.fileName, contentBase64: file.contentBase64 });
    expect(imported).toMatchObject({ added: 3, updated: 0, removed: 0 });
    expect(imported.topics.map((x) => [x.title, x.hours, x.kind, x.homework])).toEqual(plan.map((x) => [x.title, x.hours, x.kind, x.homework]));
    const before = opCount(c.t);
    expect(await c.petrovaUser.call('ktp.importXlsx', { lineId: c.ownLine.id, fileName: file.fileName, contentBase64: file.contentBase64 })).toMatchObject({ added: 0, updated: 0, removed: 0 });
    expect(opCount(c.t)).toBe(before);

    // A teacher's own workbook: a title above the table, abbreviations, no homework column; topics matched by title keep their ids.
    const own = await xlsxBase64([
      ['КТП на 2026/2027'],
      ['№ п/п', 'Тема занятия', 'Кол-во часов', 'Вид'],
      [1, 'введение. информация и информационные процессы', 2, 'лек'],
      [2, 'Кодирование информации', 8, 'ЛР'],
    ]);
    const ids = (await c.office.call('ktp.list', { lineId: c.ownLine.id })).topics.map((x) => x.id);
    const mine = await c.petrovaUser.call('ktp.importXlsx', { lineId: c.ownLine.id, fileName: 'мой.xlsx', contentBase64: own });
    expect(mine).toMatchObject({ added: 1, updated: 1, removed: 2 });
    expect(mine.topics.map((x) => [x.id === ids[0], x.title, x.hours, x.kind, x.homework])).toEqual([
      [true, 'введение. информация и информационные процессы', 2, 'lecture', ''],
      [false, 'Кодирование информации', 8, 'lab', ''],
    ]);

    // Every bad row is named, and nothing is written.
    const bad = await xlsxBase64([
      ['№', 'Тема', 'Часы', 'Вид занятия', 'Домашнее задание'],
      [1, 'Хорошая тема', 2, 'Лекция', ''],
      [2, '', 2, 'Лекция', ''],
      [3, 'Без часов', 'два', 'Лекция', ''],
      [4, 'Много часов', 101, 'пара', ''],
      [5, 'Т'.repeat(501), 2, '', 'д'.repeat(1001)],
    ]);
    const beforeBad = opCount(c.t);
    const result = await c.petrovaUser.dispatch('ktp.importXlsx', { lineId: c.ownLine.id, fileName: 'плохой.xlsx', contentBase64: bad });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('validation');
      expect(result.error.message).toMatch(/^Ничего не загружено: строк с ошибками — 4\./);
      expect(result.error.message).toContain('строка 3, «Тема»: обязательное поле');
      expect(result.error.message).toContain('строка 4, «Часы»: «два»: нужно целое число часов от 1 до 100');
      expect(result.error.message).toContain('строка 5, «Часы»: «101»: нужно целое число часов от 1 до 100');
      expect(result.error.message).toContain('строка 5, «Вид занятия»: «пара»: укажите вид занятия');
      expect(result.error.fields?.map((f) => f.field)).toEqual(['rows.3.title', 'rows.4.hours', 'rows.5.hours', 'rows.5.kind', 'rows.6.title', 'rows.6.kind', 'rows.6.homework']);
    }
    expect(opCount(c.t)).toBe(beforeBad);

    const load = async (contentBase64: string, fileName = 'ктп.xlsx') => {
      const r = await c.petrovaUser.dispatch('ktp.importXlsx', { lineId: c.ownLine.id, fileName, contentBase64 });
      expect(opCount(c.t)).toBe(beforeBad);
      return r.ok ? 'ok' : r.error.message;
    };
    expect(await load(await xlsxBase64([['№', 'Тема', 'Домашнее задание'], [1, 'Тема', '']]))).toBe(
      'В файле не найдены столбцы: «Часы», «Вид занятия». Заголовки должны быть такими же, как в выгрузке КТП.',
    );
    expect(await load(await xlsxBase64([['№', 'Тема', 'Часы', 'Вид занятия']]))).toBe('В файле нет тем: под строкой заголовков пусто');
    expect(await load(csvBase64('Тема;Часы;Вид занятия\nВведение;2;Лекция\n'), 'ктп.csv')).toBe('Нужен файл Excel (.xlsx): КТП загружается только из него');
    // A reader's file is refused before it is read.
    expect(await c.director.dispatch('ktp.importXlsx', { lineId: c.ownLine.id, fileName: 'ктп.xlsx', contentBase64: bad })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await c.sidorovUser.dispatch('ktp.importXlsx', { lineId: c.ownLine.id, fileName: 'ктп.xlsx', contentBase64: bad })).toMatchObject({
      ok: false,
      error: { code: 'forbidden', message: 'Эта строка нагрузки не ваша: её КТП видят её преподаватели, куратор группы и учебная часть' },
    });
  });

  it('lets the line’s teacher and the office edit; the director, the group’s curator, substitutes and former teachers read; others are refused', async () => {
    const c = await college();
    const lineId = c.ownLine.id;
    await c.petrovaUser.call('ktp.save', { lineId, topics: plan });
    await c.office.call('ktp.save', { lineId, topics: [...plan, topic('Добавлено учебной частью')] });
    const before = opCount(c.t);

    const readOnly = 'КТП этой строки ведёт её преподаватель: вам он доступен только для просмотра';
    const notYours = 'Эта строка нагрузки не ваша: её КТП видят её преподаватели, куратор группы и учебная часть';
    expect(await c.director.call('ktp.list', { lineId })).toMatchObject({ canEdit: false, topics: { length: 4 } });
    expect(await c.curator.call('ktp.list', { lineId })).toMatchObject({ canEdit: false });
    expect((await c.curator.call('ktp.exportXlsx', { lineId })).fileName).toContain('КТП');
    expect(await c.otherCurator.dispatch('ktp.list', { lineId })).toMatchObject({ ok: false, error: { code: 'forbidden', message: notYours } });
    expect(await c.sidorovUser.dispatch('ktp.list', { lineId })).toMatchObject({ ok: false, error: { code: 'forbidden', message: notYours } });
    expect(await c.unlinked.dispatch('ktp.list', { lineId })).toMatchObject({ ok: false, error: { code: 'forbidden', message: notYours } });
    expect(await c.unlinked.dispatch('ktp.save', { lineId, topics: [] })).toMatchObject({ ok: false, error: { code: 'forbidden', message: notYours } });
    expect(await c.hr.dispatch('ktp.list', { lineId })).toMatchObject({ ok: false, error: { code: 'forbidden', message: 'Недостаточно прав для этого действия' } });
    expect(await c.director.dispatch('ktp.save', { lineId, topics: [] })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await c.petrovaUser.dispatch('ktp.save', { lineId: c.springLine.id, topics: [] })).toMatchObject({ ok: false, error: { code: 'forbidden', message: notYours } });
    expect(opCount(c.t)).toBe(before);

    // A substitute reads the plan of the line they substitute on, and does not change it.
    await c.office.call('load.addSubstitution', { lineId, substituteId: c.sidorov.id, startDate: '2026-09-14', endDate: '2026-09-18', reason: 'больничный' });
    expect(await c.sidorovUser.call('ktp.list', { lineId })).toMatchObject({ canEdit: false, topics: { length: 4 } });
    expect(await c.sidorovUser.dispatch('ktp.save', { lineId, topics: [] })).toMatchObject({ ok: false, error: { code: 'forbidden', message: readOnly } });
    expect(await c.sidorovUser.dispatch('ktp.candidates', { lineId })).toMatchObject({ ok: false, error: { code: 'forbidden', message: readOnly } });
    expect(await c.sidorovUser.dispatch('ktp.copyFrom', { lineId, sourceLineId: c.oldLine.id, replace: true })).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    // The line passes to another teacher: the plan goes with it; the former teacher keeps reading it.
    await c.office.call('load.changeTeacher', { lineId, teacherId: c.sidorov.id, fromDate: '2026-10-01' });
    expect(await c.sidorovUser.call('ktp.save', { lineId, topics: plan })).toMatchObject({ added: 3, removed: 4, canEdit: true });
    expect(await c.petrovaUser.call('ktp.list', { lineId })).toMatchObject({ canEdit: false });
    expect(await c.petrovaUser.dispatch('ktp.save', { lineId, topics: [] })).toMatchObject({ ok: false, error: { code: 'forbidden', message: readOnly } });
  });
});
