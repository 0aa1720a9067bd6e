import { z } from 'zod';
import { t } from '../i18n/ru';
import { isoDate } from './calendar';
import { exportedFile } from './exchange';
import { empty, idField, requiredText } from './fields';

/** The kinds of hours a load line carries; the first four are what a study plan sets, the last two the plan leaves to the college. */
export const hourKinds = ['theory', 'practical', 'lab', 'project', 'consultation', 'exam'] as const;
export type HourKind = (typeof hourKinds)[number];
/** The kinds a study plan sets per semester: the load is compared with the plan on these. */
export const plannedHourKinds = ['theory', 'practical', 'lab', 'project'] as const satisfies readonly HourKind[];
export type PlannedHourKind = (typeof plannedHourKinds)[number];

const maxHours = 2000;
const hoursField = z
  .number({ error: t.validation.loadHours(maxHours) })
  .int(t.validation.loadHours(maxHours))
  .min(0, t.validation.loadHours(maxHours))
  .max(maxHours, t.validation.loadHours(maxHours));

export const hoursInput = z
  .object({
    theory: hoursField.default(0),
    practical: hoursField.default(0),
    lab: hoursField.default(0),
    project: hoursField.default(0),
    consultation: hoursField.default(0),
    exam: hoursField.default(0),
  })
  // Asked only of hours that are each valid: a wrong number is told as such, not as «no hours» too.
  .refine((h) => hourKinds.some((k) => h[k] > 0), { message: t.validation.atLeastOneLoadHour, when: (payload) => payload.issues.length === 0 });
export type HoursInput = z.output<typeof hoursInput>;

export const hoursView = z.object({
  theory: z.number(),
  practical: z.number(),
  lab: z.number(),
  project: z.number(),
  consultation: z.number(),
  exam: z.number(),
  total: z.number(),
});
export type HoursView = z.infer<typeof hoursView>;

/** Hours of the kinds a plan sets, with their sum: a plan's requirement, or assigned minus required. */
export const plannedHoursView = z.object({
  theory: z.number(),
  practical: z.number(),
  lab: z.number(),
  project: z.number(),
  total: z.number(),
});
export type PlannedHoursView = z.infer<typeof plannedHoursView>;

const notesField = z.string().trim().max(500, t.validation.tooLong(500)).default('');

export const lineInput = z.object({
  yearId: idField,
  periodId: idField,
  groupId: idField,
  /** A subgroup of the group for this discipline and year; null for the whole group. */
  subgroupId: idField.nullable().default(null),
  disciplineId: idField,
  teacherId: idField,
  hours: hoursInput,
  notes: notesField,
});
export type LineInput = z.output<typeof lineInput>;

/** What may change on a line; its teacher changes by `load.changeTeacher`, which keeps who taught before. */
export const lineUpdateInput = z.object({ lineId: idField, hours: hoursInput, notes: notesField });
export type LineUpdateInput = z.output<typeof lineUpdateInput>;

export const changeTeacherInput = z.object({ lineId: idField, teacherId: idField, fromDate: isoDate });

export const substitutionInput = z.object({ lineId: idField, substituteId: idField, startDate: isoDate, endDate: isoDate, reason: requiredText(300) });
export type SubstitutionInput = z.output<typeof substitutionInput>;

export const lineView = z.object({
  id: z.string(),
  yearId: z.string(),
  periodId: z.string(),
  periodName: z.string(),
  groupId: z.string(),
  groupName: z.string(),
  subgroupId: z.string().nullable(),
  subgroupName: z.string().nullable(),
  disciplineId: z.string(),
  disciplineCode: z.string(),
  disciplineName: z.string(),
  teacherId: z.string(),
  teacherName: z.string(),
  hours: hoursView,
  notes: z.string(),
});
export type LineView = z.infer<typeof lineView>;

export const assignmentView = z.object({
  id: z.string(),
  teacherId: z.string(),
  teacherName: z.string(),
  startDate: z.string(),
  /** Exclusive: the teacher was responsible on days before this one; null while they still are. */
  endDate: z.string().nullable(),
});

export const substitutionView = z.object({
  id: z.string(),
  lineId: z.string(),
  substituteId: z.string(),
  substituteName: z.string(),
  /** Both inclusive. */
  startDate: z.string(),
  endDate: z.string(),
  reason: z.string(),
});
export type SubstitutionView = z.infer<typeof substitutionView>;

export const lineDetails = z.object({
  line: lineView,
  period: z.object({ startDate: z.string(), endDate: z.string() }),
  yearClosed: z.boolean(),
  assignments: z.array(assignmentView),
  substitutions: z.array(substitutionView),
});
export type LineDetails = z.infer<typeof lineDetails>;

export const comparisonStatusSchema = z.enum(['ok', 'under', 'over', 'mixed', 'unplanned']);
export type ComparisonStatus = z.infer<typeof comparisonStatusSchema>;

