import type { AcademicYearView } from '../../../src-shared/api/calendar';
import type { GroupView } from '../../../src-shared/api/contingent';
import { plannedHourKinds, type DisciplineLoadView, type GroupLoadView, type LoadSectionView, type UnassignedRow } from '../../../src-shared/api/load';
import { t } from '../../../src-shared/i18n/ru';
import { planItemsFor } from '../curriculum/queries';
import { planSemester } from '../curriculum/semesters';
import { AppError } from '../errors';
import type { Journal } from '../journal';
import { linesOfGroup, linesOfYear, type LineRow } from './queries';
import { addHours, compareWithPlan, courseInYear, hoursOfLine, noHours, plannedWithTotal, requiredOf, shortfall, withTotal, type Hours, type PlannedHours } from './rules';
import { collator, LoadNames, sortLines } from './views';

type Period = AcademicYearView['periods'][number];
interface Section {
  semester: number | null;
  periods: Period[];
}

/**
 * The year's periods by plan semester: a year of semesters has one period per semester, a year of quarters two
 * quarters per semester (the plan's hours are for the semester, and the lines of both quarters count against
 * them), a year of iterations no semesters at all.
 */
function sectionsOf(year: AcademicYearView, course: number): Section[] {
  const sections: Section[] = [];
  for (const period of year.periods) {
    const semester = planSemester(course, period.number, year.periodKind);
    const same = semester !== null ? sections.find((s) => s.semester === semester) : undefined;
    if (same) same.periods.push(period);
    else sections.push({ semester, periods: [period] });
  }
  return sections;
}

/** What the plan requires of each discipline in a semester; two rows of one discipline add up. */
function requirements(j: Journal, group: GroupView, semester: number | null): Map<string, PlannedHours> {
  const required = new Map<string, PlannedHours>();
  if (semester === null) return required;
  for (const item of planItemsFor(j, group.specialtyId, group.admissionYear, semester)) {
    const own = requiredOf(item);
    const before = required.get(item.disciplineId);
    if (before) for (const k of plannedHourKinds) own[k] += before[k];
    required.set(item.disciplineId, own);
  }
  return required;
}

const sum = (lines: readonly LineRow[]): Hours => lines.reduce((acc, l) => addHours(acc, hoursOfLine(l)), noHours());

/**
 * Who gets how much of one discipline. Without subgroup lines, the whole group is one body. Once the discipline
 * has lines for subgroups, each subgroup is a body of its own and must get the plan's full hours: it attends the
 * group's common lessons (lines without a subgroup) and its own. A subgroup that has no line yet is not seen
 * here (the plan knows nothing of subgroups); the whole group's row shows until the first subgroup line.
 */
function units(names: LoadNames, lines: readonly LineRow[], required: PlannedHours | null) {
  const common = sum(lines.filter((l) => l.subgroupId === null));
  const subgroupIds = [...new Set(lines.flatMap((l) => (l.subgroupId ? [l.subgroupId] : [])))];
  const bodies: { subgroupId: string | null; subgroupName: string | null; assigned: Hours }[] =
    subgroupIds.length === 0
      ? [{ subgroupId: null, subgroupName: null, assigned: common }]
      : subgroupIds
          .sort((a, b) => (names.subgroup(a)?.number ?? 0) - (names.subgroup(b)?.number ?? 0))
          .map((id) => ({ subgroupId: id, subgroupName: names.subgroup(id)?.name ?? '', assigned: addHours(common, sum(lines.filter((l) => l.subgroupId === id))) }));
  return bodies.map((b) => ({ ...b, assigned: withTotal(b.assigned), ...compareWithPlan(required, b.assigned) }));
}

