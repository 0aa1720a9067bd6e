import { and, eq } from 'drizzle-orm';
import {
  importFieldKeys,
  importFieldKeySchema,
  requiredImportFields,
  type ImportFieldKey,
  type ImportMapping,
  type ImportRowProblem,
} from '../../../src-shared/api/exchange';
import { studentInput, type StudentInput } from '../../../src-shared/api/students';
import { importFieldLabels, t } from '../../../src-shared/i18n/ru';
import { groups, students } from '../contingent/schema';
import type { Journal } from '../journal';
import type { SourceRow } from './table';
import { readDate, readFunding, readSex } from './values';

/** One data row read against the mapping: the student it would create, or what is wrong with it. */
export interface ParsedRow {
  line: number;
  fullName: string;
  /** Null when the row's own cells are wrong; the college may still refuse a row that has one. */
  student: StudentInput | null;
  recordBook: string;
  groupName: string;
  problems: ImportRowProblem[];
}

const problem = (field: ImportFieldKey, message: string): ImportRowProblem => ({ field, label: importFieldLabels[field], message });

/**
 * The cells that need reading (dates, sex, funding) are read here; everything else is judged by the same schema the
 * student card uses, so a row passes exactly when the card would accept it. Placeholders stand in for cells that
 * already failed, so that one mistake gives one message.
 */
export function parseRow(row: SourceRow, mapping: ImportMapping): ParsedRow {
  const cell = (key: ImportFieldKey) => {
    const column = mapping[key];
    return column === null ? '' : (row.cells[column] ?? '');
  };
  const problems: ImportRowProblem[] = [];
  for (const key of requiredImportFields) if (cell(key) === '') problems.push(problem(key, t.validation.required));
  const failed = (key: ImportFieldKey) => problems.some((p) => p.field === key);

  const birthDate = cell('birthDate') ? readDate(cell('birthDate')) : null;
  if (cell('birthDate') && !birthDate) problems.push(problem('birthDate', t.errors.importBadDate(cell('birthDate'))));
  const sex = cell('sex') ? readSex(cell('sex')) : null;
  if (cell('sex') && !sex) problems.push(problem('sex', t.errors.importBadSex(cell('sex'))));
  const funding = cell('funding') ? readFunding(cell('funding')) : null;
  if (cell('funding') && !funding) problems.push(problem('funding', t.errors.importBadFunding(cell('funding'))));

  const parsed = studentInput.safeParse({
    surname: cell('surname'),
    name: cell('name'),
    patronymic: cell('patronymic'),
    birthDate: birthDate ?? '2000-01-01',
    sex: sex ?? 'male',
    recordBook: failed('recordBook') ? '0' : cell('recordBook'),
    snils: cell('snils'),
    phone: cell('phone'),
    email: cell('email'),
    address: cell('address'),
    funding: funding ?? 'budget',
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = importFieldKeySchema.safeParse(issue.path[0]);
      if (key.success && !failed(key.data)) problems.push(problem(key.data, issue.message));
    }
  }
  return {
    line: row.line,
    fullName: [cell('surname'), cell('name'), cell('patronymic')].filter(Boolean).join(' '),
    student: parsed.success && problems.length === 0 ? parsed.data : null,
    recordBook: cell('recordBook'),
    groupName: cell('group'),
    problems,
  };
}

/** A record book may appear once in a file: every row that repeats one is marked, naming the others. */
export function markRepeatedRecordBooks(rows: ParsedRow[]): void {
  const lines = new Map<string, ParsedRow[]>();
  for (const row of rows) {
    if (!row.recordBook) continue;
    const same = lines.get(row.recordBook);
    if (same) same.push(row);
    else lines.set(row.recordBook, [row]);
  }
  for (const [recordBook, same] of lines) {
    if (same.length < 2) continue;
    const where = same.slice(0, 10).map((r) => r.line).join(', ') + (same.length > 10 ? ', …' : '');
    for (const row of same) row.problems.push(problem('recordBook', t.errors.importRecordBookRepeated(recordBook, where)));
  }
}

/** What the college holds that a row may clash with; read again inside the writing transaction. */
export interface CollegeFacts {
  activeGroupIds: ReadonlyMap<string, string>;
  takenRecordBooks: ReadonlySet<string>;
}

export function collegeFacts(j: Journal): CollegeFacts {
  const active = j.orm
    .select({ id: groups.id, name: groups.name })
    .from(groups)
    .where(and(eq(groups.active, 1), eq(groups.deleted, 0)))
    .all();
  const taken = j.orm.select({ recordBook: students.recordBook }).from(students).where(eq(students.deleted, 0)).all();
  return { activeGroupIds: new Map(active.map((g) => [g.name, g.id])), takenRecordBooks: new Set(taken.map((s) => s.recordBook)) };
}

export interface AcceptedRow {
  line: number;
  fullName: string;
  student: StudentInput;
  groupName: string;
  groupId: string;
}

export interface RejectedRow {
  line: number;
  fullName: string;
  problems: ImportRowProblem[];
}

const fieldOrder = new Map(importFieldKeys.map((k, i) => [k, i]));

/** Splits the rows into those the college can take now and those it cannot, with every reason why not. */
export function judgeRows(rows: readonly ParsedRow[], facts: CollegeFacts): { accepted: AcceptedRow[]; rejected: RejectedRow[] } {
  const accepted: AcceptedRow[] = [];
  const rejected: RejectedRow[] = [];
  for (const row of rows) {
    const problems = [...row.problems];
    const groupId = row.groupName ? facts.activeGroupIds.get(row.groupName) : undefined;
    if (row.groupName && !groupId) problems.push(problem('group', t.errors.importUnknownGroup(row.groupName)));
    if (facts.takenRecordBooks.has(row.recordBook)) problems.push(problem('recordBook', t.errors.recordBookTaken(row.recordBook)));
    if (row.student && groupId && problems.length === 0) accepted.push({ line: row.line, fullName: row.fullName, student: row.student, groupName: row.groupName, groupId });
    else rejected.push({ line: row.line, fullName: row.fullName, problems: problems.sort((a, b) => fieldOrder.get(a.field)! - fieldOrder.get(b.field)!) });
  }
  return { accepted, rejected };
}
