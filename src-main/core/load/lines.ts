import { v7 as uuidv7 } from 'uuid';
import type { LineDetails, LineInput, LineUpdateInput, LineView } from '../../../src-shared/api/load';
import { t } from '../../../src-shared/i18n/ru';
import { AppError } from '../errors';
import type { Journal } from '../journal';
import { fieldChanges, setFields } from '../oplog/changes';
import { checkLineFree, checkLineInput, requireEditableLine } from './checks';
import { assignmentsOf, findLine, substitutionsOf } from './queries';
import { hourFields, hoursOfLine } from './rules';
import { LoadNames } from './views';
import { lessonsOfLine } from '../gradebook/queries';

/**
 * New lines, each with its first teacher from the start of its period; all or none. Many at once for the demo
 * college and the bench: one set of name lookups and one transaction.
 */
export function insertLines(j: Journal, actorId: string, inputs: readonly LineInput[]): string[] {
  return j.db.transaction(() => {
    const names = new LoadNames(j);
    const teachers = new Map<string, string | null>();
    return inputs.map((input) => {
      const { period } = checkLineInput(j, names, input, teachers);
      // Committed line by line, so the one-line rule sees the batch's earlier lines too.
      checkLineFree(j, names, input);
      const id = uuidv7();
      j.oplog.commit(actorId, [
        ...fieldChanges('load_line', id, undefined, {
          year_id: input.yearId,
          period_id: input.periodId,
          group_id: input.groupId,
          subgroup_id: input.subgroupId,
          discipline_id: input.disciplineId,
          teacher_id: input.teacherId,
          ...hourFields(input.hours),
          notes: input.notes,
        }),
        ...fieldChanges('load_assignment', uuidv7(), undefined, { line_id: id, teacher_id: input.teacherId, start_date: period.startDate, end_date: null }),
      ]);
      return id;
    });
  })();
}

export function createLine(j: Journal, actorId: string, input: LineInput): LineView {
  const [id] = insertLines(j, actorId, [input]);
  return new LoadNames(j).line(findLine(j, id!)!);
}

export function updateLine(j: Journal, actorId: string, input: LineUpdateInput): LineView {
  return j.db.transaction(() => {
    const names = new LoadNames(j);
    const line = requireEditableLine(j, names, input.lineId);
    const current = { ...hourFields(hoursOfLine(line)), notes: line.notes };
    j.oplog.commit(actorId, fieldChanges('load_line', line.id, current, { ...hourFields(input.hours), notes: input.notes }));
    return new LoadNames(j).line(findLine(j, line.id)!);
  })();
}

/**
 * The line leaves the load; its row and history stay, tombstoned, as nothing is hard-deleted. A line that is
 * already a journal page (it has lessons) stays: removing it would hide its marks from every view.
 */
export function deleteLine(j: Journal, actorId: string, lineId: string): string {
  return j.db.transaction(() => {
    const line = requireEditableLine(j, new LoadNames(j), lineId);
    const lessons = lessonsOfLine(j, line.id).length;
    if (lessons > 0) throw new AppError('conflict', t.errors.loadLineHasLessons(lessons));
    j.oplog.commit(actorId, setFields('load_line', line.id, { deleted: true }));
    return line.id;
  })();
}

/** A line with its teachers over time and its substitutions. */
export function lineDetails(j: Journal, lineId: string): LineDetails {
  const row = findLine(j, lineId);
  if (!row) throw new AppError('not_found', t.errors.loadLineNotFound);
  const names = new LoadNames(j);
  const period = names.period(row.periodId);
  return {
    line: names.line(row),
    period: { startDate: period?.startDate ?? '', endDate: period?.endDate ?? '' },
    yearClosed: names.year(row.yearId)?.closed ?? false,
    assignments: assignmentsOf(j, lineId).map((a) => names.assignment(a)),
    substitutions: substitutionsOf(j, lineId).map((s) => names.substitution(s)),
  };
}
