import { useState } from 'react';
import { maxImportFileMegabytes } from '../../src-shared/api/exchange';
import { ui } from '../../src-shared/i18n/ui';
import { ApiFailure, errorMessage } from '../api';
import { Banner, Field } from './Field';
import { readBase64 } from './read-file';

/** What an import says, in the words of the thing it replaces: the keys its namespace in ui.ts already uses. */
export interface XlsxImportTexts {
  importIntro: string;
  importReplaces: string;
  importUnsaved: string;
  importFile: string;
  importing: string;
  importRefused: (problems: number) => string;
  tooLarge: (megabytes: number) => string;
  unreadable: string;
}

/**
 * The body of an XLSX import: the picked workbook goes to `send`, which calls the core and reports the result;
 * a refusal lists every bad row of the sheet by its number. The caller frames it (a dialog or a panel).
 */
export function XlsxImport(props: {
  texts: XlsxImportTexts;
  submitLabel: string;
  dirty: boolean;
  send: (file: { fileName: string; contentBase64: string }) => Promise<void>;
  onCancel: () => void;
}) {
  const t = props.texts;
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
      await props.send({ fileName: picked.name, contentBase64 });
    } catch (err) {
      const rows = err instanceof ApiFailure ? (err.error.fields ?? []).filter((f) => f.field.startsWith('rows.')) : [];
      // With every row listed below, the message need only say what happened.
      setMessage(rows.length > 0 ? t.importRefused(rows.length) : err instanceof ApiFailure ? errorMessage(err) : t.unreadable);
      setRowErrors(rows.map((f) => f.message));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <p>{t.importIntro}</p>
      <p className="muted">{t.importReplaces}</p>
      {props.dirty ? <Banner kind="info">{t.importUnsaved}</Banner> : null}
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
      <Field label={t.importFile}>
        <input
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => {
            const file = e.target.files?.[0] ?? null;
            // Not a rule but the transport's limit: a larger file is not worth sending to be refused.
            if (file && file.size > maxImportFileMegabytes * 1024 * 1024) {
              setMessage(t.tooLarge(maxImportFileMegabytes));
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
          {busy ? t.importing : props.submitLabel}
        </button>
      </div>
    </>
  );
}
