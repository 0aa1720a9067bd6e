import type { ImportFileInput, ImportPreview } from '../../../src-shared/api/exchange';
import type { Journal } from '../journal';
import { prepareImport } from './prepare';
import { collegeFacts, judgeRows } from './rows';

/** Enough rows with problems to fix a file by; the count tells how many more there are. */
const maxErrorRows = 500;
const sampleSize = 5;

/** What loading the file would do, row by row. Writes nothing. */
export async function previewImport(j: Journal, input: ImportFileInput): Promise<ImportPreview> {
  const prepared = await prepareImport(input);
  const { accepted, rejected } = judgeRows(prepared.rows, collegeFacts(j));
  return {
    encoding: prepared.encoding,
    columns: prepared.columns,
    mapping: prepared.mapping,
    fileErrors: prepared.fileProblems,
    totalRows: prepared.rowCount,
    validRows: accepted.length,
    errorRowCount: rejected.length,
    errorRows: rejected.slice(0, maxErrorRows).map((r) => ({ row: r.line, fullName: r.fullName, problems: r.problems })),
    sample: accepted.slice(0, sampleSize).map((r) => ({
      row: r.line,
      fullName: r.fullName,
      birthDate: r.student.birthDate,
      recordBook: r.student.recordBook,
      groupName: r.groupName,
    })),
  };
}
