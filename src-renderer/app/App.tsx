import { useEffect } from 'react';
import { ui } from '../../src-shared/i18n/ui';
import { onSessionLost } from '../api';
import { LoginPage } from '../features/auth/LoginPage';
import { SetupWizard } from '../features/setup/SetupWizard';
import { UnlockPage } from '../features/setup/UnlockPage';
import { Banner } from '../ui/Field';
import { Layout } from './Layout';
import { useSession } from './session-store';

export function App() {
  const { phase, notice, refresh, sessionLost } = useSession();
  useEffect(() => {
    void refresh();
    return onSessionLost((error) => sessionLost(error.message));
  }, [refresh, sessionLost]);

  switch (phase) {
    case 'loading':
      return <p className="muted center">{ui.common.loading}</p>;
    case 'failed':
      return (
        <main className="card card--narrow">
          <Banner kind="error">{notice}</Banner>
          <button type="button" className="button" onClick={() => void refresh()}>
            {ui.common.retry}
          </button>
        </main>
      );
    case 'uninitialized':
      return <SetupWizard />;
    case 'locked':
      return <UnlockPage />;
    case 'login':
      return <LoginPage />;
    case 'ready':
      return <Layout />;
  }
}
