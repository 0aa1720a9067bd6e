import { and, eq, ne } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { DisciplineInput, DisciplineView } from '../../../src-shared/api/curriculum';
import { disciplineKindSchema, kindOfCode, kindsWithParent } from '../../../src-shared/domain/curriculum';
import { disciplineKindLabels, fieldLabelsByModule, t } from '../../../src-shared/i18n/ru';
import { AppError, fieldError } from '../errors';
import type { Journal } from '../journal';
import { fieldChanges } from '../oplog/changes';
import type { Change } from '../oplog/types';
import { findDiscipline, type DisciplineRow } from './queries';
import { disciplines } from './schema';

const labels = fieldLabelsByModule.curriculum!;

/** Indexes in the order plans print them: ОП.2 before ОП.10, МДК.01.01 right after МДК.01. */
export const byCode = (a: { code: string }, b: { code: string }) => a.code.localeCompare(b.code, 'ru', { numeric: true });

function toView(row: DisciplineRow, codes: ReadonlyMap<string, string>): DisciplineView {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    kind: disciplineKindSchema.catch('general').parse(row.kind),
    parentId: row.parentId,
    parentCode: row.parentId ? (codes.get(row.parentId) ?? null) : null,
  };
}

export function listDisciplines(j: Journal): DisciplineView[] {
  const rows = j.orm.select().from(disciplines).where(eq(disciplines.deleted, 0)).all();
  const codes = new Map(rows.map((r) => [r.id, r.code]));
  return rows.map((r) => toView(r, codes)).sort(byCode);
}

export function findDisciplineByCode(j: Journal, code: string): DisciplineRow | undefined {
  return j.orm.select().from(disciplines).where(and(eq(disciplines.code, code), eq(disciplines.deleted, 0))).get();
}

function requireDiscipline(j: Journal, id: string): DisciplineView {
  const row = findDiscipline(j, id);
  if (!row) throw new AppError('not_found', t.errors.disciplineNotFound);
  const parent = row.parentId ? findDiscipline(j, row.parentId) : undefined;
  return toView(row, new Map(parent ? [[parent.id, parent.code]] : []));
}

/**
 * The catalogue's rules: a unique index; the kind its prefix fixes (МДК, ПМ, УП, ПП); a parent module for an МДК
 * or a practice and none for the others; a module that has МДК or practices under it stays a module.
 */
function check(j: Journal, input: DisciplineInput, exceptId: string | null): void {
  const taken = j.orm
    .select({ id: disciplines.id })
    .from(disciplines)
    .where(and(eq(disciplines.code, input.code), eq(disciplines.deleted, 0), exceptId ? ne(disciplines.id, exceptId) : undefined))
    .get();
  if (taken) throw fieldError('code', labels.code!, t.errors.disciplineCodeTaken(input.code));
  const fixed = kindOfCode(input.code);
  if (fixed && fixed !== input.kind) throw fieldError('kind', labels.kind!, t.errors.disciplineKindByCode(input.code, disciplineKindLabels[fixed]));
  if (kindsWithParent.has(input.kind)) {
    if (!input.parentId) throw fieldError('parentId', labels.parentId!, t.errors.disciplineParentRequired);
    const parent = findDiscipline(j, input.parentId);
    if (!parent || parent.kind !== 'module' || parent.id === exceptId) throw fieldError('parentId', labels.parentId!, t.errors.disciplineParentNotModule);
  } else if (input.parentId) {
    throw fieldError('parentId', labels.parentId!, t.errors.disciplineNoParent);
  }
  if (exceptId && input.kind !== 'module') {
    const children = j.orm
      .select({ code: disciplines.code })
      .from(disciplines)
      .where(and(eq(disciplines.parentId, exceptId), eq(disciplines.deleted, 0)))
      .all();
    if (children.length > 0) {
      const codes = children.sort(byCode).map((c) => c.code).join(', ');
      throw fieldError('kind', labels.kind!, t.errors.disciplineModuleHasChildren(codes));
    }
  }
}

function fields(d: DisciplineInput) {
  return { code: d.code, name: d.name, kind: d.kind, parent_id: d.parentId };
}

/** The ops that add a discipline, for a caller that commits them with others (a plan import). */
export function newDisciplineChanges(id: string, input: DisciplineInput): Change[] {
  return fieldChanges('discipline', id, undefined, fields(input));
}

export function createDiscipline(j: Journal, actorId: string, input: DisciplineInput): DisciplineView {
  return j.db.transaction(() => {
    check(j, input, null);
    const id = uuidv7();
    j.oplog.commit(actorId, newDisciplineChanges(id, input));
    return requireDiscipline(j, id);
  })();
}

export function updateDiscipline(j: Journal, actorId: string, id: string, input: DisciplineInput): DisciplineView {
  return j.db.transaction(() => {
    const current = requireDiscipline(j, id);
    check(j, input, id);
    j.oplog.commit(actorId, fieldChanges('discipline', id, fields(current), fields(input)));
    return requireDiscipline(j, id);
  })();
}
