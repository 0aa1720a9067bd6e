import { useEffect, useState } from 'react';
import type { KtpCandidate, KtpView } from '../../../src-shared/api/ktp';
import { maxImportFileMegabytes } from '../../../src-shared/api/exchange';
import { ui } from '../../../src-shared/i18n/ui';
import { ApiFailure, call, errorMessage } from '../../api';
import { Banner, Field } from '../../ui/Field';
import { readBase64 } from '../../ui/read-file';

const k = ui.ktp;

interface PanelProps {
  lineId: string;
  onCancel: () => void;
  /** The core's plan after the change, with the notice to show. */
  onDone: (view: KtpView, notice: string) => void;
}

/** The workbook replaces the plan; a refusal lists every bad row of the sheet by its number. */
export function ImportKtpPanel(props: PanelProps & { dirty: boolean }) {
  const [picked, setPicked] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [rowErrors, setRowErrors] = useState<string[]>([]);
  const load = async () => {
    if (!picked) return;
    setBusy(true);
    setMessage(null);
    setRowErrors([]);
    try {
      const contentBase64 = await readBase64(picked);
      const result = await call('ktp.importXlsx', { lineId: props.lineId, fileName: picked.name, contentBase64 });
      props.onDone(result, k.imported(result.added, result.updated, result.removed));
    } catch (err) {
      const rows = err instanceof ApiFailure ? (err.error.fields ?? []).filter((f) => f.field.startsWith('rows.')) : [];
      // With every row listed below, the message need only say what happened.
      setMessage(rows.length > 0 ? k.importRefused(rows.length) : err instanceof ApiFailure ? errorMessage(err) : k.unreadable);
      setRowErrors(rows.map((f) => f.message));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="ktp-panel" aria-label={k.importTitle}>
      <h3 className="section-title">{k.importTitle}</h3>
      <p>{k.importIntro}</p>
      <p className="muted">{k.importReplaces}</p>
      {props.dirty ? <Banner kind="info">{k.importUnsaved}</Banner> : null}
      {message ? (
        <Banner kind="error">
          {message}
          {rowErrors.length > 0 ? (
            <ul className="import-errors">
              {rowErrors.map((text) => (
                <li key={text}>{text}</li>
              ))}
            </ul>
          ) : null}
        </Banner>
      ) : null}
      <Field label={k.importFile}>
        <input
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => {
            const file = e.target.files?.[0] ?? null;
            // Not a rule but the transport's limit: a larger file is not worth sending to be refused.
            if (file && file.size > maxImportFileMegabytes * 1024 * 1024) {
              setMessage(k.tooLarge(maxImportFileMegabytes));
              setPicked(null);
            } else setPicked(file);
          }}
        />
      </Field>
      <div className="row row--end">
        <button type="button" className="button" onClick={props.onCancel}>
          {ui.common.cancel}
        </button>
        <button type="button" className="button button--primary" disabled={!picked || busy} onClick={() => void load()}>
          {busy ? k.importing : k.importXlsx}
        </button>
      </div>
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
