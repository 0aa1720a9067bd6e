import type { Method, Output, ParsedInput } from '../../src-shared/api';
import type { UserRow } from './auth/users';
import type { Core } from './app';
import type { Journal } from './journal';

/** What a handler gets besides its parsed input. */
export interface CallContext {
  core: Core;
  token: string | null;
  /** The signed-in user; null only for public methods. */
  user: UserRow | null;
  journal(): Journal;
  actor(): UserRow;
}

export type Handler<M extends Method> = (ctx: CallContext, input: ParsedInput<M>) => Output<M> | Promise<Output<M>>;

/** The handlers of one module: every method named `<prefix>.*`, no more, no less. */
export type Handlers<P extends string> = { [M in Method as M extends `${P}.${string}` ? M : never]: Handler<M> };

/** The handlers of one part of the contract, for a prefix that two modules share (students: records and exchange). */
export type HandlersFor<A> = { [M in keyof A & Method]: Handler<M> };

export type HandlerMap = { [M in Method]: Handler<M> };
