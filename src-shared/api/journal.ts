import { z } from 'zod';
import {
  absenceReasonSchema,
  attendanceSchema,
  defaultLessonHours,
  finalKindSchema,
  finalValueOrEmptySchema,
  lessonKindSchema,
  markOrEmptySchema,
  maxLessonHours,
  maxPair,
} from '../domain/gradebook';
import { t } from '../i18n/ru';
import { isoDate } from './calendar';
import { idField } from './fields';

const v = t.validation;

const boundedInt = (min: number, max: number) =>
  z.number({ error: v.range(min, max) }).int(v.range(min, max)).min(min, v.range(min, max)).max(max, v.range(min, max));

/** Why the office changes what is past the back-dating window or otherwise needs an explanation; '' when none is needed. */
const reasonField = z.string().trim().max(500, v.tooLong(500)).default('');
const textField = (max: number) => z.string().trim().max(max, v.tooLong(max)).default('');

/** The load line a page is: who, what, when. */
export const pageLineView = z.object({
  id: z.string(),
  groupId: z.string(),
  groupName: z.string(),
  subgroupId: z.string().nullable(),
  subgroupName: z.string().nullable(),
  disciplineCode: z.string(),
  disciplineName: z.string(),
  periodId: z.string(),
  periodName: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  /** The line's teacher as of today (or the period's end when it is over). */
  teacherName: z.string(),
});
export type PageLineView = z.infer<typeof pageLineView>;

export const lessonView = z.object({
  id: z.string(),
  date: z.string(),
  pair: z.number(),
  hours: z.number(),
  kind: lessonKindSchema,
  topicId: z.string().nullable(),
  topic: z.string(),
  homework: z.string(),
  /** Who conducted it: the line's teacher on that day or a substitute. */
  teacherId: z.string(),
  teacherName: z.string(),
  /** The last day a teacher may still fill this lesson's attendance and marks (lesson date + N days). */
  fillableUntil: z.string(),
});
export type LessonView = z.infer<typeof lessonView>;

/** A stay of a student in the page's group or subgroup, clipped to the period; endDate is exclusive, null while it lasts. */
export const intervalView = z.object({ startDate: z.string(), endDate: z.string().nullable() });
export type IntervalView = z.infer<typeof intervalView>;

export const pageStudentView = z.object({
  id: z.string(),
  fullName: z.string(),
  /** The cells of lessons dated outside every interval are not the student's: shown greyed, refused on edit. */
  intervals: z.array(intervalView),
  /** Mean of the numeric marks (5…2) on the page; null without any. */
  average: z.number().nullable(),
});
export type PageStudentView = z.infer<typeof pageStudentView>;

export const cellView = z.object({
  lessonId: z.string(),
  studentId: z.string(),
  attendance: attendanceSchema,
  absenceReason: absenceReasonSchema,
  absenceNote: z.string(),
  mark1: markOrEmptySchema,
  mark2: markOrEmptySchema,
});
export type CellView = z.infer<typeof cellView>;

export const finalView = z.object({ studentId: z.string(), kind: finalKindSchema, value: finalValueOrEmptySchema });
export type FinalView = z.infer<typeof finalView>;

/** What the signed-in user may do on the page: computed by the core, the grid only follows it. */
export const pageAccessView = z.object({
  canEditLessons: z.boolean(),
  canEditMarks: z.boolean(),
  canSetAbsenceReasons: z.boolean(),
  canEditFinals: z.boolean(),
  /**
   * The last day a teacher may still fill the page (the period's end + N days; finals follow it); after it only the
   * office and the administrator, with a reason. Null when nobody fills the page any more (the period is closed).
   */
  needsReasonAfter: z.string().nullable(),
  /** N: days after a lesson a teacher may still fill it. */
  backdatingDays: z.number(),
  /** Lessons whose cells the user may change now (a substitute: only theirs; a teacher: within N days). */
  editableLessonIds: z.array(z.string()),
  /** Of those, the ones where a change needs a reason (the office past N days). */
  reasonLessonIds: z.array(z.string()),
  /** Whether a change to the finals needs a reason now. */
  finalsNeedReason: z.boolean(),
});
export type PageAccessView = z.infer<typeof pageAccessView>;

export const closedView = z.object({ closed: z.boolean(), reason: z.string() });

