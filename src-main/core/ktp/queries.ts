import { and, asc, eq, inArray } from 'drizzle-orm';
import { topics } from '../gradebook/schema';
import type { Journal } from '../journal';

export type TopicRow = typeof topics.$inferSelect;

/**
 * A line's topics in plan order. Two workstations saving at once may leave two topics with one number; the id
 * (time-ordered) settles their order until the next save renumbers them.
 */
export function topicsOfLine(j: Journal, lineId: string): TopicRow[] {
  return j.orm
    .select()
    .from(topics)
    .where(and(eq(topics.lineId, lineId), eq(topics.deleted, 0)))
    .orderBy(asc(topics.number), asc(topics.id))
    .all();
}

/** A topic that exists: what a lesson may be linked to. */
export function findTopic(j: Journal, topicId: string): TopicRow | undefined {
  return j.orm.select().from(topics).where(and(eq(topics.id, topicId), eq(topics.deleted, 0))).get();
}

/** How many topics, and how many hours, each of these lines' plans holds. */
export function topicTotals(j: Journal, lineIds: readonly string[]): Map<string, { count: number; hours: number }> {
  const totals = new Map<string, { count: number; hours: number }>();
  if (lineIds.length === 0) return totals;
  const rows = j.orm
    .select({ lineId: topics.lineId, hours: topics.hours })
    .from(topics)
    .where(and(inArray(topics.lineId, [...lineIds]), eq(topics.deleted, 0)))
    .all();
  for (const r of rows) {
    const total = totals.get(r.lineId) ?? { count: 0, hours: 0 };
    total.count += 1;
    total.hours += r.hours;
    totals.set(r.lineId, total);
  }
  return totals;
}
