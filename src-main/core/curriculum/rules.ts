import type { PlanItemInput } from '../../../src-shared/api/curriculum';
import { t } from '../../../src-shared/i18n/ru';

export type PlanRowField = keyof PlanItemInput;

/** What is wrong with one row of a plan's grid (its index in the grid) and in which cell. */
export interface RowProblem {
  index: number;
  field: PlanRowField;
  message: string;
}

export interface PlanRowContext {
  /** The plan's semesters are 1 to this (the specialty's duration). */
  semesterCount: number;
  disciplineKnown: (disciplineId: string) => boolean;
  /** A professional module's hours are those of its МДК and practices: its own row carries the attestation (and its hours) only. */
  isModule: (disciplineId: string) => boolean;
}

/** What «Всего» must hold at least: self-study is part of the total volume, consultations and attestation fill the rest. */
export function hoursOfParts(row: PlanItemInput): number {
  return row.hoursTheory + row.hoursPractical + row.hoursLab + row.hoursProject + row.hoursSelf;
}

/**
 * Every problem of every row, so the grid can show them all at once: a discipline the catalogue has, a
 * semester of the specialty, a total that holds its parts, a discipline at most once per semester. Hours being
 * whole and non-negative is the contract's (or the file reader's) to check.
 */
export function planRowProblems(rows: readonly PlanItemInput[], ctx: PlanRowContext): RowProblem[] {
  const problems: RowProblem[] = [];
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    if (!ctx.disciplineKnown(row.disciplineId)) problems.push({ index, field: 'disciplineId', message: t.errors.planDisciplineUnknown });
    if (row.semester < 1 || row.semester > ctx.semesterCount) {
      problems.push({ index, field: 'semester', message: t.errors.planSemesterOutOfRange(ctx.semesterCount) });
    }
    const parts = hoursOfParts(row);
    if (ctx.isModule(row.disciplineId) && parts > 0) {
      problems.push({ index, field: 'hoursTheory', message: t.errors.planModuleHours });
    } else if (parts > row.hoursTotal) problems.push({ index, field: 'hoursTotal', message: t.errors.planTotalBelowParts(parts) });
    const key = `${row.disciplineId}:${row.semester}`;
    if (seen.has(key)) problems.push({ index, field: 'disciplineId', message: t.errors.planDisciplineTwice(row.semester) });
    seen.add(key);
  });
  return problems;
}
