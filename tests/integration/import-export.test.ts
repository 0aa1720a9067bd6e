import { describe, expect, it } from 'vitest';
import type { Input, Output } from '../../src-shared/api';
import { newJournal, userWithSession, type TestJournal } from '../helpers/journal';
import { csvBase64, demoImportRows, importHeader, readXlsx, toCsv, xlsxBase64 } from '../helpers/student-files';

type Preview = Output<'students.importPreview'>;

async function college() {
  const t = await newJournal();
  const call = <M extends Parameters<typeof t.core.call>[1]>(method: M, input: Input<M>) => t.core.call(t.adminToken, method, input);
  const { specialty } = await call('contingent.createSpecialty', { code: '09.02.07', name: 'ИСиП', qualification: 'Программист', durationMonths: 46, studyForm: 'full_time' });
  const curator = userWithSession(t, 'curator.is', ['teacher', 'curator']);
  const group = (name: string, active = true, curatorUserId: string | null = null) =>
    call('contingent.createGroup', { name, specialtyId: specialty.id, course: 1, admissionYear: 2026, studyForm: 'full_time', funding: 'budget', curatorUserId, active }).then(
      (r) => r.group,
    );
  const is26 = await group('ИС-26', true, curator.id);
  const eb26 = await group('ЭБ-26');
  await group('АР-20', false);
  await call('students.create', { surname: 'Старожилова', name: 'Анна', birthDate: '2009-03-04', sex: 'female', recordBook: '26-001', funding: 'budget' });
  return { t, call, curator, is26, eb26 };
}

/** What the journal holds; a refused import must leave every figure as it was. */
async function counts(t: TestJournal) {
  const students = (await t.core.call(t.adminToken, 'students.list', {})).students.length;
  const orders = (await t.core.call(t.adminToken, 'orders.list', {})).orders.length;
  return { students, orders, ops: t.core.openJournal().oplog.count() };
}

const good = [
  importHeader,
  ['Петров', 'Иван', 'Сергеевич', '01.05.2008', 'М', '26-101', '112-233-445 95', '+7 900 000-00-01', 'petrov@example.ru', 'г. Тверь; ул. Ленина, д. 1', 'бюджет', 'ИС-26'],
  ['Сидорова', 'Анна', 'Петровна', '2008-02-03', 'жен', '26-102', '', '', '', '', 'договор', 'ЭБ-26'],
  ['Кузнецов', 'Олег', '', '15.11.2007', 'муж', '26-103', '11223344595', '', '', '', 'Внебюджет', 'ИС-26'],
];

const order = { number: '15-к', date: '2026-08-25', effectiveDate: '2026-09-01' };

function file(contentBase64: string, fileName = 'студенты.csv') {
  return { fileName, contentBase64 };
}

function expectAllGood(preview: Preview) {
  expect(preview.fileErrors).toEqual([]);
  expect(preview.columns).toEqual(importHeader);
  expect(preview).toMatchObject({ totalRows: 3, validRows: 3, errorRowCount: 0, errorRows: [] });
  expect(preview.mapping).toEqual({
    surname: 0,
    name: 1,
    patronymic: 2,
    birthDate: 3,
    sex: 4,
    recordBook: 5,
    snils: 6,
    phone: 7,
    email: 8,
    address: 9,
    funding: 10,
    group: 11,
  });
  expect(preview.sample.map((s) => [s.row, s.fullName, s.birthDate, s.recordBook, s.groupName])).toEqual([
    [2, 'Петров Иван Сергеевич', '2008-05-01', '26-101', 'ИС-26'],
    [3, 'Сидорова Анна Петровна', '2008-02-03', '26-102', 'ЭБ-26'],
    [4, 'Кузнецов Олег', '2007-11-15', '26-103', 'ИС-26'],
  ]);
}