function sectionDisciplines(j: Journal, names: LoadNames, group: GroupView, section: Section, lines: readonly LineRow[]): DisciplineLoadView[] {
  const required = requirements(j, group, section.semester);
  const periodIds = new Set(section.periods.map((p) => p.id));
  const own = lines.filter((l) => periodIds.has(l.periodId));
  const disciplineIds = new Set([...required.keys(), ...own.map((l) => l.disciplineId)]);
  return [...disciplineIds]
    .map((id) => {
      const discipline = names.discipline(id);
      const ofDiscipline = own.filter((l) => l.disciplineId === id);
      const plan = required.get(id) ?? null;
      return {
        disciplineId: id,
        disciplineCode: discipline?.code ?? '',
        disciplineName: discipline?.name ?? '',
        required: plan ? plannedWithTotal(plan) : null,
        units: units(names, ofDiscipline, plan),
        lines: sortLines(names, ofDiscipline.map((l) => names.line(l))),
      };
    })
    .sort((a, b) => collator.compare(a.disciplineCode, b.disciplineCode));
}

function requireGroupAndYear(names: LoadNames, groupId: string, yearId: string): { group: GroupView; year: AcademicYearView } {
  const year = names.year(yearId);
  if (!year) throw new AppError('not_found', t.errors.yearNotFound);
  const group = names.group(groupId);
  if (!group) throw new AppError('not_found', t.errors.groupNotFound);
  return { group, year };
}

/** A group's year: for every plan semester, what the plan requires next to what the lines assign. */
export function groupLoad(j: Journal, groupId: string, yearId: string): GroupLoadView {
  const names = new LoadNames(j);
  const { group, year } = requireGroupAndYear(names, groupId, yearId);
  const course = courseInYear(group.admissionYear, year.startDate);
  const lines = linesOfGroup(j, groupId, yearId);
  const sections: LoadSectionView[] = sectionsOf(year, course).map((section) => ({
    semester: section.semester,
    periods: section.periods.map((p) => ({ id: p.id, number: p.number, name: p.name, startDate: p.startDate, endDate: p.endDate })),
    disciplines: sectionDisciplines(j, names, group, section, lines),
  }));
  return { groupId: group.id, groupName: group.name, course, yearId: year.id, yearName: year.name, yearClosed: year.closed, sections };
}

/** The plan's hours of the year that no line covers, across the college: group by group, semester by semester. */
export function unassignedHours(j: Journal, yearId: string): { rows: UnassignedRow[]; total: ReturnType<typeof plannedWithTotal> } {
  const names = new LoadNames(j);
  const year = names.year(yearId);
  if (!year) throw new AppError('not_found', t.errors.yearNotFound);
  const byGroup = new Map<string, LineRow[]>();
  for (const line of linesOfYear(j, year.periods.map((p) => p.id))) {
    const list = byGroup.get(line.groupId) ?? [];
    list.push(line);
    byGroup.set(line.groupId, list);
  }
  const rows: UnassignedRow[] = [];
  const total = { theory: 0, practical: 0, lab: 0, project: 0 };
  const groups = names.groups().sort((a, b) => a.course - b.course || collator.compare(a.name, b.name));
  for (const group of groups) {
    const course = courseInYear(group.admissionYear, year.startDate);
    for (const section of sectionsOf(year, course)) {
      if (section.semester === null) continue;
      const required = requirements(j, group, section.semester);
      if (required.size === 0) continue;
      const periodIds = new Set(section.periods.map((p) => p.id));
      const own = (byGroup.get(group.id) ?? []).filter((l) => periodIds.has(l.periodId));
      const byCode = [...required].sort(([a], [b]) => collator.compare(names.discipline(a)?.code ?? '', names.discipline(b)?.code ?? ''));
      for (const [disciplineId, plan] of byCode) {
        for (const unit of units(names, own.filter((l) => l.disciplineId === disciplineId), plan)) {
          const missing = shortfall(plan, unit.assigned);
          const view = plannedWithTotal(missing);
          if (view.total === 0) continue;
          for (const k of plannedHourKinds) total[k] += missing[k];
          const discipline = names.discipline(disciplineId);
          rows.push({
            groupId: group.id,
            groupName: group.name,
            semester: section.semester,
            periodNames: section.periods.map((p) => p.name),
            disciplineId,
            disciplineCode: discipline?.code ?? '',
            disciplineName: discipline?.name ?? '',
            subgroupName: unit.subgroupName,
            missing: view,
          });
        }
      }
    }
  }
  return { rows, total: plannedWithTotal(total) };
}
