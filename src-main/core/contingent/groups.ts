import { and, asc, eq, ne } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import type { GroupView, groupInput } from '../../../src-shared/api/contingent';
import { fundingSchema, studyFormSchema } from '../../../src-shared/domain/contingent';
import { fieldLabels, t } from '../../../src-shared/i18n/ru';
import { findUserById, parseRoles } from '../auth/users';
import { AppError, fieldError } from '../errors';
import type { Journal } from '../journal';
import { fieldChanges } from '../oplog/changes';
import type { EntityDef } from '../oplog/entities';
import { cachedStatement } from '../store/statements';
import { groups } from './schema';
import { findSpecialty, listSpecialties } from './specialties';

export const groupEntity: EntityDef = {
  entity: 'group',
  table: 'groups',
  fields: {
    name: 'text',
    specialty_id: 'text',
    course: 'int',
    admission_year: 'int',
    study_form: 'text',
    funding: 'text',
    curator_user_id: 'text',
    active: 'bool',
    deleted: 'bool',
  },
  nullable: ['curator_user_id'],
};

type GroupInput = z.output<typeof groupInput>;
type GroupRow = typeof groups.$inferSelect;

export function listGroups(j: Journal): GroupView[] {
  const codes = new Map(listSpecialties(j).map((s) => [s.id, s.code]));
  return j.orm
    .select()
    .from(groups)
    .where(eq(groups.deleted, 0))
    .orderBy(asc(groups.course), asc(groups.name))
    .all()
    .map((row) => toView(j, row, codes.get(row.specialtyId) ?? ''));
}

function toView(j: Journal, row: GroupRow, specialtyCode: string): GroupView {
  const curator = row.curatorUserId ? findUserById(j, row.curatorUserId) : undefined;
  return {
    id: row.id,
    name: row.name,
    specialtyId: row.specialtyId,
    specialtyCode,
    course: row.course,
    admissionYear: row.admissionYear,
    studyForm: studyFormSchema.catch('full_time').parse(row.studyForm),
    funding: fundingSchema.catch('budget').parse(row.funding),
    curatorUserId: row.curatorUserId,
    curatorName: curator?.fullName ?? null,
    active: row.active === 1,
  };
}

function requireGroup(j: Journal, id: string): GroupView {
  const row = j.orm.select().from(groups).where(and(eq(groups.id, id), eq(groups.deleted, 0))).get();
  if (!row) throw new AppError('not_found', t.errors.groupNotFound);
  return toView(j, row, findSpecialty(j, row.specialtyId)?.code ?? '');
}

/** Whether an active group other than `exceptId` goes by this name: two active groups may not share one. */
/** A group's name and curator, for one page of the journal: no list of every group for it. */
export function groupNameAndCurator(j: Journal, id: string): { name: string; curatorUserId: string | null } | undefined {
  return cachedStatement(j.db, 'SELECT name, curator_user_id AS curatorUserId FROM groups WHERE id = ? AND deleted = 0').get(id) as
    | { name: string; curatorUserId: string | null }
    | undefined;
}

export function activeGroupNamed(j: Journal, name: string, exceptId: string | null): boolean {
  const taken = j.orm
    .select({ id: groups.id })
    .from(groups)
    .where(and(eq(groups.name, name), eq(groups.active, 1), eq(groups.deleted, 0), exceptId ? ne(groups.id, exceptId) : undefined))
    .get();
  return taken !== undefined;
}

function check(j: Journal, input: GroupInput, exceptId: string | null): void {
  if (!findSpecialty(j, input.specialtyId)) throw fieldError('specialtyId', fieldLabels.specialtyId!, t.errors.specialtyNotFound.toLowerCase());
  if (input.active && activeGroupNamed(j, input.name, exceptId)) throw fieldError('name', fieldLabels.name!, t.errors.groupNameTaken(input.name));
  if (input.curatorUserId) {
    const curator = findUserById(j, input.curatorUserId);
    if (!curator || curator.active !== 1 || !parseRoles(curator.roles).includes('curator')) {
      throw fieldError('curatorUserId', fieldLabels.curatorUserId!, t.errors.notACurator);
    }
  }
}

function fields(g: GroupInput | GroupView) {
  return {
    name: g.name,
    specialty_id: g.specialtyId,
    course: g.course,
    admission_year: g.admissionYear,
    study_form: g.studyForm,
    funding: g.funding,
    curator_user_id: g.curatorUserId,
    active: g.active,
  };
}

export function createGroup(j: Journal, actorId: string, input: GroupInput): GroupView {
  return j.db.transaction(() => {
    check(j, input, null);
    const id = uuidv7();
    j.oplog.commit(actorId, fieldChanges('group', id, undefined, fields(input)));
    return requireGroup(j, id);
  })();
}

export function updateGroup(j: Journal, actorId: string, id: string, input: GroupInput): GroupView {
  return j.db.transaction(() => {
    const current = requireGroup(j, id);
    check(j, input, id);
    const changes = fieldChanges('group', id, fields(current), fields(input));
    j.oplog.commit(actorId, changes);
    return requireGroup(j, id);
  })();
}