async function waitForJob(t: TestJournal, token: string, jobId: string) {
  const seen: Output<'jobs.get'>[] = [];
  for (;;) {
    const job = await t.core.call(token, 'jobs.get', { jobId });
    seen.push(job);
    if (job.state !== 'running') return { job, seen };
    // One turn of the event loop between polls, as the job yields one per chunk: each chunk's progress is seen.
    await new Promise((resolve) => setImmediate(resolve));
  }
}

describe('student import: reading files', () => {
  it('reads UTF-8 CSV with and without a byte-order mark, with ; or , between cells, and Windows-1251 CSV, writing nothing', async () => {
    const { t, call } = await college();
    const before = await counts(t);
    const variants: [string, 'utf-8' | 'windows-1251'][] = [
      [csvBase64(toCsv(good, ';'), { bom: true }), 'utf-8'],
      [csvBase64(toCsv(good, ';')), 'utf-8'],
      [csvBase64(toCsv(good, ','), { bom: true }), 'utf-8'],
      [csvBase64(toCsv(good, ',')), 'utf-8'],
      [csvBase64(toCsv(good, ';'), { encoding: 'windows-1251' }), 'windows-1251'],
    ];
    for (const [content, encoding] of variants) {
      const preview = await call('students.importPreview', file(content));
      expect(preview.encoding).toBe(encoding);
      expectAllGood(preview);
    }
    // The user may insist on an encoding: 1251 bytes read as UTF-8 no longer name the columns.
    const forced = await call('students.importPreview', { ...file(csvBase64(toCsv(good), { encoding: 'windows-1251' })), encoding: 'utf-8' });
    expect(forced.encoding).toBe('utf-8');
    expect(forced.fileErrors).toContain('Не выбран столбец для поля «Фамилия»');
    expect(await counts(t)).toEqual(before);
  });

  it('reads an .xlsx workbook, real date cells included', async () => {
    const { call } = await college();
    const rows: (string | Date)[][] = good.map((r, i) => (i === 1 ? [...r.slice(0, 3), new Date(Date.UTC(2008, 4, 1)), ...r.slice(4)] : r));
    const preview = await call('students.importPreview', file(await xlsxBase64(rows), 'студенты.xlsx'));
    expect(preview.encoding).toBeNull();
    expectAllGood(preview);
  });

  it('finds the header under a title the office left above it, keeping the sheet\'s row numbers', async () => {
    const { call } = await college();
    const titled = [['Список поступивших, приёмная комиссия 2026 года'], [], ...good];
    const preview = await call('students.importPreview', file(await xlsxBase64(titled), 'приём.xlsx'));
    expect(preview.columns).toEqual(importHeader);
    expect(preview).toMatchObject({ fileErrors: [], totalRows: 3, validRows: 3 });
    expect(preview.sample.map((s) => s.row)).toEqual([4, 5, 6]);
  });

  it('suggests columns by their headers and lets the user choose others', async () => {
    const { call } = await college();
    const odd = [
      ['Ф', 'ИМЯ', 'отчество', 'Дата рождения (ДД.ММ.ГГГГ)', 'пол', 'Номер зачетной книжки', 'Бюджет/договор', 'Учебная группа', 'Группа по старому плану'],
      ['Петров', 'Иван', 'Сергеевич', '01.05.2008', 'м', '26-101', 'бюджет', 'ИС-26', 'ЭБ-26'],
    ];
    const content = csvBase64(toCsv(odd));
    const suggested = await call('students.importPreview', file(content));
    expect(suggested.mapping).toMatchObject({ surname: null, name: 1, patronymic: 2, birthDate: 3, sex: 4, recordBook: 5, funding: null, group: 7 });
    expect(suggested.fileErrors).toEqual(['Не выбран столбец для поля «Фамилия»', 'Не выбран столбец для поля «Основа обучения»']);
    expect(suggested).toMatchObject({ totalRows: 1, validRows: 0, errorRows: [] });

    const chosen = await call('students.importPreview', { ...file(content), mapping: { surname: 0, funding: 6, group: 8 } });
    expect(chosen.fileErrors).toEqual([]);
    expect(chosen.mapping).toMatchObject({ surname: 0, funding: 6, group: 8, name: 1 });
    expect(chosen.sample).toEqual([{ row: 2, fullName: 'Петров Иван Сергеевич', birthDate: '2008-05-01', recordBook: '26-101', groupName: 'ЭБ-26' }]);

    const outside = await call('students.importPreview', { ...file(content), mapping: { surname: 0, funding: 6, group: 20 } });
    expect(outside.fileErrors).toEqual(['Для поля «Группа» выбран столбец 21, а в файле его нет']);
    const unmapped = await call('students.importPreview', { ...file(content), mapping: { surname: 0, funding: 6, group: null } });
    expect(unmapped.fileErrors).toEqual(['Не выбран столбец для поля «Группа»']);
  });
});

