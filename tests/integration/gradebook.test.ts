import { describe, expect, it } from 'vitest';
import type { Input } from '../../src-shared/api';
import { loadDemoCollege } from '../../src-main/core/demo/loader';
import { conductedHoursByTopic, lessonsOfLine } from '../../src-main/core/gradebook/queries';
import { gradebookCollege, gradebookState, setDay, signedIn, type GradebookCollege, type Person } from '../helpers/gradebook-college';
import { newJournal, TestClock } from '../helpers/journal';

const lesson = (c: GradebookCollege, who: Person, input: Partial<Input<'journal.saveLesson'>> & { date: string }) =>
  who.call('journal.saveLesson', { lineId: c.informaticsLine.id, pair: 1, hours: 2, kind: 'lecture', topicId: null, topic: 'Тема', homework: '', ...input });

const cell = (who: Person, lessonId: string, studentId: string, state: Partial<Input<'journal.setCell'>> = {}) =>
  who.call('journal.setCell', { lessonId, studentId, attendance: '', mark1: '', mark2: '', ...state });

/** A refused call: the error (code, Russian message naming the field) and nothing changed in the journal. */
async function refused(c: GradebookCollege, who: Person, method: Parameters<Person['dispatch']>[0], input: unknown) {
  const before = gradebookState(c.t);
  const result = await who.dispatch(method, input);
  expect(gradebookState(c.t)).toEqual(before);
  if (result.ok) throw new Error(`${method} was not refused`);
  return result.error;
}

