import type { Handlers } from '../context';
import { applyRollover, planRollover } from './rollover';

export const rolloverHandlers: Handlers<'rollover'> = {
  'rollover.preview': (ctx, input) => planRollover(ctx.journal(), input).preview,
  'rollover.apply': (ctx, input) => applyRollover(ctx.journal(), ctx.actor().id, input),
};
