import { methods } from '../../../src-shared/api';
import { fieldLabels, t } from '../../../src-shared/i18n/ru';
import { allowedBeforePasswordChange, mayCall } from './permissions';
import type { CallContext, Handlers } from '../context';
import type { Journal } from '../journal';
import { AppError, fieldError } from '../errors';
import { clearFailedLogins, lockedUntil, recordFailedLogin } from './lockout';
import { hashPassword, spendVerification, verifyPassword } from './passwords';
import {
  createUser,
  findUserByLogin,
  listUsers,
  parseRoles,
  requireUser,
  setUserActive,
  storePassword,
  toUserView,
  updateUser,
} from './users';

function refuseIfLocked(j: Journal, loginName: string): void {
  const until = lockedUntil(j, loginName);
  if (until !== null) throw new AppError('locked', t.errors.accountLocked(Math.ceil((until - j.now()) / 60000)));
}

async function login(ctx: CallContext, loginName: string, password: string) {
  const j = ctx.journal();
  refuseIfLocked(j, loginName);
  const user = findUserByLogin(j, loginName);
  const ok = user?.passwordHash ? await verifyPassword(password, user.passwordHash) : await spendVerification(password);
  if (!user || !ok) {
    recordFailedLogin(j, loginName);
    refuseIfLocked(j, loginName);
    throw new AppError('unauthenticated', t.errors.badCredentials);
  }
  if (user.active !== 1) throw new AppError('forbidden', t.errors.accountInactive);
  clearFailedLogins(j, user.login);
  const token = ctx.core.sessions.open(user.id, j.now());
  return { token, user: toUserView(j, user) };
}

export const authHandlers: Handlers<'auth'> = {
  // Attempts on one login run one at a time, so parallel guesses cannot all pass the lockout check first.
  'auth.login': (ctx, input) => ctx.core.loginQueue.run(input.login.toLowerCase(), () => login(ctx, input.login, input.password)),
  'auth.logout': (ctx) => {
    ctx.core.sessions.close(ctx.token);
    return {};
  },
  'auth.me': (ctx) => {
    const user = ctx.actor();
    const roles = parseRoles(user.roles);
    const allowedMethods = user.mustChangePassword === 1 ? [...allowedBeforePasswordChange] : methods.filter((m) => mayCall(m, roles));
    return { user: toUserView(ctx.journal(), user), allowedMethods };
  },
  'auth.changePassword': async (ctx, input) => {
    const j = ctx.journal();
    const user = ctx.actor();
    if (!user.passwordHash || !(await verifyPassword(input.currentPassword, user.passwordHash))) {
      throw fieldError('currentPassword', fieldLabels.currentPassword!, t.errors.wrongCurrentPassword);
    }
    if (input.currentPassword === input.newPassword) {
      throw fieldError('newPassword', fieldLabels.newPassword!, t.errors.samePassword);
    }
    storePassword(j, user.id, user.id, await hashPassword(input.newPassword), false);
    ctx.core.sessions.closeAllOf(user.id, ctx.token);
    return {};
  },
};

export const usersHandlers: Handlers<'users'> = {
  'users.list': (ctx) => ({ users: listUsers(ctx.journal()) }),
  'users.create': async (ctx, input) => ({ user: await createUser(ctx.journal(), ctx.actor().id, input) }),
  'users.update': (ctx, input) => ({ user: updateUser(ctx.journal(), ctx.actor().id, input) }),
  'users.setActive': (ctx, input) => {
    const user = setUserActive(ctx.journal(), ctx.actor().id, input.userId, input.active);
    if (!input.active) ctx.core.sessions.closeAllOf(input.userId);
    return { user };
  },
  'users.resetPassword': async (ctx, input) => {
    const j = ctx.journal();
    const target = requireUser(j, input.userId);
    storePassword(j, ctx.actor().id, target.id, await hashPassword(input.password), true);
    clearFailedLogins(j, target.login);
    ctx.core.sessions.closeAllOf(target.id);
    return { user: toUserView(j, requireUser(j, target.id)) };
  },
};
