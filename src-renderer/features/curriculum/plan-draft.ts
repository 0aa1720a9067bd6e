import type { Input } from '../../../src-shared/api';
import type { PlanItemView } from '../../../src-shared/api/curriculum';
import type { AttestationForm } from '../../../src-shared/domain/curriculum';
import { ApiFailure } from '../../api';

export const hourKeys = ['hoursTotal', 'hoursTheory', 'hoursPractical', 'hoursLab', 'hoursProject', 'hoursSelf'] as const;
export type HourKey = (typeof hourKeys)[number];
export type CellKey = HourKey | 'attestation' | 'disciplineId' | 'semester';

/** A row of the grid as typed: hours stay text until saved, so a half-typed cell is not rewritten under the cursor. */
export interface DraftRow {
  key: string;
  disciplineId: string;
  code: string;
  name: string;
  semester: number;
  hours: Record<HourKey, string>;
  attestation: AttestationForm;
}

/** Problems the core found, by row key and cell. */
export type DraftErrors = Record<string, Partial<Record<CellKey, string>>>;

let lastKey = 0;
export const newRowKey = () => `new-${++lastKey}`;

export function draftOf(items: readonly PlanItemView[]): DraftRow[] {
  return items.map((i) => ({
    key: i.id,
    disciplineId: i.disciplineId,
    code: i.disciplineCode,
    name: i.disciplineName,
    semester: i.semester,
    hours: Object.fromEntries(hourKeys.map((k) => [k, String(i[k])])) as Record<HourKey, string>,
    attestation: i.attestation,
  }));
}

/** An empty cell is no hours; anything else goes to the core as typed, and the core says what is wrong with it. */
const hoursOf = (text: string) => (text.trim() === '' ? 0 : Number(text.trim().replace(',', '.')));

export function itemsOf(rows: readonly DraftRow[]): Input<'curriculum.savePlanItems'>['items'] {
  return rows.map((r) => ({
    disciplineId: r.disciplineId,
    semester: r.semester,
    ...(Object.fromEntries(hourKeys.map((k) => [k, hoursOf(r.hours[k])])) as Record<HourKey, number>),
    attestation: r.attestation,
  }));
}

/** The core names a cell `items.N.field`, N being the row's place in what was sent. */
export function errorsOf(err: unknown, sent: readonly DraftRow[]): DraftErrors {
  const fields = err instanceof ApiFailure ? (err.error.fields ?? []) : [];
  const cells: DraftErrors = {};
  for (const f of fields) {
    const match = /^items\.(\d+)\.(\w+)$/.exec(f.field);
    const row = match ? sent[Number(match[1])] : undefined;
    if (match && row) (cells[row.key] ??= {})[match[2] as CellKey] = f.message;
  }
  return cells;
}

/** The sums of the rows shown, as typed: a reading aid while editing; the core's totals come with the saved plan. */
export function draftSums(rows: readonly DraftRow[]): Record<HourKey, number> & { attestations: Record<AttestationForm, number> } {
  const sums = Object.fromEntries(hourKeys.map((k) => [k, 0])) as Record<HourKey, number>;
  const attestations: Record<AttestationForm, number> = { exam: 0, pass: 0, graded_pass: 0, other: 0, none: 0 };
  for (const r of rows) {
    for (const k of hourKeys) {
      const n = hoursOf(r.hours[k]);
      if (Number.isFinite(n)) sums[k] += n;
    }
    attestations[r.attestation] += 1;
  }
  return { ...sums, attestations };
}
