import { useCallback, useState } from 'react';
import type { AcademicYearView } from '../../../src-shared/api';
import type { PlannedHoursView } from '../../../src-shared/api/load';
import { ui } from '../../../src-shared/i18n/ui';
import { call } from '../../api';
import { Banner } from '../../ui/Field';
import { useList } from '../../ui/useList';
import { hoursText } from './hours';

/** The plan's hours of the year that no line covers yet, across the college. */
export function UnassignedTab(props: { year: AcademicYearView }) {
  const l = ui.load;
  const yearId = props.year.id;
  const [total, setTotal] = useState<PlannedHoursView | null>(null);
  const list = useList(
    useCallback(async () => {
      const result = await call('load.unassigned', { yearId });
      setTotal(result.total);
      return result.rows;
    }, [yearId]),
  );
  return (
    <>
      {list.error ? <Banner kind="error">{list.error}</Banner> : null}
      {!list.loading && list.items.length === 0 && !list.error ? <p className="muted">{l.unassignedEmpty}</p> : null}
      {list.items.length > 0 ? (
        <table className="table">
          <thead>
            <tr>
              <th>{l.group}</th>
              <th>{l.semesterShort}</th>
              <th>{l.period}</th>
              <th>{l.discipline}</th>
              <th>{l.subgroup}</th>
              <th>{l.missing}</th>
            </tr>
          </thead>
          <tbody>
            {list.items.map((r) => (
              <tr key={`${r.groupId}:${r.semester}:${r.disciplineId}:${r.subgroupName ?? ''}`}>
                <td>{r.groupName}</td>
                <td>{r.semester}</td>
                <td>{r.periodNames.join(', ')}</td>
                <td>
                  <span className="mono">{r.disciplineCode}</span> {r.disciplineName}
                </td>
                <td>{r.subgroupName ?? l.wholeGroup}</td>
                <td>{hoursText(r.missing)}</td>
              </tr>
            ))}
            {total ? (
              <tr>
                <td colSpan={5}>
                  <strong>{l.collegeTotal}</strong>
                </td>
                <td>
                  <strong>{hoursText(total)}</strong>
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      ) : null}
    </>
  );
}
