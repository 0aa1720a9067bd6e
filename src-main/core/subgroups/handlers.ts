import type { Handlers } from '../context';
import { divide, move, place, rename } from './commands';
import { divisionHistory, divisionsForGroup, getDivision } from './views';

export const subgroupsHandlers: Handlers<'subgroups'> = {
  'subgroups.forGroup': (ctx, input) => ({ divisions: divisionsForGroup(ctx.journal(), input.groupId, input.yearId, input.date) }),
  'subgroups.get': (ctx, input) => ({ division: getDivision(ctx.journal(), input.divisionId, input.date) }),
  'subgroups.divide': (ctx, input) => ({ division: divide(ctx.journal(), ctx.actor().id, input) }),
  'subgroups.place': (ctx, input) => ({ division: place(ctx.journal(), ctx.actor().id, input) }),
  'subgroups.move': (ctx, input) => ({ division: move(ctx.journal(), ctx.actor().id, input) }),
  'subgroups.history': (ctx, input) => ({ stays: divisionHistory(ctx.journal(), input.divisionId, input.studentId) }),
  'subgroups.rename': (ctx, input) => ({ division: rename(ctx.journal(), ctx.actor().id, input.subgroupId, input.name) }),
};
