import { conductedHoursByTopic, lessonsOfLine } from '../gradebook/queries';
import type { Journal } from '../journal';

/** What the journal says of a line's plan: the hours given on each topic and the dates of the lessons naming it. */
export interface LessonUse {
  byTopic: Map<string, { hours: number; dates: string[] }>;
  /** Hours of every lesson of the line, on a topic of the plan or not. */
  conductedHours: number;
}

/** The line's lessons, read through the gradebook's own queries (it owns the lessons). */
export function lessonUse(j: Journal, lineId: string): LessonUse {
  const hours = conductedHoursByTopic(j, lineId);
  const byTopic = new Map<string, { hours: number; dates: string[] }>();
  let conductedHours = 0;
  for (const lesson of lessonsOfLine(j, lineId)) {
    conductedHours += lesson.hours;
    if (!lesson.topicId) continue;
    const use = byTopic.get(lesson.topicId) ?? { hours: hours.get(lesson.topicId) ?? 0, dates: [] };
    use.dates.push(lesson.date);
    byTopic.set(lesson.topicId, use);
  }
  return { byTopic, conductedHours };
}
