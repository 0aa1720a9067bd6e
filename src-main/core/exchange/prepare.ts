import type { ImportFileInput, ImportMapping } from '../../../src-shared/api/exchange';
import { t } from '../../../src-shared/i18n/ru';
import type { TextEncoding } from './decode';
import { loadFile } from './decode';
import { findHeader, resolveMapping } from './mapping';
import { markRepeatedRecordBooks, parseRow, type ParsedRow } from './rows';
import { readRows } from './table';

/** A file read and its rows checked on their own; the checks against the college come later, and again on writing. */
export interface PreparedImport {
  encoding: TextEncoding | null;
  columns: string[];
  mapping: ImportMapping;
  fileProblems: string[];
  /** Data rows in the file, whether or not they were read (they are not while the file has problems). */
  rowCount: number;
  rows: ParsedRow[];
}

export type RowProgress = (done: number, total: number) => void;

const chunkSize = 500;

/** Lets other calls (a progress poll) run between chunks of a long file. */
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function prepareImport(input: ImportFileInput, progress: RowProgress = () => undefined): Promise<PreparedImport> {
  const file = loadFile(input);
  const rows = await readRows(file);
  const headerAt = findHeader(rows);
  const table = { columns: rows[headerAt]!.cells, rows: rows.slice(headerAt + 1) };
  const { mapping, problems } = resolveMapping(table.columns, input.mapping);
  if (table.rows.length === 0) problems.push(t.errors.importNoRows);
  const prepared: PreparedImport = {
    encoding: file.kind === 'text' ? file.encoding : null,
    columns: table.columns,
    mapping,
    fileProblems: problems,
    rowCount: table.rows.length,
    rows: [],
  };
  if (problems.length > 0) return prepared;
  progress(0, table.rows.length);
  for (let start = 0; start < table.rows.length; start += chunkSize) {
    await yieldToEventLoop();
    for (const row of table.rows.slice(start, start + chunkSize)) prepared.rows.push(parseRow(row, mapping));
    progress(prepared.rows.length, table.rows.length);
  }
  markRepeatedRecordBooks(prepared.rows);
  return prepared;
}
