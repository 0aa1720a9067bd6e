import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { LessonView, PageStudentView } from '../../../src-shared/api/journal';
import { absenceReasons, finalValues, type AbsenceReason, type FinalKind } from '../../../src-shared/domain/gradebook';
import { absenceReasonLabels, finalValueLabels, finalValueShortLabels } from '../../../src-shared/i18n/ru';
import { ui } from '../../../src-shared/i18n/ui';
import { Dialog } from '../../ui/Dialog';
import { Banner, Field } from '../../ui/Field';
import { formatDate } from '../../ui/format';
import { DialogButtons } from '../../ui/forms';
import { refocusGrid } from './grid-model';
import { cellKey, finalKey, useJournal, type FinalValueOrEmpty } from './store';

/** The reason the office gives once for its changes past the back-dating window; the page keeps it while open. */
export function ReasonPrompt() {
  const prompt = useJournal((s) => s.reasonPrompt);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const hadPrompt = useRef(false);
  useEffect(() => {
    if (hadPrompt.current && !prompt) refocusGrid();
    hadPrompt.current = prompt !== null;
  }, [prompt]);
  if (!prompt) return null;
  const g = ui.gradebook;
  const answer = (given: string | null) => prompt.resolve(given);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!reason.trim()) return setError(g.reasonRequired);
    answer(reason.trim());
  };
  return (
    <Dialog title={g.reasonPromptTitle} onClose={() => answer(null)}>
      <p>{g.reasonPromptText}</p>
      <form onSubmit={submit} noValidate>
        <Field label={g.reason} error={error ?? undefined} hint={g.reasonHint}>
          <input autoFocus value={reason} onChange={(e) => setReason(e.target.value)} />
        </Field>
        <DialogButtons busy={false} submitLabel={g.reasonSubmit} onClose={() => answer(null)} />
      </form>
    </Dialog>
  );
}

/** Excused or unexcused, with a note: what a curator or the office says about an absence. */
export function AbsenceReasonDialog(props: { lesson: LessonView; student: PageStudentView; onClose: () => void }) {
  const g = ui.gradebook;
  const cell = useJournal((s) => s.cells[cellKey(props.lesson.id, props.student.id)]);
  const [reason, setReason] = useState<AbsenceReason>(cell?.absenceReason || 'excused');
  const [note, setNote] = useState(cell?.absenceNote ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const failed = await useJournal.getState().setAbsenceReason(props.lesson.id, props.student.id, reason, note);
    setBusy(false);
    if (failed) setError(failed);
    else props.onClose();
  };
  return (
    <Dialog title={g.absenceTitle(props.student.fullName, formatDate(props.lesson.date), props.lesson.pair)} onClose={props.onClose}>
      {error ? <Banner kind="error">{error}</Banner> : null}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <fieldset className="fieldset">
          <legend>{g.absenceReason}</legend>
          {absenceReasons.map((r) => (
            <label key={r || 'none'} className="check">
              <input type="radio" name="absenceReason" value={r} checked={reason === r} onChange={() => setReason(r)} autoFocus={reason === r} />
              {absenceReasonLabels[r]}
            </label>
          ))}
        </fieldset>
        <Field label={g.absenceNote} hint={g.absenceNoteHint}>
          <input value={note} onChange={(e) => setNote(e.target.value)} />
        </Field>
        <DialogButtons busy={busy} submitLabel={g.saveReason} onClose={props.onClose} />
      </form>
    </Dialog>
  );
}

/** The list of final values for one student and kind: a button each, and one that clears. */
export function FinalPicker(props: { student: PageStudentView; kind: FinalKind; onClose: () => void }) {
  const g = ui.gradebook;
  const current = useJournal((s) => s.finals[finalKey(props.student.id, props.kind)] ?? '');
  const pick = (value: FinalValueOrEmpty) => {
    useJournal.getState().setFinal(props.student.id, props.kind, value);
    props.onClose();
  };
  return (
    <Dialog title={g.finalPickerTitle(props.student.fullName, g.finalTitle[props.kind])} onClose={props.onClose}>
      <div className="gb-final-choices" role="group" aria-label={g.finalTitle[props.kind]}>
        {finalValues.map((v) => (
          <button key={v} type="button" className={`button${v === current ? ' button--primary' : ''}`} aria-pressed={v === current} autoFocus={v === current} onClick={() => pick(v)}>
            {finalValueShortLabels[v]} <span className="muted">{finalValueLabels[v]}</span>
          </button>
        ))}
        <button type="button" className="button" onClick={() => pick('')}>
          {g.clearFinal}
        </button>
      </div>
      <p className="muted">{g.finalKeysHint}</p>
      <div className="row row--end">
        <button type="button" className="button" onClick={props.onClose}>
          {ui.common.cancel}
        </button>
      </div>
    </Dialog>
  );
}
