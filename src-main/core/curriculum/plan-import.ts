import { v7 as uuidv7 } from 'uuid';
import type { PlanDetail, PlanItemInput } from '../../../src-shared/api/curriculum';
import { kindOfCode, kindsWithParent, moduleCodeOf, type DisciplineKind } from '../../../src-shared/domain/curriculum';
import { planImportColumnLabels, t } from '../../../src-shared/i18n/ru';
import { AppError } from '../errors';
import { loadFile } from '../exchange/decode';
import { readRows } from '../exchange/table';
import type { Journal } from '../journal';
import type { Change } from '../oplog/types';
import { byCode, listDisciplines, newDisciplineChanges } from './disciplines';
import { planRowsChanges, type PlanChanges } from './plan-items';
import { planDetail, requirePlan } from './plans';
import { readPlanSheet, type CellProblem, type PlanColumn, type SheetRow } from './plan-sheet';
import { planRowProblems, type PlanRowField } from './rules';

/** Problems spelled out in the refusal's message; all of them come in its fields. */
const namedProblems = 10;

interface NewDiscipline {
  id: string;
  code: string;
  name: string;
  kind: DisciplineKind;
  parentId: string | null;
  /** The first row that names it: where a problem with the discipline itself is told. */
  row: SheetRow;
}

/** A cell of the grid is a column of the sheet; the discipline is named by its index. */
const columnOfField: Record<PlanRowField, PlanColumn> = {
  disciplineId: 'code',
  semester: 'semester',
  hoursTotal: 'hoursTotal',
  hoursTheory: 'hoursTheory',
  hoursPractical: 'hoursPractical',
  hoursLab: 'hoursLab',
  hoursProject: 'hoursProject',
  hoursSelf: 'hoursSelf',
  attestation: 'attestation',
};

/** Reads the workbook; the plan itself is judged and written by writePlanImport, in one transaction. */
export async function importPlanXlsx(
  j: Journal,
  actorId: string,
  input: { planId: string; fileName: string; contentBase64: string },
): Promise<PlanDetail & PlanChanges & { createdDisciplines: string[] }> {
  const file = loadFile({ ...input, encoding: 'auto' });
  if (file.kind !== 'xlsx') throw new AppError('validation', t.errors.planImportNotXlsx);
  const rows = await readRows(file).catch((err: unknown) => {
    // The shared reader speaks of students when a file is empty; a plan's file is told about in its own words.
    throw err instanceof AppError && err.message === t.errors.importFileEmpty ? new AppError('validation', t.errors.planImportEmpty) : err;
  });
  return writePlanImport(j, actorId, input.planId, readPlanSheet(rows));
}

/**
 * Indexes the catalogue lacks are added from the rows' names, with the kind their prefix gives (ОП and the like:
 * a general discipline) and, for an МДК or a practice, the module its number names (ПМ.01 for МДК.01.02), from
 * the catalogue or from the same file.
 */
function newDisciplines(rows: readonly SheetRow[], known: ReadonlyMap<string, { id: string; kind: string }>): Map<string, NewDiscipline> {
  const created = new Map<string, NewDiscipline>();
  for (const row of rows) {
    if (row.problems.some((p) => p.column === 'code') || known.has(row.code)) continue;
    const earlier = created.get(row.code);
    if (earlier) {
      if (row.name !== '' && row.name !== earlier.name) row.problems.push({ column: 'name', message: t.errors.planImportNameDiffers(row.code) });
      continue;
    }
    if (row.name === '') row.problems.push({ column: 'name', message: t.errors.planImportNameNeeded(row.code) });
    else created.set(row.code, { id: uuidv7(), code: row.code, name: row.name, kind: kindOfCode(row.code) ?? 'general', parentId: null, row });
  }
  for (const d of created.values()) {
    if (!kindsWithParent.has(d.kind)) continue;
    const moduleCode = moduleCodeOf(d.code);
    const parent = moduleCode ? (known.get(moduleCode) ?? created.get(moduleCode)) : undefined;
    if (parent && parent.kind === 'module') d.parentId = parent.id;
    else d.row.problems.push({ column: 'code', message: t.errors.planImportNoModule(moduleCode ?? 'ПМ') });
  }
  return created;
}

function refusal(rows: readonly SheetRow[]): AppError {
  const bad = rows.filter((r) => r.problems.length > 0);
  const problems = bad.flatMap((r) => r.problems.map((p: CellProblem) => ({ line: r.line, ...p })));
  const described = problems.map((p) => ({
    field: `rows.${p.line}.${p.column}`,
    message: `строка ${p.line}, «${planImportColumnLabels[p.column]}»: ${p.message}`,
  }));
  const named = described.slice(0, namedProblems).map((d) => d.message);
  return new AppError('validation', `${t.errors.planImportRowsInvalid(bad.length)} ${named.join('; ')}`, described);
}

/** All or nothing: the new disciplines and the plan's rows are written together, or the file is refused whole. */
export function writePlanImport(j: Journal, actorId: string, planId: string, rows: SheetRow[]): PlanDetail & PlanChanges & { createdDisciplines: string[] } {
  return j.db.transaction(() => {
    const plan = requirePlan(j, planId);
    const known = new Map(listDisciplines(j).map((d) => [d.code, d]));
    const created = newDisciplines(rows, known);
    const items: PlanItemInput[] = rows.map((r) => ({ ...r.item, disciplineId: known.get(r.code)?.id ?? created.get(r.code)?.id ?? '' }));
    const modules = new Set([...known.values(), ...created.values()].filter((d) => d.kind === 'module').map((d) => d.id));
    for (const p of planRowProblems(items, { semesterCount: plan.semesterCount, disciplineKnown: () => true, isModule: (id) => modules.has(id) })) {
      const row = rows[p.index]!;
      // A cell the reader could not read already has its problem; the rules would only repeat it less clearly.
      if (!row.problems.some((q) => q.column === columnOfField[p.field])) row.problems.push({ column: columnOfField[p.field], message: p.message });
    }
    if (rows.some((r) => r.problems.length > 0)) throw refusal(rows);
    const additions: Change[] = [...created.values()].flatMap((d) =>
      newDisciplineChanges(d.id, { code: d.code, name: d.name, kind: d.kind, parentId: d.parentId }),
    );
    const { changes, counts } = planRowsChanges(j, planId, items);
    j.oplog.commit(actorId, [...additions, ...changes]);
    const createdDisciplines = [...created.values()].sort(byCode).map((d) => d.code);
    return { ...planDetail(j, planId), ...counts, createdDisciplines };
  })();
}