describe('student import: row problems', () => {
  it('names every problem in Russian, by the row number the user sees and the field', async () => {
    const { t, call } = await college();
    const before = await counts(t);
    const row = (changes: Partial<Record<number, string>>) => good[1]!.map((cell, i) => changes[i] ?? cell);
    const lines = [
      importHeader,
      row({ 5: '26-201' }), // 2: fine
      row({ 1: '', 5: '26-202' }), // 3: no name
      row({ 3: '31.02.2008', 5: '26-203' }), // 4
      row({ 4: 'X', 5: '26-204' }), // 5
      row({ 10: 'бартер', 5: '26-205' }), // 6
      row({ 6: '112-233-445 96', 5: '26-206' }), // 7
      row({ 5: '26-207' }), // 8: repeated below
      row({ 5: '26-207', 3: 'вчера' }), // 9: repeated, and a bad date too
      row({ 5: '26-001' }), // 10: the college already gave this one out
      row({ 11: 'ЯЯ-99', 5: '26-210' }), // 11
      row({ 11: 'АР-20', 5: '26-211' }), // 12: an archived group is not a place to enrol
      row({ 8: 'нет-почты', 5: '26-212' }), // 13
      row({ 5: '26 213' }), // 14
      row({ 0: '', 1: '', 3: '', 4: '', 5: '', 10: '', 11: '' }), // 15: every required cell empty
    ];
    const text = toCsv(lines).replace('\r\nПетров;Иван;Сергеевич;31.02.2008', '\r\n;;;\r\n\r\nПетров;Иван;Сергеевич;31.02.2008');
    const preview = await call('students.importPreview', file(csvBase64(text)));
    const described = preview.errorRows.map((r) => [r.row, ...r.problems.map((p) => `«${p.label}»: ${p.message}`)]);
    // Two blank lines went in before line 4: the numbers are those of the file, blank lines counted.
    expect(described).toEqual([
      [3, '«Имя»: обязательное поле'],
      [6, '«Дата рождения»: неверная дата «31.02.2008»: нужна дата вида ДД.ММ.ГГГГ'],
      [7, '«Пол»: непонятное значение «X»: укажите М или Ж'],
      [8, '«Основа обучения»: непонятное значение «бартер»: укажите «бюджет» или «договор»'],
      [9, '«СНИЛС»: неверный СНИЛС: не сходится контрольное число'],
      [10, '«Номер зачётной книжки»: номер 26-207 повторяется в файле (строки 10, 11)'],
      [11, '«Дата рождения»: неверная дата «вчера»: нужна дата вида ДД.ММ.ГГГГ', '«Номер зачётной книжки»: номер 26-207 повторяется в файле (строки 10, 11)'],
      [12, '«Номер зачётной книжки»: зачётная книжка 26-001 уже выдана другому студенту'],
      [13, '«Группа»: группы «ЯЯ-99» нет среди действующих групп'],
      [14, '«Группа»: группы «АР-20» нет среди действующих групп'],
      [15, '«Электронная почта»: адрес вида name@example.ru'],
      [16, '«Номер зачётной книжки»: номер зачётной книжки: буквы, цифры, дефис или косая черта, до 20 знаков'],
      [
        17,
        '«Фамилия»: обязательное поле',
        '«Имя»: обязательное поле',
        '«Дата рождения»: обязательное поле',
        '«Пол»: обязательное поле',
        '«Номер зачётной книжки»: обязательное поле',
        '«Основа обучения»: обязательное поле',
        '«Группа»: обязательное поле',
      ],
    ]);
    expect(preview.errorRows[0]).toMatchObject({ fullName: 'Петров Сергеевич', problems: [{ field: 'name' }] });
    expect(preview).toMatchObject({ totalRows: 14, validRows: 1, errorRowCount: 13 });
    expect(await counts(t)).toEqual(before);
  });

  it('refuses files it cannot read, in Russian', async () => {
    const { t } = await college();
    const before = await counts(t);
    const refusal = async (input: Input<'students.importPreview'>) => {
      const result = await t.core.dispatch(t.adminToken, 'students.importPreview', input);
      return result.ok ? null : result.error.message;
    };
    expect(await refusal(file(csvBase64('Фамилия;Имя\r\nПетров;"Иван\r\nСидоров;Олег\r\n')))).toBe('Строка 2: не закрыта кавычка, дальше файл не разобрать');
    expect(await refusal(file(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]).toString('base64'), 'студенты.xls'))).toBe(
      'Файлы .xls (Excel 97–2003) не читаются: сохраните файл как «Книга Excel (.xlsx)» или CSV',
    );
    expect(await refusal(file(Buffer.from('PK\u0003\u0004 не архив').toString('base64'), 'студенты.xlsx'))).toBe('Не удалось прочитать файл Excel: он повреждён или это не .xlsx');
    expect(await refusal(file(csvBase64('\r\n  \r\n\r\n')))).toBe('В файле нет данных: первая строка должна содержать заголовки столбцов, следующие — студентов');
    expect(await refusal(file('A'.repeat(14_000_000)))).toBe('«Файл»: файл больше 10 МБ: разделите его на части');
    expect(await refusal(file(csvBase64(toCsv([importHeader, ...demoImportRows(10_001, ['ИС-26'])]))))).toBe('В файле больше 10000 строк: разделите его на части');
    const headerOnly = await t.core.call(t.adminToken, 'students.importPreview', file(csvBase64(toCsv([importHeader]))));
    expect(headerOnly.fileErrors).toEqual(['В файле нет ни одного студента: под строкой заголовков пусто']);
    expect(await counts(t)).toEqual(before);
  });
});

