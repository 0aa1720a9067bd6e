import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { t } from '../../../src-shared/i18n/ru';
import { AppError } from '../errors';
import type { LoadedFile } from './decode';

/** A row of the file as the user sees it: its line (CSV) or row number (Excel), and its cells as text. */
export interface SourceRow {
  line: number;
  cells: string[];
}

/** More than a college enrolls in a year: a larger file is a mistake, or should come in parts. */
export const maxImportRows = 10_000;

/** The rows that have anything in them, the header among them; blank ones keep their numbers out of the count. */
export async function readRows(file: LoadedFile): Promise<SourceRow[]> {
  const rows = (file.kind === 'xlsx' ? await xlsxRows(file.bytes) : csvRows(file.text)).filter((r) => r.cells.some((c) => c !== ''));
  if (rows.length === 0) throw new AppError('validation', t.errors.importFileEmpty);
  if (rows.length > maxImportRows + 1) throw new AppError('validation', t.errors.importTooManyRows(maxImportRows));
  return rows;
}

/**
 * The delimiter (; from Russian Excel, , elsewhere, or tab) is guessed by Papa Parse. Line numbers are counted from
 * where each record starts, so a quoted cell spanning lines does not shift the numbers the user is shown.
 */
function csvRows(text: string): SourceRow[] {
  const rows: SourceRow[] = [];
  let line = 1;
  let offset = 0;
  let unclosedAt: number | null = null;
  Papa.parse<string[]>(text, {
    skipEmptyLines: false,
    step: (result, parser) => {
      if (result.errors.some((e) => e.code === 'MissingQuotes')) {
        unclosedAt = line;
        parser.abort();
        return;
      }
      const cells = result.data.map((c) => c.trim());
      if (cells.some((c) => c !== '')) rows.push({ line, cells });
      const end = result.meta.cursor;
      for (let i = offset; i < end; i++) if (text.charCodeAt(i) === 10) line += 1;
      offset = end;
      // Stops reading a runaway file early; readRows reports it.
      if (rows.length > maxImportRows + 1) parser.abort();
    },
  });
  if (unclosedAt !== null) throw new AppError('validation', t.errors.importUnclosedQuote(unclosedAt));
  return rows;
}

/** The first worksheet that has anything in it; rows keep Excel's own numbers. */
async function xlsxRows(bytes: Buffer): Promise<SourceRow[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its input as an ArrayBuffer; JSZip underneath reads that as well as a Buffer.
    await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  } catch {
    throw new AppError('validation', t.errors.importXlsxUnreadable);
  }
  const sheet = workbook.worksheets.find((ws) => ws.actualRowCount > 0);
  if (!sheet) throw new AppError('validation', t.errors.importFileEmpty);
  const rows: SourceRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellText(cell.value).trim();
    });
    rows.push({ line: rowNumber, cells: Array.from(cells, (c) => c ?? '') });
  });
  return rows;
}

/** A cell as the user reads it; a real date cell becomes an ISO date, which the date reader accepts as is. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(15)));
  if (typeof value === 'boolean') return value ? 'ИСТИНА' : 'ЛОЖЬ';
  if (value instanceof Date) return isoDay(value);
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((part: unknown) => cellText((part as { text?: unknown }).text)).join('');
    if ('text' in value) return cellText(value.text);
    if ('result' in value) return cellText(value.result);
  }
  return '';
}

/** Excel stores a date as a day number; exceljs hands it over as UTC midnight, give or take a rounding error. */
function isoDay(date: Date): string {
  const day = new Date(Math.round(date.getTime() / 86_400_000) * 86_400_000);
  return day.toISOString().slice(0, 10);
}
