import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiFailure, errorMessage } from '../api';

/**
 * Puts the core's verdict on the form: field problems under their fields, the rest as the form's message.
 * Returns the message to show above the form.
 */
export function applyServerError<T extends FieldValues>(err: unknown, setError: UseFormSetError<T>, fields: readonly string[]): string {
  if (err instanceof ApiFailure && err.error.fields) {
    for (const f of err.error.fields) {
      if (fields.includes(f.field)) setError(f.field as Path<T>, { type: 'server', message: f.message });
    }
  }
  return errorMessage(err);
}
