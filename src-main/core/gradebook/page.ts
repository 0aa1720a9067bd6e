import type { JournalPage, PageAccessView, PageLineView } from '../../../src-shared/api/journal';
import { averageOf } from '../../../src-shared/domain/gradebook';
import type { UserRow } from '../auth/users';
import type { Journal } from '../journal';
import { groupNameAndCurator } from '../contingent/groups';
import { teacherOn } from '../load/queries';
import {
  daysFilled,
  fillsPage,
  pageContext,
  requireReadable,
  setsAbsenceReasons,
  setsFinals,
  viewerOf,
  type PageContext,
  type Viewer,
} from './access';
import { cellView } from './cells';
import { finalView } from './finals';
import { lessonView } from './lessons';
import { cellsOfLine, finalsOfLine, lessonRowsOfLine, type LessonRow } from './queries';
import { onPageOn, rosterOf } from './roster';
import { cellIsEmpty, isPastWindow, lastFillDay } from './rules';

/** Names looked up one by one: a page names one group, one discipline, one teacher, not the college's lists. */
export function pageLineView(j: Journal, ctx: PageContext): PageLineView {
  const asOf = ctx.today < ctx.period.endDate ? ctx.today : ctx.period.endDate;
  const teacherId = teacherOn(j, ctx.line.id, asOf) ?? ctx.line.teacherId;
  const discipline = ctx.names.discipline(ctx.line.disciplineId);
  return {
    id: ctx.line.id,
    groupId: ctx.line.groupId,
    groupName: groupNameAndCurator(j, ctx.line.groupId)?.name ?? '',
    subgroupId: ctx.line.subgroupId,
    subgroupName: ctx.line.subgroupId ? (ctx.names.subgroup(ctx.line.subgroupId)?.name ?? '') : null,
    disciplineCode: discipline?.code ?? '',
    disciplineName: discipline?.name ?? '',
    periodId: ctx.period.id,
    periodName: ctx.period.name,
    periodStart: ctx.period.startDate,
    periodEnd: ctx.period.endDate,
    teacherName: ctx.names.employee(teacherId),
  };
}

/** What the viewer may do on the page now; the grid follows it and the commands check it again. */
function pageAccess(j: Journal, viewer: Viewer, ctx: PageContext, lessons: readonly LessonRow[]): PageAccessView {
  const open = !ctx.closed.closed && !ctx.yearClosed;
  const fills = open && fillsPage(j, viewer, ctx);
  const filled = fills ? daysFilled(j, viewer, ctx, [...new Set(lessons.map((l) => l.date))]) : new Set<string>();
  const editable = lessons.filter(
    (l) => filled.has(l.date) && l.date <= ctx.today && (viewer.office || !isPastWindow(ctx.today, l.date, ctx.backdatingDays)),
  );
  const finalsLate = isPastWindow(ctx.today, ctx.period.endDate, ctx.backdatingDays);
  return {
    canEditLessons: fills,
    canEditMarks: fills,
    canSetAbsenceReasons: open && setsAbsenceReasons(j, viewer, ctx),
    canEditFinals: open && setsFinals(viewer, ctx) && (viewer.office || !finalsLate),
    needsReasonAfter: open ? lastFillDay(ctx.period.endDate, ctx.backdatingDays) : null,
    backdatingDays: ctx.backdatingDays,
    editableLessonIds: editable.map((l) => l.id),
    reasonLessonIds: viewer.office ? editable.filter((l) => isPastWindow(ctx.today, l.date, ctx.backdatingDays)).map((l) => l.id) : [],
    finalsNeedReason: viewer.office && finalsLate,
  };
}

/**
 * A journal page: the line, its lessons, the students who belonged to it in the period (with the days they did),
 * the cells that hold something, the finals, and what the viewer may do. Cells of deleted lessons and of days a
 * student was not on the page are left out.
 */
export function journalPage(j: Journal, user: UserRow, lineId: string): JournalPage {
  const ctx = pageContext(j, lineId);
  const viewer = viewerOf(j, user);
  requireReadable(j, viewer, ctx);
  const lessons = lessonRowsOfLine(j, ctx.line.id);
  const lessonDates = new Map(lessons.map((l) => [l.id, l.date]));
  const roster = rosterOf(j, ctx.line, ctx.period);
  const byId = new Map(roster.map((s) => [s.id, s]));
  const cells = cellsOfLine(j, ctx.line.id).filter((c) => {
    const date = lessonDates.get(c.lessonId);
    return date !== undefined && !cellIsEmpty(c) && onPageOn(byId.get(c.studentId), date);
  });
  const marks = new Map<string, string[]>();
  for (const c of cells) {
    const list = marks.get(c.studentId) ?? [];
    list.push(c.mark1, c.mark2);
    marks.set(c.studentId, list);
  }
  return {
    line: pageLineView(j, ctx),
    lessons: lessons.map((l) => lessonView(ctx.names, l, ctx.backdatingDays)),
    students: roster.map((s) => ({ id: s.id, fullName: s.fullName, intervals: s.stays, average: averageOf(marks.get(s.id) ?? []) })),
    cells: cells.map(cellView),
    finals: finalsOfLine(j, ctx.line.id)
      .filter((f) => f.value !== '' && byId.has(f.studentId))
      .map(finalView),
    access: pageAccess(j, viewer, ctx, lessons),
    closed: ctx.closed,
  };
}