describe('journal page', () => {
  it('lists the students who belonged to the group on each day, with their stays; cells outside a stay are refused', async () => {
    const c = await gradebookCollege();
    // A month to fill a lesson: this test is about who is on the page, not about the back-dating window.
    await c.admin.call('settings.update', { sessionIdleMinutes: 30, backdatingDays: 30 });
    setDay(c.clock, '2026-09-07');
    const first = await lesson(c, c.petrovaUser, { date: '2026-09-07' });
    const egorova = await c.student('Егорова', null);
    await c.order('enrollment', '2026-09-15', [{ studentId: egorova.id, groupId: c.is26.id }]);
    await c.order('transfer', '2026-09-20', [{ studentId: c.grigorieva.id, groupId: c.is26b.id }]);
    setDay(c.clock, '2026-09-21');
    const second = await lesson(c, c.petrovaUser, { date: '2026-09-21', kind: 'practical', topic: 'Практика' });

    const page = await c.petrovaUser.call('journal.page', { lineId: c.informaticsLine.id });
    expect(page.line).toMatchObject({
      groupName: 'ИС-26',
      subgroupId: null,
      disciplineCode: 'ОП.01',
      periodName: '1 семестр',
      periodStart: '2026-09-01',
      periodEnd: '2026-12-31',
      teacherName: 'Петрова Ольга Ивановна',
    });
    expect(page.lessons.map((l) => [l.date, l.kind, l.topic, l.teacherName, l.fillableUntil])).toEqual([
      ['2026-09-07', 'lecture', 'Тема', 'Петрова Ольга Ивановна', '2026-10-07'],
      ['2026-09-21', 'practical', 'Практика', 'Петрова Ольга Ивановна', '2026-10-21'],
    ]);
    expect(page.students.map((s) => [s.fullName.split(' ')[0], s.intervals])).toEqual([
      ['Алексеева', [{ startDate: '2026-09-01', endDate: null }]],
      ['Борисова', [{ startDate: '2026-09-01', endDate: null }]],
      ['Волкова', [{ startDate: '2026-09-01', endDate: null }]],
      ['Григорьева', [{ startDate: '2026-09-01', endDate: '2026-09-20' }]],
      ['Егорова', [{ startDate: '2026-09-15', endDate: null }]],
    ]);

    // Григорьева left before the second lesson, Егорова came after the first.
    const gone = await refused(c, c.petrovaUser, 'journal.setCell', { lessonId: second.id, studentId: c.grigorieva.id, attendance: '', mark1: '5', mark2: '' });
    expect(gone).toMatchObject({ code: 'validation', fields: [{ field: 'studentId' }] });
    expect(gone.message).toBe('«Студент»: студент Григорьева Анна Сергеевна не числился в группе (подгруппе) этой страницы на 2026-09-21');
    const early = await refused(c, c.petrovaUser, 'journal.setCell', { lessonId: first.id, studentId: egorova.id, attendance: 'absent', mark1: '', mark2: '' });
    expect(early.message).toMatch(/Егорова .* не числился .* на 2026-09-07/);
    await cell(c.petrovaUser, first.id, c.grigorieva.id, { mark1: '4' });
    await cell(c.petrovaUser, second.id, egorova.id, { mark1: '3' });

    // The average counts the numeric marks of the page, both marks of a cell; зачёт counts for none.
    await cell(c.petrovaUser, first.id, c.alekseeva.id, { mark1: '5', mark2: '4' });
    await cell(c.petrovaUser, second.id, c.alekseeva.id, { mark1: '3' });
    await cell(c.petrovaUser, first.id, c.borisova.id, { mark1: 'pass' });
    await cell(c.petrovaUser, second.id, c.volkova.id, { attendance: 'late' });
    const after = await c.petrovaUser.call('journal.page', { lineId: c.informaticsLine.id });
    const average = Object.fromEntries(after.students.map((s) => [s.fullName.split(' ')[0], s.average]));
    expect(average).toEqual({ Алексеева: 4, Борисова: null, Волкова: null, Григорьева: 4, Егорова: 3 });
    expect(after.cells).toHaveLength(6);
    expect(after.cells.find((x) => x.studentId === c.volkova.id)).toEqual({
      lessonId: second.id,
      studentId: c.volkova.id,
      attendance: 'late',
      absenceReason: '',
      absenceNote: '',
      mark1: '',
      mark2: '',
    });
  });

  it('a subgroup page lists the subgroup only, and a move to the other subgroup ends the stay on that day', async () => {
    const c = await gradebookCollege();
    await c.office.call('subgroups.move', {
      divisionId: c.division.id,
      studentId: c.borisova.id,
      toSubgroupId: c.division.subgroups[1]!.id,
      date: '2026-10-01',
      reason: 'по заявлению',
    });
    setDay(c.clock, '2026-10-05');
    const l = await c.sidorovUser.call('journal.saveLesson', {
      lineId: c.englishLine.id,
      date: '2026-10-05',
      pair: 3,
      hours: 2,
      kind: 'practical',
      topicId: null,
      topic: 'Present Simple',
      homework: 'упр. 5',
    });
    const page = await c.sidorovUser.call('journal.page', { lineId: c.englishLine.id });
    expect(page.line).toMatchObject({ subgroupName: '1 подгруппа', disciplineCode: 'ОГСЭ.03', teacherName: 'Сидоров Ольга Ивановна' });
    expect(page.students.map((s) => [s.fullName.split(' ')[0], s.intervals])).toEqual([
      ['Алексеева', [{ startDate: '2026-09-01', endDate: null }]],
      ['Борисова', [{ startDate: '2026-09-01', endDate: '2026-10-01' }]],
    ]);
    const error = await refused(c, c.sidorovUser, 'journal.setCell', { lessonId: l.id, studentId: c.volkova.id, attendance: 'absent', mark1: '', mark2: '' });
    expect(error.message).toMatch(/Волкова .* не числился/);
    expect((await refused(c, c.sidorovUser, 'journal.setCell', { lessonId: l.id, studentId: c.borisova.id, attendance: 'absent', mark1: '', mark2: '' })).message).toMatch(
      /Борисова .* на 2026-10-05/,
    );
    await cell(c.sidorovUser, l.id, c.alekseeva.id, { attendance: 'absent' });
  });

  it('tells each reader what they may do: the teacher fills, the curator reads and gives reasons, the director reads', async () => {
    const c = await gradebookCollege();
    setDay(c.clock, '2026-09-07');
    await lesson(c, c.petrovaUser, { date: '2026-09-07' });
    const teacher = await c.petrovaUser.call('journal.page', { lineId: c.informaticsLine.id });
    expect(teacher.access).toMatchObject({
      canEditLessons: true,
      canEditMarks: true,
      canSetAbsenceReasons: false,
      canEditFinals: true,
      needsReasonAfter: '2027-01-03',
      backdatingDays: 3,
      reasonLessonIds: [],
      finalsNeedReason: false,
    });
    expect(teacher.access.editableLessonIds).toEqual(teacher.lessons.map((l) => l.id));
    expect(teacher.closed).toEqual({ closed: false, reason: '' });

    const curator = await c.curator.call('journal.page', { lineId: c.informaticsLine.id });
    expect(curator.access).toMatchObject({ canEditLessons: false, canEditMarks: false, canSetAbsenceReasons: true, canEditFinals: false, editableLessonIds: [] });
    const director = await c.director.call('journal.page', { lineId: c.informaticsLine.id });
    expect(director.access).toMatchObject({ canEditLessons: false, canEditMarks: false, canSetAbsenceReasons: false, canEditFinals: false });
    const office = await c.office.call('journal.page', { lineId: c.informaticsLine.id });
    expect(office.access).toMatchObject({ canEditLessons: true, canEditMarks: true, canSetAbsenceReasons: true, canEditFinals: true });

    // Another group's curator and a teacher with no part in the line are turned away.
    expect(await c.otherCurator.dispatch('journal.page', { lineId: c.informaticsLine.id })).toMatchObject({
      ok: false,
      error: { code: 'forbidden', message: 'Это не ваша группа: куратор видит страницы журнала только своих групп' },
    });
    expect(await c.markovaUser.dispatch('journal.page', { lineId: c.informaticsLine.id })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await c.office.dispatch('journal.page', { lineId: '01930000-0000-7000-8000-000000000000' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });

    // The list of pages: a teacher's own, a curator's group's, the office's all.
    const mine = await c.petrovaUser.call('journal.lines', {});
    expect(mine.lines.map((l) => [l.disciplineCode, l.fills, l.lessonCount])).toEqual([['ОП.01', true, 1]]);
    const curated = await c.curator.call('journal.lines', {});
    expect(curated.lines.map((l) => [l.disciplineCode, l.subgroupName, l.fills])).toEqual([
      ['ОГСЭ.03', '1 подгруппа', false],
      ['ОП.01', null, false],
    ]);
    expect((await c.otherCurator.call('journal.lines', {})).lines).toEqual([]);
    expect((await c.office.call('journal.lines', { groupId: c.is26.id })).lines).toHaveLength(2);
  });
});

describe('lessons', () => {
  it('saves a lesson on a day of the period, one per pair; refuses bad input naming the field, changing nothing', async () => {
    const c = await gradebookCollege();
    setDay(c.clock, '2026-09-07');
    const l = await lesson(c, c.petrovaUser, { date: '2026-09-07', topic: 'Введение', homework: '§1' });
    expect(l).toMatchObject({ date: '2026-09-07', pair: 1, hours: 2, kind: 'lecture', topic: 'Введение', homework: '§1', teacherId: c.petrova.id });
    const base = { lineId: c.informaticsLine.id, date: '2026-09-08', pair: 2, hours: 2, kind: 'lecture', topicId: null, topic: '', homework: '' };
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ date: '2027-01-15' }, 'date', /«Дата занятия»: должна быть в пределах периода строки: с 2026-09-01 по 2026-12-31/],
      [{ date: '15.09.2026' }, 'date', /«Дата занятия»: дата в формате ГГГГ-ММ-ДД/],
      [{ pair: 9 }, 'pair', /«Пара»: число от 1 до 8/],
      [{ hours: 0 }, 'hours', /«Часы»: число от 1 до 8/],
      [{ kind: 'party' }, 'kind', /«Вид»/],
      [{ topicId: '01930000-0000-7000-8000-000000000000' }, 'topicId', /«Тема из КТП»: такой темы нет в КТП этой строки/],
      [{ date: '2026-09-07', pair: 1 }, 'pair', /«Пара»: на 2026-09-07 у этой страницы уже есть занятие на 1-й паре/],
      [{ topic: 'x'.repeat(501) }, 'topic', /«Тема занятия»: не длиннее 500 символов/],
    ];
    for (const [change, field, message] of cases) {
      const error = await refused(c, c.petrovaUser, 'journal.saveLesson', { ...base, ...change });
      expect(error.code, field).toBe('validation');
      expect(error.fields?.[0]?.field, field).toBe(field);
      expect(error.message, field).toMatch(message);
    }
    // Another teacher, and the second semester's dates of this line, are not hers.
    expect((await refused(c, c.markovaUser, 'journal.saveLesson', base)).code).toBe('forbidden');
    expect((await refused(c, c.curator, 'journal.saveLesson', base)).code).toBe('forbidden');

    const changed = await c.petrovaUser.call('journal.saveLesson', { ...base, lessonId: l.id, date: '2026-09-07', pair: 1, kind: 'lab', hours: 4, topic: 'Лабораторная 1' });
    expect(changed).toMatchObject({ id: l.id, kind: 'lab', hours: 4, topic: 'Лабораторная 1', homework: '' });
    expect(lessonsOfLine(c.t.core.openJournal(), c.informaticsLine.id)).toEqual([{ id: l.id, date: '2026-09-07', hours: 4, kind: 'lab', topicId: null }]);
    expect(await c.petrovaUser.call('journal.deleteLesson', { lessonId: l.id })).toEqual({ lessonId: l.id });
    expect((await c.petrovaUser.call('journal.page', { lineId: c.informaticsLine.id })).lessons).toEqual([]);
    expect((await refused(c, c.petrovaUser, 'journal.deleteLesson', { lessonId: l.id })).code).toBe('not_found');
  });

  it('links a lesson to a topic of the line’s plan and counts its hours for the plan', async () => {
    const c = await gradebookCollege();
    const j = c.t.core.openJournal();
    const topicId = '01930000-0000-7000-8000-0000000000aa';
    j.oplog.commit(c.office.id, [
      { entity: 'topic', entityId: topicId, field: 'line_id', value: c.informaticsLine.id },
      { entity: 'topic', entityId: topicId, field: 'title', value: 'Системы счисления' },
      { entity: 'topic', entityId: topicId, field: 'hours', value: 4 },
    ]);
    setDay(c.clock, '2026-09-08');
    await lesson(c, c.petrovaUser, { date: '2026-09-07', topicId, topic: 'Системы счисления' });
    await lesson(c, c.petrovaUser, { date: '2026-09-08', topicId, topic: 'Системы счисления', hours: 1 });
    await lesson(c, c.petrovaUser, { date: '2026-09-08', pair: 2, topic: 'Вне плана' });
    expect(conductedHoursByTopic(j, c.informaticsLine.id)).toEqual(new Map([[topicId, 3]]));
    // A topic of another line is not this page's.
    const error = await refused(c, c.sidorovUser, 'journal.saveLesson', {
      lineId: c.englishLine.id,
      date: '2026-09-08',
      pair: 1,
      hours: 2,
      kind: 'lecture',
      topicId,
      topic: '',
      homework: '',
    });
    expect(error.fields).toEqual([{ field: 'topicId', message: expect.stringMatching(/такой темы нет/) }]);
  });

  it('a substitute fills only the days of the substitution, as the lesson’s teacher', async () => {
    const c = await gradebookCollege();
    await c.office.call('load.addSubstitution', {
      lineId: c.informaticsLine.id,
      substituteId: c.markova.id,
      startDate: '2026-10-05',
      endDate: '2026-10-09',
      reason: 'больничный',
    });
    setDay(c.clock, '2026-10-06');
    const own = await lesson(c, c.petrovaUser, { date: '2026-10-01' });
    const theirs = await lesson(c, c.markovaUser, { date: '2026-10-06' });
    expect(theirs).toMatchObject({ teacherId: c.markova.id, teacherName: 'Маркова Ольга Ивановна' });
    const outside = await refused(c, c.markovaUser, 'journal.saveLesson', {
      lineId: c.informaticsLine.id,
      date: '2026-10-02',
      pair: 1,
      hours: 2,
      kind: 'lecture',
      topicId: null,
      topic: '',
      homework: '',
    });
    expect(outside).toMatchObject({ code: 'forbidden', fields: [{ field: 'date' }] });
    expect(outside.message).toMatch(/занятие 2026-10-02 ведёт другой преподаватель/);
    expect((await refused(c, c.markovaUser, 'journal.setCell', { lessonId: own.id, studentId: c.alekseeva.id, attendance: 'absent', mark1: '', mark2: '' })).code).toBe(
      'forbidden',
    );
    await cell(c.markovaUser, theirs.id, c.alekseeva.id, { attendance: 'absent' });
    const page = await c.markovaUser.call('journal.page', { lineId: c.informaticsLine.id });
    expect(page.access.editableLessonIds).toEqual([theirs.id]);
    expect(page.access.canEditFinals).toBe(false);
    const lines = await c.markovaUser.call('journal.lines', {});
    expect(lines.lines.map((l) => [l.disciplineCode, l.fills])).toEqual([['ОП.01', true]]);
  });
});

