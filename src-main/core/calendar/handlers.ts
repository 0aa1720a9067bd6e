import type { Handlers } from '../context';
import { createYear, listYears, updateYear } from './years';

export const calendarHandlers: Handlers<'calendar'> = {
  'calendar.listYears': (ctx) => ({ years: listYears(ctx.journal()) }),
  'calendar.createYear': (ctx, input) => ({ year: createYear(ctx.journal(), ctx.actor().id, input) }),
  'calendar.updateYear': (ctx, { yearId, ...input }) => ({ year: updateYear(ctx.journal(), ctx.actor().id, yearId, input) }),
};
