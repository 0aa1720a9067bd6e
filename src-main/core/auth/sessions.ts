import { randomBytes } from 'node:crypto';
import { t } from '../../../src-shared/i18n/ru';
import { AppError } from '../errors';

interface SessionEntry {
  userId: string;
  lastSeen: number;
}

/** In-memory sessions: a restart of the app logs everyone out, which is what a workstation should do. */
export class SessionStore {
  private readonly sessions = new Map<string, SessionEntry>();

  open(userId: string, now: number): string {
    const token = randomBytes(32).toString('base64url');
    this.sessions.set(token, { userId, lastSeen: now });
    return token;
  }

  /** The user id of a live session; an idle one is ended and reported as expired. */
  touch(token: string | null, now: number, idleMs: number): string {
    const entry = token ? this.sessions.get(token) : undefined;
    if (!token || !entry) throw new AppError('unauthenticated', t.errors.unauthenticated);
    if (now - entry.lastSeen > idleMs) {
      this.sessions.delete(token);
      throw new AppError('session_expired', t.errors.sessionExpired);
    }
    entry.lastSeen = now;
    return entry.userId;
  }

  close(token: string | null): void {
    if (token) this.sessions.delete(token);
  }

  /** Ends every session of a user (deactivated, password reset). */
  closeAllOf(userId: string, exceptToken: string | null = null): void {
    for (const [token, entry] of this.sessions) if (entry.userId === userId && token !== exceptToken) this.sessions.delete(token);
  }
}
