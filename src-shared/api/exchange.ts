import { z } from 'zod';
import { t } from '../i18n/ru';
import { idField, requiredText } from './fields';
import { orderInput } from './orders';

/** The largest file the office may load at once; the base64 text that carries it is a third longer. */
export const maxImportFileMegabytes = 10;
const maxBase64Chars = Math.ceil((maxImportFileMegabytes * 1024 * 1024) / 3) * 4;

/** The student fields a file's columns can fill, in the order the wizard shows them. */
export const importFieldKeys = [
  'surname',
  'name',
  'patronymic',
  'birthDate',
  'sex',
  'recordBook',
  'snils',
  'phone',
  'email',
  'address',
  'funding',
  'group',
] as const;
export const importFieldKeySchema = z.enum(importFieldKeys);
export type ImportFieldKey = z.infer<typeof importFieldKeySchema>;

/** A row without these cannot become an enrolled student. */
export const requiredImportFields: ReadonlySet<ImportFieldKey> = new Set(['surname', 'name', 'birthDate', 'sex', 'recordBook', 'funding', 'group']);

export const importEncodings = ['auto', 'utf-8', 'windows-1251'] as const;
export const importEncodingSchema = z.enum(importEncodings);

const columnIndex = z.number().int().min(0).max(999).nullable();

export const importFileInput = z.object({
  fileName: requiredText(255),
  contentBase64: z
    .string({ error: t.validation.required })
    .min(1, t.validation.required)
    .max(maxBase64Chars, t.errors.importFileTooLarge(maxImportFileMegabytes)),
  encoding: importEncodingSchema.default('auto'),
  /** Column (0-based) per field; a field left out keeps the suggestion made from the headers, null unmaps it. */
  mapping: z.partialRecord(importFieldKeySchema, columnIndex).optional(),
});
export type ImportFileInput = z.output<typeof importFileInput>;

export const importMapping = z.record(importFieldKeySchema, z.number().nullable());
export type ImportMapping = z.infer<typeof importMapping>;

export const importRowProblem = z.object({ field: importFieldKeySchema, label: z.string(), message: z.string() });
export type ImportRowProblem = z.infer<typeof importRowProblem>;

export const importErrorRow = z.object({
  /** The line number as the user sees it in the file (the header is line 1 of a plain list). */
  row: z.number(),
  fullName: z.string(),
  problems: z.array(importRowProblem),
});

export const importSampleRow = z.object({
  row: z.number(),
  fullName: z.string(),
  birthDate: z.string(),
  recordBook: z.string(),
  groupName: z.string(),
});

export const importPreview = z.object({
  /** The text encoding the file was read in; null for .xlsx, which carries its own. */
  encoding: z.enum(['utf-8', 'windows-1251']).nullable(),
  columns: z.array(z.string()),
  mapping: importMapping,
  /** Problems with the file as a whole (a required field without a column); rows are not checked while there are any. */
  fileErrors: z.array(z.string()),
  totalRows: z.number(),
  validRows: z.number(),
  errorRowCount: z.number(),
  /** The first rows with problems; `errorRowCount` says how many there are in all. */
  errorRows: z.array(importErrorRow),
  sample: z.array(importSampleRow),
});
export type ImportPreview = z.infer<typeof importPreview>;

export const importOrderInput = orderInput.pick({ number: true, date: true, effectiveDate: true, reason: true });
/** The order part of starting an import: the wizard's order step validates with it, paths as the core reports them. */
export const importOrderStep = z.object({ order: importOrderInput });

export const studentImportResult = z.object({
  kind: z.literal('studentImport'),
  created: z.number(),
  orderId: z.string(),
  orderNumber: z.string(),
});

export const exportedFile = z.object({ fileName: z.string(), contentBase64: z.string() });

export const studentsExchangeApi = {
  /** Reads the file, suggests the columns and checks every row; writes nothing. */
  'students.importPreview': { input: importFileInput, output: importPreview },
  /** Starts loading the file: every student and one enrollment order, all or nothing. Poll `jobs.get`. */
  'students.importStart': { input: importFileInput.extend(importOrderStep.shape), output: z.object({ jobId: z.string() }) },
  'students.exportGroup': { input: z.object({ groupId: idField }), output: exportedFile },
  'students.exportContingent': { input: z.object({}).strict(), output: exportedFile },
} as const;
