import { z } from 'zod';

export const studyForms = ['full_time', 'part_time', 'extramural'] as const;
export const studyFormSchema = z.enum(studyForms);
export type StudyForm = z.infer<typeof studyFormSchema>;

export const fundings = ['budget', 'contract', 'mixed'] as const;
export const fundingSchema = z.enum(fundings);
export type Funding = z.infer<typeof fundingSchema>;
