import type { LineInput } from '../../../src-shared/api/load';
import type { PlanItemInput } from '../../../src-shared/api/curriculum';
import type { AttestationForm, DisciplineKind } from '../../../src-shared/domain/curriculum';
import { listYears } from '../calendar/years';
import { listGroups } from '../contingent/groups';
import { listSpecialties } from '../contingent/specialties';
import { listStudents } from '../contingent/students';
import { createDiscipline, findDisciplineByCode } from '../curriculum/disciplines';
import { createPlan, savePlanItems } from '../curriculum/plans';
import { planItemsFor } from '../curriculum/queries';
import { planSemester, semestersOfDuration } from '../curriculum/semesters';
import type { Journal } from '../journal';
import { insertLines } from '../load/lines';
import { courseInYear, currentYear } from '../load/rules';
import { listTeachers } from '../load/teachers';
import { divide } from '../subgroups/commands';
import { findUserById } from '../auth/users';
import { localIsoDate } from '../dates';

/** The catalogue every demo specialty draws on; the foreign language is the discipline taught in subgroups. */
const catalogue: { code: string; name: string; kind: DisciplineKind; parent?: string }[] = [
  { code: 'ОГСЭ.01', name: 'Основы философии', kind: 'general' },
  { code: 'ОГСЭ.02', name: 'История', kind: 'general' },
  { code: 'ОГСЭ.03', name: 'Иностранный язык в профессиональной деятельности', kind: 'general' },
  { code: 'ОГСЭ.04', name: 'Физическая культура', kind: 'general' },
  { code: 'ЕН.01', name: 'Элементы высшей математики', kind: 'general' },
  { code: 'ЕН.02', name: 'Дискретная математика', kind: 'general' },
  { code: 'ОП.01', name: 'Информационные технологии', kind: 'general' },
  { code: 'ОП.02', name: 'Экономика организации', kind: 'general' },
  { code: 'ОП.03', name: 'Правовое обеспечение профессиональной деятельности', kind: 'general' },
  { code: 'ОП.04', name: 'Безопасность жизнедеятельности', kind: 'general' },
  { code: 'ОП.05', name: 'Менеджмент', kind: 'general' },
  { code: 'ОП.06', name: 'Охрана труда', kind: 'general' },
  { code: 'ПМ.01', name: 'Основная профессиональная деятельность', kind: 'module' },
  { code: 'МДК.01.01', name: 'Технология профессиональной деятельности', kind: 'mdk', parent: 'ПМ.01' },
  { code: 'МДК.01.02', name: 'Организация профессиональной деятельности', kind: 'mdk', parent: 'ПМ.01' },
  { code: 'УП.01', name: 'Учебная практика', kind: 'training_practice', parent: 'ПМ.01' },
];
export const subgroupDisciplineCode = 'ОГСЭ.03';
const perSemester = 8;
const attestations: AttestationForm[] = ['exam', 'graded_pass', 'pass', 'other', 'none'];

function ensureCatalogue(j: Journal, actorId: string): Map<string, string> {
  const ids = new Map<string, string>();
  for (const d of catalogue) {
    const parentId = d.parent ? (ids.get(d.parent) ?? null) : null;
    ids.set(d.code, findDisciplineByCode(j, d.code)?.id ?? createDiscipline(j, actorId, { code: d.code, name: d.name, kind: d.kind, parentId }).id);
  }
  return ids;
}

/** A plan row with hours that add up the way the curriculum module checks them (total ≥ the parts). */
function planRow(disciplineId: string, semester: number, k: number, practice: boolean): PlanItemInput {
  const theory = practice ? 0 : 24 + (k % 4) * 8;
  const practical = practice ? 72 : 12 + (k % 3) * 8;
  const lab = !practice && k % 3 === 0 ? 8 : 0;
  const self = practice ? 0 : 8 + (k % 2) * 4;
  return {
    disciplineId,
    semester,
    hoursTotal: theory + practical + lab + self + 4,
    hoursTheory: theory,
    hoursPractical: practical,
    hoursLab: lab,
    hoursProject: 0,
    hoursSelf: self,
    attestation: attestations[(semester + k) % attestations.length]!,
  };
}

