import { Fragment, useCallback, useMemo, useState } from 'react';
import type { AcademicYearView } from '../../../src-shared/api';
import type { DisciplineLoadView, GroupLoadView, LineView, LoadSectionView } from '../../../src-shared/api/load';
import { ui } from '../../../src-shared/i18n/ui';
import { call, errorMessage } from '../../api';
import { useSession } from '../../app/session-store';
import { Banner, Field } from '../../ui/Field';
import { useList } from '../../ui/useList';
import { differenceText, hoursText, statusClass } from './hours';
import { EditLineDialog, lineTitle, NewLineDialog, type NewLinePlace } from './LineDialog';
import { KtpDialog } from '../ktp/KtpDialog';
import { ChangeTeacherDialog, SubstitutionsDialog } from './TeacherDialogs';

const loadGroups = async () => (await call('contingent.listGroups', {})).groups;

type Editing =
  | { kind: 'new'; place: NewLinePlace }
  | { kind: 'edit' | 'teacher' | 'substitutions' | 'ktp'; line: LineView };

/** A group's year, semester by semester: the plan next to the lines, with the office's actions on the lines. */
export function GroupLoadTab(props: { year: AcademicYearView | undefined }) {
  const l = ui.load;
  const may = useSession((s) => s.may);
  const openJournal = useSession((s) => s.openJournal);
  const groups = useList(loadGroups);
  const [groupId, setGroupId] = useState('');
  const [editing, setEditing] = useState<Editing | null>(null);
  const [notice, setNotice] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const yearId = props.year?.id ?? '';
  const sortedGroups = useMemo(() => [...groups.items].sort((a, b) => Number(b.active) - Number(a.active)), [groups.items]);
  const load = useCallback(async (): Promise<GroupLoadView[]> => (groupId && yearId ? [await call('load.listGroupLoad', { groupId, yearId })] : []), [groupId, yearId]);
  const view = useList(load);
  const current = view.items[0];
  const canEdit = may('load.createLine') && current !== undefined && !current.yearClosed;

  const done = (text: string) => {
    setEditing(null);
    setNotice({ kind: 'success', text });
    void view.reload();
  };
  const newLine = (section: LoadSectionView, disciplineId = '') => {
    if (!current) return;
    const disciplines = current.sections.flatMap((s) => s.disciplines).map((d) => ({ id: d.disciplineId, code: d.disciplineCode, name: d.disciplineName }));
    const unique = [...new Map(disciplines.map((d) => [d.id, d])).values()];
    const periods = current.sections.flatMap((s) => s.periods);
    setNotice(null);
    setEditing({ kind: 'new', place: { yearId: current.yearId, groupId: current.groupId, periods, periodId: section.periods[0]?.id ?? '', disciplineId, disciplines: unique } });
  };
  const remove = async (line: LineView) => {
    if (!window.confirm(l.confirmRemove(lineTitle(line)))) return;
    try {
      await call('load.deleteLine', { lineId: line.id });
      done(l.removed);
    } catch (err) {
      setNotice({ kind: 'error', text: errorMessage(err) });
    }
  };
  const actions: LineActions = {
    canEdit,
    edit: (line) => setEditing({ kind: 'edit', line }),
    changeTeacher: (line) => setEditing({ kind: 'teacher', line }),
    substitutions: (line) => setEditing({ kind: 'substitutions', line }),
    ktp: (line) => setEditing({ kind: 'ktp', line }),
    remove: (line) => void remove(line),
    canOpenJournal: may('journal.page'),
    openJournal: (line) => openJournal(line.id),
  };

  const error = groups.error ?? view.error;
  return (
    <>
      <div className="row filters">
        <Field label={l.group}>
          <select value={groupId} onChange={(e) => setGroupId(e.target.value)}>
            <option value="">{l.chooseGroup}</option>
            {sortedGroups.map((g) => (
              <option key={g.id} value={g.id}>
                {g.active ? g.name : `${g.name} · ${l.archived}`}
              </option>
            ))}
          </select>
        </Field>
      </div>
      {error ? <Banner kind="error">{error}</Banner> : null}
      {notice ? <Banner kind={notice.kind}>{notice.text}</Banner> : null}
      {current ? (
        <>
          <p className="muted">
            {current.groupName}, {l.course(current.course)}, {current.yearName}. {l.kindsLegend}
          </p>
          {current.yearClosed ? <Banner kind="info">{l.yearClosed}</Banner> : null}
          {current.sections.map((section) => (
            <SectionTable key={section.periods[0]?.id ?? section.semester} section={section} actions={actions} onAdd={(disciplineId) => newLine(section, disciplineId)} />
          ))}
        </>
      ) : null}
      {editing?.kind === 'new' ? <NewLineDialog place={editing.place} onClose={() => setEditing(null)} onDone={done} /> : null}
      {editing?.kind === 'edit' ? <EditLineDialog line={editing.line} onClose={() => setEditing(null)} onDone={done} /> : null}
      {editing?.kind === 'teacher' ? <ChangeTeacherDialog line={editing.line} onClose={() => setEditing(null)} onDone={done} /> : null}
      {editing?.kind === 'ktp' ? <KtpDialog lineId={editing.line.id} onClose={() => setEditing(null)} /> : null}
      {editing?.kind === 'substitutions' ? (
        <SubstitutionsDialog
          line={editing.line}
          canEdit={may('load.addSubstitution')}
          onClose={() => setEditing(null)}
          onChanged={(text) => {
            setNotice({ kind: 'success', text });
            void view.reload();
          }}
        />
      ) : null}
    </>
  );
}

