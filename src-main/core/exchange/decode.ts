import { maxImportFileMegabytes, type ImportFileInput } from '../../../src-shared/api/exchange';
import { fieldLabels, t } from '../../../src-shared/i18n/ru';
import { AppError, fieldError } from '../errors';

export type TextEncoding = 'utf-8' | 'windows-1251';

/** An uploaded file, told apart by its content: an .xlsx workbook (a zip) or text for the CSV reader. */
export type LoadedFile = { kind: 'xlsx'; bytes: Buffer } | { kind: 'text'; text: string; encoding: TextEncoding };

const zipSignature = [0x50, 0x4b, 0x03, 0x04];
/** The compound-document header of Excel 97–2003 files, which we do not read. */
const oleSignature = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const utf8Bom = [0xef, 0xbb, 0xbf];

const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((b, i) => bytes[i] === b);

export function loadFile(input: Pick<ImportFileInput, 'fileName' | 'contentBase64' | 'encoding'>): LoadedFile {
  const bytes = Buffer.from(input.contentBase64, 'base64');
  if (bytes.length > maxImportFileMegabytes * 1024 * 1024) {
    throw fieldError('contentBase64', fieldLabels.contentBase64!, t.errors.importFileTooLarge(maxImportFileMegabytes));
  }
  if (bytes.length === 0) throw new AppError('validation', t.errors.importFileEmpty);
  if (startsWith(bytes, zipSignature)) return { kind: 'xlsx', bytes };
  if (startsWith(bytes, oleSignature) || /\.xls$/i.test(input.fileName)) throw new AppError('validation', t.errors.importXlsNotSupported);
  return { kind: 'text', ...decodeText(bytes, input.encoding) };
}

/**
 * Text as the office saves it: Excel's «CSV UTF-8» (with a byte-order mark) or plain «CSV», which Russian Windows
 * writes in Windows-1251. Without a choice from the user, bytes that are valid UTF-8 are read as UTF-8, others as 1251:
 * Cyrillic in 1251 is almost never valid UTF-8.
 */
export function decodeText(bytes: Uint8Array, requested: ImportFileInput['encoding']): { text: string; encoding: TextEncoding } {
  const hasBom = startsWith(bytes, utf8Bom);
  const body = hasBom ? bytes.subarray(utf8Bom.length) : bytes;
  if (requested === 'windows-1251') return { text: new TextDecoder('windows-1251').decode(body), encoding: 'windows-1251' };
  if (requested === 'utf-8' || hasBom) return { text: new TextDecoder('utf-8').decode(body), encoding: 'utf-8' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1251').decode(body), encoding: 'windows-1251' };
  }
}
