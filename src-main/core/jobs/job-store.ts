import { v7 as uuidv7 } from 'uuid';
import type { JobResult, JobView } from '../../../src-shared/api/jobs';
import { exchangeTexts, t } from '../../../src-shared/i18n/ru';
import { AppError } from '../errors';

/** What a job's work reports as it goes: what it is doing, and how far through it is. */
export type JobProgress = (phase: string, done: number, total: number) => void;

export type JobWork = (progress: JobProgress) => Promise<JobResult>;

interface Job extends JobView {
  owner: string;
  finishedAt: number | null;
}

/** A finished job is kept this long for its last poll, then forgotten. */
const keepFinishedMs = 30 * 60_000;

/**
 * Long commands (loading a file of thousands of students) run as jobs: the call that starts one returns at once,
 * and the session that started it polls the job's progress. Jobs live in memory, like sessions.
 */
export class JobStore {
  private readonly jobs = new Map<string, Job>();

  constructor(
    private readonly now: () => number,
    private readonly logError: (err: unknown) => void,
  ) {}

  /** Starts the work after the current call has answered; `owner` is the session token that may see the job. */
  start(owner: string, work: JobWork): string {
    this.forgetFinished();
    const phases = exchangeTexts.phases;
    const job: Job = { jobId: uuidv7(), owner, state: 'running', phase: phases.queued, done: 0, total: 0, result: null, error: null, finishedAt: null };
    this.jobs.set(job.jobId, job);
    const progress: JobProgress = (phase, done, total) => {
      job.phase = phase;
      job.done = done;
      job.total = total;
    };
    setImmediate(() => {
      void Promise.resolve()
        .then(() => work(progress))
        .then(
          (result) => {
            job.state = 'done';
            job.phase = phases.done;
            job.done = job.total;
            job.result = result;
          },
          (err: unknown) => {
            job.state = 'failed';
            job.phase = phases.failed;
            job.error = this.describe(err);
          },
        )
        .finally(() => {
          job.finishedAt = this.now();
        });
    });
    return job.jobId;
  }

  /** Another session's job is reported as missing, not as forbidden: its existence is not theirs to learn. */
  view(owner: string | null, jobId: string): JobView {
    const job = this.jobs.get(jobId);
    if (!job || job.owner !== owner) throw new AppError('not_found', t.errors.jobNotFound);
    const { jobId: id, state, phase, done, total, result, error } = job;
    return { jobId: id, state, phase, done, total, result, error };
  }

  private describe(err: unknown): JobView['error'] {
    if (err instanceof AppError) return err.toApiError();
    this.logError(err);
    return { code: 'internal', message: t.errors.internal };
  }

  private forgetFinished(): void {
    const cutoff = this.now() - keepFinishedMs;
    for (const [id, job] of this.jobs) if (job.finishedAt !== null && job.finishedAt < cutoff) this.jobs.delete(id);
  }
}
