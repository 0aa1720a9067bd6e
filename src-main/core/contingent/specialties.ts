import { and, asc, eq, ne } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import type { SpecialtyView, specialtyInput } from '../../../src-shared/api/contingent';
import { studyFormSchema } from '../../../src-shared/domain/contingent';
import { fieldLabels, t } from '../../../src-shared/i18n/ru';
import { AppError, fieldError } from '../errors';
import type { Journal } from '../journal';
import { fieldChanges } from '../oplog/changes';
import type { EntityDef } from '../oplog/entities';
import { specialties } from './schema';

export const specialtyEntity: EntityDef = {
  entity: 'specialty',
  table: 'specialties',
  fields: { code: 'text', name: 'text', qualification: 'text', duration_months: 'int', study_form: 'text', deleted: 'bool' },
};

type SpecialtyInput = z.output<typeof specialtyInput>;
type SpecialtyRow = typeof specialties.$inferSelect;

function toView(row: SpecialtyRow): SpecialtyView {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    qualification: row.qualification,
    durationMonths: row.durationMonths,
    studyForm: studyFormSchema.catch('full_time').parse(row.studyForm),
  };
}

export function listSpecialties(j: Journal): SpecialtyView[] {
  return j.orm.select().from(specialties).where(eq(specialties.deleted, 0)).orderBy(asc(specialties.code)).all().map(toView);
}

export function findSpecialty(j: Journal, id: string): SpecialtyView | undefined {
  const row = j.orm.select().from(specialties).where(and(eq(specialties.id, id), eq(specialties.deleted, 0))).get();
  return row ? toView(row) : undefined;
}

function requireSpecialty(j: Journal, id: string): SpecialtyView {
  const found = findSpecialty(j, id);
  if (!found) throw new AppError('not_found', t.errors.specialtyNotFound);
  return found;
}

function checkCodeFree(j: Journal, code: string, exceptId: string | null): void {
  const taken = j.orm
    .select({ id: specialties.id })
    .from(specialties)
    .where(and(eq(specialties.code, code), eq(specialties.deleted, 0), exceptId ? ne(specialties.id, exceptId) : undefined))
    .get();
  if (taken) throw fieldError('code', fieldLabels.code!, t.errors.specialtyCodeTaken(code));
}

function fields(s: Omit<SpecialtyView, 'id'>) {
  return { code: s.code, name: s.name, qualification: s.qualification, duration_months: s.durationMonths, study_form: s.studyForm };
}

export function createSpecialty(j: Journal, actorId: string, input: SpecialtyInput): SpecialtyView {
  return j.db.transaction(() => {
    checkCodeFree(j, input.code, null);
    const id = uuidv7();
    j.oplog.commit(actorId, fieldChanges('specialty', id, undefined, fields(input)));
    return requireSpecialty(j, id);
  })();
}

export function updateSpecialty(j: Journal, actorId: string, id: string, input: SpecialtyInput): SpecialtyView {
  return j.db.transaction(() => {
    const current = requireSpecialty(j, id);
    checkCodeFree(j, input.code, id);
    const changes = fieldChanges('specialty', id, fields(current), fields(input));
    j.oplog.commit(actorId, changes);
    return requireSpecialty(j, id);
  })();
}
