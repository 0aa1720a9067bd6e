// The journal's figures for npm run bench, on the large demo college: a page of 30 students × 80 lessons opened in
// the core, and marks typed into the grid through dispatch.
import { execSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import type { Core } from '../../src-main/core/app';
import { findUserById } from '../../src-main/core/auth/users';
import { insertLessons, type NewLesson } from '../../src-main/core/gradebook/bulk';
import { journalPage } from '../../src-main/core/gradebook/page';
import { rosterOf } from '../../src-main/core/gradebook/roster';
import { addDays } from '../../src-main/core/gradebook/rules';
import { lessonRowsOfLine } from '../../src-main/core/gradebook/queries';
import type { Journal } from '../../src-main/core/journal';
import { linesOfYear } from '../../src-main/core/load/queries';
import { currentYear } from '../../src-main/core/load/rules';
import { listYears } from '../../src-main/core/calendar/years';
import { localIsoDate } from '../../src-main/core/dates';

const pageStudents = 30;
const pageLessons = 80;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;

/**
 * The biggest page a teacher keeps: a group line of the first semester grown to 30 students (five more enrolled by
 * order) and 80 lessons (the demo's, and more on the same days at later pairs), its cells filled as the demo fills them.
 */
async function bigPage(core: Core, j: Journal, token: string, adminId: string): Promise<{ lineId: string; teacherUserId: string | null }> {
  const today = localIsoDate(j.now());
  const year = currentYear(listYears(j), today)!;
  const period = year.periods[0]!;
  // A group line whose teacher signs in: the marks are typed by the teacher where the rules let them.
  const linked = new Set((j.db.prepare('SELECT id FROM employees WHERE user_id IS NOT NULL').all() as { id: string }[]).map((e) => e.id));
  const candidates = linesOfYear(j, [period.id]).filter((l) => l.subgroupId === null);
  const line = candidates.find((l) => linked.has(l.teacherId)) ?? candidates[0]!;
  const have = rosterOf(j, line, period).length;
  const ids: string[] = [];
  for (let i = have; i < pageStudents; i++) {
    const { student } = await core.call(token, 'students.create', {
      surname: `Бенчмаркова${i}`,
      name: 'Анна',
      patronymic: 'Сергеевна',
      birthDate: '2009-05-05',
      sex: 'female',
      recordBook: `Б-${i}`,
      funding: 'budget',
    });
    ids.push(student.id);
  }
  if (ids.length > 0) {
    await core.call(token, 'orders.apply', {
      number: 'бенч-1',
      date: period.startDate,
      type: 'enrollment',
      effectiveDate: period.startDate,
      items: ids.map((studentId) => ({ studentId, groupId: line.groupId })),
    });
  }
  const roster = rosterOf(j, line, period);
  const existing = lessonRowsOfLine(j, line.id);
  const lastDay = today < period.endDate ? today : period.endDate;
  const days: string[] = [];
  for (let d = period.startDate; d <= lastDay; d = addDays(d, 1)) days.push(d);
  const lessons: NewLesson[] = [];
  for (let k = 0; existing.length + lessons.length < pageLessons; k++) {
    // Four on the last day, which the teacher may still fill; the rest spread over the days before, at pairs 5–8
    // (the demo's own lessons are at pairs 1–4).
    const earlier = Math.max(1, days.length - 1);
    const date = k < 4 ? lastDay : days[(k * 7) % earlier]!;
    lessons.push({
      lineId: line.id,
      periodId: period.id,
      date,
      pair: k < 4 ? 5 + k : 5 + (Math.floor((k * 7) / earlier) % 4),
      hours: 2,
      kind: k % 2 ? 'practical' : 'lecture',
      topic: `Тема ${k}`,
      homework: '',
      teacherId: line.teacherId,
      cells: roster.map((s, i) => ({
        studentId: s.id,
        attendance: (i + k) % 10 === 0 ? 'absent' : '',
        absenceReason: '',
        absenceNote: '',
        mark1: (i + k) % 10 !== 0 && (i * 3 + k) % 3 === 0 ? ['5', '4', '4', '3'][(i + k) % 4]! : '',
        mark2: '',
      })),
    });
  }
  // Written by the administrator, as the demo is: the back-dating rule binds teachers only.
  insertLessons(j, adminId, lessons);
  const teacherUserId = (j.db.prepare('SELECT user_id FROM employees WHERE id = ?').get(line.teacherId) as { user_id: string | null } | undefined)?.user_id ?? null;
  return { lineId: line.id, teacherUserId };
}

/** Opens the page in the core (no dispatch: the figure is the core's), median and worst of 30; then 500 marks typed. */
export async function measureJournal(core: Core, token: string, adminId: string, rows: string[][]): Promise<void> {
  const j = core.openJournal();
  const { lineId, teacherUserId } = await bigPage(core, j, token, adminId);
  // The demo's load leaves its whole semester in the WAL; a workstation in daily use has it checkpointed.
  j.db.pragma('wal_checkpoint(TRUNCATE)');
  // …and the pages that checkpoint wrote reach the disk now, not inside the fsyncs being measured.
  execSync('sync');
  const viewer = findUserById(j, teacherUserId ?? adminId) ?? findUserById(j, adminId)!;
  const opens: number[] = [];
  let shape = '';
  for (let i = 0; i < 30; i++) {
    const start = performance.now();
    const page = journalPage(j, viewer, lineId);
    opens.push(performance.now() - start);
    shape = `${page.students.length} students × ${page.lessons.length} lessons, ${page.cells.length} cells`;
  }
  opens.sort((a, b) => a - b);
  rows.push([`large: open a journal page in the core (${shape}), p50 ms`, percentile(opens, 0.5).toFixed(1), '—']);
  rows.push(['large: open a journal page in the core, max ms', opens.at(-1)!.toFixed(1), `< 30 ${opens.at(-1)! < 30 ? 'ok' : 'MISSED'}`]);

  // The teacher types marks into the lessons they may still fill; past the window (a bench run long after the
  // demo's semester) the administrator does, with a reason.
  const teacherPage = journalPage(j, viewer, lineId);
  const asTeacher = teacherUserId !== null && teacherPage.access.editableLessonIds.length > 0;
  const typist = asTeacher ? core.sessions.open(teacherUserId, j.now()) : token;
  const lessonIds = asTeacher ? teacherPage.access.editableLessonIds : teacherPage.lessons.filter((l) => l.date <= localIsoDate(j.now())).map((l) => l.id);
  const students = teacherPage.students;
  const marks = ['5', '4', '3', '', '2', '4'] as const;
  const samples: number[] = [];
  for (let i = 0; i < 500; i++) {
    const lessonId = lessonIds[i % lessonIds.length]!;
    const student = students[Math.floor(i / lessonIds.length) % students.length]!;
    const start = performance.now();
    const result = await core.dispatch(typist, 'journal.setCell', {
      lessonId,
      studentId: student.id,
      attendance: i % 11 === 0 ? 'absent' : '',
      mark1: i % 11 === 0 ? '' : marks[i % marks.length]!,
      mark2: '',
      reason: asTeacher ? '' : 'бенчмарк',
    });
    samples.push(performance.now() - start);
    // A student outside their stay on that day is refused as in the grid; anything else is a bench bug.
    if (!result.ok && result.error.code !== 'validation') throw new Error(result.error.message);
  }
  samples.sort((a, b) => a - b);
  // The same number of the plainest durable write, on the same journal: what the disk alone costs here.
  const me = findUserById(j, adminId)!;
  const baseline: number[] = [];
  for (let i = 0; i < samples.length; i++) {
    const start = performance.now();
    await core.dispatch(token, 'users.update', { userId: me.id, fullName: `${me.fullName} ${i % 2 ? '' : ' '}`.trim(), roles: ['admin'] });
    baseline.push(performance.now() - start);
  }
  baseline.sort((a, b) => a - b);
  const who = asTeacher ? 'the teacher' : 'the administrator';
  rows.push([`large: mark entry via dispatch (${who}), p50 ms`, percentile(samples, 0.5).toFixed(2), '—']);
  rows.push(['large: mark entry via dispatch, p99 ms', percentile(samples, 0.99).toFixed(2), `< 5 ${percentile(samples, 0.99) < 5 ? 'ok' : 'MISSED'}`]);
  rows.push(['large: the plainest durable write (users.update) on the same journal, p99 ms', percentile(baseline, 0.99).toFixed(2), '—']);
}
