import { z } from 'zod';
import { t } from '../i18n/ru';
import { empty, passwordField } from './fields';
import { userViewSchema } from './users';

export const loginInput = z.object({
  login: z.string({ error: t.validation.required }).trim().min(1, t.validation.required).max(64, t.validation.tooLong(64)),
  password: z.string({ error: t.validation.required }).min(1, t.validation.required).max(200, t.validation.tooLong(200)),
});

export const changePasswordInput = z.object({
  currentPassword: z.string({ error: t.validation.required }).min(1, t.validation.required).max(200, t.validation.tooLong(200)),
  newPassword: passwordField,
});

export const authApi = {
  'auth.login': {
    input: loginInput,
    output: z.object({ token: z.string(), user: userViewSchema }),
  },
  'auth.logout': { input: empty, output: z.object({}) },
  /** The signed-in user and the methods the core will let them call, so the UI can mirror the rules. */
  'auth.me': { input: empty, output: z.object({ user: userViewSchema, allowedMethods: z.array(z.string()) }) },
  'auth.changePassword': { input: changePasswordInput, output: z.object({}) },
} as const;
