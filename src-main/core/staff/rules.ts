import { minimumWorkingAge } from '../../../src-shared/domain/staff';
import { t } from '../../../src-shared/i18n/ru';

export interface EmployeeDates {
  birthDate: string;
  hireDate: string;
  dismissalDate: string | null;
}

export interface Problem {
  field: 'birthDate' | 'hireDate' | 'dismissalDate';
  message: string;
}

/** The same month and day `years` later; ISO dates compare as strings, so 29 February needs no special case. */
function yearsLater(isoDate: string, years: number): string {
  return `${String(Number(isoDate.slice(0, 4)) + years).padStart(4, '0')}${isoDate.slice(4)}`;
}

/** The first thing wrong with an employee's dates as of `today`, or null. */
export function employeeDatesProblem(e: EmployeeDates, today: string): Problem | null {
  const workingAgeFrom = yearsLater(e.birthDate, minimumWorkingAge);
  if (workingAgeFrom > today) return { field: 'birthDate', message: t.errors.tooYoung(minimumWorkingAge) };
  if (workingAgeFrom > e.hireDate) return { field: 'hireDate', message: t.errors.hiredTooYoung(minimumWorkingAge) };
  if (e.dismissalDate !== null && e.dismissalDate < e.hireDate) return { field: 'dismissalDate', message: t.errors.dismissalBeforeHire };
  return null;
}

/**
 * The dismissal date is the employee's last working day (Labour Code art. 84.1), so they count as dismissed
 * from the day after it.
 */
export function isDismissed(dismissalDate: string | null, today: string): boolean {
  return dismissalDate !== null && dismissalDate < today;
}

/** Surname, name and patronymic as written in staff lists; the patronymic may be absent. */
export function personName(p: { surname: string; name: string; patronymic: string }): string {
  return [p.surname, p.name, p.patronymic].filter(Boolean).join(' ');
}
