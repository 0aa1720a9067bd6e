import { z } from 'zod';

/** What an employee does at the college; one person may hold several (a teacher who is also a curator). */
export const positions = ['teacher', 'curator', 'master', 'office', 'methodist', 'management', 'hr', 'other'] as const;
export const positionSchema = z.enum(positions);
export type Position = z.infer<typeof positionSchema>;

/**
 * Main place of work or external part-time (внешнее совместительство). Internal part-time is not a type of
 * its own: one record per person, and the extra positions held at the college are listed among the positions.
 */
export const employmentTypes = ['main', 'part_time'] as const;
export const employmentTypeSchema = z.enum(employmentTypes);
export type EmploymentType = z.infer<typeof employmentTypeSchema>;

/** Qualification category of a teaching employee (аттестация). */
export const qualificationCategories = ['none', 'first', 'highest'] as const;
export const qualificationCategorySchema = z.enum(qualificationCategories);
export type QualificationCategory = z.infer<typeof qualificationCategorySchema>;

/** Youngest age at which a person may be hired (Labour Code art. 63, with a parent's consent). */
export const minimumWorkingAge = 14;
/** Birth dates before this one are taken for typing errors. */
export const earliestBirthDate = '1900-01-01';
