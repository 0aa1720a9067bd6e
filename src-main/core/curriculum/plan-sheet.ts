import { maxPlanHours, type PlanItemInput } from '../../../src-shared/api/curriculum';
import { disciplineCodePattern, type AttestationForm } from '../../../src-shared/domain/curriculum';
import { planImportColumnLabels, t } from '../../../src-shared/i18n/ru';
import { AppError } from '../errors';
import { normalizeHeader } from '../exchange/mapping';
import type { SourceRow } from '../exchange/table';

export type PlanColumn = keyof typeof planImportColumnLabels;
const columns = Object.keys(planImportColumnLabels) as PlanColumn[];

/** Header texts accepted for each column, normalized as normalizeHeader does (case, ё, brackets do not matter). */
const headerAliases: Record<PlanColumn, readonly string[]> = {
  code: ['индекс', 'код', 'код дисциплины'],
  name: ['наименование', 'название', 'дисциплина', 'наименование дисциплины'],
  semester: ['семестр', 'номер семестра'],
  hoursTotal: ['всего', 'всего часов', 'объем', 'объем часов'],
  hoursTheory: ['теория', 'теоретическое обучение', 'теоретические занятия', 'лекции'],
  hoursPractical: ['практика', 'практические', 'практические занятия'],
  hoursLab: ['лабораторные', 'лабораторные занятия', 'лабораторные работы'],
  hoursProject: ['курсовой проект', 'курсовое проектирование', 'курсовая работа', 'курсовые'],
  hoursSelf: ['самостоятельная', 'самостоятельная работа'],
  attestation: ['форма аттестации', 'аттестация', 'форма промежуточной аттестации', 'форма контроля'],
};

const hourColumns = ['hoursTotal', 'hoursTheory', 'hoursPractical', 'hoursLab', 'hoursProject', 'hoursSelf'] as const;

/** As the catalogue's form allows. */
const maxNameLength = 300;

/** Rows above the header (a title, the specialty) are passed over: this many are looked at. */
const headerSearchDepth = 10;

export interface CellProblem {
  column: PlanColumn;
  message: string;
}

/** One data row of the sheet: what could be read of it, and what could not. */
export interface SheetRow {
  line: number;
  code: string;
  name: string;
  item: Omit<PlanItemInput, 'disciplineId'>;
  problems: CellProblem[];
}

function columnsOf(cells: readonly string[]): Partial<Record<PlanColumn, number>> {
  const headers = cells.map(normalizeHeader);
  const found: Partial<Record<PlanColumn, number>> = {};
  for (const column of columns) {
    const at = headers.findIndex((h) => headerAliases[column].includes(h));
    if (at >= 0) found[column] = at;
  }
  return found;
}

/** The header is the first row naming the most columns; every column of the layout must be there. */
function findColumns(rows: readonly SourceRow[]): { headerAt: number; at: Record<PlanColumn, number> } {
  let headerAt = 0;
  let best: Partial<Record<PlanColumn, number>> = {};
  rows.slice(0, headerSearchDepth).forEach((row, i) => {
    const found = columnsOf(row.cells);
    if (Object.keys(found).length > Object.keys(best).length) [headerAt, best] = [i, found];
  });
  const missing = columns.filter((c) => best[c] === undefined);
  if (missing.length > 0) throw new AppError('validation', t.errors.planImportColumnsMissing(missing.map((c) => `«${planImportColumnLabels[c]}»`).join(', ')));
  return { headerAt, at: best as Record<PlanColumn, number> };
}

const simplify = (text: string) =>
  text
    .toLocaleLowerCase('ru')
    .replace(/ё/g, 'е')
    .replace(/[.,\-–—]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const attestationWords: Record<string, AttestationForm> = {
  '': 'none',
  нет: 'none',
  э: 'exam',
  экз: 'exam',
  экзамен: 'exam',
  эк: 'exam',
  'экзамен квалификационный': 'exam',
  'экзамен по модулю': 'exam',
  з: 'pass',
  зач: 'pass',
  зачет: 'pass',
  дз: 'graded_pass',
  дифзачет: 'graded_pass',
  'диф зачет': 'graded_pass',
  'дифф зачет': 'graded_pass',
  'диф зач': 'graded_pass',
  'дифференцированный зачет': 'graded_pass',
  дфк: 'other',
  другое: 'other',
  другая: 'other',
  'другая форма контроля': 'other',
};

function readHours(text: string): number | null {
  if (text === '') return 0;
  if (!/^\d+$/.test(text)) return null;
  const n = Number(text);
  return n <= maxPlanHours ? n : null;
}

function readRow(row: SourceRow, at: Record<PlanColumn, number>): SheetRow {
  const cell = (c: PlanColumn) => row.cells[at[c]] ?? '';
  const problems: CellProblem[] = [];
  const code = cell('code').toUpperCase();
  if (code === '') problems.push({ column: 'code', message: t.validation.required });
  else if (!disciplineCodePattern.test(code)) problems.push({ column: 'code', message: t.errors.planImportBadCode(cell('code')) });
  if (cell('name').length > maxNameLength) problems.push({ column: 'name', message: t.validation.tooLong(maxNameLength) });
  const semesterText = cell('semester');
  const semester = /^\d{1,2}$/.test(semesterText) ? Number(semesterText) : 0;
  if (semester === 0) problems.push({ column: 'semester', message: t.errors.planImportBadSemester(semesterText) });
  const hours = Object.fromEntries(
    hourColumns.map((c) => {
      const value = readHours(cell(c));
      if (value === null) problems.push({ column: c, message: t.errors.planImportBadHours(cell(c)) });
      return [c, value ?? 0];
    }),
  ) as Record<(typeof hourColumns)[number], number>;
  const attestation = attestationWords[simplify(cell('attestation'))];
  if (!attestation) problems.push({ column: 'attestation', message: t.errors.planImportBadAttestation(cell('attestation')) });
  return { line: row.line, code, name: cell('name'), item: { semester, ...hours, attestation: attestation ?? 'none' }, problems };
}

/** The sheet's plan rows, each read cell by cell; the catalogue and the plan's rules judge them later. */
export function readPlanSheet(rows: readonly SourceRow[]): SheetRow[] {
  const { headerAt, at } = findColumns(rows);
  const data = rows.slice(headerAt + 1);
  if (data.length === 0) throw new AppError('validation', t.errors.planImportEmpty);
  return data.map((row) => readRow(row, at));
}
