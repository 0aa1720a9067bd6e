import type { HoursView, TeacherTariffView } from '../../../src-shared/api/load';
import { t } from '../../../src-shared/i18n/ru';
import { AppError } from '../errors';
import type { Journal } from '../journal';
import { linesOfYear, type LineRow } from './queries';
import { addHours, hoursOfLine, noHours, withTotal, type Hours } from './rules';
import { collator, LoadNames, sortLines } from './views';

export interface Tariffing {
  yearName: string;
  periods: { id: string; name: string }[];
  teachers: TeacherTariffView[];
  total: HoursView;
}

/**
 * The tariffing list of a year: every teacher's load by period and kind of hours, with the lines it is made of.
 * A line counts for its teacher now: after a change of teacher the whole line moves to the new one, as the
 * list plans the year ahead rather than accounts for lessons given.
 */
export function tariffing(j: Journal, yearId: string): Tariffing {
  const names = new LoadNames(j);
  const year = names.year(yearId);
  if (!year) throw new AppError('not_found', t.errors.yearNotFound);
  const byTeacher = new Map<string, LineRow[]>();
  for (const line of linesOfYear(j, year.periods.map((p) => p.id))) {
    const list = byTeacher.get(line.teacherId) ?? [];
    list.push(line);
    byTeacher.set(line.teacherId, list);
  }
  if (byTeacher.size > 20) names.preloadEmployees();
  let total: Hours = noHours();
  const teachers: TeacherTariffView[] = [];
  for (const [teacherId, lines] of byTeacher) {
    const perPeriod = new Map<string, Hours>();
    let own: Hours = noHours();
    for (const line of lines) {
      const hours = hoursOfLine(line);
      perPeriod.set(line.periodId, addHours(perPeriod.get(line.periodId) ?? noHours(), hours));
      own = addHours(own, hours);
    }
    total = addHours(total, own);
    teachers.push({
      teacherId,
      teacherName: names.employee(teacherId),
      periods: year.periods.map((p) => ({ periodId: p.id, periodName: p.name, hours: withTotal(perPeriod.get(p.id) ?? noHours()) })),
      total: withTotal(own),
      lines: sortLines(names, lines.map((l) => names.line(l))),
    });
  }
  teachers.sort((a, b) => collator.compare(a.teacherName, b.teacherName));
  return { yearName: year.name, periods: year.periods.map((p) => ({ id: p.id, name: p.name })), teachers, total: withTotal(total) };
}
