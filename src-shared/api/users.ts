import { z } from 'zod';
import { roleSchema } from '../domain/roles';
import { t } from '../i18n/ru';
import { empty, idField, loginField, passwordField, requiredText } from './fields';

export const userViewSchema = z.object({
  id: z.string(),
  login: z.string(),
  fullName: z.string(),
  roles: z.array(roleSchema),
  active: z.boolean(),
  mustChangePassword: z.boolean(),
  lockedUntil: z.string().nullable(),
});
export type UserView = z.infer<typeof userViewSchema>;

const rolesField = z.array(roleSchema).min(1, t.validation.atLeastOneRole);

export const createUserInput = z.object({
  login: loginField,
  fullName: requiredText(200),
  roles: rolesField,
  password: passwordField,
});

export const updateUserInput = z.object({
  userId: idField,
  fullName: requiredText(200),
  roles: rolesField,
});

export const usersApi = {
  'users.list': { input: empty, output: z.object({ users: z.array(userViewSchema) }) },
  'users.create': { input: createUserInput, output: z.object({ user: userViewSchema }) },
  'users.update': { input: updateUserInput, output: z.object({ user: userViewSchema }) },
  'users.setActive': {
    input: z.object({ userId: idField, active: z.boolean() }),
    output: z.object({ user: userViewSchema }),
  },
  'users.resetPassword': {
    input: z.object({ userId: idField, password: passwordField }),
    output: z.object({ user: userViewSchema }),
  },
} as const;
