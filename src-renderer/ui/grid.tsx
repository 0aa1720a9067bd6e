import type { KeyboardEvent } from 'react';

/**
 * Enter moves down a column, Shift+Enter up, as in a spreadsheet; Tab keeps its own way along the row.
 * For a table's onKeyDown: its inputs carry `data-key` (their row's key) and `data-col`; `rows` are the rows shown, in order.
 */
export function moveInColumn(e: KeyboardEvent<HTMLTableElement>, rows: readonly { key: string }[]) {
  if (e.key !== 'Enter') return;
  const target = e.target as HTMLElement;
  const col = target.dataset.col;
  const at = rows.findIndex((r) => r.key === target.dataset.key);
  if (col === undefined || at < 0) return;
  e.preventDefault();
  const next = rows[at + (e.shiftKey ? -1 : 1)];
  if (next) e.currentTarget.querySelector<HTMLElement>(`[data-key="${next.key}"][data-col="${col}"]`)?.focus();
}

/** A cell's own error, under its input. */
export function CellError(props: { text: string }) {
  return (
    <span className="field__error cell-error" role="alert">
      {props.text}
    </span>
  );
}
