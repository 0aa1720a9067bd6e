import { useEffect } from 'react';
import { t } from '../../src-shared/i18n/ru';
import { call } from '../api';
import { useSession } from './session-store';

const activityEvents = ['keydown', 'mousedown', 'wheel', 'touchstart'] as const;

/**
 * Leaves the screen when the user has been away as long as the core's idle timeout: the core already refuses
 * the stale session, and personal data should not stay on an unattended screen until someone clicks.
 */
export function useIdleSignOut(): void {
  const signOut = useSession((s) => s.signOut);
  useEffect(() => {
    let idleMs = 30 * 60_000;
    let last = Date.now();
    let cancelled = false;
    call('settings.get', {}).then(
      (s) => {
        idleMs = s.sessionIdleMinutes * 60_000;
      },
      () => undefined,
    );
    const touch = () => {
      last = Date.now();
    };
    for (const e of activityEvents) window.addEventListener(e, touch, { passive: true });
    const timer = window.setInterval(() => {
      if (!cancelled && Date.now() - last > idleMs) {
        cancelled = true;
        void signOut(t.errors.sessionExpired);
      }
    }, 15_000);
    return () => {
      cancelled = true;
      window.clearInterval(timer);
      for (const e of activityEvents) window.removeEventListener(e, touch);
    };
  }, [signOut]);
}
