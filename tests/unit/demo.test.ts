import { describe, expect, it } from 'vitest';
import { generateDemoCollege } from '../../src-main/core/demo/generator';
import { latin } from '../../src-main/core/demo/names';
import { isValidSnils } from '../../src-shared/domain/contingent';

describe('demo college generator', () => {
  it('is deterministic by seed', () => {
    expect(generateDemoCollege('small', 7)).toEqual(generateDemoCollege('small', 7));
    expect(generateDemoCollege('small', 7)).not.toEqual(generateDemoCollege('small', 8));
  });

  it('makes the sizes the issue asks for, with unique logins and plausible names', () => {
    const small = generateDemoCollege('small');
    expect(small.specialties).toHaveLength(2);
    expect(small.groups).toHaveLength(4);
    expect(small.groups.reduce((n, g) => n + g.students.length, 0)).toBe(100);
    expect(small.staff.filter((s) => s.roles.includes('teacher'))).toHaveLength(15);

    const large = generateDemoCollege('large');
    expect(large.groups).toHaveLength(160);
    expect(large.groups.reduce((n, g) => n + g.students.length, 0)).toBe(4000);
    expect(large.staff.filter((s) => s.roles.includes('teacher'))).toHaveLength(300);
    expect(new Set(large.staff.map((s) => s.login)).size).toBe(large.staff.length);
    expect(new Set(large.groups.map((g) => g.name)).size).toBe(160);
    for (const s of large.staff) expect(s.login).toMatch(/^[a-z0-9._-]{3,32}$/);
    for (const p of large.groups[0]!.students) {
      expect(p.patronymic.endsWith(p.sex === 'male' ? 'ич' : 'на')).toBe(true);
    }
  });

  it('keeps a staff record for every account, positions after its roles, and a few people without one', () => {
    const small = generateDemoCollege('small');
    const linked = small.employees.filter((e) => e.login !== null);
    expect(linked.map((e) => e.login)).toEqual(small.staff.map((s) => s.login));
    const curator = small.staff.find((s) => s.roles.includes('curator'))!;
    expect(small.employees.find((e) => e.login === curator.login)!.positions).toEqual(['teacher', 'curator']);
    expect(small.employees.find((e) => e.login === small.staff[0]!.login)!.positions).toEqual(['management']);
    const unlinked = small.employees.filter((e) => e.login === null);
    expect(unlinked.map((e) => e.positions[0])).toEqual(['methodist', 'master', 'teacher', 'teacher']);
    expect(unlinked.filter((e) => e.dismissalDate !== null)).toHaveLength(1);
    expect(unlinked.filter((e) => e.employmentType === 'part_time')).toHaveLength(1);
    for (const e of small.employees) {
      expect(isValidSnils(e.snils)).toBe(true);
      expect(e.hireDate >= `${Number(e.birthDate.slice(0, 4)) + 14}${e.birthDate.slice(4)}`).toBe(true);
      if (e.dismissalDate) expect(e.dismissalDate >= e.hireDate).toBe(true);
    }
  });

  it('transliterates like a passport', () => {
    expect(latin('Щукина')).toBe('shchukina');
    expect(latin('Фёдоров')).toBe('fedorov');
  });
});
