import { and, eq, inArray } from 'drizzle-orm';
import type { DebtView, FinalInput, FinalView } from '../../../src-shared/api/journal';
import { debtValues, toFinalKind, toFinalValue } from '../../../src-shared/domain/gradebook';
import { t } from '../../../src-shared/i18n/ru';
import type { UserRow } from '../auth/users';
import { findStudent, findStudents, fullName } from '../contingent/students';
import { AppError } from '../errors';
import type { Journal } from '../journal';
import { linesOfYear } from '../load/queries';
import { currentYear } from '../load/rules';
import { collator, LoadNames } from '../load/views';
import { fieldChanges, setFields } from '../oplog/changes';
import { journalFieldError, pageContext, requireOpen, requireReadable, requireWithinWindow, setsFinals, viewerOf } from './access';
import { finalId } from './entities';
import { findFinal, type FinalRow } from './queries';
import { rosterOf } from './roster';
import { finals } from './schema';
import { localIsoDate } from '../dates';

const e = t.errors;

export function finalView(row: Pick<FinalRow, 'studentId' | 'kind' | 'value'>): FinalView {
  return { studentId: row.studentId, kind: toFinalKind(row.kind), value: toFinalValue(row.value) };
}

/**
 * Sets (or clears, with '') a student's final on a line: the line's teacher within N days of the period's end, the
 * office later with a reason. Only a student who was on the page at some time in the period gets one.
 */
export function setFinal(j: Journal, user: UserRow, input: FinalInput): FinalView {
  return j.db.transaction(() => {
    const ctx = pageContext(j, input.lineId);
    const viewer = viewerOf(j, user);
    requireReadable(j, viewer, ctx);
    requireOpen(ctx);
    if (!setsFinals(viewer, ctx)) throw new AppError('forbidden', e.journalNotYourLine);
    requireWithinWindow(viewer, ctx, ctx.period.endDate, input.reason, (last) => e.journalFinalsBackdated(last));
    const student = rosterOf(j, ctx.line, ctx.period).find((s) => s.id === input.studentId);
    if (!student) {
      const row = findStudent(j, input.studentId);
      throw journalFieldError('studentId', row ? e.journalStudentNotInPeriod(fullName(row)) : e.journalStudentNotFound);
    }
    const id = finalId(ctx.line.id, student.id, input.kind);
    const current = findFinal(j, id);
    const changes = current
      ? fieldChanges('final', id, { value: current.value }, { value: input.value })
      : input.value === ''
        ? []
        : setFields('final', id, { period_id: ctx.period.id, line_id: ctx.line.id, student_id: student.id, kind: input.kind, value: input.value });
    j.oplog.commit(user.id, changes, input.reason === '' ? null : input.reason);
    return { studentId: student.id, kind: input.kind, value: input.value };
  })();
}

/**
 * Academic debts: finals of 2, незачёт or Н/А in a year's lines, of one group or the whole college. A curator sees
 * only their own groups.
 */
export function listDebts(j: Journal, user: UserRow, groupId: string | undefined, yearId: string | undefined): DebtView[] {
  const names = new LoadNames(j);
  const year = yearId ? names.year(yearId) : currentYear(names.years(), localIsoDate(j.now()));
  if (yearId && !year) throw new AppError('not_found', t.errors.yearNotFound);
  if (!year) return [];
  const viewer = viewerOf(j, user);
  const curated = (id: string) => names.group(id)?.curatorUserId === user.id;
  if (groupId && !viewer.office && !viewer.director && !curated(groupId)) throw new AppError('forbidden', e.journalNotYourGroup);
  const lines = new Map(
    linesOfYear(j, year.periods.map((p) => p.id))
      .filter((l) => (groupId ? l.groupId === groupId : viewer.office || viewer.director || curated(l.groupId)))
      .map((l) => [l.id, l]),
  );
  const rows: FinalRow[] = [];
  const lineIds = [...lines.keys()];
  for (let i = 0; i < lineIds.length; i += 500) {
    rows.push(
      ...j.orm
        .select()
        .from(finals)
        .where(and(inArray(finals.lineId, lineIds.slice(i, i + 500)), inArray(finals.value, [...debtValues]), eq(finals.deleted, 0)))
        .all(),
    );
  }
  const students = findStudents(j, [...new Set(rows.map((r) => r.studentId))]);
  const debts = rows.flatMap((r): DebtView[] => {
    const line = lines.get(r.lineId);
    const student = students.get(r.studentId);
    if (!line || !student) return [];
    const view = names.line(line);
    return [
      {
        studentId: r.studentId,
        fullName: fullName(student),
        groupId: line.groupId,
        groupName: view.groupName,
        lineId: line.id,
        disciplineCode: view.disciplineCode,
        disciplineName: view.disciplineName,
        periodId: line.periodId,
        periodName: view.periodName,
        kind: toFinalKind(r.kind),
        value: toFinalValue(r.value),
      },
    ];
  });
  return debts.sort(
    (a, b) =>
      collator.compare(a.groupName, b.groupName) ||
      collator.compare(a.fullName, b.fullName) ||
      collator.compare(a.disciplineCode, b.disciplineCode) ||
      a.kind.localeCompare(b.kind),
  );
}
