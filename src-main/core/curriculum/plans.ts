import { and, eq } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import type { SpecialtyView } from '../../../src-shared/api/contingent';
import type { PlanDetail, PlanItemInput, PlanItemView, planInput, PlanSummary, SemesterTotals } from '../../../src-shared/api/curriculum';
import { disciplineKindSchema } from '../../../src-shared/domain/curriculum';
import { fieldLabels, fieldLabelsByModule, t } from '../../../src-shared/i18n/ru';
import { findSpecialty, listSpecialties } from '../contingent/specialties';
import { AppError, fieldError } from '../errors';
import type { Journal } from '../journal';
import { fieldChanges } from '../oplog/changes';
import { byCode } from './disciplines';
import { itemInput, livePlanItems, oneRowPerCell, planRowsChanges, type PlanChanges } from './plan-items';
import { planRowProblems, type RowProblem } from './rules';
import { disciplines, planItems, studyPlans } from './schema';
import { semestersOfDuration } from './semesters';

type PlanInput = z.output<typeof planInput>;
type PlanRow = typeof studyPlans.$inferSelect;

const labels = fieldLabelsByModule.curriculum!;
/** Problems spelled out in the refusal's message; every one of them still comes in its fields. */
const namedProblems = 10;

export interface OpenPlan {
  row: PlanRow;
  specialty: SpecialtyView;
  semesterCount: number;
}

function summary(plan: OpenPlan, itemCount: number): PlanSummary {
  return {
    id: plan.row.id,
    specialtyId: plan.specialty.id,
    specialtyCode: plan.specialty.code,
    specialtyName: plan.specialty.name,
    admissionYear: plan.row.admissionYear,
    name: plan.row.name,
    semesterCount: plan.semesterCount,
    itemCount,
  };
}

/** A plan whose specialty is gone still opens: under a blank specialty, with the longest duration a plan can have. */
function openPlan(row: PlanRow, specialty: SpecialtyView | undefined): OpenPlan {
  const known = specialty ?? { id: row.specialtyId, code: '', name: '', qualification: '', durationMonths: 60, studyForm: 'full_time' as const };
  return { row, specialty: known, semesterCount: semestersOfDuration(known.durationMonths) };
}

export function requirePlan(j: Journal, planId: string): OpenPlan {
  const row = j.orm.select().from(studyPlans).where(and(eq(studyPlans.id, planId), eq(studyPlans.deleted, 0))).get();
  if (!row) throw new AppError('not_found', t.errors.planNotFound);
  return openPlan(row, findSpecialty(j, row.specialtyId));
}

export function listPlans(j: Journal, specialtyId: string | undefined): PlanSummary[] {
  const specialties = new Map(listSpecialties(j).map((s) => [s.id, s]));
  const counts = new Map<string, number>();
  for (const item of j.orm.select({ planId: planItems.planId }).from(planItems).where(eq(planItems.deleted, 0)).all()) {
    counts.set(item.planId, (counts.get(item.planId) ?? 0) + 1);
  }
  return j.orm
    .select()
    .from(studyPlans)
    .where(and(eq(studyPlans.deleted, 0), specialtyId ? eq(studyPlans.specialtyId, specialtyId) : undefined))
    .all()
    .map((row) => summary(openPlan(row, specialties.get(row.specialtyId)), counts.get(row.id) ?? 0))
    .sort((a, b) => a.specialtyCode.localeCompare(b.specialtyCode) || b.admissionYear - a.admissionYear);
}

function totalsOf(items: readonly PlanItemView[], semesterCount: number): SemesterTotals[] {
  const last = Math.max(semesterCount, ...items.map((i) => i.semester));
  const totals = Array.from({ length: last }, (_, k): SemesterTotals => ({
    semester: k + 1,
    hoursTotal: 0,
    hoursTheory: 0,
    hoursPractical: 0,
    hoursLab: 0,
    hoursProject: 0,
    hoursSelf: 0,
    exams: 0,
    gradedPasses: 0,
    passes: 0,
    otherForms: 0,
  }));
  for (const item of items) {
    const s = totals[item.semester - 1];
    if (!s) continue;
    s.hoursTotal += item.hoursTotal;
    s.hoursTheory += item.hoursTheory;
    s.hoursPractical += item.hoursPractical;
    s.hoursLab += item.hoursLab;
    s.hoursProject += item.hoursProject;
    s.hoursSelf += item.hoursSelf;
    if (item.attestation === 'exam') s.exams += 1;
    if (item.attestation === 'graded_pass') s.gradedPasses += 1;
    if (item.attestation === 'pass') s.passes += 1;
    if (item.attestation === 'other') s.otherForms += 1;
  }
  return totals;
}

