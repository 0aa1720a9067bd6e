import { z } from 'zod';
import { t } from '../i18n/ru';
import { isoDate } from './calendar';
import { idField, requiredText } from './fields';

export const minSubgroups = 2;
export const maxSubgroups = 4;

/** «1 подгруппа», «2 подгруппа»…: what a subgroup is called unless the office names it. */
export const defaultSubgroupName = (number: number) => `${number} подгруппа`;

const subgroupName = requiredText(60);
const subgroupCount = z
  .number({ error: t.validation.range(minSubgroups, maxSubgroups) })
  .int(t.validation.range(minSubgroups, maxSubgroups))
  .min(minSubgroups, t.validation.range(minSubgroups, maxSubgroups))
  .max(maxSubgroups, t.validation.range(minSubgroups, maxSubgroups));

export const assignmentInput = z.object({
  studentId: idField,
  subgroupNumber: z
    .number({ error: t.validation.range(1, maxSubgroups) })
    .int(t.validation.range(1, maxSubgroups))
    .min(1, t.validation.range(1, maxSubgroups))
    .max(maxSubgroups, t.validation.range(1, maxSubgroups)),
});

/**
 * A group divided for one discipline in one year. Students left out of `assignments` (or all of them: the load
 * is planned before first-years are enrolled) are listed as unplaced until the office places them.
 */
export const divideInput = z
  .object({
    groupId: idField,
    disciplineId: idField,
    yearId: idField,
    count: subgroupCount,
    names: z.array(subgroupName).max(maxSubgroups, t.validation.tooMany(maxSubgroups)).optional(),
    assignments: z.array(assignmentInput).max(1000, t.validation.tooMany(1000)).default([]),
    /** From which day the students are in their subgroups. */
    startDate: isoDate,
  })
  .superRefine((v, ctx) => {
    // A count out of range is reported on its own, not again through every name and number it would bound.
    if (!subgroupCount.safeParse(v.count).success) return;
    if (v.names && v.names.length !== v.count) {
      ctx.addIssue({ code: 'custom', path: ['names'], message: t.validation.subgroupNamesCount(v.count) });
    }
    v.assignments.forEach((a, i) => {
      if (a.subgroupNumber > v.count) {
        ctx.addIssue({ code: 'custom', path: ['assignments', i, 'subgroupNumber'], message: t.validation.range(1, v.count) });
      }
    });
  });
export type DivideInput = z.output<typeof divideInput>;

export const subgroupMemberView = z.object({
  studentId: z.string(),
  fullName: z.string(),
  recordBook: z.string(),
  /** The first day of the student's present stay in this subgroup. */
  since: z.string(),
});
export type SubgroupMemberView = z.infer<typeof subgroupMemberView>;

export const subgroupView = z.object({
  id: z.string(),
  number: z.number(),
  name: z.string(),
  members: z.array(subgroupMemberView),
});
export type SubgroupView = z.infer<typeof subgroupView>;

export const unplacedStudentView = z.object({
  studentId: z.string(),
  fullName: z.string(),
  recordBook: z.string(),
  /** Since when the student is in the group (a later enrollment or transfer is why they are unplaced). */
  inGroupSince: z.string(),
});
export type UnplacedStudentView = z.infer<typeof unplacedStudentView>;

export const divisionView = z.object({
  id: z.string(),
  groupId: z.string(),
  groupName: z.string(),
  disciplineId: z.string(),
  disciplineCode: z.string(),
  disciplineName: z.string(),
  yearId: z.string(),
  yearName: z.string(),
  yearStartDate: z.string(),
  yearEndDate: z.string(),
  yearClosed: z.boolean(),
  /** The day the members and the unplaced are shown for. */
  asOf: z.string(),
  subgroups: z.array(subgroupView),
  /** Students in the group on `asOf` who are in none of the subgroups on that day. */
  unplaced: z.array(unplacedStudentView),
});
export type DivisionView = z.infer<typeof divisionView>;

/** One stay of a student in a subgroup: start inclusive, end exclusive (null while it lasts). */
export const subgroupStayView = z.object({
  id: z.string(),
  studentId: z.string(),
  fullName: z.string(),
  subgroupId: z.string(),
  subgroupNumber: z.number(),
  subgroupName: z.string(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  /** Why the stay began: empty for the division itself, the office's reason for a placement or a move. */
  reason: z.string(),
  /** The day the student left the group while this stay was open: the stay counts only until then. */
  leftGroupOn: z.string().nullable(),
});
export type SubgroupStayView = z.infer<typeof subgroupStayView>;

const division = z.object({ division: divisionView });

export const subgroupsApi = {
  /** The divisions of one group (in one year, if named), as of `date` (default: today, within the division's year). */
  'subgroups.forGroup': {
    input: z.object({ groupId: idField, yearId: idField.optional(), date: isoDate.optional() }),
    output: z.object({ divisions: z.array(divisionView) }),
  },
  'subgroups.get': { input: z.object({ divisionId: idField, date: isoDate.optional() }), output: division },
  'subgroups.divide': { input: divideInput, output: division },
  /** Puts an unplaced student (enrolled or transferred in later) into a subgroup. */
  'subgroups.place': {
    input: z.object({
      divisionId: idField,
      studentId: idField,
      subgroupId: idField,
      startDate: isoDate,
      reason: z.string().trim().max(500, t.validation.tooLong(500)).default(''),
    }),
    output: division,
  },
  /** Moves a student to another subgroup from `date`: a recorded decision, the earlier stay kept in the history. */
  'subgroups.move': {
    input: z.object({ divisionId: idField, studentId: idField, toSubgroupId: idField, date: isoDate, reason: requiredText(500) }),
    output: division,
  },
  'subgroups.history': {
    input: z.object({ divisionId: idField, studentId: idField.optional() }),
    output: z.object({ stays: z.array(subgroupStayView) }),
  },
  'subgroups.rename': { input: z.object({ subgroupId: idField, name: subgroupName }), output: division },
} as const;
