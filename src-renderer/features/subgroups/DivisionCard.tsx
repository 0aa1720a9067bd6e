import { useId, useState } from 'react';
import type { DivisionView, SubgroupMemberView, SubgroupView, UnplacedStudentView } from '../../../src-shared/api/subgroups';
import { ui } from '../../../src-shared/i18n/ui';
import { call, errorMessage } from '../../api';
import { useSession } from '../../app/session-store';
import { Banner } from '../../ui/Field';
import { formatDate } from '../../ui/format';
import { todayIso, within } from './dates';
import { HistoryDialog, MoveDialog, RenameDialog } from './StayDialogs';

type Open = { kind: 'move'; member: SubgroupMemberView; from: SubgroupView } | { kind: 'rename'; subgroup: SubgroupView } | { kind: 'history' } | null;

/** One division: its subgroups with their members, the students still to place, and the office's actions. */
export function DivisionCard(props: { division: DivisionView; onChanged: (notice: string) => void }) {
  const s = ui.subgroups;
  const d = props.division;
  const may = useSession((x) => x.may);
  const [open, setOpen] = useState<Open>(null);
  const titleId = useId();
  const editable = !d.yearClosed;
  const canMove = editable && may('subgroups.move');
  const canRename = editable && may('subgroups.rename');
  const title = `${d.disciplineCode} ${d.disciplineName}`.trim();
  const done = (text: string) => {
    setOpen(null);
    props.onChanged(text);
  };
  return (
    <article className="card card--spaced" aria-labelledby={titleId}>
      <header className="page-header">
        <h2 id={titleId} className="section-title">
          {title} · {d.yearName}
        </h2>
        {may('subgroups.history') ? (
          <button type="button" className="button button--small" onClick={() => setOpen({ kind: 'history' })}>
            {s.history}
          </button>
        ) : null}
      </header>
      <p className="muted">{s.asOf(formatDate(d.asOf))}</p>
      {d.yearClosed ? <Banner kind="info">{s.yearClosed}</Banner> : null}
      {d.unplaced.length > 0 ? (
        <Unplaced division={d} students={d.unplaced} canPlace={editable && may('subgroups.place')} onPlaced={props.onChanged} />
      ) : null}
      <div className="subgroup-columns">
        {d.subgroups.map((g) => (
          <section key={g.id} className="subgroup" aria-label={g.name}>
            <div className="subgroup__title">
              <h3>
                {g.name} <span className="muted">· {s.membersCount(g.members.length)}</span>
              </h3>
              {canRename ? (
                <button type="button" className="button button--small" aria-label={s.renameOf(g.name)} onClick={() => setOpen({ kind: 'rename', subgroup: g })}>
                  {s.rename}
                </button>
              ) : null}
            </div>
            {g.members.length === 0 ? (
              <p className="muted">{s.noMembers}</p>
            ) : (
              <ol className="subgroup__members">
                {g.members.map((m) => (
                  <li key={m.studentId}>
                    <span>{m.fullName}</span> <span className="muted">{s.since(formatDate(m.since))}</span>
                    {canMove && d.subgroups.length > 1 ? (
                      <button type="button" className="button button--small" aria-label={s.moveOf(m.fullName)} onClick={() => setOpen({ kind: 'move', member: m, from: g })}>
                        {s.move}
                      </button>
                    ) : null}
                  </li>
                ))}
              </ol>
            )}
          </section>
        ))}
      </div>
      {open?.kind === 'move' ? (
        <MoveDialog division={d} member={open.member} from={open.from} onClose={() => setOpen(null)} onDone={(to) => done(s.moved(open.member.fullName, to))} />
      ) : null}
      {open?.kind === 'rename' ? <RenameDialog subgroup={open.subgroup} onClose={() => setOpen(null)} onDone={() => done(s.renamed)} /> : null}
      {open?.kind === 'history' ? <HistoryDialog division={d} title={title} onClose={() => setOpen(null)} /> : null}
    </article>
  );
}

/** The warning about students in the group but in no subgroup, each with a way to place them. */
function Unplaced(props: { division: DivisionView; students: UnplacedStudentView[]; canPlace: boolean; onPlaced: (notice: string) => void }) {
  const s = ui.subgroups;
  return (
    <div className="banner banner--warning" role="status">
      <strong>{s.unplacedTitle(props.students.length)}</strong>
      {props.canPlace ? <p>{s.unplacedHint}</p> : null}
      <ul className="unplaced">
        {props.students.map((u) => (
          <li key={u.studentId}>
            <span>
              {u.fullName} <span className="muted">· {s.inGroupSince(formatDate(u.inGroupSince))}</span>
            </span>
            {props.canPlace ? <PlaceForm division={props.division} student={u} onPlaced={props.onPlaced} /> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

function PlaceForm(props: { division: DivisionView; student: UnplacedStudentView; onPlaced: (notice: string) => void }) {
  const s = ui.subgroups;
  const d = props.division;
  const u = props.student;
  const [subgroupId, setSubgroupId] = useState('');
  // From the day they joined the group: the lessons since then are in their subgroup's pages.
  const [startDate, setStartDate] = useState(within(u.inGroupSince > todayIso() ? todayIso() : u.inGroupSince, d.yearStartDate, d.yearEndDate));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setError(null);
    setBusy(true);
    try {
      await call('subgroups.place', { divisionId: d.id, studentId: u.studentId, subgroupId, startDate });
      props.onPlaced(s.placed(u.fullName, d.subgroups.find((g) => g.id === subgroupId)?.name ?? ''));
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      className="inline"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <select aria-label={s.placeOf(u.fullName)} value={subgroupId} onChange={(e) => setSubgroupId(e.target.value)}>
        <option value="">{s.chooseSubgroup}</option>
        {d.subgroups.map((g) => (
          <option key={g.id} value={g.id}>
            {g.name}
          </option>
        ))}
      </select>
      <input type="date" aria-label={s.placeDateOf(u.fullName)} value={startDate} onChange={(e) => setStartDate(e.target.value)} />
      <button type="submit" className="button button--small" disabled={busy || !subgroupId}>
        {s.place}
      </button>
      {error ? (
        <span className="field__error" role="alert">
          {error}
        </span>
      ) : null}
    </form>
  );
}
