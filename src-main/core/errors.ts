import type { ApiError, ErrorCode, FieldProblem } from '../../src-shared/api/result';

/** A failure with a code and a Russian message the user can act on. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: FieldProblem[],
  ) {
    super(message);
    this.name = 'AppError';
  }

  toApiError(): ApiError {
    return this.fields ? { code: this.code, message: this.message, fields: this.fields } : { code: this.code, message: this.message };
  }
}

export function fieldError(field: string, label: string, problem: string): AppError {
  return new AppError('validation', `«${label}»: ${problem}`, [{ field, message: problem }]);
}
