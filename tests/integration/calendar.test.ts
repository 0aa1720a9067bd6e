import { describe, expect, it } from 'vitest';
import { suggestPeriods } from '../../src-shared/domain/calendar';
import { newJournal, userWithSession } from '../helpers/journal';

const year2026 = {
  name: '2026/2027',
  startDate: '2026-09-01',
  endDate: '2027-06-30',
  periodKind: 'semester' as const,
  periods: suggestPeriods('semester', '2026-09-01', '2027-06-30'),
};

describe('academic years and periods', () => {
  it('creates a year with its semesters, as operations of the office', async () => {
    const t = await newJournal();
    const office = userWithSession(t, 'office.user', ['office']);
    const { year } = await t.core.call(office.token, 'calendar.createYear', year2026);
    expect(year).toMatchObject({
      name: '2026/2027',
      periodKind: 'semester',
      periods: [
        { number: 1, name: '1 семестр', startDate: '2026-09-01', endDate: '2026-12-31' },
        { number: 2, name: '2 семестр', startDate: '2027-01-09', endDate: '2027-06-30' },
      ],
    });
    const authors = t.core.openJournal().db.prepare("SELECT DISTINCT user_id FROM ops WHERE entity IN ('academic_year', 'period')").all();
    expect(authors).toEqual([{ user_id: office.id }]);
  });

  it('refuses dates outside the year, overlapping periods, overlapping years and bad dates, changing nothing', async () => {
    const t = await newJournal();
    await t.core.call(t.adminToken, 'calendar.createYear', year2026);
    const count = t.core.openJournal().oplog.count();
    const cases: [unknown, string][] = [
      [{ ...year2026, name: '2027/2028', startDate: '2027-09-01', endDate: '2027-06-30', periods: [] }, '«Периоды»: нужен хотя бы один период'],
      [
        { ...year2026, name: '2027/2028', startDate: '2027-09-01', endDate: '2028-06-30', periods: [{ name: 'Весь год', startDate: '2027-09-01', endDate: '2028-07-15' }] },
        '«Периоды»: период «Весь год» выходит за границы учебного года',
      ],
      [
        {
          ...year2026,
          name: '2027/2028',
          startDate: '2027-09-01',
          endDate: '2028-06-30',
          periods: [
            { name: 'Осень', startDate: '2027-09-01', endDate: '2028-01-15' },
            { name: 'Весна', startDate: '2028-01-10', endDate: '2028-06-30' },
          ],
        },
        '«Периоды»: периоды «Осень» и «Весна» пересекаются',
      ],
      [{ ...year2026, name: '2026/2027' }, '«Название»: учебный год 2026/2027 уже есть'],
      [{ ...year2026, name: '2025/2026', startDate: '2026-06-01' }, '«Дата начала»: пересекается с учебным годом 2026/2027'],
      [{ ...year2026, name: '2027/2028', startDate: '2027-02-30' }, '«Дата начала»: дата в формате ГГГГ-ММ-ДД'],
      [{ ...year2026, name: '27/28' }, '«Название»: в виде 2026/2027'],
      [{ ...year2026, name: '2027/2028', startDate: '2028-09-01', endDate: '2028-06-30' }, '«Дата окончания»: дата окончания раньше даты начала'],
    ];
    for (const [input, message] of cases) {
      const result = await t.core.dispatch(t.adminToken, 'calendar.createYear', input);
      expect(result, message).toMatchObject({ ok: false, error: { code: 'validation', message } });
    }
    expect(t.core.openJournal().oplog.count()).toBe(count);
  });

  it('edits a year: changed fields only, periods renumbered by date, a removed period marked deleted', async () => {
    const t = await newJournal();
    const { year } = await t.core.call(t.adminToken, 'calendar.createYear', { ...year2026, periodKind: 'quarter', periods: suggestPeriods('quarter', '2026-09-01', '2027-06-30') });
    expect(year.periods).toHaveLength(4);
    const before = t.core.openJournal().oplog.count();
    const { year: edited } = await t.core.call(t.adminToken, 'calendar.updateYear', {
      ...year2026,
      yearId: year.id,
      periods: [...year2026.periods].reverse(),
    });
    expect(edited.periods.map((p) => [p.number, p.name])).toEqual([
      [1, '1 семестр'],
      [2, '2 семестр'],
    ]);
    expect(edited.periods[0]!.id).toBe(year.periods[0]!.id);
    // period_kind; periods 1 and 2 (name, end or start date); 3 and 4 deleted.
    const ops = t.core.openJournal().db.prepare('SELECT entity, field FROM ops ORDER BY seq LIMIT -1 OFFSET ?').all(before) as { entity: string; field: string }[];
    expect(ops.filter((o) => o.field === 'deleted')).toHaveLength(2);
    expect(ops.some((o) => o.field === 'start_date' && o.entity === 'academic_year')).toBe(false);
    const again = t.core.openJournal().oplog.count();
    await t.core.call(t.adminToken, 'calendar.updateYear', { ...year2026, yearId: year.id });
    expect(t.core.openJournal().oplog.count()).toBe(again);
  });
});
