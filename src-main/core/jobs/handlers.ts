import type { Handlers } from '../context';

export const jobsHandlers: Handlers<'jobs'> = {
  'jobs.get': (ctx, input) => ctx.core.jobs.view(ctx.token, input.jobId),
};
