import { z } from 'zod';
import { lessonKindSchema } from '../domain/gradebook';
import { t } from '../i18n/ru';
import { exportedFile, importFileInput } from './exchange';
import { idField, requiredText } from './fields';
import { lineView } from './load';

const v = t.validation;

/** Hours of one topic: a topic longer than this is several topics. */
export const maxTopicHours = 100;
/** More topics than any line of a year has (a 300-hour line in one-hour topics), with room to spare. */
export const maxTopics = 500;
export const maxTopicTitle = 500;
export const maxTopicHomework = 1000;

export const topicHoursField = z
  .number({ error: v.range(1, maxTopicHours) })
  .int(v.range(1, maxTopicHours))
  .min(1, v.range(1, maxTopicHours))
  .max(maxTopicHours, v.range(1, maxTopicHours));

/** One topic as the editor sends it; a topic without an id is new. Its number is its place in the list. */
export const topicInput = z.object({
  id: idField.optional(),
  title: requiredText(maxTopicTitle),
  hours: topicHoursField,
  kind: lessonKindSchema,
  homework: z.string().trim().max(maxTopicHomework, v.tooLong(maxTopicHomework)).default(''),
});
export type TopicInput = z.output<typeof topicInput>;

export const topicView = z.object({
  id: z.string(),
  number: z.number(),
  title: z.string(),
  hours: z.number(),
  kind: lessonKindSchema,
  homework: z.string(),
  /** Hours of the line's lessons given on this topic. */
  conductedHours: z.number(),
  /** Lessons that name the topic: while there are any, it cannot be removed. */
  lessonCount: z.number(),
});
export type TopicView = z.infer<typeof topicView>;

/** A line's thematic plan with its progress; what the user may do with it is the core's verdict. */
export const ktpView = z.object({
  line: lineView,
  canEdit: z.boolean(),
  topics: z.array(topicView),
  /** The line's hours in the teaching load: what the plan's topics should add up to. */
  plannedHours: z.number(),
  /** The topics' hours added up. */
  topicHours: z.number(),
  /** Hours of every lesson given on the line, on a topic of the plan or not. */
  conductedHours: z.number(),
  /** Of those, the hours of lessons on no topic of the plan (a topic typed by hand). */
  unlinkedHours: z.number(),
  /** Set when the topics' hours differ from the line's: told, not refused. */
  warning: z.string().nullable(),
});
export type KtpView = z.infer<typeof ktpView>;

const ktpChanges = z.object({ added: z.number(), updated: z.number(), removed: z.number() });

/** A line of the same discipline whose plan may be copied: another year's, another group's. */
export const ktpCandidate = lineView.extend({ yearName: z.string(), topicCount: z.number(), topicHours: z.number() });
export type KtpCandidate = z.infer<typeof ktpCandidate>;

export const ktpApi = {
  /** The line's topics in order, each with the hours given on it; readable by its teachers, the group's curator and those who oversee. */
  'ktp.list': { input: z.object({ lineId: idField }), output: ktpView },
  /**
   * The whole ordered list: topics with an id are changed, without one added, those left out removed (refused for
   * a topic lessons already name). Numbers follow the order sent.
   */
  'ktp.save': {
    input: z.object({ lineId: idField, topics: z.array(topicInput).max(maxTopics, v.tooMany(maxTopics)) }),
    output: ktpView.extend(ktpChanges.shape),
  },
  /** The topics of another line of the same discipline (last year's, another group's); refused over existing topics unless `replace`. */
  'ktp.copyFrom': {
    input: z.object({ lineId: idField, sourceLineId: idField, replace: z.boolean().default(false) }),
    output: ktpView.extend(ktpChanges.shape),
  },
  /** Lines of the same discipline that have topics, newest year first: the sources a copy may come from. */
  'ktp.candidates': { input: z.object({ lineId: idField }), output: z.object({ lines: z.array(ktpCandidate) }) },
  /** The plan as a workbook: №, Тема, Часы, Вид занятия, Домашнее задание. */
  'ktp.exportXlsx': { input: z.object({ lineId: idField }), output: exportedFile },
  /** A workbook in the export's layout replaces the list, all or nothing; a topic keeps its id (and its lessons) when its title stays. */
  'ktp.importXlsx': {
    input: importFileInput.pick({ fileName: true, contentBase64: true }).extend({ lineId: idField }),
    output: ktpView.extend(ktpChanges.shape),
  },
} as const;