describe('cells', () => {
  it('holds attendance and up to two marks; refuses a second mark alone and a mark for the absent, naming the field', async () => {
    const c = await gradebookCollege();
    setDay(c.clock, '2026-09-07');
    const l = await lesson(c, c.petrovaUser, { date: '2026-09-07' });
    const at = { lessonId: l.id, studentId: c.alekseeva.id };
    const second = await refused(c, c.petrovaUser, 'journal.setCell', { ...at, attendance: '', mark1: '', mark2: '5' });
    expect(second).toMatchObject({ code: 'validation', message: '«Вторая отметка»: вторую отметку ставят только вместе с первой', fields: [{ field: 'mark2' }] });
    const absent = await refused(c, c.petrovaUser, 'journal.setCell', { ...at, attendance: 'absent', mark1: '2', mark2: '' });
    expect(absent.message).toBe('«Отметка»: отсутствующему («Н») отметку не ставят: уберите «Н» или отметку');
    const bad = await refused(c, c.petrovaUser, 'journal.setCell', { ...at, attendance: '', mark1: '6', mark2: '' });
    expect(bad).toMatchObject({ code: 'validation', fields: [{ field: 'mark1' }] });
    expect(bad.message).toMatch(/^«Отметка»:/);
    expect((await refused(c, c.petrovaUser, 'journal.setCell', { ...at, studentId: '01930000-0000-7000-8000-000000000000', attendance: 'absent', mark1: '', mark2: '' })).message).toBe(
      '«Студент»: студент не найден',
    );

    // The whole state goes in: a key press replaces the cell.
    expect(await cell(c.petrovaUser, l.id, c.alekseeva.id, { mark1: '5', mark2: '4' })).toMatchObject({ mark1: '5', mark2: '4', attendance: '' });
    expect(await cell(c.petrovaUser, l.id, c.alekseeva.id, { attendance: 'late', mark1: '3' })).toMatchObject({ attendance: 'late', mark1: '3', mark2: '' });
    await cell(c.petrovaUser, l.id, c.borisova.id, { attendance: 'absent' });
    // An empty cell never filled makes no row and no op.
    const before = gradebookState(c.t);
    await cell(c.petrovaUser, l.id, c.volkova.id, {});
    expect(gradebookState(c.t)).toEqual(before);

    // The curator says why Борисова was absent; marking her present again drops the reason.
    expect(await c.curator.call('journal.setAbsenceReason', { lessonId: l.id, studentId: c.borisova.id, absenceReason: 'excused', note: 'справка' })).toMatchObject({
      attendance: 'absent',
      absenceReason: 'excused',
      absenceNote: 'справка',
    });
    // Re-setting the same attendance keeps the curator's reason.
    expect(await cell(c.petrovaUser, l.id, c.borisova.id, { attendance: 'absent' })).toMatchObject({ absenceReason: 'excused', absenceNote: 'справка' });
    const noAbsence = await refused(c, c.curator, 'journal.setAbsenceReason', { lessonId: l.id, studentId: c.alekseeva.id, absenceReason: 'unexcused', note: '' });
    expect(noAbsence.message).toBe('«Причина отсутствия»: причину указывают только для отсутствия («Н»)');
    expect((await refused(c, c.otherCurator, 'journal.setAbsenceReason', { lessonId: l.id, studentId: c.borisova.id, absenceReason: 'unexcused', note: '' })).code).toBe(
      'forbidden',
    );
    expect((await refused(c, c.petrovaUser, 'journal.setAbsenceReason', { lessonId: l.id, studentId: c.borisova.id, absenceReason: 'unexcused', note: '' })).code).toBe(
      'forbidden',
    );
    expect(await cell(c.petrovaUser, l.id, c.borisova.id, { mark1: '4' })).toMatchObject({ attendance: '', absenceReason: '', absenceNote: '', mark1: '4' });
    const audit = c.t.core
      .openJournal()
      .db.prepare("SELECT u.login, o.field, o.value FROM ops o JOIN users u ON u.id = o.user_id WHERE o.entity = 'cell' AND o.field = 'absence_reason' ORDER BY o.seq")
      .all();
    expect(audit).toEqual([
      { login: 'curator.one', field: 'absence_reason', value: '"excused"' },
      { login: 'petrova.oi', field: 'absence_reason', value: '""' },
    ]);
  });

  it('saves a pasted column all or nothing; a lesson not yet given takes no marks', async () => {
    const c = await gradebookCollege();
    setDay(c.clock, '2026-09-07');
    const l = await lesson(c, c.petrovaUser, { date: '2026-09-07' });
    const entries: Input<'journal.setCells'>['entries'] = [
      { studentId: c.alekseeva.id, attendance: '', mark1: '5', mark2: '' },
      { studentId: c.borisova.id, attendance: 'absent', mark1: '', mark2: '' },
      { studentId: c.volkova.id, attendance: 'absent', mark1: '4', mark2: '' },
    ];
    const error = await refused(c, c.petrovaUser, 'journal.setCells', { lessonId: l.id, entries });
    expect(error).toMatchObject({ code: 'validation', fields: [{ field: 'entries.2.mark1' }] });
    const twice = await refused(c, c.petrovaUser, 'journal.setCells', { lessonId: l.id, entries: [entries[0], entries[0]] });
    expect(twice.message).toMatch(/студент Алексеева Анна Сергеевна указан дважды/);
    const { cells } = await c.petrovaUser.call('journal.setCells', { lessonId: l.id, entries: entries.slice(0, 2) });
    expect(cells.map((x) => [x.studentId, x.attendance, x.mark1])).toEqual([
      [c.alekseeva.id, '', '5'],
      [c.borisova.id, 'absent', ''],
    ]);
    const tomorrow = await lesson(c, c.petrovaUser, { date: '2026-09-08' });
    const early = await refused(c, c.petrovaUser, 'journal.setCell', { lessonId: tomorrow.id, studentId: c.alekseeva.id, attendance: '', mark1: '5', mark2: '' });
    expect(early).toMatchObject({ code: 'conflict', message: 'занятие 2026-09-08 ещё не прошло: посещаемость и отметки ставят в день занятия или после' });
  });

  it('no back-dating: after N days a teacher is refused, the office fills with a reason; N is the college’s setting', async () => {
    const c = await gradebookCollege();
    setDay(c.clock, '2026-09-07');
    const l = await lesson(c, c.petrovaUser, { date: '2026-09-07' });
    setDay(c.clock, '2026-09-10', 20);
    await cell(c.petrovaUser, l.id, c.alekseeva.id, { mark1: '5' });
    setDay(c.clock, '2026-09-11');
    const late = await refused(c, c.petrovaUser, 'journal.setCell', { lessonId: l.id, studentId: c.borisova.id, attendance: '', mark1: '4', mark2: '' });
    expect(late).toMatchObject({
      code: 'conflict',
      message: 'срок заполнения занятия 2026-09-07 истёк 2026-09-10: отметки и посещаемость теперь исправляет только учебная часть, с указанием причины',
    });
    const teacherPage = await c.petrovaUser.call('journal.page', { lineId: c.informaticsLine.id });
    expect(teacherPage.access.editableLessonIds).toEqual([]);
    const officePage = await c.office.call('journal.page', { lineId: c.informaticsLine.id });
    expect(officePage.access).toMatchObject({ editableLessonIds: [l.id], reasonLessonIds: [l.id] });

    const noReason = await refused(c, c.office, 'journal.setCell', { lessonId: l.id, studentId: c.borisova.id, attendance: '', mark1: '4', mark2: '' });
    expect(noReason).toMatchObject({ code: 'validation', fields: [{ field: 'reason', message: expect.stringMatching(/укажите причину/) }] });
    expect(noReason.message).toMatch(/^«Причина изменения»: /);
    await cell(c.office, l.id, c.borisova.id, { mark1: '4', reason: 'служебная записка преподавателя' });
    const reasons = c.t.core.openJournal().db.prepare("SELECT DISTINCT reason FROM ops WHERE entity = 'cell' AND reason IS NOT NULL").all();
    expect(reasons).toEqual([{ reason: 'служебная записка преподавателя' }]);
    // Deleting a lesson with marks past the window is the office's too.
    expect((await refused(c, c.petrovaUser, 'journal.deleteLesson', { lessonId: l.id })).message).toMatch(/удалить или перенести его может только учебная часть/);

    // The administrator widens the window; a setting left out of an update keeps its value.
    const badSetting = await c.admin.call('settings.get', {});
    expect(badSetting).toEqual({ sessionIdleMinutes: 30, backdatingDays: 3 });
    expect(await c.admin.dispatch('settings.update', { sessionIdleMinutes: 30, backdatingDays: 61 })).toMatchObject({
      ok: false,
      error: { code: 'validation', message: '«Срок заполнения журнала задним числом (дней)»: число от 0 до 60' },
    });
    await c.admin.call('settings.update', { sessionIdleMinutes: 30, backdatingDays: 7 });
    await c.admin.call('settings.update', { sessionIdleMinutes: 45 });
    expect(await c.admin.call('settings.get', {})).toEqual({ sessionIdleMinutes: 45, backdatingDays: 7 });
    await cell(c.petrovaUser, l.id, c.volkova.id, { mark1: '3' });
  });
});