export function planDetail(j: Journal, planId: string): PlanDetail {
  const plan = requirePlan(j, planId);
  const catalogue = new Map(j.orm.select().from(disciplines).all().map((d) => [d.id, d]));
  const items = oneRowPerCell(livePlanItems(j, planId))
    .map((row): PlanItemView => {
      const d = catalogue.get(row.disciplineId);
      return {
        id: row.id,
        ...itemInput(row),
        disciplineCode: d?.code ?? '',
        disciplineName: d?.name ?? '',
        disciplineKind: disciplineKindSchema.catch('general').parse(d?.kind),
      };
    })
    .sort((a, b) => a.semester - b.semester || byCode({ code: a.disciplineCode }, { code: b.disciplineCode }));
  return { plan: summary(plan, items.length), items, totals: totalsOf(items, plan.semesterCount) };
}

function checkPlanFree(j: Journal, specialty: SpecialtyView, admissionYear: number): void {
  const taken = j.orm
    .select({ id: studyPlans.id })
    .from(studyPlans)
    .where(and(eq(studyPlans.specialtyId, specialty.id), eq(studyPlans.admissionYear, admissionYear), eq(studyPlans.deleted, 0)))
    .get();
  if (taken) throw fieldError('admissionYear', fieldLabels.admissionYear!, t.errors.planExists(specialty.code, admissionYear));
}

function insertPlan(j: Journal, actorId: string, specialty: SpecialtyView, input: PlanInput): string {
  checkPlanFree(j, specialty, input.admissionYear);
  const id = uuidv7();
  j.oplog.commit(
    actorId,
    fieldChanges('study_plan', id, undefined, { specialty_id: specialty.id, admission_year: input.admissionYear, name: input.name }),
  );
  return id;
}

export function createPlan(j: Journal, actorId: string, input: PlanInput): PlanDetail {
  return j.db.transaction(() => {
    const specialty = findSpecialty(j, input.specialtyId);
    if (!specialty) throw fieldError('specialtyId', fieldLabels.specialtyId!, t.errors.specialtyNotFound.toLowerCase());
    return planDetail(j, insertPlan(j, actorId, specialty, input));
  })();
}

/** The source's rows, as they are, in a new plan of the same specialty for another admission year. */
export function copyPlan(j: Journal, actorId: string, input: { sourcePlanId: string; admissionYear: number; name: string }): PlanDetail {
  return j.db.transaction(() => {
    const source = requirePlan(j, input.sourcePlanId);
    const id = insertPlan(j, actorId, source.specialty, { specialtyId: source.specialty.id, admissionYear: input.admissionYear, name: input.name });
    const { changes } = planRowsChanges(j, id, livePlanItems(j, source.row.id).map(itemInput));
    j.oplog.commit(actorId, changes);
    return planDetail(j, id);
  })();
}

/** Where a row's problems are told: by its discipline and semester when the discipline is known, else by its place. */
function refusal(problems: readonly RowProblem[], rows: readonly PlanItemInput[], codes: ReadonlyMap<string, string>): AppError {
  const rowCount = new Set(problems.map((p) => p.index)).size;
  const named = problems.slice(0, namedProblems).map((p) => {
    const row = rows[p.index]!;
    const code = codes.get(row.disciplineId);
    const at = code ? t.errors.planItemAt(code, row.semester) : t.errors.planRowAt(p.index + 1);
    return `${at}, «${labels[p.field] ?? p.field}»: ${p.message}`;
  });
  const fields = problems.map((p) => ({ field: `items.${p.index}.${p.field}`, message: p.message }));
  return new AppError('validation', `${t.errors.planItemsInvalid(rowCount)}: ${named.join('; ')}`, fields);
}

/** The grid as a whole: every row checked, then written in one transaction, or nothing at all. */
export function savePlanItems(j: Journal, actorId: string, planId: string, rows: readonly PlanItemInput[]): PlanDetail & PlanChanges {
  return j.db.transaction(() => {
    const plan = requirePlan(j, planId);
    const catalogue = j.orm.select({ id: disciplines.id, code: disciplines.code, kind: disciplines.kind }).from(disciplines).where(eq(disciplines.deleted, 0)).all();
    const codes = new Map(catalogue.map((d) => [d.id, d.code]));
    const modules = new Set(catalogue.filter((d) => d.kind === 'module').map((d) => d.id));
    const problems = planRowProblems(rows, { semesterCount: plan.semesterCount, disciplineKnown: (id) => codes.has(id), isModule: (id) => modules.has(id) });
    if (problems.length > 0) throw refusal(problems, rows, codes);
    const { changes, counts } = planRowsChanges(j, planId, rows);
    j.oplog.commit(actorId, changes);
    return { ...planDetail(j, planId), ...counts };
  })();
}
