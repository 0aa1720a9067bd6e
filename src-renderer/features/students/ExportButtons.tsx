import { useState } from 'react';
import type { Output } from '../../../src-shared/api';
import { ui } from '../../../src-shared/i18n/ui';
import { call, errorMessage } from '../../api';
import { useSession } from '../../app/session-store';
import { Banner } from '../../ui/Field';
import { downloadXlsx } from '../../ui/download';

type ExportedFile = Output<'students.exportContingent'>;

/**
 * Excel exports of the students: a chosen group's list and the whole contingent. Which students go in is the
 * core's call (a curator gets only their own groups); this picks, asks and saves.
 */
export function ExportButtons(props: { groups: readonly { id: string; name: string }[]; defaultGroupId?: string }) {
  const may = useSession((s) => s.may);
  const [groupId, setGroupId] = useState(props.defaultGroupId ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const u = ui.importStudents;
  const run = async (make: () => Promise<ExportedFile>) => {
    setBusy(true);
    setError(null);
    try {
      downloadXlsx(await make());
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      {error ? <Banner kind="error">{error}</Banner> : null}
      <div className="row filters">
        {may('students.exportGroup') ? (
          <>
            <select aria-label={u.exportGroupChoice} value={groupId} onChange={(e) => setGroupId(e.target.value)}>
              <option value="">{u.chooseGroup}</option>
              {props.groups.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.name}
                </option>
              ))}
            </select>
            <button type="button" className="button" disabled={!groupId || busy} onClick={() => void run(() => call('students.exportGroup', { groupId }))}>
              {u.exportGroup}
            </button>
          </>
        ) : null}
        {may('students.exportContingent') ? (
          <button type="button" className="button" disabled={busy} onClick={() => void run(() => call('students.exportContingent', {}))}>
            {u.exportContingent}
          </button>
        ) : null}
        {busy ? <span className="muted">{u.exporting}</span> : null}
      </div>
    </>
  );
}
