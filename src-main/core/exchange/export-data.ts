import { eq } from 'drizzle-orm';
import type { GroupView } from '../../../src-shared/api/contingent';
import { fundingSchema, sexSchema, type Funding, type Sex, type StudentStatus } from '../../../src-shared/domain/contingent';
import { t } from '../../../src-shared/i18n/ru';
import type { UserRow } from '../auth/users';
import { inScope, studentScope } from '../contingent/access';
import { listGroups } from '../contingent/groups';
import { currentGroupByStudent } from '../contingent/memberships';
import { students } from '../contingent/schema';
import { fullName, studentStatus } from '../contingent/students';
import { AppError } from '../errors';
import type { Journal } from '../journal';

/** A student as the exported lists show them, with the group they are in now (none when not studying). */
export interface ExportStudent {
  fullName: string;
  birthDate: string;
  sex: Sex;
  recordBook: string;
  funding: Exclude<Funding, 'mixed'>;
  status: StudentStatus;
  group: GroupView | null;
}

const collator = new Intl.Collator('ru');

/** The students the viewer may see: everyone for the office and the director, a curator's own groups' students. */
export function exportStudents(j: Journal, viewer: UserRow): ExportStudent[] {
  const scope = studentScope(j, viewer);
  const current = currentGroupByStudent(j);
  const groupsById = new Map(listGroups(j).map((g) => [g.id, g]));
  const rows = j.orm.select().from(students).where(eq(students.deleted, 0)).all();
  const found: ExportStudent[] = [];
  for (const row of rows) {
    const groupId = current.get(row.id) ?? null;
    if (!inScope(scope, groupId ? [groupId] : [])) continue;
    found.push({
      fullName: fullName(row),
      birthDate: row.birthDate,
      sex: sexSchema.catch('male').parse(row.sex),
      recordBook: row.recordBook,
      funding: fundingSchema.exclude(['mixed']).catch('budget').parse(row.funding),
      status: studentStatus(row),
      group: groupId ? (groupsById.get(groupId) ?? null) : null,
    });
  }
  return found.sort(byGroupThenName);
}

/** Course, then group, then name; those in no group last. */
function byGroupThenName(a: ExportStudent, b: ExportStudent): number {
  if (a.group && b.group) {
    return a.group.course - b.group.course || collator.compare(a.group.name, b.group.name) || collator.compare(a.fullName, b.fullName);
  }
  if (a.group || b.group) return a.group ? -1 : 1;
  return collator.compare(a.fullName, b.fullName);
}

/** A group's list, for those who may see it: a curator only their own groups. */
export function groupForExport(j: Journal, viewer: UserRow, groupId: string): { group: GroupView; students: ExportStudent[] } {
  const group = listGroups(j).find((g) => g.id === groupId);
  if (!group) throw new AppError('not_found', t.errors.groupNotFound);
  if (!inScope(studentScope(j, viewer), [group.id])) throw new AppError('forbidden', t.errors.notYourGroup);
  return { group, students: exportStudents(j, viewer).filter((s) => s.group?.id === group.id) };
}
