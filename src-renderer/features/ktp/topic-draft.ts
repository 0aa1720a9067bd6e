import type { Input } from '../../../src-shared/api';
import type { TopicView } from '../../../src-shared/api/ktp';
import type { LessonKind } from '../../../src-shared/domain/gradebook';
import { ApiFailure } from '../../api';

export type TopicField = 'title' | 'hours' | 'kind' | 'homework' | 'id';

/**
 * A topic as typed: hours stay text until saved, so a half-typed cell is not rewritten under the cursor. The
 * progress comes from the last saved plan; a new topic has none.
 */
export interface DraftTopic {
  key: string;
  id: string | undefined;
  title: string;
  hours: string;
  kind: LessonKind;
  homework: string;
  conductedHours: number;
  lessonCount: number;
}

/** Problems the core found, by row key and cell. */
export type DraftErrors = Record<string, Partial<Record<TopicField, string>>>;

let lastKey = 0;
export const newTopicKey = () => `new-${++lastKey}`;

export function draftOf(topics: readonly TopicView[]): DraftTopic[] {
  return topics.map((x) => ({
    key: x.id,
    id: x.id,
    title: x.title,
    hours: String(x.hours),
    kind: x.kind,
    homework: x.homework,
    conductedHours: x.conductedHours,
    lessonCount: x.lessonCount,
  }));
}

export function emptyTopic(kind: LessonKind): DraftTopic {
  return { key: newTopicKey(), id: undefined, title: '', hours: '2', kind, homework: '', conductedHours: 0, lessonCount: 0 };
}

/** Hours go to the core as typed (a comma read as a point); the core says what is wrong with them. */
const hoursOf = (text: string) => Number(text.trim().replace(',', '.'));

export function topicsOf(rows: readonly DraftTopic[]): Input<'ktp.save'>['topics'] {
  return rows.map((r) => ({ ...(r.id ? { id: r.id } : {}), title: r.title, hours: hoursOf(r.hours), kind: r.kind, homework: r.homework }));
}

/** The core names a cell `topics.N.field`, N being the row's place in what was sent. */
export function errorsOf(err: unknown, sent: readonly DraftTopic[]): DraftErrors {
  const fields = err instanceof ApiFailure ? (err.error.fields ?? []) : [];
  const cells: DraftErrors = {};
  for (const f of fields) {
    const match = /^topics\.(\d+)\.(\w+)$/.exec(f.field);
    const row = match ? sent[Number(match[1])] : undefined;
    if (match && row) (cells[row.key] ??= {})[match[2] as TopicField] = f.message;
  }
  return cells;
}

/** The hours of the list as typed: a reading aid while editing; the core's totals come with the saved plan. */
export function draftHours(rows: readonly DraftTopic[]): number {
  return rows.reduce((sum, r) => {
    const n = hoursOf(r.hours);
    return Number.isFinite(n) ? sum + n : sum;
  }, 0);
}

/** The list with one row moved by `step` places (−1 up, +1 down); unchanged at the ends. */
export function moved<T>(rows: readonly T[], index: number, step: -1 | 1): T[] {
  const to = index + step;
  if (to < 0 || to >= rows.length) return [...rows];
  const next = [...rows];
  [next[index], next[to]] = [next[to]!, next[index]!];
  return next;
}