describe('student import: writing', () => {
  it('writes nothing when one row is wrong, and says how many rows are', async () => {
    const { t, call } = await college();
    const before = await counts(t);
    const bad = good.map((r, i) => (i === 2 ? r.map((c, k) => (k === 3 ? '30.02.2008' : c)) : r));
    const { jobId } = await call('students.importStart', { ...file(csvBase64(toCsv(bad))), order });
    const { job } = await waitForJob(t, t.adminToken, jobId);
    expect(job).toMatchObject({
      state: 'failed',
      result: null,
      error: { code: 'validation', message: 'Ничего не загружено: строк с ошибками — 1. Исправьте их и загрузите файл снова.' },
    });
    expect(job.error?.fields).toEqual([{ field: 'rows.3.birthDate', message: 'строка 3, «Дата рождения»: неверная дата «30.02.2008»: нужна дата вида ДД.ММ.ГГГГ' }]);
    expect(await counts(t)).toEqual(before);

    const noGroupColumn = await call('students.importStart', { ...file(csvBase64(toCsv(good))), mapping: { group: null }, order });
    expect((await waitForJob(t, t.adminToken, noGroupColumn.jobId)).job.error?.message).toBe('Ничего не загружено: Не выбран столбец для поля «Группа»');
    expect(await counts(t)).toEqual(before);
  });

  it('writes every student and one enrollment order, with progress the starting session alone can follow', async () => {
    const { t, call, is26, eb26 } = await college();
    const before = await counts(t);
    const rows = [importHeader, ...demoImportRows(1200, ['ИС-26', 'ЭБ-26'])];
    const { jobId } = await call('students.importStart', { ...file(csvBase64(toCsv(rows))), order: { ...order, reason: 'приёмная комиссия' } });

    const other = userWithSession(t, 'office.two', ['office']);
    expect(await t.core.dispatch(other.token, 'jobs.get', { jobId })).toMatchObject({ ok: false, error: { code: 'not_found', message: 'Задание не найдено или уже забыто' } });

    const { job, seen } = await waitForJob(t, t.adminToken, jobId);
    expect(job).toMatchObject({ state: 'done', phase: 'Готово', done: 1200, total: 1200, error: null, result: { kind: 'studentImport', created: 1200, orderNumber: '15-к' } });
    const phases = [...new Set(seen.map((s) => s.phase))];
    expect(phases).toContain('Проверка строк');
    expect(phases.at(-1)).toBe('Готово');
    // Progress went up in steps while rows were checked, not from nothing to everything.
    expect(seen.some((s) => s.phase === 'Проверка строк' && s.done > 0 && s.done < 1200)).toBe(true);

    const after = await counts(t);
    expect(after.students).toBe(before.students + 1200);
    expect(after.orders).toBe(before.orders + 1);
    const [enrollment] = (await call('orders.list', {})).orders;
    expect(enrollment).toMatchObject({ id: job.result?.orderId, number: '15-к', type: 'enrollment', effectiveDate: '2026-09-01', reason: 'приёмная комиссия' });
    expect(enrollment?.effects).toHaveLength(1200);
    expect(enrollment?.effects.every((e) => e.statusBefore === 'applicant' && e.statusAfter === 'studying')).toBe(true);

    const inIs = (await call('students.list', { groupId: is26.id })).students;
    const inEb = (await call('students.list', { groupId: eb26.id })).students;
    expect([inIs.length, inEb.length]).toEqual([600, 600]);
    const card = (await call('students.get', { studentId: inIs[0]!.id })).student;
    expect(card.status).toBe('studying');
    expect(card.memberships).toEqual([{ groupId: is26.id, groupName: 'ИС-26', startDate: '2026-09-01', endDate: null }]);
    expect(card.orders.map((o) => o.number)).toEqual(['15-к']);

    // The same file again: every record book is now the college's, and the order number is taken.
    const again = await t.core.dispatch(t.adminToken, 'students.importStart', { ...file(csvBase64(toCsv(rows))), order });
    expect(again).toMatchObject({ ok: false, error: { code: 'validation', message: '«Номер приказа»: приказ № 15-к за 2026 год уже есть' } });
    const preview = await call('students.importPreview', file(csvBase64(toCsv(rows))));
    expect(preview).toMatchObject({ validRows: 0, errorRowCount: 1200 });
    expect(preview.errorRows).toHaveLength(500);
  });

  it('checks the rows again when writing: a record book given out since the preview stops the whole file', async () => {
    const { t, call } = await college();
    const content = csvBase64(toCsv(good));
    expect((await call('students.importPreview', file(content))).validRows).toBe(3);
    const { jobId } = await call('students.importStart', { ...file(content), order });
    // The job starts after this call returns; the office meanwhile enters one of the file's students by hand.
    await call('students.create', { surname: 'Кузнецов', name: 'Олег', birthDate: '2007-11-15', sex: 'male', recordBook: '26-103', funding: 'budget' });
    const before = await counts(t);
    const { job } = await waitForJob(t, t.adminToken, jobId);
    expect(job.error?.message).toBe('Ничего не загружено: строк с ошибками — 1. Исправьте их и загрузите файл снова.');
    expect(job.error?.fields?.[0]?.message).toBe('строка 4, «Номер зачётной книжки»: зачётная книжка 26-103 уже выдана другому студенту');
    expect(await counts(t)).toEqual(before);
  });
});

