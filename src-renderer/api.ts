import type { ApiError, ApiResult, Input, Method, Output } from '../src-shared/api';
import { t } from '../src-shared/i18n/ru';

interface Bridge {
  call(method: string, input: unknown): Promise<ApiResult<unknown>>;
}

declare global {
  interface Window {
    registrum?: Bridge;
  }
}

/** A failed call, carrying the core's typed error. */
export class ApiFailure extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
  }
}

const tokenKey = 'registrum.token';

const isSessionLost = (error: ApiError) => error.code === 'session_expired' || error.code === 'unauthenticated';

/** Over HTTP (the headless host) the session token rides in a header; under Electron the main process holds it. */
async function callHttp(method: string, input: unknown): Promise<ApiResult<unknown>> {
  const token = sessionStorage.getItem(tokenKey);
  try {
    const response = await fetch('/api/call', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ method, input }),
    });
    const result = (await response.json()) as ApiResult<unknown>;
    if (result.ok && method === 'auth.login') sessionStorage.setItem(tokenKey, (result.value as { token: string }).token);
    if (method === 'auth.logout' || (!result.ok && isSessionLost(result.error))) {
      sessionStorage.removeItem(tokenKey);
    }
    return result;
  } catch {
    return { ok: false, error: { code: 'network', message: t.errors.network } };
  }
}

type Listener = (error: ApiError) => void;
const sessionListeners = new Set<Listener>();

/** Called when the core says the session is gone (idle timeout, deactivated): the app returns to the login page. */
export function onSessionLost(listener: Listener): () => void {
  sessionListeners.add(listener);
  return () => sessionListeners.delete(listener);
}

export async function call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>> {
  const result = window.registrum ? await window.registrum.call(method, input) : await callHttp(method, input);
  if (!result.ok) {
    if (isSessionLost(result.error) && method !== 'auth.login') {
      for (const l of sessionListeners) l(result.error);
    }
    throw new ApiFailure(result.error);
  }
  return result.value as Output<M>;
}

export function errorMessage(err: unknown): string {
  return err instanceof ApiFailure ? err.message : t.errors.internal;
}
