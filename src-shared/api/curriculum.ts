import { z } from 'zod';
import { attestationFormSchema, disciplineCodePattern, disciplineKindSchema } from '../domain/curriculum';
import { t } from '../i18n/ru';
import { importFileInput } from './exchange';
import { empty, idField, requiredText } from './fields';

/** More than any discipline takes in one semester: a larger number is a slip of the keyboard. */
export const maxPlanHours = 2000;
/** Semesters are counted from admission; the specialty's duration narrows this in the core. */
const maxSemester = 10;
/** A plan of 60 disciplines over 10 semesters, with room to spare. */
const maxPlanItems = 2000;

const hoursField = z
  .number({ error: t.validation.planHours(maxPlanHours) })
  .int(t.validation.planHours(maxPlanHours))
  .min(0, t.validation.planHours(maxPlanHours))
  .max(maxPlanHours, t.validation.planHours(maxPlanHours));

const semesterField = z
  .number({ error: t.validation.range(1, maxSemester) })
  .int(t.validation.range(1, maxSemester))
  .min(1, t.validation.range(1, maxSemester))
  .max(maxSemester, t.validation.range(1, maxSemester));

const admissionYearField = z
  .number({ error: t.validation.range(2000, 2100) })
  .int(t.validation.range(2000, 2100))
  .min(2000, t.validation.range(2000, 2100))
  .max(2100, t.validation.range(2000, 2100));

/** Whether the kind fits the index (МДК is an МДК) and the parent is a module is the core's to judge. */
export const disciplineInput = z.object({
  code: z.string({ error: t.validation.required }).trim().toUpperCase().regex(disciplineCodePattern, t.validation.disciplineCode),
  name: requiredText(300),
  kind: disciplineKindSchema,
  parentId: idField.nullable().default(null),
});
export type DisciplineInput = z.output<typeof disciplineInput>;

export const disciplineView = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  kind: disciplineKindSchema,
  parentId: z.string().nullable(),
  parentCode: z.string().nullable(),
});
export type DisciplineView = z.infer<typeof disciplineView>;

/**
 * One discipline in one semester. «Всего» is the whole volume of the discipline in the semester, self-study
 * included: the core refuses a total below theory + practical + lab + project + self-study; what it leaves over
 * is consultations and attestation.
 */
export const planItemInput = z.object({
  disciplineId: idField,
  semester: semesterField,
  hoursTotal: hoursField,
  hoursTheory: hoursField.default(0),
  hoursPractical: hoursField.default(0),
  hoursLab: hoursField.default(0),
  hoursProject: hoursField.default(0),
  hoursSelf: hoursField.default(0),
  attestation: attestationFormSchema.default('none'),
});
export type PlanItemInput = z.output<typeof planItemInput>;

export const planItemView = z.object({
  id: z.string(),
  disciplineId: z.string(),
  disciplineCode: z.string(),
  disciplineName: z.string(),
  disciplineKind: disciplineKindSchema,
  semester: z.number(),
  hoursTotal: z.number(),
  hoursTheory: z.number(),
  hoursPractical: z.number(),
  hoursLab: z.number(),
  hoursProject: z.number(),
  hoursSelf: z.number(),
  attestation: attestationFormSchema,
});
export type PlanItemView = z.infer<typeof planItemView>;

/** The sums of one semester, and how many of each attestation form it holds (the number of exams is regulated). */
export const semesterTotals = z.object({
  semester: z.number(),
  hoursTotal: z.number(),
  hoursTheory: z.number(),
  hoursPractical: z.number(),
  hoursLab: z.number(),
  hoursProject: z.number(),
  hoursSelf: z.number(),
  exams: z.number(),
  gradedPasses: z.number(),
  passes: z.number(),
  otherForms: z.number(),
});
export type SemesterTotals = z.infer<typeof semesterTotals>;

export const planSummary = z.object({
  id: z.string(),
  specialtyId: z.string(),
  specialtyCode: z.string(),
  specialtyName: z.string(),
  admissionYear: z.number(),
  name: z.string(),
  /** How many semesters the specialty's duration gives: the plan's semesters are 1 to this. */
  semesterCount: z.number(),
  itemCount: z.number(),
});
export type PlanSummary = z.infer<typeof planSummary>;

/** A plan with its rows (by semester, then index) and the totals of every semester, empty ones too. */
export const planDetail = z.object({
  plan: planSummary,
  items: z.array(planItemView),
  totals: z.array(semesterTotals),
});
export type PlanDetail = z.infer<typeof planDetail>;

const planChanges = z.object({ added: z.number(), updated: z.number(), removed: z.number() });

export const planInput = z.object({
  specialtyId: idField,
  admissionYear: admissionYearField,
  name: requiredText(200),
});

export const copyPlanInput = z.object({ sourcePlanId: idField, admissionYear: admissionYearField, name: requiredText(200) });

export const curriculumApi = {
  'curriculum.listDisciplines': { input: empty, output: z.object({ disciplines: z.array(disciplineView) }) },
  'curriculum.createDiscipline': { input: disciplineInput, output: z.object({ discipline: disciplineView }) },
  'curriculum.updateDiscipline': {
    input: disciplineInput.extend({ disciplineId: idField }),
    output: z.object({ discipline: disciplineView }),
  },
  'curriculum.listPlans': {
    input: z.object({ specialtyId: idField.optional() }),
    output: z.object({ plans: z.array(planSummary) }),
  },
  'curriculum.getPlan': { input: z.object({ planId: idField }), output: planDetail },
  'curriculum.createPlan': { input: planInput, output: planDetail },
  /** The whole grid of a plan: rows are matched by discipline and semester, rows left out are removed. */
  'curriculum.savePlanItems': {
    input: z.object({ planId: idField, items: z.array(planItemInput).max(maxPlanItems, t.validation.tooMany(maxPlanItems)) }),
    output: planDetail.extend(planChanges.shape),
  },
  /** A new plan of the same specialty for another admission year, with every row of the source. */
  'curriculum.copyPlan': {
    input: copyPlanInput,
    output: planDetail,
  },
  /** The workbook replaces the plan's rows, as savePlanItems does; new discipline indexes join the catalogue. */
  'curriculum.importPlanXlsx': {
    input: importFileInput.pick({ fileName: true, contentBase64: true }).extend({ planId: idField }),
    output: planDetail.extend(planChanges.shape).extend({ createdDisciplines: z.array(z.string()) }),
  },
} as const;