export const journalPage = z.object({
  line: pageLineView,
  lessons: z.array(lessonView),
  students: z.array(pageStudentView),
  /** Only the cells that hold something; a missing cell is empty. */
  cells: z.array(cellView),
  finals: z.array(finalView),
  access: pageAccessView,
  closed: closedView,
});
export type JournalPage = z.infer<typeof journalPage>;

export const journalLineView = pageLineView.extend({
  /** Whether the signed-in user fills this page (own line or a substitution), rather than only reads it. */
  fills: z.boolean(),
  lessonCount: z.number(),
  closed: z.boolean(),
});
export type JournalLineView = z.infer<typeof journalLineView>;

export const lessonInput = z.object({
  lineId: idField,
  /** Absent for a new lesson. */
  lessonId: idField.optional(),
  date: isoDate,
  pair: boundedInt(1, maxPair),
  hours: boundedInt(1, maxLessonHours).default(defaultLessonHours),
  kind: lessonKindSchema.default('lecture'),
  /** A topic of the line's thematic plan; null for a topic typed by hand. */
  topicId: idField.nullable().default(null),
  topic: textField(500),
  homework: textField(1000),
  reason: reasonField,
});
export type LessonInput = z.output<typeof lessonInput>;

const cellEntry = z.object({
  studentId: idField,
  attendance: attendanceSchema.default(''),
  mark1: markOrEmptySchema.default(''),
  mark2: markOrEmptySchema.default(''),
});
export type CellEntry = z.output<typeof cellEntry>;

/** The whole state of a cell: what is given replaces what was (a key press sets the cell). */
export const cellInput = cellEntry.extend({ lessonId: idField, reason: reasonField });
export type CellInput = z.output<typeof cellInput>;

export const cellsInput = z.object({
  lessonId: idField,
  entries: z.array(cellEntry).min(1, v.required).max(200, v.tooMany(200)),
  reason: reasonField,
});
export type CellsInput = z.output<typeof cellsInput>;

export const absenceReasonInput = z.object({
  lessonId: idField,
  studentId: idField,
  absenceReason: absenceReasonSchema,
  note: textField(300),
});
export type AbsenceReasonInput = z.output<typeof absenceReasonInput>;

export const finalInput = z.object({
  lineId: idField,
  studentId: idField,
  kind: finalKindSchema,
  /** '' clears the final. */
  value: finalValueOrEmptySchema,
  reason: reasonField,
});
export type FinalInput = z.output<typeof finalInput>;

export const debtView = z.object({
  studentId: z.string(),
  fullName: z.string(),
  groupId: z.string(),
  groupName: z.string(),
  lineId: z.string(),
  disciplineCode: z.string(),
  disciplineName: z.string(),
  periodId: z.string(),
  periodName: z.string(),
  kind: finalKindSchema,
  value: finalValueOrEmptySchema,
});
export type DebtView = z.infer<typeof debtView>;

export const journalApi = {
  /** The pages the user may open in a year (the current one when none is named): own and substituted lines for a teacher, the groups of a curator, all for the office. */
  'journal.lines': {
    input: z.object({ yearId: idField.optional(), groupId: idField.optional() }),
    output: z.object({ yearId: z.string().nullable(), lines: z.array(journalLineView) }),
  },
  'journal.page': { input: z.object({ lineId: idField }), output: journalPage },
  /** Creates (no lessonId) or changes a lesson. */
  'journal.saveLesson': { input: lessonInput, output: lessonView },
  'journal.deleteLesson': { input: z.object({ lessonId: idField, reason: reasonField }), output: z.object({ lessonId: z.string() }) },
  'journal.setCell': { input: cellInput, output: cellView },
  /** A pasted column: every entry is checked first, then all are saved, or none. */
  'journal.setCells': { input: cellsInput, output: z.object({ cells: z.array(cellView) }) },
  'journal.setAbsenceReason': { input: absenceReasonInput, output: cellView },
  'journal.setFinal': { input: finalInput, output: finalView },
  /** Academic debts (finals 2, незачёт, Н/А) of one group, or of the college when no group is named; a year's, the current when none is named. */
  'journal.debts': {
    input: z.object({ groupId: idField.optional(), yearId: idField.optional() }),
    output: z.object({ debts: z.array(debtView) }),
  },
} as const;
