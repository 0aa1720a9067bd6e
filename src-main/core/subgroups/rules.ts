/** A dated interval: start inclusive, end exclusive, null end while it lasts. ISO dates compare as strings. */
export interface Interval {
  startDate: string;
  endDate: string | null;
}

export function covers(i: Interval, date: string): boolean {
  return i.startDate <= date && (i.endDate === null || i.endDate > date);
}

/** The student's interval in `groupId` that contains `date`, from their group membership history. */
export function groupStayOn<T extends Interval & { groupId: string }>(history: readonly T[], groupId: string, date: string): T | undefined {
  return history.find((m) => m.groupId === groupId && covers(m, date));
}

/**
 * When the student left the group while a subgroup stay was still running, or null: a subgroup stay never
 * outlives the group membership it began in. Orders (transfer, expulsion, leave) close only the group
 * membership; the subgroup stay is cut when read, so cancelling such an order restores it with nothing to undo.
 */
export function leftGroupDuring(history: readonly (Interval & { groupId: string })[], groupId: string, stay: Interval): string | null {
  const membership = groupStayOn(history, groupId, stay.startDate);
  if (!membership) return stay.startDate;
  if (membership.endDate === null) return null;
  return stay.endDate === null || membership.endDate < stay.endDate ? membership.endDate : null;
}

/** The day a division is looked at unless one is asked for: today, but within the division's year. */
export function defaultViewDate(today: string, year: { startDate: string; endDate: string }): string {
  if (today < year.startDate) return year.startDate;
  if (today > year.endDate) return year.endDate;
  return today;
}
