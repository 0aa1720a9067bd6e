import { useCallback, useEffect, useMemo, useState } from 'react';
import type { AcademicYearView } from '../../../src-shared/api';
import { ui } from '../../../src-shared/i18n/ui';
import { call } from '../../api';
import { useSession } from '../../app/session-store';
import { Banner, Field } from '../../ui/Field';
import { useList } from '../../ui/useList';
import { DivideDialog } from './DivideDialog';
import { DivisionCard } from './DivisionCard';
import { todayIso } from './dates';

const loadGroups = async () => (await call('contingent.listGroups', {})).groups;
const loadYears = async () => (await call('calendar.listYears', {})).years;

/** The year a page opens on: the one running today, else the newest open one. */
function currentYear(years: AcademicYearView[]): AcademicYearView | undefined {
  const today = todayIso();
  return years.find((y) => y.startDate <= today && today <= y.endDate) ?? years.find((y) => !y.closed) ?? years[0];
}

/** A group's divisions into subgroups for one year (or all), with the office's actions on them. */
export function SubgroupsPage() {
  const s = ui.subgroups;
  const may = useSession((x) => x.may);
  const groups = useList(loadGroups);
  const years = useList(loadYears);
  const [groupId, setGroupId] = useState('');
  const [yearId, setYearId] = useState<string | null>(null);
  const [date, setDate] = useState('');
  const [dividing, setDividing] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const chosenYear = yearId ?? currentYear(years.items)?.id ?? '';
  const year = years.items.find((y) => y.id === chosenYear);
  const group = groups.items.find((g) => g.id === groupId);
  const sortedGroups = useMemo(() => [...groups.items].sort((a, b) => Number(b.active) - Number(a.active)), [groups.items]);

  const load = useCallback(async () => {
    if (!groupId) return [];
    const input = { groupId, ...(chosenYear ? { yearId: chosenYear } : {}), ...(date ? { date } : {}) };
    return (await call('subgroups.forGroup', input)).divisions;
  }, [groupId, chosenYear, date]);
  const divisions = useList(load);
  useEffect(() => setNotice(null), [groupId, chosenYear]);

  const changed = (text: string) => {
    setNotice(text);
    void divisions.reload();
  };
  const error = groups.error ?? years.error ?? divisions.error;
  return (
    <section>
      <header className="page-header">
        <h1>{s.title}</h1>
        {may('subgroups.divide') && group && year && !year.closed ? (
          <button type="button" className="button button--primary" onClick={() => setDividing(true)}>
            {s.divide}
          </button>
        ) : null}
      </header>
      <div className="row filters">
        <Field label={s.group}>
          <select value={groupId} onChange={(e) => setGroupId(e.target.value)}>
            <option value="">{s.chooseGroup}</option>
            {sortedGroups.map((g) => (
              <option key={g.id} value={g.id}>
                {g.active ? g.name : `${g.name} · ${ui.groups.archived}`}
              </option>
            ))}
          </select>
        </Field>
        <Field label={s.year}>
          <select value={chosenYear} onChange={(e) => setYearId(e.target.value)}>
            <option value="">{s.allYears}</option>
            {years.items.map((y) => (
              <option key={y.id} value={y.id}>
                {y.closed ? s.closedYear(y.name) : y.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label={s.showOn}>
          <input type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        </Field>
      </div>
      {notice ? <Banner kind="success">{notice}</Banner> : null}
      {error ? <Banner kind="error">{error}</Banner> : null}
      {!groupId ? <p className="muted">{s.pickGroup}</p> : null}
      {groupId && !divisions.loading && !divisions.error && divisions.items.length === 0 ? <p className="muted">{s.empty}</p> : null}
      {divisions.items.map((d) => (
        <DivisionCard key={d.id} division={d} onChanged={changed} />
      ))}
      {dividing && group && year ? (
        <DivideDialog
          group={group}
          year={year}
          onClose={() => setDividing(false)}
          onDone={(discipline) => {
            setDividing(false);
            changed(s.divided(discipline));
          }}
        />
      ) : null}
    </section>
  );
}
