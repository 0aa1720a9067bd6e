import { and, eq } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { LineDetails, SubstitutionInput } from '../../../src-shared/api/load';
import { t } from '../../../src-shared/i18n/ru';
import { AppError } from '../errors';
import type { Journal } from '../journal';
import { fieldChanges, setFields } from '../oplog/changes';
import { checkTeacher, loadFieldError, requireEditableLine } from './checks';
import { lineDetails } from './lines';
import { assignmentsOf, substitutionsOf } from './queries';
import { rangesOverlap } from './rules';
import { substitutions } from './schema';
import { LoadNames } from './views';

const e = t.errors;

/**
 * Another teacher conducts a line's lessons on the given days (both inclusive): inside the line's period, not
 * the teacher responsible on any of those days, and not overlapping another substitution of the line (a
 * lesson has one person who may fill it besides its teacher).
 */
export function addSubstitution(j: Journal, actorId: string, input: SubstitutionInput): LineDetails {
  return j.db.transaction(() => {
    const names = new LoadNames(j);
    const line = requireEditableLine(j, names, input.lineId);
    const period = names.period(line.periodId);
    if (input.endDate < input.startDate) throw loadFieldError('endDate', t.errors.endBeforeStart);
    if (period) {
      for (const field of ['startDate', 'endDate'] as const) {
        if (input[field] < period.startDate || input[field] > period.endDate) {
          throw loadFieldError(field, e.loadOutsidePeriod(period.startDate, period.endDate));
        }
      }
    }
    checkTeacher(j, input.substituteId, 'substituteId');
    const range = { startDate: input.startDate, endDate: input.endDate };
    // Assignments end exclusively; as an inclusive range an assignment ends the day before.
    const teaching = assignmentsOf(j, line.id).filter(
      (a) => a.teacherId === input.substituteId && a.startDate <= input.endDate && (a.endDate === null || a.endDate > input.startDate),
    );
    if (teaching.length > 0) throw loadFieldError('substituteId', e.loadSubstituteIsTeacher);
    const overlapping = substitutionsOf(j, line.id).find((s) => rangesOverlap(s, range));
    if (overlapping) throw loadFieldError('startDate', e.loadSubstitutionOverlaps(overlapping.startDate, overlapping.endDate));
    j.oplog.commit(
      actorId,
      fieldChanges('substitution', uuidv7(), undefined, {
        line_id: line.id,
        substitute_id: input.substituteId,
        start_date: input.startDate,
        end_date: input.endDate,
        reason: input.reason,
      }),
    );
    return lineDetails(j, line.id);
  })();
}

/** The substitution is withdrawn (tombstoned): the substitute may no longer fill those lessons. */
export function removeSubstitution(j: Journal, actorId: string, substitutionId: string): LineDetails {
  return j.db.transaction(() => {
    const row = j.orm
      .select()
      .from(substitutions)
      .where(and(eq(substitutions.id, substitutionId), eq(substitutions.deleted, 0)))
      .get();
    if (!row) throw new AppError('not_found', e.loadSubstitutionNotFound);
    requireEditableLine(j, new LoadNames(j), row.lineId);
    j.oplog.commit(actorId, setFields('substitution', row.id, { deleted: true }));
    return lineDetails(j, row.lineId);
  })();
}
