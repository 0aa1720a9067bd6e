import { useEffect, useState } from 'react';
import type { KtpCandidate, KtpView } from '../../../src-shared/api/ktp';
import { ui } from '../../../src-shared/i18n/ui';
import { call, errorMessage } from '../../api';
import { Banner, Field } from '../../ui/Field';
import { XlsxImport } from '../../ui/XlsxImport';

const k = ui.ktp;

interface PanelProps {
  lineId: string;
  onCancel: () => void;
  /** The core's plan after the change, with the notice to show. */
  onDone: (view: KtpView, notice: string) => void;
}

/** The workbook replaces the plan; a refusal lists every bad row of the sheet by its number. */
export function ImportKtpPanel(props: PanelProps & { dirty: boolean }) {
  return (
    <section className="ktp-panel" aria-label={k.importTitle}>
      <h3 className="section-title">{k.importTitle}</h3>
      <XlsxImport
        texts={k}
        submitLabel={k.importXlsx}
        dirty={props.dirty}
        send={async (file) => {
          const result = await call('ktp.importXlsx', { lineId: props.lineId, ...file });
          props.onDone(result, k.imported(result.added, result.updated, result.removed));
        }}
        onCancel={props.onCancel}
      />
    </section>
  );
}

/** Another line's plan of the same discipline; over a plan that has topics only when the user ticks «replace». */
export function CopyKtpPanel(props: PanelProps & { topicCount: number }) {
  const [candidates, setCandidates] = useState<KtpCandidate[] | null>(null);
  const [sourceLineId, setSourceLineId] = useState('');
  const [replace, setReplace] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    call('ktp.candidates', { lineId: props.lineId })
      .then(({ lines }) => {
        if (!live) return;
        setCandidates(lines);
        setSourceLineId(lines[0]?.id ?? '');
      })
      .catch((err: unknown) => live && setMessage(errorMessage(err)));
    return () => {
      live = false;
    };
  }, [props.lineId]);
  const copy = async () => {
    setBusy(true);
    setMessage(null);
    try {
      const result = await call('ktp.copyFrom', { lineId: props.lineId, sourceLineId, replace });
      props.onDone(result, k.copied(result.added, result.updated, result.removed));
    } catch (err) {
      setMessage(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="ktp-panel" aria-label={k.copyTitle}>
      <h3 className="section-title">{k.copyTitle}</h3>
      <p className="muted">{k.copyHint}</p>
      {message ? <Banner kind="error">{message}</Banner> : null}
      {candidates === null ? <p className="muted">{ui.common.loading}</p> : null}
      {candidates?.length === 0 ? <p className="muted">{k.copyNothing}</p> : null}
      {candidates && candidates.length > 0 ? (
        <>
          <Field label={k.copySource}>
            <select value={sourceLineId} onChange={(e) => setSourceLineId(e.target.value)}>
              {candidates.map((x) => (
                <option key={x.id} value={x.id}>
                  {k.copyOption(x.yearName, x.periodName, x.subgroupName ? `${x.groupName} (${x.subgroupName})` : x.groupName, x.teacherName, x.topicCount, x.topicHours)}
                </option>
              ))}
            </select>
          </Field>
          {props.topicCount > 0 ? (
            <label className="check">
              <input type="checkbox" checked={replace} onChange={(e) => setReplace(e.target.checked)} /> {k.replace(props.topicCount)}
            </label>
          ) : null}
        </>
      ) : null}
      <div className="row row--end">
        <button type="button" className="button" onClick={props.onCancel}>
          {ui.common.cancel}
        </button>
        <button type="button" className="button button--primary" disabled={!sourceLineId || busy} onClick={() => void copy()}>
          {k.copyDo}
        </button>
      </div>
    </section>
  );
}