describe('finals', () => {
  it('the line’s teacher sets finals of the page’s students; the debts list shows 2, незачёт and Н/А', async () => {
    const c = await gradebookCollege();
    setDay(c.clock, '2026-12-25');
    const final = (who: Person, studentId: string, kind: 'period' | 'exam', value: string, reason?: string) =>
      who.call('journal.setFinal', { lineId: c.informaticsLine.id, studentId, kind, value: value as Input<'journal.setFinal'>['value'], reason });
    expect(await final(c.petrovaUser, c.alekseeva.id, 'period', '5')).toEqual({ studentId: c.alekseeva.id, kind: 'period', value: '5' });
    await final(c.petrovaUser, c.borisova.id, 'period', 'not_attested');
    await final(c.petrovaUser, c.borisova.id, 'exam', 'fail');
    await final(c.petrovaUser, c.volkova.id, 'period', 'exempt');
    await final(c.petrovaUser, c.grigorieva.id, 'period', '2');
    await final(c.petrovaUser, c.grigorieva.id, 'period', '');
    const bad = await refused(c, c.petrovaUser, 'journal.setFinal', { lineId: c.informaticsLine.id, studentId: c.alekseeva.id, kind: 'period', value: 'A' });
    expect(bad).toMatchObject({ code: 'validation', fields: [{ field: 'value' }] });
    expect(bad.message).toMatch(/^«Итоговая отметка»:/);
    const stranger = await refused(c, c.petrovaUser, 'journal.setFinal', { lineId: c.informaticsLine.id, studentId: c.dmitrieva.id, kind: 'period', value: '5' });
    expect(stranger.message).toBe('«Студент»: студент Дмитриева Анна Сергеевна не числился в группе (подгруппе) этой страницы в этом периоде');
    expect((await refused(c, c.sidorovUser, 'journal.setFinal', { lineId: c.informaticsLine.id, studentId: c.alekseeva.id, kind: 'period', value: '5' })).code).toBe(
      'forbidden',
    );
    const page = await c.petrovaUser.call('journal.page', { lineId: c.informaticsLine.id });
    expect(page.finals.map((f) => [f.studentId, f.kind, f.value]).sort()).toEqual(
      [
        [c.alekseeva.id, 'period', '5'],
        [c.borisova.id, 'exam', 'fail'],
        [c.borisova.id, 'period', 'not_attested'],
        [c.volkova.id, 'period', 'exempt'],
      ].sort(),
    );

    // After the period's end + N days only the office, with a reason.
    setDay(c.clock, '2027-01-04');
    expect((await refused(c, c.petrovaUser, 'journal.setFinal', { lineId: c.informaticsLine.id, studentId: c.volkova.id, kind: 'period', value: '4' })).message).toBe(
      'срок выставления итоговых отметок истёк 2027-01-03: теперь их исправляет только учебная часть, с указанием причины',
    );
    expect((await c.petrovaUser.call('journal.page', { lineId: c.informaticsLine.id })).access.canEditFinals).toBe(false);
    expect((await c.office.call('journal.page', { lineId: c.informaticsLine.id })).access.finalsNeedReason).toBe(true);
    await final(c.office, c.volkova.id, 'period', '4', 'ведомость пересдачи');

    const debts = await c.office.call('journal.debts', { groupId: c.is26.id });
    expect(debts.debts.map((d) => [d.fullName.split(' ')[0], d.disciplineCode, d.kind, d.value])).toEqual([
      ['Борисова', 'ОП.01', 'exam', 'fail'],
      ['Борисова', 'ОП.01', 'period', 'not_attested'],
    ]);
    expect((await c.office.call('journal.debts', {})).debts).toHaveLength(2);
    expect((await c.curator.call('journal.debts', {})).debts).toHaveLength(2);
    expect((await c.otherCurator.call('journal.debts', {})).debts).toEqual([]);
    expect(await c.otherCurator.dispatch('journal.debts', { groupId: c.is26.id })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});

describe('the demo college’s semester', () => {
  it('fills about a lesson a week per line up to today, with absences, excuses and marks in realistic shares', async () => {
    const t = await newJournal(new TestClock(Date.UTC(2026, 10, 25, 8)));
    const j = t.core.openJournal();
    const demo = await loadDemoCollege(j, t.adminId, 'small');
    const rows = <T>(sql: string) => j.db.prepare(sql).all() as T[];
    const [lessons] = rows<{ n: number; lines: number; first: string; last: string }>(
      'SELECT count(*) AS n, count(DISTINCT line_id) AS lines, min(date) AS first, max(date) AS last FROM lessons',
    );
    expect(demo.lessons).toBe(lessons!.n);
    expect(lessons!.lines).toBe(demo.loadLines / 2);
    expect(lessons!.first >= '2026-09-01' && lessons!.last <= '2026-11-25').toBe(true);
    // Twelve weeks of autumn, one lesson a week, the 4th of November off.
    expect(lessons!.n / lessons!.lines).toBeGreaterThanOrEqual(11);
    expect(lessons!.n / lessons!.lines).toBeLessThanOrEqual(13);

    // Shares of the grid: students on the page × lessons, filled or not.
    const positions = rows<{ n: number }>(
      `SELECT count(*) AS n FROM lessons l JOIN load_lines ll ON ll.id = l.line_id
       JOIN memberships m ON m.group_id = ll.group_id AND m.deleted = 0
       LEFT JOIN subgroup_members sm ON sm.student_id = m.student_id AND sm.subgroup_id = ll.subgroup_id AND sm.deleted = 0
       WHERE ll.subgroup_id IS NULL OR sm.id IS NOT NULL`,
    )[0]!.n;
    const share = (where: string) => rows<{ n: number }>(`SELECT count(*) AS n FROM cells WHERE ${where}`)[0]!.n / positions;
    expect(demo.cells).toBe(rows<{ n: number }>('SELECT count(*) AS n FROM cells')[0]!.n);
    expect(share("attendance = 'absent'")).toBeCloseTo(0.1, 1);
    expect(share("mark1 != ''")).toBeCloseTo(0.3, 1);
    expect(share("absence_reason = 'excused'") / share("attendance = 'absent'")).toBeCloseTo(0.4, 1);
    const marks = rows<{ mark1: string; n: number }>("SELECT mark1, count(*) AS n FROM cells WHERE mark1 != '' GROUP BY mark1");
    const total = marks.reduce((n, m) => n + m.n, 0);
    const of = (mark: string) => (marks.find((m) => m.mark1 === mark)?.n ?? 0) / total;
    expect(of('5')).toBeCloseTo(0.25, 1);
    expect(of('4')).toBeCloseTo(0.4, 1);
    expect(of('3')).toBeCloseTo(0.3, 1);
    expect(of('2')).toBeCloseTo(0.05, 1);
    expect(rows("SELECT 1 FROM cells WHERE attendance = 'absent' AND mark1 != ''")).toEqual([]);
    expect(rows('SELECT 1 FROM ops WHERE void = 1')).toEqual([]);

    // A demo teacher opens one of their pages: the generated cells are all on it.
    const line = rows<{ id: string; teacher_id: string }>('SELECT id, teacher_id FROM load_lines WHERE subgroup_id IS NOT NULL LIMIT 1')[0]!;
    const userId = rows<{ user_id: string }>(`SELECT user_id FROM employees WHERE id = '${line.teacher_id}'`)[0]!.user_id;
    const page = await signedIn(t, userId).call('journal.page', { lineId: line.id });
    expect(page.lessons.length).toBeGreaterThanOrEqual(11);
    expect(page.cells.length).toBe(rows<{ n: number }>(`SELECT count(*) AS n FROM cells WHERE line_id = '${line.id}'`)[0]!.n);
    expect(page.students.some((s) => s.average !== null)).toBe(true);
  });
});
