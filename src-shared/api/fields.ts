import { z } from 'zod';
import { t } from '../i18n/ru';

const v = t.validation;

export const requiredText = (max: number) =>
  z.string({ error: v.required }).trim().min(1, v.required).max(max, v.tooLong(max));

export const loginField = z
  .string({ error: v.required })
  .trim()
  .regex(/^[A-Za-z0-9._-]{3,32}$/, v.loginPattern);

export const passwordField = z.string({ error: v.required }).min(10, v.passwordPolicy).max(200, v.tooLong(200));

export const passphraseField = z.string({ error: v.required }).trim().min(12, v.passphrasePolicy).max(500, v.tooLong(500));

export const idField = z.string({ error: v.required }).uuid(v.invalid);

export const empty = z.object({}).strict();