interface LineActions {
  canEdit: boolean;
  edit: (line: LineView) => void;
  changeTeacher: (line: LineView) => void;
  substitutions: (line: LineView) => void;
  ktp: (line: LineView) => void;
  remove: (line: LineView) => void;
  canOpenJournal: boolean;
  openJournal: (line: LineView) => void;
}

function SectionTable(props: { section: LoadSectionView; actions: LineActions; onAdd: (disciplineId?: string) => void }) {
  const l = ui.load;
  const s = props.section;
  const periods = s.periods.map((p) => p.name).join(', ');
  return (
    <>
      <div className="row row--tight load-section">
        <h2 className="section-title">{s.semester !== null ? l.semester(s.semester, periods) : l.noSemester(periods)}</h2>
        {props.actions.canEdit ? (
          <button type="button" className="button button--small" onClick={() => props.onAdd()}>
            {l.addLine}
          </button>
        ) : null}
      </div>
      {s.disciplines.length === 0 ? (
        <p className="muted">{l.noDisciplines}</p>
      ) : (
        <table className="table load-table">
          <thead>
            <tr>
              <th>{l.discipline}</th>
              <th>{l.plan}</th>
              <th>{l.subgroup}</th>
              <th>{l.assigned}</th>
              <th>{l.difference}</th>
              <th>{l.status}</th>
              <th>{l.lines}</th>
            </tr>
          </thead>
          <tbody>
            {s.disciplines.map((d) => (
              <DisciplineRows key={d.disciplineId} discipline={d} actions={props.actions} onAdd={() => props.onAdd(d.disciplineId)} />
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

/** One row per body of students (the group, or each subgroup); the discipline, its plan and its lines span them. */
function DisciplineRows(props: { discipline: DisciplineLoadView; actions: LineActions; onAdd: () => void }) {
  const l = ui.load;
  const d = props.discipline;
  const span = d.units.length;
  return (
    <>
      {d.units.map((u, i) => (
        <tr key={u.subgroupId ?? 'group'} className={statusClass(u.status)}>
          {i === 0 ? (
            <td rowSpan={span}>
              <span className="mono">{d.disciplineCode}</span> {d.disciplineName}
              {props.actions.canEdit ? (
                <div>
                  <button type="button" className="button button--small" aria-label={`${l.assign}: ${d.disciplineCode}`} onClick={props.onAdd}>
                    {l.assign}
                  </button>
                </div>
              ) : null}
            </td>
          ) : null}
          {i === 0 ? <td rowSpan={span}>{d.required ? hoursText(d.required) : l.notInPlan}</td> : null}
          <td>{u.subgroupName ?? l.wholeGroup}</td>
          <td>{hoursText(u.assigned)}</td>
          <td>{differenceText(u.difference)}</td>
          <td>{l.statuses[u.status]}</td>
          {i === 0 ? (
            <td rowSpan={span}>
              {d.lines.length === 0 ? <span className="muted">{l.noLines}</span> : null}
              {d.lines.map((line) => (
                <LineEntry key={line.id} line={line} actions={props.actions} />
              ))}
            </td>
          ) : null}
        </tr>
      ))}
    </>
  );
}

function LineEntry(props: { line: LineView; actions: LineActions }) {
  const l = ui.load;
  const x = props.line;
  const a = props.actions;
  const what = lineTitle(x);
  return (
    <div className="load-line">
      <div>
        {x.teacherName}
        {x.subgroupName ? ` · ${x.subgroupName}` : ''} · {x.periodName}: {hoursText(x.hours)}
        {x.notes ? <span className="muted"> · {x.notes}</span> : null}
      </div>
      <div className="actions">
        {a.canOpenJournal ? (
          <button type="button" className="button button--small" aria-label={`${ui.gradebook.openJournal}: ${what}`} onClick={() => a.openJournal(x)}>
            {ui.gradebook.openJournal}
          </button>
        ) : null}
        {a.canEdit ? (
          <Fragment>
            <button type="button" className="button button--small" aria-label={`${l.edit}: ${what}`} onClick={() => a.edit(x)}>
              {l.edit}
            </button>
            <button type="button" className="button button--small" aria-label={`${l.changeTeacher}: ${what}`} onClick={() => a.changeTeacher(x)}>
              {l.changeTeacher}
            </button>
          </Fragment>
        ) : null}
        <button type="button" className="button button--small" aria-label={`${l.substitutions}: ${what}`} onClick={() => a.substitutions(x)}>
          {l.substitutions}
        </button>
        <button type="button" className="button button--small" aria-label={ui.ktp.buttonLabel(what)} onClick={() => a.ktp(x)}>
          {ui.ktp.button}
        </button>
        {a.canEdit ? (
          <button type="button" className="button button--small button--danger" aria-label={`${l.remove}: ${what}`} onClick={() => a.remove(x)}>
            {l.remove}
          </button>
        ) : null}
      </div>
    </div>
  );
}
