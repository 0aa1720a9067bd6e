import { v7 as uuidv7 } from 'uuid';
import type { TopicInput } from '../../../src-shared/api/ktp';
import { lessonKindSchema } from '../../../src-shared/domain/gradebook';
import { fieldLabelsByModule, t } from '../../../src-shared/i18n/ru';
import { fieldError } from '../errors';
import type { Journal } from '../journal';
import { fieldChanges, setFields } from '../oplog/changes';
import type { Change } from '../oplog/types';
import { lessonUse } from './lessons';
import { topicsOfLine, type TopicRow } from './queries';

const e = t.errors;
const labels = fieldLabelsByModule.ktp!;
/** Lesson dates named when a topic cannot be removed; the count says how many there are in all. */
const namedDates = 5;

export interface TopicChanges {
  added: number;
  updated: number;
  removed: number;
}

/** A topic as the plan holds it, without its place: the place is where it stands in the list. */
export type TopicContent = Omit<TopicInput, 'id'>;

export function contentOf(row: TopicRow): TopicContent {
  return { title: row.title, hours: row.hours, kind: lessonKindSchema.catch('other').parse(row.kind), homework: row.homework };
}

const fieldsOf = (lineId: string, number: number, topic: TopicContent) => ({
  line_id: lineId,
  number,
  title: topic.title,
  hours: topic.hours,
  kind: topic.kind,
  homework: topic.homework,
});

const dotted = (iso: string) => iso.split('-').reverse().join('.');

/**
 * The ops that make the line's plan exactly `topics`, in that order: a topic with an id (one of the line's) is
 * changed where it differs, one without is added, a topic left out is removed. A topic that lessons name is not
 * removed: the lessons would lose their link to the plan, and the plan its progress. Nothing is written here.
 */
export function planChanges(j: Journal, lineId: string, topics: readonly TopicInput[]): { changes: Change[]; counts: TopicChanges } {
  const existing = new Map(topicsOfLine(j, lineId).map((r) => [r.id, r]));
  const seen = new Set<string>();
  topics.forEach((topic, i) => {
    if (topic.id === undefined) return;
    if (!existing.has(topic.id)) throw fieldError(`topics.${i}.id`, labels.id!, e.ktpTopicUnknown);
    if (seen.has(topic.id)) throw fieldError(`topics.${i}.id`, labels.id!, e.ktpTopicTwice);
    seen.add(topic.id);
  });
  const removed = [...existing.values()].filter((r) => !seen.has(r.id));
  if (removed.length > 0) {
    const use = lessonUse(j, lineId);
    for (const topic of removed) {
      const dates = use.byTopic.get(topic.id)?.dates ?? [];
      if (dates.length === 0) continue;
      const named = dates.slice(0, namedDates).map(dotted).join(', ') + (dates.length > namedDates ? '…' : '');
      throw fieldError('topics', labels.topics!, e.ktpTopicInLessons(topic.title, dates.length, named));
    }
  }
  const changes: Change[] = [];
  const counts: TopicChanges = { added: 0, updated: 0, removed: removed.length };
  topics.forEach(({ id, ...content }, i) => {
    const current = id === undefined ? undefined : existing.get(id);
    const rowChanges = fieldChanges('topic', current?.id ?? uuidv7(), current ? fieldsOf(lineId, current.number, contentOf(current)) : undefined, fieldsOf(lineId, i + 1, content));
    if (rowChanges.length === 0) return;
    changes.push(...rowChanges);
    if (current) counts.updated += 1;
    else counts.added += 1;
  });
  for (const topic of removed) changes.push(...setFields('topic', topic.id, { deleted: true }));
  return { changes, counts };
}

/** Writes the plan's new list in the caller's transaction. */
export function writePlan(j: Journal, actorId: string, lineId: string, topics: readonly TopicInput[]): TopicChanges {
  const { changes, counts } = planChanges(j, lineId, topics);
  j.oplog.commit(actorId, changes);
  return counts;
}

/** The source's topics in its order, to replace a plan with. */
export function topicContents(j: Journal, lineId: string): TopicContent[] {
  return topicsOfLine(j, lineId).map(contentOf);
}
