import { describe, expect, it } from 'vitest';
import { newJournal, userWithSession } from '../helpers/journal';

const specialty = {
  code: '09.02.07',
  name: 'Информационные системы и программирование',
  qualification: 'Программист',
  durationMonths: 46,
  studyForm: 'full_time' as const,
};

async function withSpecialty() {
  const t = await newJournal();
  const { specialty: s } = await t.core.call(t.adminToken, 'contingent.createSpecialty', specialty);
  const group = {
    name: 'ИС-26',
    specialtyId: s.id,
    course: 1,
    admissionYear: 2026,
    studyForm: 'full_time' as const,
    funding: 'budget' as const,
    curatorUserId: null,
    active: true,
  };
  return { t, s, group };
}

describe('specialties and groups', () => {
  it('validates the specialty code and keeps it unique', async () => {
    const { t } = await withSpecialty();
    expect(await t.core.dispatch(t.adminToken, 'contingent.createSpecialty', { ...specialty, code: '9.2.7' })).toMatchObject({
      error: { code: 'validation', message: '«Код»: код вида 09.02.07' },
    });
    expect(await t.core.dispatch(t.adminToken, 'contingent.createSpecialty', specialty)).toMatchObject({
      error: { code: 'validation', message: '«Код»: специальность с кодом 09.02.07 уже есть' },
    });
    expect(await t.core.dispatch(t.adminToken, 'contingent.createSpecialty', { ...specialty, code: '38.02.01', durationMonths: 3 })).toMatchObject({
      error: { message: '«Срок обучения (мес.)»: число от 10 до 60' },
    });
  });

  it('creates a group with a curator, shows the specialty code and the curator name', async () => {
    const { t, group } = await withSpecialty();
    const curator = userWithSession(t, 'curator.one', ['teacher', 'curator']);
    const { group: g } = await t.core.call(t.adminToken, 'contingent.createGroup', { ...group, curatorUserId: curator.id });
    expect(g).toMatchObject({ name: 'ИС-26', specialtyCode: '09.02.07', curatorName: 'Пользователь curator.one', course: 1 });
    const { groups } = await t.core.call(curator.token, 'contingent.listGroups', {});
    expect(groups.map((x) => x.name)).toEqual(['ИС-26']);
    const { curators } = await t.core.call(t.adminToken, 'contingent.listCurators', {});
    expect(curators).toEqual([{ id: curator.id, fullName: 'Пользователь curator.one' }]);
  });

  it('refuses a duplicate active group name, an unknown specialty, a non-curator and a bad name, changing nothing', async () => {
    const { t, group } = await withSpecialty();
    await t.core.call(t.adminToken, 'contingent.createGroup', group);
    const teacher = userWithSession(t, 'teacher.only', ['teacher']);
    const count = t.core.openJournal().oplog.count();
    const cases: [unknown, string][] = [
      [group, '«Название»: действующая группа ИС-26 уже есть'],
      [{ ...group, name: 'ИС-27', specialtyId: '01930000-0000-7000-8000-000000000000' }, '«Специальность»: специальность не найдена'],
      [{ ...group, name: 'ИС-27', curatorUserId: teacher.id }, '«Куратор»: у пользователя нет роли «Куратор» или он отключён'],
      [{ ...group, name: 'группа 1' }, '«Название»: название вида ИС-21 или ИС-21-2 (буквы, дефис, номер)'],
      [{ ...group, name: 'ИС-27', course: 9 }, '«Курс»: число от 1 до 6'],
    ];
    for (const [input, message] of cases) {
      expect(await t.core.dispatch(t.adminToken, 'contingent.createGroup', input), message).toMatchObject({ ok: false, error: { message } });
    }
    expect(t.core.openJournal().oplog.count()).toBe(count);
    // An archived group frees its name.
    expect(await t.core.dispatch(t.adminToken, 'contingent.createGroup', { ...group, active: false })).toMatchObject({ ok: true });
  });

  it('updates only what changed', async () => {
    const { t, group } = await withSpecialty();
    const { group: g } = await t.core.call(t.adminToken, 'contingent.createGroup', group);
    const before = t.core.openJournal().oplog.count();
    const { group: moved } = await t.core.call(t.adminToken, 'contingent.updateGroup', { ...group, groupId: g.id, course: 2, funding: 'contract' });
    expect(moved).toMatchObject({ course: 2, funding: 'contract', name: 'ИС-26' });
    const fields = t.core.openJournal().db.prepare('SELECT field FROM ops ORDER BY seq LIMIT -1 OFFSET ?').all(before);
    expect(fields).toEqual([{ field: 'course' }, { field: 'funding' }]);
  });
});
