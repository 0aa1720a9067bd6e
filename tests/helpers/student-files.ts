// Student lists as the office brings them: CSV in UTF-8 or Windows-1251, or an .xlsx workbook, built from the
// demo college's generator so names look real.
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { generateDemoCollege } from '../../src-main/core/demo/generator';

export const importHeader = [
  'Фамилия',
  'Имя',
  'Отчество',
  'Дата рождения',
  'Пол',
  '№ зачётной книжки',
  'СНИЛС',
  'Телефон',
  'E-mail',
  'Адрес',
  'Основа обучения',
  'Группа',
];

const dotted = (iso: string) => iso.split('-').reverse().join('.');

/** `count` rows of generated people spread over the given groups, record books `<prefix>-00001` on. */
export function demoImportRows(count: number, groupNames: readonly string[], prefix = 'И', seed = 7): string[][] {
  const people = generateDemoCollege('large', seed).groups.flatMap((g) => g.students);
  return Array.from({ length: count }, (_, i) => {
    const p = people[i % people.length]!;
    return [
      p.surname,
      p.name,
      p.patronymic,
      dotted(p.birthDate),
      p.sex === 'male' ? 'М' : 'Ж',
      `${prefix}-${String(i + 1).padStart(5, '0')}`,
      '',
      '',
      '',
      '',
      i % 5 === 0 ? 'договор' : 'бюджет',
      groupNames[i % groupNames.length]!,
    ];
  });
}

export function toCsv(rows: string[][], delimiter = ';'): string {
  return Papa.unparse(rows, { delimiter, newline: '\r\n' });
}

const cp1251 = new Map<string, number>();
for (let byte = 0; byte < 256; byte++) cp1251.set(new TextDecoder('windows-1251').decode(Uint8Array.of(byte)), byte);

/** Node encodes only UTF-8; the Windows-1251 table is read back from its decoder. */
export function encode1251(text: string): Buffer {
  return Buffer.from([...text].map((ch) => cp1251.get(ch) ?? 0x3f));
}

export function csvBase64(text: string, options: { encoding?: 'utf-8' | 'windows-1251'; bom?: boolean } = {}): string {
  if (options.encoding === 'windows-1251') return encode1251(text).toString('base64');
  return Buffer.concat([Buffer.from(options.bom ? [0xef, 0xbb, 0xbf] : []), Buffer.from(text, 'utf8')]).toString('base64');
}

/** A workbook with the rows on its first sheet; ISO dates in the date column become real Excel date cells. */
export async function xlsxBase64(rows: (string | number | Date)[][], sheet = 'Студенты'): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet(sheet);
  for (const row of rows) ws.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

export async function readXlsx(base64: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(Buffer.from(base64, 'base64')).buffer);
  return workbook;
}
