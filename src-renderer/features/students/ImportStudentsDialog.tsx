import { Fragment, useEffect, useState } from 'react';
import type { z } from 'zod';
import {
  importEncodings,
  importFieldKeys,
  importOrderInput,
  importOrderStep,
  maxImportFileMegabytes,
  requiredImportFields,
  type ImportMapping,
  type ImportPreview,
} from '../../../src-shared/api/exchange';
import type { JobView } from '../../../src-shared/api/jobs';
import { importFieldLabels } from '../../../src-shared/i18n/ru';
import { ui } from '../../../src-shared/i18n/ui';
import { call, errorMessage } from '../../api';
import { Dialog } from '../../ui/Dialog';
import { Banner, Field } from '../../ui/Field';
import { useZodForm } from '../../ui/forms';
import { formatDate } from '../../ui/format';
import { applyServerError } from '../../ui/server-errors';
import { readBase64 } from '../../ui/read-file';

type Encoding = (typeof importEncodings)[number];
interface PickedFile {
  fileName: string;
  contentBase64: string;
}
type Step = { kind: 'file' } | { kind: 'check'; preview: ImportPreview } | { kind: 'order'; preview: ImportPreview } | { kind: 'running'; jobId: string };

const u = ui.importStudents;

/**
 * The office's wizard for a file of new students: choose the file, match its columns, see every row's problems,
 * give the enrollment order, then follow the import to its end. The core checks and writes; this only shows.
 */
