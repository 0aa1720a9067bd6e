import { describe, expect, it } from 'vitest';
import { loadDemoCollege } from '../../src-main/core/demo/loader';
import { newJournal } from '../helpers/journal';

describe('the demo college’s curriculum, subgroups and load', () => {
  it('gives every group a plan, the language in two subgroups, and load that covers the plan exactly', async () => {
    const t = await newJournal();
    const demo = await loadDemoCollege(t.core.openJournal(), t.adminId, 'small');
    const call = <M extends Parameters<typeof t.core.call>[1]>(method: M, input: Parameters<typeof t.core.call<M>>[2]) => t.core.call(t.adminToken, method, input);

    const groups = (await call('contingent.listGroups', {})).groups.filter((g) => g.active);
    const plans = (await call('curriculum.listPlans', {})).plans;
    expect(plans).toHaveLength(new Set(groups.map((g) => `${g.specialtyId}/${g.admissionYear}`)).size);
    expect(demo.plans).toBe(plans.length);
    expect(demo.divisions).toBe(groups.length);

    const yearId = (await call('calendar.listYears', {})).years[0]!.id;
    for (const group of groups) {
      const { divisions } = await call('subgroups.forGroup', { groupId: group.id, yearId });
      expect(divisions, group.name).toHaveLength(1);
      expect(divisions[0]!.subgroups.map((s) => s.members.length).every((n) => n > 0), group.name).toBe(true);
      expect(divisions[0]!.unplaced, group.name).toEqual([]);
      const load = await call('load.listGroupLoad', { groupId: group.id, yearId });
      const statuses = load.sections.flatMap((s) => s.disciplines.flatMap((d) => d.units.map((u) => u.status)));
      expect(statuses.length, group.name).toBeGreaterThan(0);
      expect(new Set(statuses), group.name).toEqual(new Set(['ok']));
    }
    expect((await call('load.unassigned', { yearId })).rows).toEqual([]);
    const tariffing = await call('load.tariffing', { yearId });
    expect(tariffing.teachers.reduce((n, x) => n + x.lines.length, 0)).toBe(demo.loadLines);
    // The two subgroups of a group's language lessons have different teachers.
    const language = tariffing.teachers.flatMap((x) => x.lines).filter((l) => l.subgroupId !== null && l.groupId === groups[0]!.id);
    expect(new Set(language.map((l) => l.subgroupId)).size).toBe(2);
    expect(new Set(language.map((l) => l.teacherId)).size).toBe(2);
  });
});
