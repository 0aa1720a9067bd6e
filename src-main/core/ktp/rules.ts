import { t } from '../../../src-shared/i18n/ru';

/** Case, ё and spacing do not make another topic: «Введение.» typed again is the same topic as «введение». */
export function titleKey(title: string): string {
  return title
    .toLocaleLowerCase('ru')
    .replace(/ё/g, 'е')
    .replace(/[.\s]+$/u, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Which existing topic each new row continues, by its title (the first one not taken yet): a plan replaced by a
 * file or a copy keeps the ids of the topics it still has, and so the lessons linked to them.
 */
export function continuedTopics(existing: readonly { id: string; title: string }[], rows: readonly { title: string }[]): (string | undefined)[] {
  const free = new Map<string, string[]>();
  for (const topic of existing) {
    const key = titleKey(topic.title);
    free.set(key, [...(free.get(key) ?? []), topic.id]);
  }
  return rows.map((row) => free.get(titleKey(row.title))?.shift());
}

/** The plan's hours should be the line's; a plan in the making (no topics yet) is not told about it. */
export function hoursWarning(topicCount: number, topicHours: number, lineHours: number): string | null {
  if (topicCount === 0 || topicHours === lineHours) return null;
  return t.errors.ktpHoursDiffer(topicHours, lineHours);
}
