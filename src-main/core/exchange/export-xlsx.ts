import ExcelJS from 'exceljs';
import type { z } from 'zod';
import type { exportedFile } from '../../../src-shared/api/exchange';
import { studentStatuses } from '../../../src-shared/domain/contingent';
import { exchangeTexts, fundingLabels, sexLabels, studentStatusLabels } from '../../../src-shared/i18n/ru';
import type { UserRow } from '../auth/users';
import { collegeName } from '../college/college';
import { listSpecialties } from '../contingent/specialties';
import type { Journal } from '../journal';
import { exportStudents, groupForExport, type ExportStudent } from './export-data';
import { localIsoDate } from '../dates';

type ExportedFile = z.output<typeof exportedFile>;
export type Cell = string | number | Date;

const x = exchangeTexts;
const dateFormat = 'dd.mm.yyyy';
const thin: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

/** A group's list for the office's folder and for printing: title, the group's details, then the table. */
export async function exportGroup(j: Journal, viewer: UserRow, groupId: string): Promise<ExportedFile> {
  const { group, students } = groupForExport(j, viewer, groupId);
  const specialty = listSpecialties(j).find((s) => s.id === group.specialtyId);
  const today = localIsoDate(j.now());
  const workbook = newWorkbook(j);
  const sheet = workbook.addWorksheet(sheetName(group.name), { pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  const c = x.columns;
  addTitle(sheet, [
    x.groupTitle(group.name),
    x.groupDetails([group.specialtyCode, specialty?.name].filter(Boolean).join(' '), group.course, group.curatorName),
    x.asOf(collegeName(j), dotted(today)),
  ]);
  addTable(
    sheet,
    [
      [c.number, 6],
      [c.fullName, 42],
      [c.birthDate, 15],
      [c.recordBook, 20],
      [c.funding, 18],
      [c.status, 24],
    ],
    students.map((s, i) => [i + 1, s.fullName, excelDate(s.birthDate), s.recordBook, fundingLabels[s.funding], studentStatusLabels[s.status]]),
  );
  return toFile(workbook, x.groupFile(group.name, today));
}

/**
 * The whole contingent the viewer may see: one filterable sheet with a group column, and a summary the office
 * reports from (students by group, course and funding; everyone by status).
 */
export async function exportContingent(j: Journal, viewer: UserRow): Promise<ExportedFile> {
  const students = exportStudents(j, viewer);
  const today = localIsoDate(j.now());
  const workbook = newWorkbook(j);
  const c = x.columns;
  const list = workbook.addWorksheet(x.contingentSheet, { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  addTitle(list, [x.contingentTitle, x.asOf(collegeName(j), dotted(today))]);
  addTable(
    list,
    [
      [c.number, 6],
      [c.group, 12],
      [c.course, 7],
      [c.specialty, 11],
      [c.fullName, 40],
      [c.birthDate, 15],
      [c.sex, 10],
      [c.recordBook, 20],
      [c.funding, 17],
      [c.status, 24],
    ],
    students.map((s, i) => [
      i + 1,
      s.group?.name ?? x.noGroup,
      s.group?.course ?? '',
      s.group?.specialtyCode ?? '',
      s.fullName,
      excelDate(s.birthDate),
      sexLabels[s.sex],
      s.recordBook,
      fundingLabels[s.funding],
      studentStatusLabels[s.status],
    ]),
    true,
  );
  addSummary(workbook.addWorksheet(x.summarySheet), students, x.asOf(collegeName(j), dotted(today)));
  return toFile(workbook, x.contingentFile(today));
}

function addSummary(sheet: ExcelJS.Worksheet, students: ExportStudent[], asOf: string): void {
  addTitle(sheet, [x.contingentTitle, asOf]);
  sheet.addRow([x.summaryByGroup]).font = { bold: true };
  const byGroup = new Map<string, { course: number; name: string; budget: number; contract: number }>();
  for (const s of students) {
    if (!s.group) continue;
    const entry = byGroup.get(s.group.id) ?? { course: s.group.course, name: s.group.name, budget: 0, contract: 0 };
    entry[s.funding] += 1;
    byGroup.set(s.group.id, entry);
  }
  const rows: Cell[][] = [];
  const totals = { budget: 0, contract: 0 };
  const courses = [...new Set([...byGroup.values()].map((g) => g.course))].sort((a, b) => a - b);
  const boldRows: number[] = [];
  for (const course of courses) {
    const sub = { budget: 0, contract: 0 };
    for (const g of [...byGroup.values()].filter((v) => v.course === course)) {
      rows.push([course, g.name, g.budget, g.contract, g.budget + g.contract]);
      sub.budget += g.budget;
      sub.contract += g.contract;
    }
    boldRows.push(rows.length);
    rows.push([x.courseTotal(course), '', sub.budget, sub.contract, sub.budget + sub.contract]);
    totals.budget += sub.budget;
    totals.contract += sub.contract;
  }
  boldRows.push(rows.length);
  rows.push([x.grandTotal, '', totals.budget, totals.contract, totals.budget + totals.contract]);
  const first = addTable(
    sheet,
    [
      [x.columns.course, 16],
      [x.columns.group, 14],
      [x.budget, 10],
      [x.contract, 10],
      [x.total, 10],
    ],
    rows,
    false,
    false,
  );
  for (const i of boldRows) sheet.getRow(first + i).font = { bold: true };

  sheet.addRow([]);
  sheet.addRow([x.summaryByStatus]).font = { bold: true };
  const byStatus = studentStatuses.map((status): Cell[] => [studentStatusLabels[status], students.filter((s) => s.status === status).length]);
  const start = addTable(sheet, [[x.columns.status, 16], [x.count, 14]], [...byStatus, [x.total, students.length]], false, false);
  sheet.getRow(start + byStatus.length).font = { bold: true };
}

export function newWorkbook(j: Journal): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Registrum';
  workbook.created = new Date(j.now());
  return workbook;
}

export function addTitle(sheet: ExcelJS.Worksheet, lines: string[]): void {
  lines.forEach((line, i) => {
    const row = sheet.addRow([line]);
    row.font = i === 0 ? { bold: true, size: 14 } : { size: 11 };
  });
  sheet.addRow([]);
}

/**
 * A bordered table under what the sheet has so far; returns the number of its first data row. The header row is
 * frozen and repeated on every printed page when the table is the sheet's main one.
 */
export function addTable(sheet: ExcelJS.Worksheet, columns: [string, number][], rows: Cell[][], filter = false, main = true): number {
  const header = sheet.addRow(columns.map(([title]) => title));
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  columns.forEach(([, width], i) => {
    const column = sheet.getColumn(i + 1);
    column.width = Math.max(column.width ?? 0, width);
  });
  for (const values of rows) sheet.addRow(values);
  for (let r = header.number; r <= header.number + rows.length; r++) {
    const row = sheet.getRow(r);
    for (let col = 1; col <= columns.length; col++) {
      const cell = row.getCell(col);
      cell.border = thin;
      if (cell.value instanceof Date) cell.numFmt = dateFormat;
    }
  }
  if (main) {
    sheet.views = [{ state: 'frozen', ySplit: header.number }];
    sheet.pageSetup.printTitlesRow = `${header.number}:${header.number}`;
  }
  if (filter) sheet.autoFilter = { from: { row: header.number, column: 1 }, to: { row: header.number + rows.length, column: columns.length } };
  return header.number + 1;
}

export async function toFile(workbook: ExcelJS.Workbook, fileName: string): Promise<ExportedFile> {
  const buffer = await workbook.xlsx.writeBuffer();
  return { fileName: fileName.replace(/[\\/:*?"<>|]/g, '_'), contentBase64: Buffer.from(buffer).toString('base64') };
}

/** A real date cell (sortable, filterable in Excel); a value that is no date stays as written. */
function excelDate(iso: string): Date | string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : iso;
}

export const dotted = (iso: string) => iso.split('-').reverse().join('.');

/** Excel allows 31 characters and none of []:*?/\ in a sheet name. */
const sheetName = (name: string) => name.replace(/[[\]:*?/\\]/g, '_').slice(0, 31) || x.contingentSheet;
