import type { z } from 'zod';
import type { orderEffect } from '../../../src-shared/api/orders';
import { studentStatusLabels } from '../../../src-shared/i18n/ru';
import { ui } from '../../../src-shared/i18n/ui';

/** What an order does (or did) to each student: group and status before and after. */
export function EffectsTable(props: { effects: z.infer<typeof orderEffect>[] }) {
  const o = ui.orders;
  return (
    <table className="table" aria-label={o.effects}>
      <thead>
        <tr>
          <th>{o.student}</th>
          <th>{o.groupChange}</th>
          <th>{o.statusChange}</th>
        </tr>
      </thead>
      <tbody>
        {props.effects.map((e) => (
          <tr key={e.studentId}>
            <td>{e.studentName}</td>
            <td>{e.fromGroupName === e.toGroupName ? (e.toGroupName ?? '—') : `${e.fromGroupName ?? '—'} → ${e.toGroupName ?? '—'}`}</td>
            <td>
              {e.statusBefore === e.statusAfter
                ? studentStatusLabels[e.statusAfter]
                : `${studentStatusLabels[e.statusBefore]} → ${studentStatusLabels[e.statusAfter]}`}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
