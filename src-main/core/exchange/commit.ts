import type { z } from 'zod';
import type { importOrderInput, ImportFileInput, studentImportResult } from '../../../src-shared/api/exchange';
import { exchangeTexts, t } from '../../../src-shared/i18n/ru';
import { applyOrder } from '../contingent/orders';
import { insertStudents } from '../contingent/students';
import { AppError } from '../errors';
import type { Journal } from '../journal';
import type { JobProgress } from '../jobs/job-store';
import { prepareImport } from './prepare';
import { collegeFacts, judgeRows, type ParsedRow } from './rows';

type ImportOrder = z.output<typeof importOrderInput>;
type ImportResult = z.output<typeof studentImportResult>;

/** Problems named in the refusal besides the count: enough to start fixing, the preview shows them all. */
const namedProblems = 50;

/**
 * The work of an import job: the file is read and its rows checked in chunks, so progress shows; then everything
 * is written at once.
 */
export async function importStudents(j: Journal, actorId: string, input: ImportFileInput & { order: ImportOrder }, progress: JobProgress): Promise<ImportResult> {
  const phases = exchangeTexts.phases;
  progress(phases.reading, 0, 0);
  const prepared = await prepareImport(input, (done, total) => progress(phases.checking, done, total));
  if (prepared.fileProblems.length > 0) throw new AppError('validation', t.errors.importFileInvalid(prepared.fileProblems.join('; ')));
  progress(phases.writing, prepared.rows.length, prepared.rows.length);
  // One more turn of the event loop, so a poll can see the writing phase before the transaction holds the thread.
  await new Promise<void>((resolve) => setImmediate(resolve));
  return writeImport(j, actorId, prepared.rows, input.order);
}

/**
 * Every student and one enrollment order for all of them, in one transaction. The rows are judged against the
 * college again inside it: a group closed or a record book given out since the preview refuses the whole file.
 */
export function writeImport(j: Journal, actorId: string, rows: readonly ParsedRow[], order: ImportOrder): ImportResult {
  return j.db.transaction(() => {
    const { accepted, rejected } = judgeRows(rows, collegeFacts(j));
    if (rejected.length > 0) {
      const fields = rejected
        .flatMap((r) => r.problems.map((p) => ({ field: `rows.${r.line}.${p.field}`, message: `строка ${r.line}, «${p.label}»: ${p.message}` })))
        .slice(0, namedProblems);
      throw new AppError('validation', t.errors.importRowsInvalid(rejected.length), fields);
    }
    const ids = insertStudents(j, actorId, accepted.map((row) => row.student));
    const items = accepted.map((row, i) => ({ studentId: ids[i]!, groupId: row.groupId }));
    const applied = applyOrder(j, actorId, { ...order, type: 'enrollment', items });
    return { kind: 'studentImport' as const, created: items.length, orderId: applied.id, orderNumber: applied.number };
  })();
}
