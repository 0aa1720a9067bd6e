import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiFailure, errorMessage } from '../api';

/**
 * Puts the core's verdict on the form: each field's problem under that field. Returns the message to show
 * above the form, or null when every problem already stands under a field the form shows.
 */
export function applyServerError<T extends FieldValues>(err: unknown, setError: UseFormSetError<T>, fields: readonly string[]): string | null {
  const problems = err instanceof ApiFailure ? (err.error.fields ?? []) : [];
  const placed = problems.filter((f) => fields.includes(f.field));
  for (const f of placed) setError(f.field as Path<T>, { type: 'server', message: f.message });
  return problems.length > 0 && placed.length === problems.length ? null : errorMessage(err);
}
