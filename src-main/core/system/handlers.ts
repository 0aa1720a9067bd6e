import type { Handlers } from '../context';
import { journalStatus } from './status';

export const systemHandlers: Handlers<'system'> = {
  'system.status': (ctx) => journalStatus(ctx.journal()),
};
