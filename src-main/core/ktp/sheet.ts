import { maxTopicHomework, maxTopicHours, maxTopics, maxTopicTitle } from '../../../src-shared/api/ktp';
import { lessonKinds, type LessonKind } from '../../../src-shared/domain/gradebook';
import { ktpTexts, lessonKindLabels, t } from '../../../src-shared/i18n/ru';
import { AppError } from '../errors';
import { normalizeHeader } from '../exchange/mapping';
import type { SourceRow } from '../exchange/table';
import type { TopicContent } from './topics';

/** The columns an import reads; «№» is not among them: the order of the rows is the order of the plan. */
export const ktpColumns = ['title', 'hours', 'kind', 'homework'] as const;
export type KtpColumn = (typeof ktpColumns)[number];
const requiredColumns: readonly KtpColumn[] = ['title', 'hours', 'kind'];

/** Header texts accepted for each column, normalized as normalizeHeader does. */
const headerAliases: Record<KtpColumn, readonly string[]> = {
  title: ['тема', 'темы', 'тема занятия', 'наименование темы', 'название темы', 'наименование разделов и тем', 'тема урока'],
  hours: ['часы', 'часов', 'кол во часов', 'количество часов', 'объем часов'],
  kind: ['вид занятия', 'вид занятий', 'вид', 'тип занятия', 'вид учебного занятия'],
  homework: ['домашнее задание', 'дз', 'задание на дом', 'домашняя работа'],
};

/** Rows above the header (the title, the group) are passed over: this many are looked at. */
const headerSearchDepth = 10;

const simplify = (text: string) =>
  text
    .toLocaleLowerCase('ru')
    .replace(/ё/g, 'е')
    .replace(/[.,\-–—]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** The kinds as the export writes them, and the abbreviations teachers use in their own plans. */
const kindWords: ReadonlyMap<string, LessonKind> = new Map([
  ...lessonKinds.map((k): [string, LessonKind] => [simplify(lessonKindLabels[k]), k]),
  ...Object.entries({
    лекция: 'lecture',
    лекции: 'lecture',
    лек: 'lecture',
    л: 'lecture',
    теория: 'lecture',
    'теоретическое занятие': 'lecture',
    'практическая работа': 'practical',
    'практическое занятие': 'practical',
    практическое: 'practical',
    практ: 'practical',
    пз: 'practical',
    пр: 'practical',
    'лабораторная работа': 'lab',
    'лабораторное занятие': 'lab',
    лабораторная: 'lab',
    лаб: 'lab',
    лр: 'lab',
    семинар: 'seminar',
    сем: 'seminar',
    'контрольная работа': 'test',
    контрольная: 'test',
    кр: 'test',
    экзамен: 'exam',
    экз: 'exam',
    консультация: 'consultation',
    конс: 'consultation',
    'учебная практика': 'practice',
    уп: 'practice',
    другое: 'other',
    прочее: 'other',
  } satisfies Record<string, LessonKind>),
]);

export interface CellProblem {
  column: KtpColumn;
  message: string;
}

/** One data row of the sheet: what could be read of it, and what could not. */
export interface SheetTopic {
  line: number;
  topic: TopicContent;
  problems: CellProblem[];
}

function findColumns(rows: readonly SourceRow[]): { headerAt: number; at: Partial<Record<KtpColumn, number>> } {
  let headerAt = 0;
  let best: Partial<Record<KtpColumn, number>> = {};
  rows.slice(0, headerSearchDepth).forEach((row, i) => {
    const headers = row.cells.map(normalizeHeader);
    const found: Partial<Record<KtpColumn, number>> = {};
    for (const column of ktpColumns) {
      const at = headers.findIndex((h) => headerAliases[column].includes(h));
      if (at >= 0) found[column] = at;
    }
    if (Object.keys(found).length > Object.keys(best).length) [headerAt, best] = [i, found];
  });
  const missing = requiredColumns.filter((c) => best[c] === undefined);
  if (missing.length > 0) throw new AppError('validation', t.errors.ktpImportColumnsMissing(missing.map((c) => `«${ktpTexts.columns[c]}»`).join(', ')));
  return { headerAt, at: best };
}

function readRow(row: SourceRow, at: Partial<Record<KtpColumn, number>>): SheetTopic {
  const cell = (c: KtpColumn) => {
    const index = at[c];
    return index === undefined ? '' : (row.cells[index] ?? '');
  };
  const problems: CellProblem[] = [];
  const title = cell('title').replace(/\s+/g, ' ');
  if (title === '') problems.push({ column: 'title', message: t.validation.required });
  else if (title.length > maxTopicTitle) problems.push({ column: 'title', message: t.validation.tooLong(maxTopicTitle) });
  const hoursText = cell('hours');
  const hours = /^\d{1,3}$/.test(hoursText) ? Number(hoursText) : 0;
  if (hours < 1 || hours > maxTopicHours) problems.push({ column: 'hours', message: t.errors.ktpImportBadHours(hoursText, maxTopicHours) });
  const kind = kindWords.get(simplify(cell('kind')));
  if (cell('kind') === '') problems.push({ column: 'kind', message: t.validation.required });
  else if (!kind) problems.push({ column: 'kind', message: t.errors.ktpImportBadKind(cell('kind')) });
  const homework = cell('homework');
  if (homework.length > maxTopicHomework) problems.push({ column: 'homework', message: t.validation.tooLong(maxTopicHomework) });
  return { line: row.line, topic: { title, hours, kind: kind ?? 'other', homework }, problems };
}

/** The sheet's topics in order, each read cell by cell. */
export function readKtpSheet(rows: readonly SourceRow[]): SheetTopic[] {
  const { headerAt, at } = findColumns(rows);
  const data = rows.slice(headerAt + 1);
  if (data.length === 0) throw new AppError('validation', t.errors.ktpImportEmpty);
  if (data.length > maxTopics) throw new AppError('validation', t.errors.ktpImportTooMany(maxTopics));
  return data.map((row) => readRow(row, at));
}
