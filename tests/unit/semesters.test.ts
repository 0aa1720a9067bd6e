import { describe, expect, it } from 'vitest';
import { planSemester, semestersOfDuration } from '../../src-main/core/curriculum/semesters';

describe('plan semester of a period', () => {
  it('counts semesters from admission in a semester year', () => {
    expect(planSemester(1, 1, 'semester')).toBe(1);
    expect(planSemester(1, 2, 'semester')).toBe(2);
    expect(planSemester(2, 1, 'semester')).toBe(3);
    expect(planSemester(4, 2, 'semester')).toBe(8);
    expect(planSemester(5, 2, 'semester')).toBe(10);
  });

  it('puts quarters 1–2 in the autumn semester and 3–4 in the spring one', () => {
    expect(planSemester(1, 1, 'quarter')).toBe(1);
    expect(planSemester(1, 2, 'quarter')).toBe(1);
    expect(planSemester(1, 3, 'quarter')).toBe(2);
    expect(planSemester(3, 4, 'quarter')).toBe(6);
  });

  it('has no semester for iterations', () => {
    expect(planSemester(1, 1, 'iteration')).toBeNull();
    expect(planSemester(2, 3, 'iteration')).toBeNull();
  });

  it('has no semester for a course or period a plan cannot hold', () => {
    expect(planSemester(0, 1, 'semester')).toBeNull();
    expect(planSemester(6, 1, 'semester')).toBeNull();
    expect(planSemester(1, 3, 'semester')).toBeNull();
    expect(planSemester(1, 0, 'semester')).toBeNull();
    expect(planSemester(1, 5, 'quarter')).toBeNull();
    expect(planSemester(1.5, 1, 'semester')).toBeNull();
  });
});

describe('semesters of a specialty', () => {
  it('rounds the duration up to whole semesters, as plans count them', () => {
    expect(semestersOfDuration(46)).toBe(8);
    expect(semestersOfDuration(34)).toBe(6);
    expect(semestersOfDuration(22)).toBe(4);
    expect(semestersOfDuration(10)).toBe(2);
    expect(semestersOfDuration(58)).toBe(10);
    expect(semestersOfDuration(60)).toBe(10);
  });
});
