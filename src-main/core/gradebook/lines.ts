import { and, count, eq, inArray } from 'drizzle-orm';
import type { JournalLineView } from '../../../src-shared/api/journal';
import { t } from '../../../src-shared/i18n/ru';
import type { UserRow } from '../auth/users';
import { AppError } from '../errors';
import type { Journal } from '../journal';
import { linesOfYear, ownLineIds, type LineRow } from '../load/queries';
import { currentYear } from '../load/rules';
import { collator, LoadNames } from '../load/views';
import { closedPeriodIds } from '../periods/locks';
import { viewerOf } from './access';
import { lessons } from './schema';
import { localIsoDate } from '../dates';

function lessonCounts(j: Journal, lineIds: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i < lineIds.length; i += 500) {
    const rows = j.orm
      .select({ lineId: lessons.lineId, n: count() })
      .from(lessons)
      .where(and(inArray(lessons.lineId, lineIds.slice(i, i + 500)), eq(lessons.deleted, 0)))
      .groupBy(lessons.lineId)
      .all();
    for (const r of rows) counts.set(r.lineId, r.n);
  }
  return counts;
}

/**
 * The pages a user may open in a year: every line for those who oversee, for a teacher the lines they teach,
 * taught or substitute on, for a curator their groups' lines. `fills` tells a teacher's own pages from those
 * they only read.
 */
export function journalLines(j: Journal, user: UserRow, yearId: string | undefined, groupId: string | undefined): { yearId: string | null; lines: JournalLineView[] } {
  const names = new LoadNames(j);
  const today = localIsoDate(j.now());
  const year = yearId ? names.year(yearId) : currentYear(names.years(), today);
  if (yearId && !year) throw new AppError('not_found', t.errors.yearNotFound);
  if (!year) return { yearId: null, lines: [] };
  const viewer = viewerOf(j, user);
  const all = linesOfYear(j, year.periods.map((p) => p.id)).filter((l) => !groupId || l.groupId === groupId);
  const owned = viewer.employeeId ? ownLineIds(j, viewer.employeeId) : new Set<string>();
  const own = (l: LineRow) => owned.has(l.id);
  const curated = (l: LineRow) => viewer.curator && names.group(l.groupId)?.curatorUserId === user.id;
  const visible = all.filter((l) => viewer.office || viewer.director || own(l) || curated(l));
  const counts = lessonCounts(
    j,
    visible.map((l) => l.id),
  );
  const closed = closedPeriodIds(j);
  const views = visible.map((l): JournalLineView => {
    const view = names.line(l);
    const period = names.period(l.periodId);
    return {
      id: l.id,
      groupId: l.groupId,
      groupName: view.groupName,
      subgroupId: l.subgroupId,
      subgroupName: view.subgroupName,
      disciplineCode: view.disciplineCode,
      disciplineName: view.disciplineName,
      periodId: l.periodId,
      periodName: view.periodName,
      periodStart: period?.startDate ?? '',
      periodEnd: period?.endDate ?? '',
      teacherName: view.teacherName,
      fills: viewer.office || own(l),
      lessonCount: counts.get(l.id) ?? 0,
      closed: closed.has(l.periodId),
    };
  });
  const start = (v: JournalLineView) => v.periodStart;
  return {
    yearId: year.id,
    lines: views.sort(
      (a, b) =>
        start(a).localeCompare(start(b)) ||
        collator.compare(a.groupName, b.groupName) ||
        collator.compare(a.disciplineCode, b.disciplineCode) ||
        collator.compare(a.subgroupName ?? '', b.subgroupName ?? ''),
    ),
  };
}