/**
 * What one body of students (the whole group, or one subgroup) gets of a discipline: a subgroup attends the
 * group's common lessons and its own, and must get the plan's full hours.
 */
export const loadUnitView = z.object({
  subgroupId: z.string().nullable(),
  subgroupName: z.string().nullable(),
  assigned: hoursView,
  /** Assigned minus required per planned kind; null when the plan does not set this discipline. */
  difference: plannedHoursView.nullable(),
  status: comparisonStatusSchema,
});
export type LoadUnitView = z.infer<typeof loadUnitView>;

export const disciplineLoadView = z.object({
  disciplineId: z.string(),
  disciplineCode: z.string(),
  disciplineName: z.string(),
  /** Null when the plan does not set this discipline in the semester (a line was assigned anyway). */
  required: plannedHoursView.nullable(),
  units: z.array(loadUnitView),
  lines: z.array(lineView),
});
export type DisciplineLoadView = z.infer<typeof disciplineLoadView>;

export const loadPeriodRef = z.object({ id: z.string(), number: z.number(), name: z.string(), startDate: z.string(), endDate: z.string() });

/** One plan semester of the year: one period in a year of semesters, two quarters in a year of quarters. */
export const loadSectionView = z.object({
  /** The plan semester (counted from admission); null when the year is not divided in semesters. */
  semester: z.number().nullable(),
  periods: z.array(loadPeriodRef),
  disciplines: z.array(disciplineLoadView),
});
export type LoadSectionView = z.infer<typeof loadSectionView>;

export const groupLoadView = z.object({
  groupId: z.string(),
  groupName: z.string(),
  /** The group's course in that year, counted from its admission year. */
  course: z.number(),
  yearId: z.string(),
  yearName: z.string(),
  yearClosed: z.boolean(),
  sections: z.array(loadSectionView),
});
export type GroupLoadView = z.infer<typeof groupLoadView>;

export const unassignedRow = z.object({
  groupId: z.string(),
  groupName: z.string(),
  semester: z.number(),
  periodNames: z.array(z.string()),
  disciplineId: z.string(),
  disciplineCode: z.string(),
  disciplineName: z.string(),
  subgroupName: z.string().nullable(),
  /** Hours of the plan no line covers yet, per planned kind. */
  missing: plannedHoursView,
});
export type UnassignedRow = z.infer<typeof unassignedRow>;

export const teacherTariffView = z.object({
  teacherId: z.string(),
  teacherName: z.string(),
  periods: z.array(z.object({ periodId: z.string(), periodName: z.string(), hours: hoursView })),
  total: hoursView,
  lines: z.array(lineView),
});
export type TeacherTariffView = z.infer<typeof teacherTariffView>;

export const teacherRef = z.object({ id: z.string(), fullName: z.string() });

export const myLineView = lineView.extend({ periodStartDate: z.string(), periodEndDate: z.string() });
export const mySubstitutionView = substitutionView.extend({ line: lineView });

export const loadApi = {
  'load.listTeachers': { input: empty, output: z.object({ teachers: z.array(teacherRef) }) },
  'load.createLine': { input: lineInput, output: z.object({ line: lineView }) },
  'load.updateLine': { input: lineUpdateInput, output: z.object({ line: lineView }) },
  'load.deleteLine': { input: z.object({ lineId: idField }), output: z.object({ lineId: z.string() }) },
  /** A line with who taught it when and its substitutions; a teacher may open only their own lines. */
  'load.getLine': { input: z.object({ lineId: idField }), output: lineDetails },
  'load.listGroupLoad': { input: z.object({ groupId: idField, yearId: idField }), output: groupLoadView },
  'load.unassigned': { input: z.object({ yearId: idField }), output: z.object({ rows: z.array(unassignedRow), total: plannedHoursView }) },
  'load.tariffing': { input: z.object({ yearId: idField }), output: z.object({ teachers: z.array(teacherTariffView), total: hoursView }) },
  'load.exportTariffing': { input: z.object({ yearId: idField }), output: exportedFile },
  /** The line's teacher from `fromDate` on; lessons before it keep the teacher who gave them. */
  'load.changeTeacher': { input: changeTeacherInput, output: lineDetails },
  'load.addSubstitution': { input: substitutionInput, output: lineDetails },
  'load.removeSubstitution': { input: z.object({ substitutionId: idField }), output: lineDetails },
  /** The signed-in teacher's lines and substitutions in a year (the current one when none is named). */
  'load.myLoad': {
    input: z.object({ yearId: idField.optional() }),
    output: z.object({
      yearId: z.string().nullable(),
      lines: z.array(myLineView),
      substitutions: z.array(mySubstitutionView),
      /** Why the list is empty when the account is not linked to a staff record; null otherwise. */
      hint: z.string().nullable(),
    }),
  },
} as const;
