import { describe, expect, it } from 'vitest';
import { generateDemoCollege } from '../../src-main/core/demo/generator';
import { latin } from '../../src-main/core/demo/names';

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

  it('transliterates like a passport', () => {
    expect(latin('Щукина')).toBe('shchukina');
    expect(latin('Фёдоров')).toBe('fedorov');
  });
});
