import type { GroupView } from '../../../src-shared/api/contingent';
import type { AcademicYearView } from '../../../src-shared/api/calendar';
import type { LineView, SubstitutionView } from '../../../src-shared/api/load';
import { listYears } from '../calendar/years';
import { listGroups } from '../contingent/groups';
import { findDiscipline, type DisciplineRow } from '../curriculum/queries';
import type { Journal } from '../journal';
import { listEmployees } from '../staff/employees';
import { findEmployee } from '../staff/lookup';
import { findSubgroup, type SubgroupRef } from '../subgroups/queries';
import type { AssignmentRow, LineRow, SubstitutionRow } from './queries';
import { hoursOfLine, withTotal } from './rules';

type Period = AcademicYearView['periods'][number] & { yearId: string };

/**
 * Names for lines, looked up once per call: a tariffing list of thousands of lines names a few hundred
 * teachers, groups and disciplines, each from its own module.
 */
export class LoadNames {
  private yearList: AcademicYearView[] | null = null;
  private periodMap: Map<string, Period> | null = null;
  private groupMap: Map<string, GroupView> | null = null;
  private readonly disciplines = new Map<string, DisciplineRow | undefined>();
  private readonly subgroups = new Map<string, SubgroupRef | undefined>();
  private readonly employees = new Map<string, string>();

  constructor(private readonly j: Journal) {}

  years(): AcademicYearView[] {
    this.yearList ??= listYears(this.j);
    return this.yearList;
  }

  year(id: string): AcademicYearView | undefined {
    return this.years().find((y) => y.id === id);
  }

  period(id: string): Period | undefined {
    this.periodMap ??= new Map(this.years().flatMap((y) => y.periods.map((p): [string, Period] => [p.id, { ...p, yearId: y.id }])));
    return this.periodMap.get(id);
  }

  private groupsById(): Map<string, GroupView> {
    this.groupMap ??= new Map(listGroups(this.j).map((g) => [g.id, g]));
    return this.groupMap;
  }

  group(id: string): GroupView | undefined {
    return this.groupsById().get(id);
  }

  groups(): GroupView[] {
    return [...this.groupsById().values()];
  }

  discipline(id: string): DisciplineRow | undefined {
    if (!this.disciplines.has(id)) this.disciplines.set(id, findDiscipline(this.j, id));
    return this.disciplines.get(id);
  }

  subgroup(id: string): SubgroupRef | undefined {
    if (!this.subgroups.has(id)) this.subgroups.set(id, findSubgroup(this.j, id));
    return this.subgroups.get(id);
  }

  /** Every staff record's name at once: cheaper than a lookup per teacher when a list names hundreds of them. */
  preloadEmployees(): void {
    for (const e of listEmployees(this.j, { query: '', includeDismissed: true })) this.employees.set(e.id, e.fullName);
  }

  employee(id: string): string {
    let name = this.employees.get(id);
    if (name === undefined) {
      name = findEmployee(this.j, id)?.fullName ?? '';
      this.employees.set(id, name);
    }
    return name;
  }

  line(row: LineRow): LineView {
    const discipline = this.discipline(row.disciplineId);
    const subgroup = row.subgroupId ? this.subgroup(row.subgroupId) : undefined;
    return {
      id: row.id,
      yearId: row.yearId,
      periodId: row.periodId,
      periodName: this.period(row.periodId)?.name ?? '',
      groupId: row.groupId,
      groupName: this.group(row.groupId)?.name ?? '',
      subgroupId: row.subgroupId,
      subgroupName: row.subgroupId ? (subgroup?.name ?? '') : null,
      disciplineId: row.disciplineId,
      disciplineCode: discipline?.code ?? '',
      disciplineName: discipline?.name ?? '',
      teacherId: row.teacherId,
      teacherName: this.employee(row.teacherId),
      hours: withTotal(hoursOfLine(row)),
      notes: row.notes,
    };
  }

  assignment(row: AssignmentRow) {
    return { id: row.id, teacherId: row.teacherId, teacherName: this.employee(row.teacherId), startDate: row.startDate, endDate: row.endDate };
  }

  substitution(row: SubstitutionRow): SubstitutionView {
    return {
      id: row.id,
      lineId: row.lineId,
      substituteId: row.substituteId,
      substituteName: this.employee(row.substituteId),
      startDate: row.startDate,
      endDate: row.endDate,
      reason: row.reason,
    };
  }
}

export const collator = new Intl.Collator('ru', { numeric: true });

/** Period, then group, then discipline code, then subgroup: the order the office reads a list of lines in. */
export function sortLines(names: LoadNames, lines: LineView[]): LineView[] {
  const start = (l: LineView) => names.period(l.periodId)?.startDate ?? '';
  return lines.sort(
    (a, b) =>
      start(a).localeCompare(start(b)) ||
      collator.compare(a.groupName, b.groupName) ||
      collator.compare(a.disciplineCode, b.disciplineCode) ||
      collator.compare(a.subgroupName ?? '', b.subgroupName ?? ''),
  );
}
