import type { Handlers } from '../context';
import { readSettings, updateSettings } from './college';

export const settingsHandlers: Handlers<'settings'> = {
  'settings.get': (ctx) => readSettings(ctx.journal()),
  'settings.update': (ctx, input) => updateSettings(ctx.journal(), ctx.actor().id, input),
};
