import type { z } from 'zod';
import type { exportedFile } from '../../../src-shared/api/exchange';
import { hourKinds, type HoursView } from '../../../src-shared/api/load';
import { exchangeTexts, loadTexts } from '../../../src-shared/i18n/ru';
import { collegeName } from '../college/college';
import { addTable, addTitle, dotted, newWorkbook, toFile, type Cell } from '../exchange/export-xlsx';
import type { Journal } from '../journal';
import { tariffing } from './tariffing';
import { localIsoDate } from '../dates';

type ExportedFile = z.output<typeof exportedFile>;

const x = loadTexts;
const c = x.columns;
const hourColumns: [string, number][] = hourKinds.map((k) => [c[k], 9]);
const hourCells = (h: HoursView): Cell[] => [...hourKinds.map((k) => h[k]), h.total];

/**
 * The tariffing list as the office files and prints it: one sheet of lines teacher by teacher with a total
 * under each and the college's total at the end (the teacher's name on every line, so Excel's filter finds
 * them), and a sheet of each teacher's totals by period.
 */
export async function exportTariffing(j: Journal, yearId: string): Promise<ExportedFile> {
  const list = tariffing(j, yearId);
  const today = localIsoDate(j.now());
  const workbook = newWorkbook(j);
  const asOf = exchangeTexts.asOf(collegeName(j), dotted(today));
  const setup = { pageSetup: { paperSize: 9, orientation: 'landscape' as const, fitToPage: true, fitToWidth: 1, fitToHeight: 0 } };

  const sheet = workbook.addWorksheet(x.tariffingSheet, setup);
  addTitle(sheet, [x.tariffingTitle(list.yearName), asOf]);
  const rows: Cell[][] = [];
  const bold: number[] = [];
  for (const teacher of list.teachers) {
    for (const line of teacher.lines) {
      rows.push([teacher.teacherName, line.groupName, line.subgroupName ?? '', `${line.disciplineCode} ${line.disciplineName}`.trim(), line.periodName, ...hourCells(line.hours)]);
    }
    bold.push(rows.length);
    rows.push([x.teacherTotal(teacher.teacherName), '', '', '', '', ...hourCells(teacher.total)]);
  }
  bold.push(rows.length);
  rows.push([x.grandTotal, '', '', '', '', ...hourCells(list.total)]);
  const first = addTable(
    sheet,
    [[c.teacher, 34], [c.group, 11], [c.subgroup, 14], [c.discipline, 44], [c.period, 13], ...hourColumns, [c.total, 9]],
    rows,
    true,
  );
  for (const i of bold) sheet.getRow(first + i).font = { bold: true };

  const summary = workbook.addWorksheet(x.summarySheet, setup);
  addTitle(summary, [x.tariffingTitle(list.yearName), asOf]);
  const totals = list.teachers.map((teacher): Cell[] => [teacher.teacherName, ...teacher.periods.map((p) => p.hours.total), teacher.total.total]);
  const periodTotals = list.periods.map((p) => list.teachers.reduce((s, teacher) => s + (teacher.periods.find((q) => q.periodId === p.id)?.hours.total ?? 0), 0));
  const start = addTable(
    summary,
    [[c.teacher, 34], ...list.periods.map((p): [string, number] => [p.name, 13]), [c.total, 10]],
    [...totals, [x.grandTotal, ...periodTotals, list.total.total]],
  );
  summary.getRow(start + totals.length).font = { bold: true };
  return toFile(workbook, x.tariffingFile(list.yearName, dotted(today)));
}
