import { z } from 'zod';

/** What a lesson was; the thematic plan uses the same kinds. */
export const lessonKinds = ['lecture', 'practical', 'lab', 'seminar', 'test', 'exam', 'consultation', 'practice', 'other'] as const;
export const lessonKindSchema = z.enum(lessonKinds);
export type LessonKind = z.infer<typeof lessonKindSchema>;

/** A mark in a cell: the five-point scale (5…2) or a pass/fail (зачёт/незачёт). '' is no mark. */
export const markValues = ['5', '4', '3', '2', 'pass', 'fail'] as const;
export const markSchema = z.enum(markValues);
export type Mark = z.infer<typeof markSchema>;
export const markOrEmptySchema = z.enum(['', ...markValues]);
export type MarkOrEmpty = z.infer<typeof markOrEmptySchema>;

/** Attendance in a cell: present (''), absent (Н) or late (ОП). */
export const attendanceValues = ['', 'absent', 'late'] as const;
export const attendanceSchema = z.enum(attendanceValues);
export type Attendance = z.infer<typeof attendanceSchema>;

/** Why a student was absent, set by the curator or the office; '' while nobody has said. */
export const absenceReasons = ['', 'excused', 'unexcused'] as const;
export const absenceReasonSchema = z.enum(absenceReasons);
export type AbsenceReason = z.infer<typeof absenceReasonSchema>;

/** The finals of a line for its period: the semester mark and the exam (or other attestation) mark. */
export const finalKinds = ['period', 'exam'] as const;
export const finalKindSchema = z.enum(finalKinds);
export type FinalKind = z.infer<typeof finalKindSchema>;

/** A final: 5…2, зачёт/незачёт, освобождён (ОСВ), не аттестован (Н/А). */
export const finalValues = ['5', '4', '3', '2', 'pass', 'fail', 'exempt', 'not_attested'] as const;
export const finalValueSchema = z.enum(finalValues);
export type FinalValue = z.infer<typeof finalValueSchema>;
export const finalValueOrEmptySchema = z.enum(['', ...finalValues]);

/** Finals that make an academic debt (академическая задолженность). */
export const debtValues: ReadonlySet<string> = new Set<FinalValue>(['2', 'fail', 'not_attested']);

/** Pairs (пары) in a day, and hours a lesson may take. */
export const maxPair = 8;
export const maxLessonHours = 8;
export const defaultLessonHours = 2;

/** Days after a lesson a teacher may still fill it, unless the college sets otherwise. */
export const defaultBackdatingDays = 3;
export const maxBackdatingDays = 60;

/** The number a mark counts for in an average; pass/fail count for none. */
export function markNumber(mark: string): number | null {
  switch (mark) {
    case '5':
      return 5;
    case '4':
      return 4;
    case '3':
      return 3;
    case '2':
      return 2;
    default:
      return null;
  }
}

/** The mean of the numeric marks, rounded to hundredths; null without any. */
export function averageOf(marks: Iterable<string>): number | null {
  let sum = 0;
  let count = 0;
  for (const m of marks) {
    const n = markNumber(m);
    if (n === null) continue;
    sum += n;
    count += 1;
  }
  return count === 0 ? null : Math.round((sum / count) * 100) / 100;
}

/** Reads a stored value as one of `values`, or `fallback` for anything else (a newer app's value, a damaged row). */
function narrowTo<T extends string>(values: readonly T[], fallback: T): (value: string) => T {
  const known: ReadonlySet<string> = new Set(values);
  return (value) => (known.has(value) ? (value as T) : fallback);
}

export const toAttendance = narrowTo<Attendance>(attendanceValues, '');
export const toAbsenceReason = narrowTo<AbsenceReason>(absenceReasons, '');
export const toMark = narrowTo<MarkOrEmpty>(['', ...markValues], '');
export const toLessonKind = narrowTo<LessonKind>(lessonKinds, 'other');
export const toFinalKind = narrowTo<FinalKind>(finalKinds, 'period');
export const toFinalValue = narrowTo<FinalValue | ''>(['', ...finalValues], '');
