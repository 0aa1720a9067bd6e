import type { Handlers } from '../context';
import { closePeriod, listPeriods, reopenPeriod } from './locks';

export const periodsHandlers: Handlers<'periods'> = {
  'periods.list': (ctx, input) => ({ periods: listPeriods(ctx.journal(), input.yearId) }),
  'periods.close': (ctx, input) => closePeriod(ctx.journal(), ctx.actor().id, input.periodId, input.reason),
  'periods.reopen': (ctx, input) => reopenPeriod(ctx.journal(), ctx.actor().id, input.periodId, input.reason),
};
