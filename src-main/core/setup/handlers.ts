import type { Handlers } from '../context';

export const setupHandlers: Handlers<'setup'> = {
  'setup.status': (ctx) => ctx.core.status(),
  'setup.initialize': (ctx, input) => ctx.core.initialize(input),
  'setup.unlock': async (ctx, input) => {
    await ctx.core.unlock(input.passphrase);
    return {};
  },
};
