import {
  importFieldKeys,
  requiredImportFields,
  type ImportFieldKey,
  type ImportFileInput,
  type ImportMapping,
} from '../../../src-shared/api/exchange';
import { importFieldLabels, t } from '../../../src-shared/i18n/ru';

/** Header texts offices actually use for each field, already normalized (see normalizeHeader). */
const headerAliases: Record<ImportFieldKey, readonly string[]> = {
  surname: ['фамилия'],
  name: ['имя'],
  patronymic: ['отчество'],
  birthDate: ['дата рождения', 'дата рожд', 'день рождения', 'др'],
  sex: ['пол'],
  recordBook: ['зачетной книжки', 'номер зачетной книжки', 'зачетная книжка', 'зачетка', 'номер зачетки', 'зачетки'],
  snils: ['снилс', 'номер снилс'],
  phone: ['телефон', 'тел', 'номер телефона', 'мобильный телефон', 'контактный телефон'],
  email: ['e mail', 'email', 'эл почта', 'электронная почта', 'адрес электронной почты', 'почта'],
  address: ['адрес', 'адрес проживания', 'адрес регистрации', 'место жительства'],
  funding: ['финансирование', 'основа обучения', 'источник финансирования', 'форма финансирования', 'основа'],
  group: ['группа', 'учебная группа', 'номер группы'],
};

/** Case, ё, punctuation, № and remarks in brackets do not matter: «№ зачётной книжки» is «зачетной книжки». */
export function normalizeHeader(text: string): string {
  return text
    .replace(/\([^)]*\)/g, ' ')
    .toLocaleLowerCase('ru')
    .replace(/ё/g, 'е')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Each field takes the first column whose header is one of its names; a column serves one field. */
export function suggestMapping(columns: readonly string[]): ImportMapping {
  const headers = columns.map(normalizeHeader);
  const used = new Set<number>();
  const mapping = Object.fromEntries(importFieldKeys.map((k) => [k, null])) as ImportMapping;
  for (const key of importFieldKeys) {
    const index = headers.findIndex((h, i) => !used.has(i) && headerAliases[key].includes(h));
    if (index >= 0) {
      mapping[key] = index;
      used.add(index);
    }
  }
  return mapping;
}

/** Rows above the header that offices leave in (a title, a date) are passed over: this many are looked at. */
const headerSearchDepth = 10;

/** The header is the first row that names the most fields; with none named, the first row, for the user to map. */
export function findHeader(rows: readonly { cells: readonly string[] }[]): number {
  let best = 0;
  let bestCount = 0;
  rows.slice(0, headerSearchDepth).forEach((row, i) => {
    const count = Object.values(suggestMapping(row.cells)).filter((c) => c !== null).length;
    if (count > bestCount) [best, bestCount] = [i, count];
  });
  return best;
}

/** The user's choices over the suggestion; what still keeps the file from being read row by row. */
export function resolveMapping(columns: readonly string[], chosen: ImportFileInput['mapping']): { mapping: ImportMapping; problems: string[] } {
  const mapping = { ...suggestMapping(columns), ...chosen };
  const problems: string[] = [];
  for (const key of importFieldKeys) {
    const column = mapping[key];
    if (column !== null && column >= columns.length) problems.push(t.errors.importColumnOutOfRange(importFieldLabels[key], column + 1));
    else if (column === null && requiredImportFields.has(key)) problems.push(t.errors.importColumnMissing(importFieldLabels[key]));
  }
  return { mapping, problems };
}
