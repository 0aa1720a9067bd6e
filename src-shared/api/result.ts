import { z } from 'zod';
import { ru } from 'zod/locales';
import { fieldLabels, fieldLabelsByModule } from '../i18n/ru';

// zod's own messages (wrong type, unknown key) in Russian too, in the core and in the renderer alike.
z.config(ru());

export const errorCodes = [
  'validation',
  'unknown_method',
  'unauthenticated',
  'session_expired',
  'forbidden',
  'not_ready',
  'not_found',
  'conflict',
  'locked',
  'wrong_passphrase',
  'integrity',
  'internal',
  'network',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export interface FieldProblem {
  field: string;
  message: string;
}

export const apiErrorSchema = z.object({
  code: z.enum(errorCodes),
  message: z.string(),
  fields: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
});
export type ApiError = z.infer<typeof apiErrorSchema>;

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/**
 * Turns zod issues into Russian: the message names each field («Пароль»: не короче 10 символов), and each
 * field's own problem is kept without its name, for showing under the field itself. A module may name a field
 * its own way (a student's «Имя», a group's «Название»).
 */
export function describeIssues(error: z.ZodError, method?: string): { message: string; fields: FieldProblem[] } {
  const own = method ? fieldLabelsByModule[method.split('.')[0]!] : undefined;
  const described = error.issues.map((issue) => {
    const key = issue.path.filter((p): p is string => typeof p === 'string').at(-1) ?? '';
    const label = own?.[key] ?? fieldLabels[key] ?? key;
    return { field: issue.path.join('.'), line: label ? `«${label}»: ${issue.message}` : issue.message, message: issue.message };
  });
  return { message: described.map((d) => d.line).join('; '), fields: described.map(({ field, message }) => ({ field, message })) };
}
