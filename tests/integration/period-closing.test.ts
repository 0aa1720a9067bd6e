import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newLessonEntities, type NewLesson } from '../../src-main/core/gradebook/bulk';
import { cellId } from '../../src-main/core/gradebook/entities';
import { entities, validityRules } from '../../src-main/core/journal';
import { setFields } from '../../src-main/core/oplog/changes';
import { OpLog } from '../../src-main/core/oplog/oplog';
import type { Change, Json } from '../../src-main/core/oplog/types';
import { openConnection, type Db } from '../../src-main/core/store/connection';
import { migrate } from '../../src-main/core/store/migrate';
import { gradebookCollege, gradebookState, setDay, signedIn, type GradebookCollege } from '../helpers/gradebook-college';
import { newJournal, TestClock, type TestJournal } from '../helpers/journal';
import { tempDir } from '../helpers/temp';

/** Sends `to` every op of `from` it lacks, as a sync pull would. */
function send(from: TestJournal, to: TestJournal): void {
  const target = to.core.openJournal().oplog;
  target.importOps(from.core.openJournal().oplog.exportOps(target.versionVector(), 1_000_000));
}

/** What must be equal on two replicas that exchanged every op: the gradebook's rows and which ops are void. */
function replicaState(t: TestJournal) {
  const db = t.core.openJournal().db;
  const all = (sql: string) => db.prepare(sql).all();
  return {
    lessons: all('SELECT * FROM lessons ORDER BY id'),
    cells: all('SELECT * FROM cells ORDER BY id'),
    finals: all('SELECT * FROM finals ORDER BY id'),
    locks: all('SELECT * FROM period_locks ORDER BY id'),
    voids: all("SELECT op_id, entity, field FROM ops WHERE void = 1 AND entity IN ('lesson', 'cell', 'final') ORDER BY op_id"),
  };
}

/** The cells that hold something, as `attendance/mark`: a cell whose every value op is void holds nothing. */
const marksOf = (t: TestJournal) =>
  Object.fromEntries(
    (
      t.core
        .openJournal()
        .db.prepare("SELECT student_id, attendance, mark1 FROM cells WHERE attendance != '' OR mark1 != '' ORDER BY student_id")
        .all() as { student_id: string; attendance: string; mark1: string }[]
    ).map((r) => [r.student_id, `${r.attendance}/${r.mark1}`]),
  );

/**
 * Workstation A (the office's, where the college lives) and workstation B (a teacher's laptop), a copy of A. B has its
 * own node and its own first-run data besides; the college's people sign in on either.
 */
async function twoWorkstations(): Promise<{ c: GradebookCollege; a: TestJournal; b: TestJournal }> {
  const clock = new TestClock();
  const c = await gradebookCollege(clock);
  const b = await newJournal(clock);
  send(c.t, b);
  send(b, c.t);
  return { c, a: c.t, b };
}

