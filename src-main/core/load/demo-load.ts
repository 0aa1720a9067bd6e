import type { LineInput } from '../../../src-shared/api/load';
import { listYears } from '../calendar/years';
import { listGroups } from '../contingent/groups';
import { createDiscipline, findDisciplineByCode } from '../curriculum/disciplines';
import type { Journal } from '../journal';
import { localIsoDate } from '../staff/rules';
import { insertLines } from './lines';
import { currentYear } from './rules';
import { listTeachers } from './teachers';

/** General and professional disciplines most specialties share, as plans index them. */
const catalogue: [code: string, name: string][] = [
  ['ОГСЭ.01', 'Основы философии'],
  ['ОГСЭ.02', 'История'],
  ['ОГСЭ.03', 'Иностранный язык в профессиональной деятельности'],
  ['ОГСЭ.04', 'Физическая культура'],
  ['ЕН.01', 'Элементы высшей математики'],
  ['ЕН.02', 'Дискретная математика'],
  ['ОП.01', 'Информационные технологии'],
  ['ОП.02', 'Экономика организации'],
  ['ОП.03', 'Правовое обеспечение профессиональной деятельности'],
  ['ОП.04', 'Безопасность жизнедеятельности'],
  ['ОП.05', 'Менеджмент'],
  ['ОП.06', 'Охрана труда'],
];
const disciplinesPerGroup = 10;

/**
 * The teaching load of the demo college for its current year: every active group gets ten disciplines of the
 * catalogue (a different ten by group) in every period, each taken for the year by a teacher of the staff records in turn.
 * Disciplines missing from the catalogue are created through the curriculum module. Returns the lines made.
 */
export function loadDemoLoad(j: Journal, actorId: string): number {
  const year = currentYear(listYears(j), localIsoDate(j.now()));
  const teachers = listTeachers(j);
  if (!year || year.closed || teachers.length === 0) return 0;
  return j.db.transaction(() => {
    const disciplineIds = catalogue.map(
      ([code, name]) => findDisciplineByCode(j, code)?.id ?? createDiscipline(j, actorId, { code, name, kind: 'general', parentId: null }).id,
    );
    const inputs: LineInput[] = [];
    listGroups(j)
      .filter((g) => g.active)
      .forEach((group, g) => {
        for (let d = 0; d < disciplinesPerGroup; d++) {
          const disciplineId = disciplineIds[(g + d) % disciplineIds.length]!;
          // One teacher takes a group's discipline for the whole year.
          const teacherId = teachers[(g * disciplinesPerGroup + d) % teachers.length]!.id;
          for (const period of year.periods) {
            const theory = 16 + ((g * 7 + d * 3 + period.number) % 5) * 4;
            inputs.push({
              yearId: year.id,
              periodId: period.id,
              groupId: group.id,
              subgroupId: null,
              disciplineId,
              teacherId,
              hours: { theory, practical: theory / 2, lab: d % 3 === 0 ? 8 : 0, project: 0, consultation: 2, exam: d % 4 === 0 ? 6 : 0 },
              notes: '',
            });
          }
        }
      });
    return insertLines(j, actorId, inputs).length;
  })();
}
