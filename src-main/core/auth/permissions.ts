import type { Method } from '../../../src-shared/api';
import type { Role } from '../../../src-shared/domain/roles';

/** Who may call a method: anyone (before login), any signed-in user, or the listed roles. */
export type Access = 'public' | 'authenticated' | readonly Role[];

const adminOnly: readonly Role[] = ['admin'];
const office: readonly Role[] = ['admin', 'office'];
/** Who works with the college's structure (groups, specialties): not HR, not the technician. */
const academicStaff: readonly Role[] = ['admin', 'director', 'office', 'teacher', 'curator'];
/** Staff records: kept by the HR inspector (and the administrator), read by the director. */
const staffReaders: readonly Role[] = ['admin', 'director', 'hr'];
const staffKeepers: readonly Role[] = ['admin', 'hr'];
/** Disciplines and study plans: kept by the office, read by those who oversee the teaching. */
const curriculumReaders: readonly Role[] = ['admin', 'director', 'office'];
/** The teaching load is planned by the office and read by those who oversee it. */
const loadReaders: readonly Role[] = ['admin', 'director', 'office'];
/** Subgroups are read by those who oversee the teaching; teachers will read their own once the load links them. */
const subgroupReaders: readonly Role[] = ['admin', 'director', 'office'];

/** Journal pages are read by those who teach, curate or oversee; filled by teachers (their own lines) and the office. */
const journalReaders: readonly Role[] = ['admin', 'director', 'office', 'teacher', 'curator'];
const journalFillers: readonly Role[] = ['admin', 'office', 'teacher'];

/** The one permission table. Typed over every method, so a new method without a rule does not compile. */
export const access: Record<Method, Access> = {
  'setup.status': 'public',
  'setup.initialize': 'public',
  'setup.unlock': 'public',
  'auth.login': 'public',
  'auth.logout': 'authenticated',
  'auth.me': 'authenticated',
  'auth.changePassword': 'authenticated',
  'users.list': ['admin', 'director'],
  'users.create': adminOnly,
  'users.update': adminOnly,
  'users.setActive': adminOnly,
  'users.resetPassword': adminOnly,
  'settings.get': 'authenticated',
  'settings.update': adminOnly,
  'system.status': 'authenticated',
  'calendar.listYears': 'authenticated',
  'calendar.createYear': office,
  'calendar.updateYear': office,
  'contingent.listSpecialties': academicStaff,
  'contingent.createSpecialty': office,
  'contingent.updateSpecialty': office,
  'contingent.listGroups': academicStaff,
  'contingent.createGroup': office,
  'contingent.updateGroup': office,
  'contingent.listCurators': office,
  // Row-level limits (a curator sees their own groups, a teacher the names in the groups they teach) are applied by the module.
  'students.list': ['admin', 'director', 'office', 'curator', 'teacher'],
  'students.get': ['admin', 'director', 'office', 'curator'],
  'students.create': office,
  'students.update': office,
  'students.importPreview': office,
  'students.importStart': office,
  // A curator exports only their own groups' lists: the module applies the row-level scope.
  'students.exportGroup': ['admin', 'director', 'office', 'curator'],
  'students.exportContingent': ['admin', 'director', 'office', 'curator'],
  'jobs.get': 'authenticated',
  'orders.list': ['admin', 'director', 'office'],
  'orders.preview': office,
  'orders.apply': office,
  'orders.cancel': office,
  'rollover.preview': office,
  'rollover.apply': office,
  'staff.list': staffReaders,
  'staff.get': staffReaders,
  'staff.listLinkableUsers': staffReaders,
  'staff.create': staffKeepers,
  'staff.update': staffKeepers,
  'curriculum.listDisciplines': curriculumReaders,
  'curriculum.createDiscipline': office,
  'curriculum.updateDiscipline': office,
  'curriculum.listPlans': curriculumReaders,
  'curriculum.getPlan': curriculumReaders,
  'curriculum.createPlan': office,
  'curriculum.savePlanItems': office,
  'curriculum.copyPlan': office,
  'curriculum.importPlanXlsx': office,
  'load.listTeachers': loadReaders,
  'load.createLine': office,
  'load.updateLine': office,
  'load.deleteLine': office,
  // A teacher or curator opens only their own lines: the module checks whose the line is.
  'load.getLine': academicStaff,
  'load.listGroupLoad': loadReaders,
  'load.unassigned': loadReaders,
  'load.tariffing': loadReaders,
  'load.exportTariffing': loadReaders,
  'load.changeTeacher': office,
  'load.addSubstitution': office,
  'load.removeSubstitution': office,
  // Anyone who may teach: the module finds the caller's own staff record.
  'load.myLoad': academicStaff,
  'subgroups.forGroup': subgroupReaders,
  'subgroups.get': subgroupReaders,
  'subgroups.history': subgroupReaders,
  'subgroups.divide': office,
  'subgroups.place': office,
  'subgroups.move': office,
  'subgroups.rename': office,
  // The journal: row-level limits (a teacher's own lines and substituted days, a curator's groups) are applied by the module.
  'journal.lines': journalReaders,
  'journal.page': journalReaders,
  'journal.saveLesson': journalFillers,
  'journal.deleteLesson': journalFillers,
  'journal.setCell': journalFillers,
  'journal.setCells': journalFillers,
  'journal.setAbsenceReason': ['admin', 'office', 'curator'],
  'journal.setFinal': journalFillers,
  'journal.debts': ['admin', 'director', 'office', 'curator'],
  'periods.list': academicStaff,
  'periods.close': office,
  'periods.reopen': ['admin', 'director'],
  // The thematic plan: a teacher keeps their own line's, the office any; the director and the group's curator
  // read it. Whose line it is, the module checks.
  'ktp.list': academicStaff,
  'ktp.exportXlsx': academicStaff,
  'ktp.save': ['admin', 'office', 'teacher'],
  'ktp.copyFrom': ['admin', 'office', 'teacher'],
  'ktp.candidates': ['admin', 'office', 'teacher'],
  'ktp.importXlsx': ['admin', 'office', 'teacher'],
};

/** While a user must change their password, only these calls are open to them. */
export const allowedBeforePasswordChange: ReadonlySet<Method> = new Set(['auth.me', 'auth.logout', 'auth.changePassword']);

export function mayCall(method: Method, roles: readonly Role[]): boolean {
  const rule = access[method];
  if (rule === 'public' || rule === 'authenticated') return true;
  return rule.some((r) => roles.includes(r));
}
