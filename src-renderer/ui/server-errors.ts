import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiFailure, errorMessage } from '../api';

/** One form's share of the core's verdict: puts a problem under its field and says whether it did. */
export interface ServerErrorTarget {
  place(field: string, message: string): boolean;
}

/**
 * A form showing `fields`. `prefix` is the path of the form's values inside the input the core was sent
 * ('nextYear.' when the year is part of the rollover), stripped before the field is looked up.
 */
export function formTarget<T extends FieldValues>(setError: UseFormSetError<T>, fields: readonly string[], prefix = ''): ServerErrorTarget {
  return {
    place(field, message) {
      const own = field.startsWith(prefix) ? field.slice(prefix.length) : null;
      if (own === null || !fields.includes(own)) return false;
      setError(own as Path<T>, { type: 'server', message });
      return true;
    },
  };
}

/**
 * Puts the core's verdict on the forms that make up one input, each problem under its field. Returns the message
 * to show above them, or null when every problem already stands under a field one of the forms shows.
 */
export function applyServerErrors(err: unknown, targets: readonly ServerErrorTarget[]): string | null {
  const problems = err instanceof ApiFailure ? (err.error.fields ?? []) : [];
  const placed = problems.filter((f) => targets.some((target) => target.place(f.field, f.message)));
  return problems.length > 0 && placed.length === problems.length ? null : errorMessage(err);
}

/** The same for a form that is the whole input. */
export function applyServerError<T extends FieldValues>(err: unknown, setError: UseFormSetError<T>, fields: readonly string[]): string | null {
  return applyServerErrors(err, [formTarget(setError, fields)]);
}