describe('student export', () => {
  async function imported() {
    const c = await college();
    const { jobId } = await c.call('students.importStart', { ...file(csvBase64(toCsv(good))), order });
    expect((await waitForJob(c.t, c.t.adminToken, jobId)).job.state).toBe('done');
    return c;
  }

  it("exports a group's list that Excel reads back: title, header, students by name", async () => {
    const { call, is26 } = await imported();
    const exported = await call('students.exportGroup', { groupId: is26.id });
    expect(exported.fileName).toBe('Список группы ИС-26 на 2026-09-01.xlsx');
    const sheet = (await readXlsx(exported.contentBase64)).worksheets[0]!;
    expect(sheet.name).toBe('ИС-26');
    expect(sheet.getCell('A1').value).toBe('Список группы ИС-26');
    expect(sheet.getCell('A2').value).toBe('Специальность 09.02.07 ИСиП; 1 курс; куратор Пользователь curator.is');
    expect(sheet.getCell('A3').value).toBe('Тестовый колледж, по состоянию на 01.09.2026');
    const values = (r: number) => (sheet.getRow(r).values as unknown[]).slice(1);
    expect(values(5)).toEqual(['№', 'ФИО', 'Дата рождения', '№ зачётной книжки', 'Основа обучения', 'Статус']);
    expect(values(6)).toEqual([1, 'Кузнецов Олег', new Date(Date.UTC(2007, 10, 15)), '26-103', 'Договор', 'обучается']);
    expect(values(7)).toEqual([2, 'Петров Иван Сергеевич', new Date(Date.UTC(2008, 4, 1)), '26-101', 'Бюджет', 'обучается']);
    expect(sheet.rowCount).toBe(7);
  });

  it('exports the contingent with a group column and a summary by group, course, funding and status', async () => {
    const { call } = await imported();
    const exported = await call('students.exportContingent', {});
    expect(exported.fileName).toBe('Контингент на 2026-09-01.xlsx');
    const workbook = await readXlsx(exported.contentBase64);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Контингент', 'Сводка']);
    const list = workbook.getWorksheet('Контингент')!;
    const rows = Array.from({ length: list.rowCount - 3 }, (_, i) => (list.getRow(i + 4).values as unknown[]).slice(1));
    expect(rows.map((r) => [r[1], r[4], r[9]])).toEqual([
      ['Группа', 'ФИО', 'Статус'],
      ['ИС-26', 'Кузнецов Олег', 'обучается'],
      ['ИС-26', 'Петров Иван Сергеевич', 'обучается'],
      ['ЭБ-26', 'Сидорова Анна Петровна', 'обучается'],
      ['—', 'Старожилова Анна', 'не зачислен'],
    ]);
    const summary = workbook.getWorksheet('Сводка')!;
    const cells: unknown[][] = [];
    summary.eachRow((row) => cells.push((row.values as unknown[]).slice(1)));
    expect(cells).toContainEqual([1, 'ИС-26', 1, 1, 2]);
    expect(cells).toContainEqual([1, 'ЭБ-26', 0, 1, 1]);
    expect(cells).toContainEqual(['Итого 1 курс', '', 1, 2, 3]);
    expect(cells).toContainEqual(['обучается', 3]);
    expect(cells).toContainEqual(['не зачислен', 1]);
    expect(cells).toContainEqual(['Всего', 4]);
  });

  it("lets a curator export their own group's list and contingent only", async () => {
    const { t, curator, is26, eb26 } = await imported();
    const own = await t.core.call(curator.token, 'students.exportGroup', { groupId: is26.id });
    expect(own.fileName).toContain('ИС-26');
    expect(await t.core.dispatch(curator.token, 'students.exportGroup', { groupId: eb26.id })).toMatchObject({
      ok: false,
      error: { code: 'forbidden', message: 'Это не ваша группа: куратор выгружает только списки своих групп' },
    });
    const contingent = await readXlsx((await t.core.call(curator.token, 'students.exportContingent', {})).contentBase64);
    const list = contingent.getWorksheet('Контингент')!;
    expect(list.rowCount).toBe(6);
    expect((list.getRow(6).values as unknown[])[5]).toBe('Петров Иван Сергеевич');
  });
});
