import type { Attendance, FinalValue, MarkOrEmpty } from '../../../src-shared/domain/gradebook';

/** What one keystroke or one pasted line makes of a lesson cell: attendance and up to two marks. */
export interface CellEntry {
  attendance: Attendance;
  mark1: MarkOrEmpty;
  mark2: MarkOrEmpty;
}

export const emptyEntry: CellEntry = { attendance: '', mark1: '', mark2: '' };

export const sameEntry = (a: CellEntry, b: CellEntry) => a.attendance === b.attendance && a.mark1 === b.mark1 && a.mark2 === b.mark2;

/**
 * Words a teacher types or pastes, longest first so «нз» is a fail and not an absence followed by a pass. Latin n/o
 * are there because the keyboard layout may be English when the teacher starts typing.
 */
type TokenMeaning = { attendance: Attendance } | { mark: MarkOrEmpty };
const cellTokens: [string, TokenMeaning][] = [
  ['незачёт', { mark: 'fail' }],
  ['незачет', { mark: 'fail' }],
  ['незач', { mark: 'fail' }],
  ['зачёт', { mark: 'pass' }],
  ['зачет', { mark: 'pass' }],
  ['зач', { mark: 'pass' }],
  ['нз', { mark: 'fail' }],
  ['оп', { attendance: 'late' }],
  ['н', { attendance: 'absent' }],
  ['n', { attendance: 'absent' }],
  ['о', { attendance: 'late' }],
  ['o', { attendance: 'late' }],
  ['з', { mark: 'pass' }],
  ['+', { mark: 'pass' }],
  ['-', { mark: 'fail' }],
  ['5', { mark: '5' }],
  ['4', { mark: '4' }],
  ['3', { mark: '3' }],
  ['2', { mark: '2' }],
];

/** Separators a pasted value may carry between its parts («5/4», «ОП 5», «5, 4»). */
const separators = new Set([' ', '/', ',', ';', '\u00a0']);

/**
 * Reads what was typed into a cell since it was focused, or one pasted line: null when it is not a cell value
 * (an unknown letter, a third mark). An empty text is an empty cell.
 */
export function parseCellText(text: string): CellEntry | null {
  const s = text.trim().toLowerCase();
  const entry: CellEntry = { ...emptyEntry };
  let i = 0;
  while (i < s.length) {
    if (separators.has(s[i]!)) {
      i += 1;
      continue;
    }
    const hit = cellTokens.find(([word]) => s.startsWith(word, i));
    if (!hit) return null;
    const [word, meaning] = hit;
    i += word.length;
    if ('attendance' in meaning) {
      entry.attendance = meaning.attendance;
      continue;
    }
    if (!entry.mark1) entry.mark1 = meaning.mark;
    else if (!entry.mark2) entry.mark2 = meaning.mark;
    else return null;
  }
  return entry;
}

/** Whether a single key may start or continue a cell entry (so the grid takes it rather than the browser). */
export function isCellKey(key: string): boolean {
  return key.length === 1 && parseCellText(key) !== null && key.trim() !== '';
}

/** A cell as text: what the grid shows and what Ctrl+C copies; `parseCellText` reads it back. */
export function cellText(e: CellEntry, labels: { absent: string; late: string; pass: string; fail: string }): string {
  const mark = (m: MarkOrEmpty) => (m === 'pass' ? labels.pass : m === 'fail' ? labels.fail : m);
  const marks = [e.mark1, e.mark2].filter(Boolean).map(mark).join('/');
  const attendance = e.attendance === 'absent' ? labels.absent : e.attendance === 'late' ? labels.late : '';
  return [attendance, marks].filter(Boolean).join(' ');
}

/** Final values by the key that sets them: the marks, з/+ зачёт, «-» незачёт, о ОСВ, н Н/А. */
const finalKeys: Record<string, FinalValue> = {
  '5': '5',
  '4': '4',
  '3': '3',
  '2': '2',
  з: 'pass',
  '+': 'pass',
  '-': 'fail',
  о: 'exempt',
  o: 'exempt',
  н: 'not_attested',
  n: 'not_attested',
};

export function finalForKey(key: string): FinalValue | null {
  return finalKeys[key.toLowerCase()] ?? null;
}

/** Words a pasted final may be written with, beside the keys and the short labels the grid shows. */
const finalWords: Record<string, FinalValue> = {
  зачёт: 'pass',
  зачет: 'pass',
  зачтено: 'pass',
  незачёт: 'fail',
  незачет: 'fail',
  нз: 'fail',
  'не зачтено': 'fail',
  освобождён: 'exempt',
  освобожден: 'exempt',
  'н/а': 'not_attested',
  на: 'not_attested',
};

/** One pasted line of a finals column: a value, '' for none, null when it is not a final. */
export function parseFinalText(text: string, shortLabels: Record<FinalValue, string>): FinalValue | '' | null {
  const s = text.trim().toLowerCase();
  if (!s) return '';
  const byLabel = (Object.keys(shortLabels) as FinalValue[]).find((v) => shortLabels[v].toLowerCase() === s);
  return byLabel ?? finalWords[s] ?? (s.length === 1 ? finalForKey(s) : null);
}
