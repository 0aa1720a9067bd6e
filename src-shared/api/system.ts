import { z } from 'zod';
import { t } from '../i18n/ru';
import { empty } from './fields';

export const settingsSchema = z.object({
  sessionIdleMinutes: z
    .number({ error: t.validation.range(5, 480) })
    .int(t.validation.range(5, 480))
    .min(5, t.validation.range(5, 480))
    .max(480, t.validation.range(5, 480)),
});
export type Settings = z.infer<typeof settingsSchema>;

export const systemApi = {
  'system.status': {
    input: empty,
    output: z.object({
      collegeName: z.string(),
      dataDir: z.string(),
      nodeId: z.string(),
      appVersion: z.string(),
      schemaVersion: z.number(),
      opCount: z.number(),
      counts: z.record(z.string(), z.number()),
    }),
  },
  'settings.get': { input: empty, output: settingsSchema },
  'settings.update': { input: settingsSchema, output: settingsSchema },
} as const;
