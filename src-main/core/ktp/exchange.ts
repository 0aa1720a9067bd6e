import type { z } from 'zod';
import type { exportedFile } from '../../../src-shared/api/exchange';
import type { KtpView } from '../../../src-shared/api/ktp';
import { ktpTexts, lessonKindLabels, t } from '../../../src-shared/i18n/ru';
import type { UserRow } from '../auth/users';
import { collegeName } from '../college/college';
import { AppError } from '../errors';
import { loadFile } from '../exchange/decode';
import { addTable, addTitle, dotted, newWorkbook, toFile } from '../exchange/export-xlsx';
import { readRows } from '../exchange/table';
import type { Journal } from '../journal';
import { editableKtpLine } from './access';
import { replacePlan } from './commands';
import { readKtpSheet, type SheetTopic } from './sheet';
import type { TopicChanges } from './topics';
import { listKtp } from './view';
import { localIsoDate } from '../dates';

type ExportedFile = z.output<typeof exportedFile>;

const c = ktpTexts.columns;
/** Problems spelled out in the refusal's message; all of them come in its fields. */
const namedProblems = 10;

/** The plan as the teacher prints it or passes it on; the table is what `importKtpXlsx` reads back. */
export async function exportKtpXlsx(j: Journal, user: UserRow, lineId: string): Promise<ExportedFile> {
  const view = listKtp(j, user, lineId);
  const line = view.line;
  const discipline = `${line.disciplineCode} ${line.disciplineName}`.trim();
  const group = line.subgroupName ? `${line.groupName} (${line.subgroupName})` : line.groupName;
  const today = localIsoDate(j.now());
  const workbook = newWorkbook(j);
  const sheet = workbook.addWorksheet(ktpTexts.sheet, { pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  addTitle(sheet, [
    ktpTexts.title(discipline),
    ktpTexts.details(group, line.periodName, line.teacherName),
    ktpTexts.totals(view.topicHours, view.plannedHours),
    view.warning ?? '',
    `${collegeName(j)}, ${dotted(today)}`,
  ].filter((text) => text !== ''));
  addTable(
    sheet,
    [
      [c.number, 6],
      [c.title, 60],
      [c.hours, 8],
      [c.kind, 24],
      [c.homework, 40],
    ],
    view.topics.map((topic) => [topic.number, topic.title, topic.hours, lessonKindLabels[topic.kind], topic.homework]),
  );
  sheet.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
  sheet.getColumn(5).alignment = { wrapText: true, vertical: 'top' };
  return toFile(workbook, ktpTexts.file(line.disciplineCode, group, line.periodName));
}

function refusal(rows: readonly SheetTopic[]): AppError {
  const bad = rows.filter((r) => r.problems.length > 0);
  const described = bad.flatMap((r) =>
    r.problems.map((p) => ({ field: `rows.${r.line}.${p.column}`, message: `строка ${r.line}, «${c[p.column]}»: ${p.message}` })),
  );
  const named = described.slice(0, namedProblems).map((d) => d.message);
  return new AppError('validation', `${t.errors.ktpImportRowsInvalid(bad.length)} ${named.join('; ')}`, described);
}

/**
 * A workbook in the export's layout replaces the plan, all or nothing. The user's right to the line is checked
 * before the file is read, so a refused user learns nothing of what is wrong with their file.
 */
export async function importKtpXlsx(
  j: Journal,
  user: UserRow,
  input: { lineId: string; fileName: string; contentBase64: string },
): Promise<KtpView & TopicChanges> {
  editableKtpLine(j, user, input.lineId);
  const file = loadFile({ ...input, encoding: 'auto' });
  if (file.kind !== 'xlsx') throw new AppError('validation', t.errors.ktpImportNotXlsx);
  const rows = await readRows(file).catch((err: unknown) => {
    // The shared reader speaks of students when a file is empty; a plan's file is told about in its own words.
    throw err instanceof AppError && err.message === t.errors.importFileEmpty ? new AppError('validation', t.errors.ktpImportEmpty) : err;
  });
  const topics = readKtpSheet(rows);
  if (topics.some((r) => r.problems.length > 0)) throw refusal(topics);
  return j.db.transaction(() => replacePlan(j, user, input.lineId, topics.map((r) => r.topic)))();
}
