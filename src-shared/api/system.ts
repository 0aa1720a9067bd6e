import { z } from 'zod';
import { maxBackdatingDays } from '../domain/gradebook';
import { t } from '../i18n/ru';
import { empty } from './fields';

const backdatingDays = z
  .number({ error: t.validation.range(0, maxBackdatingDays) })
  .int(t.validation.range(0, maxBackdatingDays))
  .min(0, t.validation.range(0, maxBackdatingDays))
  .max(maxBackdatingDays, t.validation.range(0, maxBackdatingDays));

export const settingsSchema = z.object({
  sessionIdleMinutes: z
    .number({ error: t.validation.range(5, 480) })
    .int(t.validation.range(5, 480))
    .min(5, t.validation.range(5, 480))
    .max(480, t.validation.range(5, 480)),
  /** Days after a lesson a teacher may still fill its attendance and marks; later only the office, with a reason. */
  backdatingDays,
});
export type Settings = z.infer<typeof settingsSchema>;

/** A setting left out keeps its value: callers that predate a setting do not reset it. */
export const settingsUpdateInput = settingsSchema.extend({ backdatingDays: backdatingDays.optional() });
export type SettingsUpdate = z.infer<typeof settingsUpdateInput>;

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
  'settings.update': { input: settingsUpdateInput, output: settingsSchema },
} as const;
