import { z } from 'zod';
import { studentImportResult } from './exchange';
import { idField } from './fields';
import { apiErrorSchema } from './result';

/** What a finished job produced, by kind of job. */
export const jobResult = z.discriminatedUnion('kind', [studentImportResult]);
export type JobResult = z.infer<typeof jobResult>;

export const jobStates = ['running', 'done', 'failed'] as const;

export const jobView = z.object({
  jobId: z.string(),
  state: z.enum(jobStates),
  /** What the job is doing now, in Russian. */
  phase: z.string(),
  done: z.number(),
  total: z.number(),
  result: jobResult.nullable(),
  error: apiErrorSchema.nullable(),
});
export type JobView = z.infer<typeof jobView>;

export const jobsApi = {
  /** A long job's progress; only the session that started the job sees it. */
  'jobs.get': { input: z.object({ jobId: idField }), output: jobView },
} as const;