describe('period closing', () => {
  it('the office closes a period; nobody changes it after, with a clear message; the director reopens it with a reason', async () => {
    const c = await gradebookCollege();
    await c.admin.call('settings.update', { sessionIdleMinutes: 30, backdatingDays: 60 });
    setDay(c.clock, '2026-12-20');
    const lesson = await c.petrovaUser.call('journal.saveLesson', {
      lineId: c.informaticsLine.id,
      date: '2026-12-18',
      pair: 1,
      hours: 2,
      kind: 'lecture',
      topicId: null,
      topic: 'Итоговое занятие',
      homework: '',
    });
    await c.petrovaUser.call('journal.setCell', { lessonId: lesson.id, studentId: c.alekseeva.id, attendance: 'absent', mark1: '', mark2: '' });

    expect(await c.petrovaUser.dispatch('periods.close', { periodId: c.autumn.id, reason: '' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await c.director.dispatch('periods.close', { periodId: c.autumn.id, reason: '' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const closed = await c.office.call('periods.close', { periodId: c.autumn.id, reason: 'сессия завершена' });
    expect(closed).toMatchObject({ id: c.autumn.id, name: '1 семестр', closed: true, reason: 'сессия завершена' });
    expect((await c.petrovaUser.call('periods.list', { yearId: c.year.id })).periods.map((p) => [p.name, p.closed])).toEqual([
      ['1 семестр', true],
      ['2 семестр', false],
    ]);
    expect(await c.office.dispatch('periods.close', { periodId: c.autumn.id, reason: '' })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: 'Период «1 семестр» уже закрыт' },
    });

    const message =
      'Период «1 семестр» закрыт учебной частью: занятия, посещаемость, отметки и итоговые отметки в нём не изменить. Открыть период может директор';
    const attempts: [typeof c.petrovaUser, Parameters<typeof c.office.dispatch>[0], unknown][] = [
      [c.petrovaUser, 'journal.setCell', { lessonId: lesson.id, studentId: c.alekseeva.id, attendance: '', mark1: '5', mark2: '' }],
      [c.office, 'journal.setCell', { lessonId: lesson.id, studentId: c.alekseeva.id, attendance: '', mark1: '5', mark2: '', reason: 'ошибка' }],
      [c.petrovaUser, 'journal.setCells', { lessonId: lesson.id, entries: [{ studentId: c.borisova.id, attendance: 'absent', mark1: '', mark2: '' }] }],
      [c.petrovaUser, 'journal.saveLesson', { lineId: c.informaticsLine.id, date: '2026-12-19', pair: 1, hours: 2, kind: 'lecture', topicId: null, topic: '', homework: '' }],
      [c.petrovaUser, 'journal.deleteLesson', { lessonId: lesson.id }],
      [c.curator, 'journal.setAbsenceReason', { lessonId: lesson.id, studentId: c.alekseeva.id, absenceReason: 'excused', note: '' }],
      [c.petrovaUser, 'journal.setFinal', { lineId: c.informaticsLine.id, studentId: c.alekseeva.id, kind: 'period', value: '4' }],
      [c.admin, 'journal.setFinal', { lineId: c.informaticsLine.id, studentId: c.alekseeva.id, kind: 'period', value: '4', reason: 'ошибка' }],
    ];
    for (const [who, method, input] of attempts) {
      const before = gradebookState(c.t);
      expect(await who.dispatch(method, input), method).toMatchObject({ ok: false, error: { code: 'conflict', message } });
      expect(gradebookState(c.t)).toEqual(before);
    }
    const page = await c.petrovaUser.call('journal.page', { lineId: c.informaticsLine.id });
    expect(page.closed).toEqual({ closed: true, reason: 'сессия завершена' });
    expect(page.access).toMatchObject({ canEditLessons: false, canEditMarks: false, canSetAbsenceReasons: false, canEditFinals: false, needsReasonAfter: null, editableLessonIds: [] });
    expect((await c.petrovaUser.call('journal.lines', {})).lines.map((l) => l.closed)).toEqual([true]);

    // Reopening is the director's, with a reason; the office cannot.
    expect(await c.office.dispatch('periods.reopen', { periodId: c.autumn.id, reason: 'ошибка' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await c.director.dispatch('periods.reopen', { periodId: c.autumn.id, reason: ' ' })).toMatchObject({
      ok: false,
      error: { code: 'validation', message: '«Причина»: обязательное поле', fields: [{ field: 'reason' }] },
    });
    expect(await c.director.call('periods.reopen', { periodId: c.autumn.id, reason: 'исправление ошибки в ведомости' })).toMatchObject({
      closed: false,
      reason: 'исправление ошибки в ведомости',
    });
    expect(await c.director.dispatch('periods.reopen', { periodId: c.autumn.id, reason: 'ещё раз' })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: 'Период «1 семестр» не закрыт' },
    });
    await c.petrovaUser.call('journal.setCell', { lessonId: lesson.id, studentId: c.alekseeva.id, attendance: '', mark1: '5', mark2: '' });
    const reasons = c.t.core.openJournal().db.prepare("SELECT field, value, reason FROM ops WHERE entity = 'period_lock' AND field = 'closed' ORDER BY seq").all();
    expect(reasons).toEqual([
      { field: 'closed', value: 'true', reason: 'сессия завершена' },
      { field: 'closed', value: 'false', reason: 'исправление ошибки в ведомости' },
    ]);
  });

  for (const order of ['A then B', 'B then A'] as const) {
    it(`late-arriving edits (${order}): made before the closing stand, made while closed are void, made after the reopening stand`, async () => {
      const { c, a, b } = await twoWorkstations();
      setDay(c.clock, '2026-09-07');
      const lesson = await c.petrovaUser.call('journal.saveLesson', {
        lineId: c.informaticsLine.id,
        date: '2026-09-07',
        pair: 1,
        hours: 2,
        kind: 'lecture',
        topicId: null,
        topic: 'Введение',
        homework: '',
      });
      await c.petrovaUser.call('journal.setCell', { lessonId: lesson.id, studentId: c.alekseeva.id, attendance: '', mark1: '4', mark2: '' });
      send(a, b);
      const teacherOnB = signedIn(b, c.petrovaUser.id);

      // B is offline from here on: it sees neither the closing nor the reopening until the end.
      setDay(c.clock, '2026-09-08', 9);
      await teacherOnB.call('journal.setCell', { lessonId: lesson.id, studentId: c.alekseeva.id, attendance: '', mark1: '5', mark2: '' });
      setDay(c.clock, '2026-09-08', 10);
      await c.office.call('periods.close', { periodId: c.autumn.id, reason: 'проверка журнала' });
      setDay(c.clock, '2026-09-08', 11);
      await teacherOnB.call('journal.setCell', { lessonId: lesson.id, studentId: c.borisova.id, attendance: 'absent', mark1: '', mark2: '' });
      await teacherOnB.call('journal.setCell', { lessonId: lesson.id, studentId: c.alekseeva.id, attendance: '', mark1: '2', mark2: '' });
      setDay(c.clock, '2026-09-08', 12);
      await c.director.call('periods.reopen', { periodId: c.autumn.id, reason: 'проверка окончена' });
      setDay(c.clock, '2026-09-08', 13);
      await teacherOnB.call('journal.setCell', { lessonId: lesson.id, studentId: c.volkova.id, attendance: '', mark1: '3', mark2: '' });
      // Before the exchange B still shows what it was told.
      expect(marksOf(b)).toMatchObject({ [c.alekseeva.id]: '/2', [c.borisova.id]: 'absent/' });

      if (order === 'A then B') {
        send(a, b);
        send(b, a);
      } else {
        send(b, a);
        send(a, b);
      }
      expect(replicaState(b)).toEqual(replicaState(a));
      // Алексеева keeps the 5 given before the closing (the 2 given while closed is void), Борисова's absence
      // recorded while closed is gone, Волкова's 3 given after the reopening stands.
      expect(marksOf(a)).toEqual({ [c.alekseeva.id]: '/5', [c.volkova.id]: '/3' });
      const page = await c.petrovaUser.call('journal.page', { lineId: c.informaticsLine.id });
      expect(page.cells.map((x) => [x.studentId, x.mark1, x.attendance])).toEqual(
        expect.arrayContaining([
          [c.alekseeva.id, '5', ''],
          [c.volkova.id, '3', ''],
        ]),
      );
      expect(page.cells).toHaveLength(2);
      // The void ops stay in the log: the audit trail shows what was tried.
      const voided = a.core.openJournal().db.prepare("SELECT field, value FROM ops WHERE void = 1 AND entity = 'cell' AND field IN ('mark1', 'attendance') ORDER BY hlc").all();
      expect(voided).toEqual([
        { field: 'attendance', value: '"absent"' },
        { field: 'mark1', value: '"2"' },
      ]);
    });
  }

  it('an edit on a workstation that never heard of the closing is void when the closing reaches it, and refused after', async () => {
    const { c, a, b } = await twoWorkstations();
    setDay(c.clock, '2026-09-07');
    const lesson = await c.petrovaUser.call('journal.saveLesson', {
      lineId: c.informaticsLine.id,
      date: '2026-09-07',
      pair: 1,
      hours: 2,
      kind: 'lecture',
      topicId: null,
      topic: '',
      homework: '',
    });
    send(a, b);
    await c.office.call('periods.close', { periodId: c.autumn.id, reason: '' });
    setDay(c.clock, '2026-09-07', 12);
    const teacherOnB = signedIn(b, c.petrovaUser.id);
    await teacherOnB.call('journal.setCell', { lessonId: lesson.id, studentId: c.alekseeva.id, attendance: '', mark1: '5', mark2: '' });
    expect(marksOf(b)).toEqual({ [c.alekseeva.id]: '/5' });
    send(a, b);
    expect(marksOf(b)).toEqual({});
    expect(await teacherOnB.dispatch('journal.setCell', { lessonId: lesson.id, studentId: c.alekseeva.id, attendance: '', mark1: '5', mark2: '' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    send(b, a);
    expect(replicaState(a)).toEqual(replicaState(b));
    expect(marksOf(a)).toEqual({});
  });
});

describe('back-dating as a rule of the op log', () => {
  it('a teacher’s mark accepted offline under the old window is void everywhere once the narrower setting arrives', async () => {
    const { c, a, b } = await twoWorkstations();
    setDay(c.clock, '2026-09-07');
    const lesson = await c.petrovaUser.call('journal.saveLesson', {
      lineId: c.informaticsLine.id,
      date: '2026-09-07',
      pair: 1,
      hours: 2,
      kind: 'lecture',
      topicId: null,
      topic: '',
      homework: '',
    });
    send(a, b);
    setDay(c.clock, '2026-09-08');
    await c.admin.call('settings.update', { sessionIdleMinutes: 30, backdatingDays: 1 });
    // Three days after the lesson: B, with N = 3, lets the teacher in.
    setDay(c.clock, '2026-09-10');
    const teacherOnB = signedIn(b, c.petrovaUser.id);
    await teacherOnB.call('journal.setCell', { lessonId: lesson.id, studentId: c.alekseeva.id, attendance: '', mark1: '5', mark2: '' });
    // The office on B, past the window too, is not bound by it.
    await signedIn(b, c.office.id).call('journal.setCell', { lessonId: lesson.id, studentId: c.borisova.id, attendance: 'absent', mark1: '', mark2: '', reason: 'по рапорту' });
    expect(marksOf(b)).toMatchObject({ [c.alekseeva.id]: '/5' });
    send(b, a);
    send(a, b);
    expect(replicaState(a)).toEqual(replicaState(b));
    expect(marksOf(a)).toEqual({ [c.borisova.id]: 'absent/' });
    expect(await teacherOnB.dispatch('journal.setCell', { lessonId: lesson.id, studentId: c.alekseeva.id, attendance: '', mark1: '5', mark2: '' })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringMatching(/срок заполнения занятия 2026-09-07 истёк 2026-09-08/) },
    });
  });

  it('a back-dated mark written past the command (an old or altered client) is void on every replica', async () => {
    const { c, a, b } = await twoWorkstations();
    setDay(c.clock, '2026-09-07');
    const lesson = await c.petrovaUser.call('journal.saveLesson', {
      lineId: c.informaticsLine.id,
      date: '2026-09-07',
      pair: 1,
      hours: 2,
      kind: 'lecture',
      topicId: null,
      topic: '',
      homework: '',
    });
    send(a, b);
    setDay(c.clock, '2026-09-20');
    const forged: Change[] = setFields('cell', cellId(lesson.id, c.alekseeva.id), {
      period_id: c.autumn.id,
      lesson_id: lesson.id,
      line_id: c.informaticsLine.id,
      student_id: c.alekseeva.id,
      mark1: '5',
    });
    b.core.openJournal().oplog.commit(c.petrovaUser.id, forged);
    expect(marksOf(b)).toEqual({});
    send(b, a);
    expect(replicaState(a)).toEqual(replicaState(b));
    // The same op by the office stands.
    b.core.openJournal().oplog.commit(c.office.id, setFields('cell', cellId(lesson.id, c.alekseeva.id), { mark1: '4' }), 'по рапорту');
    send(b, a);
    expect(marksOf(a)).toEqual({ [c.alekseeva.id]: '/4' });
  });
});

// ---- Convergence under any delivery order, on bare replicas with the journal's real entities and rules ----

interface Replica {
  db: Db;
  oplog: OpLog;
}

function bareReplica(dir: string, nodeId: string, now: () => number): Replica {
  const db = openConnection(join(dir, `${nodeId}.db`), randomBytes(32));
  migrate(db);
  const oplog = new OpLog(db, nodeId, now);
  for (const def of entities) oplog.registerEntity(def);
  for (const rule of validityRules) oplog.registerRule(rule);
  return { db, oplog };
}

const period = '01930000-0000-7000-8000-0000000000f1';
const lineId = '01930000-0000-7000-8000-0000000000a1';
const lessonIds = ['01930000-0000-7000-8000-0000000000b1', '01930000-0000-7000-8000-0000000000b2'];
const studentIds = ['01930000-0000-7000-8000-0000000000c1', '01930000-0000-7000-8000-0000000000c2'];
const users = { teacher: '01930000-0000-7000-8000-0000000000d1', office: '01930000-0000-7000-8000-0000000000d2' };
const days = ['2026-09-01', '2026-09-02', '2026-09-04'];

type Action =
  | { kind: 'mark'; node: number; user: 'teacher' | 'office'; lesson: number; student: number; field: 'attendance' | 'mark1' | 'absence_reason'; value: number }
  | { kind: 'final'; node: number; user: 'teacher' | 'office'; student: number; value: number }
  | { kind: 'lock'; node: number; closed: boolean }
  | { kind: 'setting'; node: number; days: number }
  | { kind: 'roles'; node: number; office: boolean }
  | { kind: 'move'; node: number; lesson: number; day: number }
  | { kind: 'tick'; hours: number }
  | { kind: 'deliver'; from: number; to: number; picks: number[] };

const node = fc.nat(2);
const action: fc.Arbitrary<Action> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record({
      kind: fc.constant('mark' as const),
      node,
      user: fc.constantFrom('teacher' as const, 'office' as const),
      lesson: fc.nat(1),
      student: fc.nat(1),
      field: fc.constantFrom('attendance' as const, 'mark1' as const, 'absence_reason' as const),
      value: fc.nat(3),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('final' as const), node, user: fc.constantFrom('teacher' as const, 'office' as const), student: fc.nat(1), value: fc.nat(3) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('lock' as const), node, closed: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('setting' as const), node, days: fc.nat(4) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('roles' as const), node, office: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('move' as const), node, lesson: fc.nat(1), day: fc.nat(2) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('tick' as const), hours: fc.integer({ min: 0, max: 40 }) }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('deliver' as const), from: node, to: node, picks: fc.array(fc.nat(400), { maxLength: 30 }) }) },
);

const values: Record<string, string[]> = {
  attendance: ['', 'absent', 'late', 'absent'],
  mark1: ['5', '4', '2', ''],
  absence_reason: ['excused', 'unexcused', '', 'excused'],
  final: ['5', 'fail', 'not_attested', ''],
};

function seed(r: Replica): void {
  r.oplog.commit(users.office, [
    ...setFields('user', users.teacher, { login: 'teacher', roles: ['teacher'] }),
    ...setFields('user', users.office, { login: 'office', roles: ['office'] }),
    ...setFields('period', period, { name: '1 семестр', start_date: '2026-09-01', end_date: '2026-09-05' }),
    ...lessonIds.flatMap((id, i) => setFields('lesson', id, { line_id: lineId, period_id: period, date: days[i]!, pair: 1 })),
  ]);
}

/** A cell's first fill carries its identity, as the command writes it; later fills only the field. */
function markChanges(r: Replica, a: Extract<Action, { kind: 'mark' }>): Change[] {
  const lesson = lessonIds[a.lesson]!;
  const student = studentIds[a.student]!;
  const id = cellId(lesson, student);
  const known = r.db.prepare('SELECT 1 FROM cells WHERE id = ?').get(id) !== undefined;
  const identity: Record<string, Json> = known ? {} : { period_id: period, lesson_id: lesson, line_id: lineId, student_id: student };
  return setFields('cell', id, { ...identity, [a.field]: values[a.field]![a.value]! });
}

function finalChanges(r: Replica, a: Extract<Action, { kind: 'final' }>): Change[] {
  const student = studentIds[a.student]!;
  const id = `01930000-0000-7000-8000-0000000000e${a.student}`;
  const known = r.db.prepare('SELECT 1 FROM finals WHERE id = ?').get(id) !== undefined;
  const identity: Record<string, Json> = known ? {} : { period_id: period, line_id: lineId, student_id: student, kind: 'period' };
  return setFields('final', id, { ...identity, value: values.final![a.value]! });
}

function bareState(r: Replica) {
  const all = (sql: string) => r.db.prepare(sql).all();
  return {
    lessons: all('SELECT id, date, deleted FROM lessons ORDER BY id'),
    cells: all('SELECT * FROM cells ORDER BY id'),
    finals: all('SELECT * FROM finals ORDER BY id'),
    locks: all('SELECT * FROM period_locks ORDER BY id'),
    voids: all('SELECT op_id FROM ops WHERE void = 1 ORDER BY op_id'),
  };
}

describe('convergence with the journal’s validity rules', () => {
  it('a bulk load judges and stores its ops as a replica importing them one by one does', () => {
    const dir = tempDir();
    const clock = new TestClock(Date.UTC(2026, 8, 10, 8));
    const [a, b] = [bareReplica(dir, 'node-a', clock.now), bareReplica(dir, 'node-b', clock.now)];
    try {
      seed(a);
      const lesson = (date: string, marks: string[]): NewLesson => ({
        lineId,
        periodId: period,
        date,
        pair: 1,
        hours: 2,
        kind: 'lecture',
        topic: '',
        homework: '',
        teacherId: '',
        cells: marks.map((mark1, i) => ({ studentId: studentIds[i]!, attendance: '', absenceReason: '', absenceNote: '', mark1, mark2: '' })),
      });
      // The teacher's: a lesson still in the window, and one past it (its marks void, its cells' identity not).
      const recent = newLessonEntities(lesson('2026-09-09', ['5', '4']));
      const old = newLessonEntities(lesson('2026-09-01', ['3', '']));
      // Nine fields a lesson, four of identity and a mark a cell; an empty cell is none.
      expect(a.oplog.commitNew(users.teacher, [...recent, ...old])).toBe(9 + 5 + 5 + 9 + 5);
      // An entity that has ops already takes the ordinary path.
      a.oplog.commitNew(users.office, [{ entity: 'cell', entityId: recent[1]!.entityId, fields: { mark2: '4' } }]);
      a.oplog.commit(users.office, setFields('period_lock', period, { closed: true }));
      const closed = newLessonEntities(lesson('2026-09-10', ['5', '5']));
      a.oplog.commitNew(users.office, closed);
      b.oplog.importOps(a.oplog.exportOps({}, 1_000_000));
      expect(bareState(b)).toEqual(bareState(a));
      const marks = a.db.prepare("SELECT lesson_id, mark1, mark2 FROM cells WHERE mark1 != '' ORDER BY mark1 DESC").all();
      expect(marks).toEqual([
        { lesson_id: recent[0]!.entityId, mark1: '5', mark2: '4' },
        { lesson_id: recent[0]!.entityId, mark1: '4', mark2: '' },
      ]);
      expect(a.db.prepare('SELECT count(*) AS n FROM lessons').get()).toEqual({ n: 4 });
    } finally {
      a.db.close();
      b.db.close();
    }
  });

  it('replicas that exchanged every op agree on every cell, final and void op, whatever order closings, reopenings, settings and edits arrived in', () => {
    fc.assert(
      fc.property(fc.array(action, { minLength: 5, maxLength: 50 }), (actions) => {
        const dir = tempDir();
        const clock = new TestClock(Date.UTC(2026, 8, 1, 8));
        const replicas = [0, 1, 2].map((i) => bareReplica(dir, `node-${i}`, clock.now));
        try {
          seed(replicas[0]!);
          for (const r of replicas.slice(1)) r.oplog.importOps(replicas[0]!.oplog.exportOps({}));
          for (const a of actions) {
            if (a.kind === 'tick') clock.ms += a.hours * 3_600_000;
            else if (a.kind === 'deliver') {
              if (a.from === a.to) continue;
              const ops = replicas[a.from]!.oplog.exportOps({}, 1_000_000);
              replicas[a.to]!.oplog.importOps(a.picks.map((p) => ops[p % ops.length]!));
            } else {
              const r = replicas[a.node]!;
              const changes =
                a.kind === 'mark'
                  ? markChanges(r, a)
                  : a.kind === 'final'
                    ? finalChanges(r, a)
                    : a.kind === 'lock'
                      ? setFields('period_lock', period, { closed: a.closed })
                      : a.kind === 'setting'
                        ? setFields('setting', 'backdating_days', { value: a.days })
                        : a.kind === 'roles'
                          ? setFields('user', users.teacher, { roles: a.office ? ['teacher', 'office'] : ['teacher'] })
                          : setFields('lesson', lessonIds[a.lesson]!, { date: days[a.day]! });
              const user = a.kind === 'mark' || a.kind === 'final' ? users[a.user] : users.office;
              r.oplog.commit(user, changes);
            }
          }
          for (let round = 0; round < 3; round++) {
            for (const from of replicas) for (const to of replicas) if (from !== to) to.oplog.importOps(from.oplog.exportOps(to.oplog.versionVector(), 1_000_000));
          }
          const [first, ...rest] = replicas.map(bareState);
          for (const other of rest) expect(other).toEqual(first);
        } finally {
          for (const r of replicas) r.db.close();
        }
      }),
      { numRuns: 60 },
    );
  });
});
