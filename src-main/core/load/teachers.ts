import { v7 as uuidv7 } from 'uuid';
import type { LineDetails } from '../../../src-shared/api/load';
import { t } from '../../../src-shared/i18n/ru';
import type { Journal } from '../journal';
import { fieldChanges, setFields } from '../oplog/changes';
import { listEmployees } from '../staff/employees';
import { checkTeacher, loadFieldError, requireEditableLine } from './checks';
import { lineDetails } from './lines';
import { assignmentsOf } from './queries';
import { LoadNames } from './views';

const e = t.errors;

/** Who may be given load: teachers and masters of vocational training not dismissed, by name. */
export function listTeachers(j: Journal): { id: string; fullName: string }[] {
  return listEmployees(j, { query: '', includeDismissed: false })
    .filter((x) => x.positions.includes('teacher') || x.positions.includes('master'))
    .map((x) => ({ id: x.id, fullName: x.fullName }));
}

/**
 * Another teacher takes the line from `fromDate` on: the current assignment ends that day (exclusive) and a new
 * one starts, so lessons before the date stay with the teacher who gave them (`teacherOn`).
 */
export function changeTeacher(j: Journal, actorId: string, lineId: string, teacherId: string, fromDate: string): LineDetails {
  return j.db.transaction(() => {
    const names = new LoadNames(j);
    const line = requireEditableLine(j, names, lineId);
    const period = names.period(line.periodId);
    if (period && (fromDate < period.startDate || fromDate > period.endDate)) {
      throw loadFieldError('fromDate', e.loadOutsidePeriod(period.startDate, period.endDate));
    }
    if (teacherId === line.teacherId) throw loadFieldError('teacherId', e.loadSameTeacher);
    checkTeacher(j, teacherId, 'teacherId');
    const open = assignmentsOf(j, lineId).filter((a) => a.endDate === null);
    const latestStart = open.reduce((max, a) => (a.startDate > max ? a.startDate : max), '');
    if (fromDate < latestStart) throw loadFieldError('fromDate', e.loadBeforeCurrentTeacher(latestStart));
    j.oplog.commit(actorId, [
      // A teacher replaced from their first day never taught the line: their interval goes, not just ends.
      ...open.flatMap((a) => setFields('load_assignment', a.id, a.startDate === fromDate ? { deleted: true } : { end_date: fromDate })),
      ...fieldChanges('load_assignment', uuidv7(), undefined, { line_id: lineId, teacher_id: teacherId, start_date: fromDate, end_date: null }),
      ...setFields('load_line', lineId, { teacher_id: teacherId }),
    ]);
    return lineDetails(j, lineId);
  })();
}