export function ImportStudentsDialog(props: { onClose: () => void; onDone: (notice: string) => void }) {
  const [step, setStep] = useState<Step>({ kind: 'file' });
  const [file, setFile] = useState<PickedFile | null>(null);
  const [encoding, setEncoding] = useState<Encoding>('auto');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  const check = async (picked: PickedFile, chosenEncoding: Encoding, mapping?: ImportMapping) => {
    setBusy(true);
    setMessage(null);
    try {
      const preview = await call('students.importPreview', { ...picked, encoding: chosenEncoding, ...(mapping ? { mapping } : {}) });
      setStep({ kind: 'check', preview });
    } catch (err) {
      setMessage(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={u.title} onClose={props.onClose}>
      {message ? <Banner kind="error">{message}</Banner> : null}
      {step.kind === 'file' ? (
        <FileStep
          busy={busy}
          encoding={encoding}
          onEncoding={setEncoding}
          onClose={props.onClose}
          onProblem={setMessage}
          onRead={(picked) => {
            setFile(picked);
            void check(picked, encoding);
          }}
        />
      ) : null}
      {step.kind === 'check' && file ? (
        <CheckStep
          preview={step.preview}
          busy={busy}
          encoding={encoding}
          onEncoding={(next) => {
            setEncoding(next);
            // Other letters make other headers: the columns are suggested afresh.
            void check(file, next);
          }}
          onMapping={(mapping) => void check(file, encoding, mapping)}
          onAnotherFile={() => setStep({ kind: 'file' })}
          onLoad={() => setStep({ kind: 'order', preview: step.preview })}
        />
      ) : null}
      {step.kind === 'order' && file ? (
        <OrderStep
          validRows={step.preview.validRows}
          onBack={() => setStep({ kind: 'check', preview: step.preview })}
          start={async (order) => (await call('students.importStart', { ...file, encoding, mapping: step.preview.mapping, order })).jobId}
          onStarted={(jobId) => setStep({ kind: 'running', jobId })}
        />
      ) : null}
      {step.kind === 'running' && file ? (
        <JobStep jobId={step.jobId} onClose={props.onClose} onDone={props.onDone} onBack={() => void check(file, encoding)} />
      ) : null}
    </Dialog>
  );
}

function EncodingSelect(props: { value: Encoding; onChange: (e: Encoding) => void; disabled?: boolean }) {
  return (
    <Field label={u.encoding}>
      <select value={props.value} disabled={props.disabled} onChange={(e) => props.onChange(e.target.value as Encoding)}>
        {importEncodings.map((e) => (
          <option key={e} value={e}>
            {u.encodings[e]}
          </option>
        ))}
      </select>
    </Field>
  );
}

function FileStep(props: {
  busy: boolean;
  encoding: Encoding;
  onEncoding: (e: Encoding) => void;
  onClose: () => void;
  onProblem: (message: string | null) => void;
  onRead: (file: PickedFile) => void;
}) {
  const [picked, setPicked] = useState<File | null>(null);
  const read = async () => {
    if (!picked) return props.onProblem(u.chooseFile);
    // Not a rule but the transport's limit: a larger file is not worth sending to be refused.
    if (picked.size > maxImportFileMegabytes * 1024 * 1024) return props.onProblem(u.tooLarge(maxImportFileMegabytes));
    try {
      props.onRead({ fileName: picked.name, contentBase64: await readBase64(picked) });
    } catch {
      props.onProblem(u.unreadable);
    }
  };
  return (
    <>
      <Field label={u.file} hint={u.fileHint(maxImportFileMegabytes)}>
        <input type="file" accept=".xlsx,.csv,.txt,text/csv" onChange={(e) => setPicked(e.target.files?.[0] ?? null)} />
      </Field>
      <EncodingSelect value={props.encoding} onChange={props.onEncoding} />
      <div className="row row--end">
        <button type="button" className="button" onClick={props.onClose}>
          {ui.common.cancel}
        </button>
        <button type="button" className="button button--primary" disabled={!picked || props.busy} onClick={() => void read()}>
          {props.busy ? u.reading : u.read}
        </button>
      </div>
    </>
  );
}

function CheckStep(props: {
  preview: ImportPreview;
  busy: boolean;
  encoding: Encoding;
  onEncoding: (e: Encoding) => void;
  onMapping: (mapping: ImportMapping) => void;
  onAnotherFile: () => void;
  onLoad: () => void;
}) {
  const p = props.preview;
  const ready = p.fileErrors.length === 0 && p.errorRowCount === 0 && p.validRows > 0;
  return (
    <>
      {p.encoding ? (
        <>
          <EncodingSelect value={props.encoding} onChange={props.onEncoding} disabled={props.busy} />
          <p className="muted">{u.encodingUsed(u.encodings[p.encoding] ?? p.encoding)}</p>
        </>
      ) : null}
      <h3 className="section-title">{u.columns}</h3>
      <p className="muted">{u.columnsHint}</p>
      <div className="row">
        {importFieldKeys.map((key) => {
          const label = requiredImportFields.has(key) ? u.required(importFieldLabels[key]) : importFieldLabels[key];
          return (
            <Field key={key} label={label}>
              <select
                value={p.mapping[key] ?? ''}
                disabled={props.busy}
                onChange={(e) => props.onMapping({ ...p.mapping, [key]: e.target.value === '' ? null : Number(e.target.value) })}
              >
                <option value="">{u.noColumn}</option>
                {p.columns.map((title, i) => (
                  <option key={i} value={i}>
                    {u.column(i + 1, title)}
                  </option>
                ))}
              </select>
            </Field>
          );
        })}
      </div>
      {p.fileErrors.length > 0 ? (
        <Banner kind="error">
          {u.fileProblems}
          <ul>
            {p.fileErrors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </Banner>
      ) : (
        <Banner kind={p.errorRowCount > 0 ? 'error' : 'info'}>{u.counts(p.totalRows, p.validRows, p.errorRowCount)}</Banner>
      )}
      {p.errorRows.length > 0 ? <ErrorRows preview={p} /> : null}
      {p.sample.length > 0 ? <SampleRows preview={p} /> : null}
      <div className="row row--end">
        <button type="button" className="button" onClick={props.onAnotherFile}>
          {u.anotherFile}
        </button>
        <button type="button" className="button button--primary" disabled={!ready || props.busy} onClick={props.onLoad}>
          {u.load}
        </button>
      </div>
    </>
  );
}

function ErrorRows({ preview: p }: { preview: ImportPreview }) {
  return (
    <>
      <h3 className="section-title">{u.errorsTitle}</h3>
      <p className="muted">{u.fixHint}</p>
      <table className="table">
        <thead>
          <tr>
            <th>{u.row}</th>
            <th>{u.fullName}</th>
            <th>{u.field}</th>
            <th>{u.problem}</th>
          </tr>
        </thead>
        <tbody>
          {p.errorRows.map((r) => (
            <Fragment key={r.row}>
              {r.problems.map((problem, i) => (
                <tr key={`${r.row}-${i}`}>
                  {i === 0 ? <td rowSpan={r.problems.length}>{r.row}</td> : null}
                  {i === 0 ? <td rowSpan={r.problems.length}>{r.fullName || '—'}</td> : null}
                  <td>{problem.label}</td>
                  <td>{problem.message}</td>
                </tr>
              ))}
            </Fragment>
          ))}
        </tbody>
      </table>
      {p.errorRowCount > p.errorRows.length ? <p className="muted">{u.moreErrors(p.errorRowCount - p.errorRows.length)}</p> : null}
    </>
  );
}

function SampleRows({ preview: p }: { preview: ImportPreview }) {
  return (
    <>
      <h3 className="section-title">{u.sampleTitle}</h3>
      <table className="table">
        <thead>
          <tr>
            <th>{u.row}</th>
            <th>{u.fullName}</th>
            <th>{u.birthDate}</th>
            <th>{u.recordBook}</th>
            <th>{u.group}</th>
          </tr>
        </thead>
        <tbody>
          {p.sample.map((r) => (
            <tr key={r.row}>
              <td>{r.row}</td>
              <td>{r.fullName}</td>
              <td>{formatDate(r.birthDate)}</td>
              <td className="mono">{r.recordBook}</td>
              <td>{r.groupName}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function OrderStep(props: {
  validRows: number;
  onBack: () => void;
  start: (order: z.output<typeof importOrderInput>) => Promise<string>;
  onStarted: (jobId: string) => void;
}) {
  const [message, setMessage] = useState<string | null>(null);
  const form = useZodForm(importOrderStep, { order: { number: '', date: '', effectiveDate: '', reason: '' } });
  const { errors, isSubmitting } = form.formState;
  const submit = form.handleSubmit(async (v) => {
    setMessage(null);
    try {
      props.onStarted(await props.start(v.order));
    } catch (err) {
      setMessage(applyServerError(err, form.setError, ['order.number', 'order.date', 'order.effectiveDate', 'order.reason']));
    }
  });
  return (
    <form onSubmit={submit} noValidate>
      <h3 className="section-title">{u.orderTitle}</h3>
      <p className="muted">{u.orderHint(props.validRows)}</p>
      {message ? <Banner kind="error">{message}</Banner> : null}
      <div className="row">
        <Field label={u.orderNumber} error={errors.order?.number?.message}>
          <input autoFocus {...form.register('order.number')} />
        </Field>
        <Field label={u.orderDate} error={errors.order?.date?.message}>
          <input type="date" {...form.register('order.date')} />
        </Field>
        <Field label={u.effectiveDate} error={errors.order?.effectiveDate?.message}>
          <input type="date" {...form.register('order.effectiveDate')} />
        </Field>
      </div>
      <Field label={u.reason} error={errors.order?.reason?.message}>
        <input {...form.register('order.reason')} />
      </Field>
      <div className="row row--end">
        <button type="button" className="button" onClick={props.onBack}>
          {u.back}
        </button>
        <button type="submit" className="button button--primary" disabled={isSubmitting}>
          {u.start}
        </button>
      </div>
    </form>
  );
}

/** Polls the job until it ends; the core keeps working if the dialog is closed meanwhile. */
function useJob(jobId: string): { job: JobView | null; error: string | null } {
  const [job, setJob] = useState<JobView | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const poll = async () => {
      try {
        const next = await call('jobs.get', { jobId });
        if (stopped) return;
        setJob(next);
        if (next.state === 'running') timer = setTimeout(() => void poll(), 300);
      } catch (err) {
        if (!stopped) setError(errorMessage(err));
      }
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [jobId]);
  return { job, error };
}

function JobStep(props: { jobId: string; onClose: () => void; onDone: (notice: string) => void; onBack: () => void }) {
  const { job, error } = useJob(props.jobId);
  const result = job?.result;
  const notice = result ? u.done(result.created, result.orderNumber) : null;
  return (
    <>
      {error ? <Banner kind="error">{error}</Banner> : null}
      {job ? (
        <div className="field">
          <label className="field__control">
            <span className="field__label">{u.progress}</span>
            <progress max={Math.max(job.total, 1)} value={job.state === 'done' ? Math.max(job.total, 1) : job.done} />
          </label>
          <span className="field__hint">
            {job.phase}
            {job.total > 0 ? ` — ${job.done} / ${job.total}` : ''}
          </span>
        </div>
      ) : null}
      {notice ? <Banner kind="success">{notice}</Banner> : null}
      {job?.state === 'failed' && job.error ? (
        <Banner kind="error">
          {u.failed}. {job.error.message}
          {job.error.fields && job.error.fields.length > 0 ? (
            <ul>
              {job.error.fields.map((f) => (
                <li key={f.field}>{f.message}</li>
              ))}
            </ul>
          ) : null}
        </Banner>
      ) : null}
      <div className="row row--end">
        {job?.state === 'failed' ? (
          <button type="button" className="button" onClick={props.onBack}>
            {u.back}
          </button>
        ) : null}
        <button
          type="button"
          className={`button${notice ? ' button--primary' : ''}`}
          onClick={() => (notice ? props.onDone(notice) : props.onClose())}
        >
          {u.close}
        </button>
      </div>
    </>
  );
}