/** One plan per specialty and admission year: the foreign language every semester, and a turn of the rest. */
function createPlans(j: Journal, actorId: string, ids: Map<string, string>): number {
  const specialties = new Map(listSpecialties(j).map((s) => [s.id, s]));
  const rest = catalogue.filter((d) => d.code !== subgroupDisciplineCode && d.kind !== 'module');
  const made = new Set<string>();
  for (const g of listGroups(j)) {
    const key = `${g.specialtyId}/${g.admissionYear}`;
    const specialty = specialties.get(g.specialtyId);
    if (made.has(key) || !specialty) continue;
    made.add(key);
    const plan = createPlan(j, actorId, { specialtyId: specialty.id, admissionYear: g.admissionYear, name: `${specialty.code} ${specialty.name}, набор ${g.admissionYear}` });
    const rows: PlanItemInput[] = [];
    for (let semester = 1; semester <= semestersOfDuration(specialty.durationMonths); semester++) {
      rows.push(planRow(ids.get(subgroupDisciplineCode)!, semester, 0, false));
      for (let k = 0; k < perSemester - 1; k++) {
        const d = rest[(semester * 3 + k) % rest.length]!;
        rows.push(planRow(ids.get(d.code)!, semester, k + 1, d.kind === 'training_practice'));
      }
    }
    savePlanItems(j, actorId, plan.plan.id, rows);
  }
  return made.size;
}

/**
 * The demo college's academic side for its current year: the disciplines catalogue, a study plan per specialty and
 * admission year, the foreign language divided into two subgroups in every group, and the teaching load made from the
 * plans — each discipline of a group taken for the year by one teacher, the second subgroup by another. Teachers
 * keep to their disciplines across groups, as in a real college.
 */
export function loadDemoAcademic(j: Journal, actorId: string): { plans: number; lines: number; divisions: number } {
  const year = currentYear(listYears(j), localIsoDate(j.now()));
  const teachers = listTeachers(j);
  if (!year || year.closed || teachers.length < 2) return { plans: 0, lines: 0, divisions: 0 };
  return j.db.transaction(() => {
    const ids = ensureCatalogue(j, actorId);
    const plans = createPlans(j, actorId, ids);
    const specialties = new Map(listSpecialties(j).map((s) => [s.id, s]));
    const languageId = ids.get(subgroupDisciplineCode)!;
    const actor = findUserById(j, actorId)!;
    const teacherOf = (disciplineId: string, groupIndex: number, shift = 0) => {
      const d = [...ids.values()].indexOf(disciplineId);
      return teachers[(d * 5 + Math.floor(groupIndex / 3) + shift) % teachers.length]!.id;
    };
    const inputs: LineInput[] = [];
    let divisions = 0;
    listGroups(j)
      .filter((g) => g.active && specialties.has(g.specialtyId))
      .forEach((group, gi) => {
        const course = courseInYear(group.admissionYear, year.startDate);
        const students = listStudents(j, actor, { query: '', groupId: group.id }).sort((a, b) => a.fullName.localeCompare(b.fullName, 'ru'));
        const division = divide(j, actorId, {
          groupId: group.id,
          disciplineId: languageId,
          yearId: year.id,
          count: 2,
          assignments: students.map((s, i) => ({ studentId: s.id, subgroupNumber: i < students.length / 2 ? 1 : 2 })),
          startDate: year.startDate,
        });
        divisions += 1;
        for (const period of year.periods) {
          const semester = planSemester(course, period.number, year.periodKind);
          if (semester === null) continue;
          for (const item of planItemsFor(j, group.specialtyId, group.admissionYear, semester)) {
            const hours = {
              theory: item.hoursTheory,
              practical: item.hoursPractical,
              lab: item.hoursLab,
              project: item.hoursProject,
              consultation: item.attestation === 'exam' ? 2 : 0,
              exam: item.attestation === 'exam' ? 6 : 0,
            };
            const line = { yearId: year.id, periodId: period.id, groupId: group.id, disciplineId: item.disciplineId, hours, notes: '' };
            if (item.disciplineId !== languageId) {
              inputs.push({ ...line, subgroupId: null, teacherId: teacherOf(item.disciplineId, gi) });
              continue;
            }
            division.subgroups.forEach((sub, si) => inputs.push({ ...line, subgroupId: sub.id, teacherId: teacherOf(item.disciplineId, gi, si) }));
          }
        }
      });
    return { plans, lines: insertLines(j, actorId, inputs).length, divisions };
  })();
}
