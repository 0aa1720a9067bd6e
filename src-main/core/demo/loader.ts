import { insertUser } from '../auth/users';
import { hashPassword } from '../auth/passwords';
import { suggestPeriods } from '../../../src-shared/domain/calendar';
import { createYear } from '../calendar/years';
import { createGroup } from '../contingent/groups';
import { createSpecialty } from '../contingent/specialties';
import { applyOrder } from '../contingent/orders';
import { insertStudent } from '../contingent/students';
import type { Journal } from '../journal';
import { insertEmployee } from '../staff/employees';
import { loadDemoAcademic } from './academic';
import { loadDemoGradebook } from './gradebook';
import { generateDemoCollege, type DemoCollege, type DemoSize } from './generator';

/** Every demo account signs in with this password (printed in README and on the first-run screen). */
export const demoPassword = 'registrum-demo';

export interface DemoLoadResult {
  college: DemoCollege;
  users: number;
  plans: number;
  loadLines: number;
  divisions: number;
  /** The journal of the first semester up to today: lessons, and the cells that hold an absence or a mark. */
  lessons: number;
  cells: number;
}

function loadStructure(j: Journal, actorId: string, college: DemoCollege, userIds: Map<string, string>): void {
  const y = college.academicYear;
  const [start, end] = [`${y}-09-01`, `${y + 1}-06-30`];
  createYear(j, actorId, { name: `${y}/${y + 1}`, startDate: start, endDate: end, periodKind: 'semester', periods: suggestPeriods('semester', start, end) });
  const specialtyIds = new Map<string, string>();
  for (const s of college.specialties) {
    const created = createSpecialty(j, actorId, { code: s.code, name: s.name, qualification: s.qualification, durationMonths: s.durationMonths, studyForm: 'full_time' });
    specialtyIds.set(s.code, created.id);
  }
  let recordBook = 0;
  let orderNumber = 0;
  for (const g of college.groups) {
    const group = createGroup(j, actorId, {
      name: g.name,
      specialtyId: specialtyIds.get(g.specialtyCode)!,
      course: g.course,
      admissionYear: g.admissionYear,
      studyForm: 'full_time',
      funding: g.funding,
      curatorUserId: userIds.get(g.curatorLogin) ?? null,
      active: true,
    });
    const studentIds = g.students.map((p) => {
      recordBook += 1;
      return insertStudent(j, actorId, {
        surname: p.surname,
        name: p.name,
        patronymic: p.patronymic,
        birthDate: p.birthDate,
        sex: p.sex,
        recordBook: `${String(g.admissionYear % 100).padStart(2, '0')}-${String(recordBook).padStart(4, '0')}`,
        snils: '',
        phone: '',
        email: '',
        address: '',
        funding: g.funding,
        representatives: [],
        notes: '',
      });
    });
    orderNumber += 1;
    applyOrder(j, actorId, {
      number: `${orderNumber}-к`,
      date: `${g.admissionYear}-08-25`,
      type: 'enrollment',
      effectiveDate: `${g.admissionYear}-09-01`,
      reason: '',
      items: studentIds.map((studentId) => ({ studentId, groupId: group.id })),
    });
  }
}

/** HR's records, each linked to its demo account where it has one. */
function loadEmployees(j: Journal, actorId: string, college: DemoCollege, userIds: Map<string, string>): void {
  for (const e of college.employees) {
    insertEmployee(j, actorId, {
      surname: e.surname,
      firstName: e.name,
      patronymic: e.patronymic,
      birthDate: e.birthDate,
      positions: e.positions,
      employmentType: e.employmentType,
      education: e.education,
      category: e.category,
      hireDate: e.hireDate,
      dismissalDate: e.dismissalDate,
      phone: e.phone,
      email: '',
      snils: e.snils,
      userId: e.login ? (userIds.get(e.login) ?? null) : null,
      notes: '',
    });
  }
}

/**
 * Writes the demo college through the modules that exist, as ordinary operations of the administrator:
 * accounts, the academic year, specialties, groups with their curators, students enrolled by order, and the
 * staff records, then the curriculum, subgroups and teaching load of the current year, and the journal of its first
 * semester up to today.
 */
export async function loadDemoCollege(j: Journal, actorId: string, size: DemoSize, seed?: number): Promise<DemoLoadResult> {
  const college = generateDemoCollege(size, seed);
  // One hash for all demo accounts: hashing each with the full scrypt cost would take minutes for the large college.
  const passwordHash = await hashPassword(demoPassword);
  return j.db.transaction(() => {
    const userIds = new Map<string, string>();
    for (const person of college.staff) {
      const id = insertUser(j, actorId, {
        login: person.login,
        fullName: `${person.surname} ${person.name} ${person.patronymic}`,
        roles: person.roles,
        passwordHash,
        mustChangePassword: false,
      });
      userIds.set(person.login, id);
    }
    loadStructure(j, actorId, college, userIds);
    loadEmployees(j, actorId, college, userIds);
    const academic = loadDemoAcademic(j, actorId);
    const gradebook = loadDemoGradebook(j, actorId);
    return {
      college,
      users: college.staff.length,
      plans: academic.plans,
      loadLines: academic.lines,
      divisions: academic.divisions,
      lessons: gradebook.lessons,
      cells: gradebook.cells,
    };
  })();
}
