import { z } from 'zod';
import { empty, loginField, passwordField, passphraseField, requiredText } from './fields';

export const journalStateSchema = z.enum(['uninitialized', 'locked', 'ready']);

export const setupApi = {
  'setup.status': {
    input: empty,
    output: z.object({ state: journalStateSchema, collegeName: z.string().nullable() }),
  },
  'setup.initialize': {
    input: z.object({
      collegeName: requiredText(200),
      adminLogin: loginField,
      adminFullName: requiredText(200),
      adminPassword: passwordField,
      demo: z.enum(['none', 'small']).default('none'),
    }),
    output: z.object({ recoveryPassphrase: z.string(), demoPassword: z.string().nullable() }),
  },
  'setup.unlock': {
    input: z.object({ passphrase: passphraseField }),
    output: z.object({}),
  },
} as const;
