import type { KtpCandidate, KtpView } from '../../../src-shared/api/ktp';
import type { UserRow } from '../auth/users';
import type { Journal } from '../journal';
import { linesOfDiscipline } from '../load/queries';
import { collator } from '../load/views';
import { openKtpLine, type KtpLine } from './access';
import { lessonUse } from './lessons';
import { topicsOfLine, topicTotals } from './queries';
import { hoursWarning } from './rules';
import { contentOf } from './topics';

/** The plan of an opened line, topic by topic with the hours given on each, and its totals against the load. */
export function ktpView(j: Journal, opened: KtpLine): KtpView {
  const { line, names, canEdit } = opened;
  const lineView = names.line(line);
  const use = lessonUse(j, line.id);
  const topics = topicsOfLine(j, line.id).map((row, i) => {
    const given = use.byTopic.get(row.id);
    return { id: row.id, number: i + 1, ...contentOf(row), conductedHours: given?.hours ?? 0, lessonCount: given?.dates.length ?? 0 };
  });
  const topicHours = topics.reduce((sum, topic) => sum + topic.hours, 0);
  const linked = topics.reduce((sum, topic) => sum + topic.conductedHours, 0);
  return {
    line: lineView,
    canEdit,
    topics,
    plannedHours: lineView.hours.total,
    topicHours,
    conductedHours: use.conductedHours,
    unlinkedHours: use.conductedHours - linked,
    warning: hoursWarning(topics.length, topicHours, lineView.hours.total),
  };
}

export function listKtp(j: Journal, user: UserRow, lineId: string): KtpView {
  return ktpView(j, openKtpLine(j, user, lineId));
}

/**
 * Lines of the same discipline with a plan to copy, the latest periods first: last year's line of the group, or a
 * colleague's line of another group. A plan is a teaching document, not a personal one: any may be copied from.
 */
export function copyCandidates(j: Journal, opened: KtpLine): KtpCandidate[] {
  const { line, names } = opened;
  const others = linesOfDiscipline(j, line.disciplineId).filter((l) => l.id !== line.id);
  const totals = topicTotals(j, others.map((l) => l.id));
  const start = (periodId: string) => names.period(periodId)?.startDate ?? '';
  return others
    .flatMap((l) => {
      const total = totals.get(l.id);
      return total ? [{ ...names.line(l), yearName: names.year(l.yearId)?.name ?? '', topicCount: total.count, topicHours: total.hours }] : [];
    })
    .sort(
      (a, b) =>
        start(b.periodId).localeCompare(start(a.periodId)) ||
        collator.compare(a.groupName, b.groupName) ||
        collator.compare(a.subgroupName ?? '', b.subgroupName ?? ''),
    );
}
