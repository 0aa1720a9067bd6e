import { and, eq } from 'drizzle-orm';
import type { Journal } from '../journal';
import { subgroupDivisions, subgroups } from './schema';

export interface SubgroupRef {
  id: string;
  divisionId: string;
  groupId: string;
  disciplineId: string;
  yearId: string;
  number: number;
  name: string;
}

/** A subgroup with the group, discipline and year its division belongs to. */
export function findSubgroup(j: Journal, id: string): SubgroupRef | undefined {
  return j.orm
    .select({
      id: subgroups.id,
      divisionId: subgroups.divisionId,
      groupId: subgroupDivisions.groupId,
      disciplineId: subgroupDivisions.disciplineId,
      yearId: subgroupDivisions.yearId,
      number: subgroups.number,
      name: subgroups.name,
    })
    .from(subgroups)
    .innerJoin(subgroupDivisions, eq(subgroupDivisions.id, subgroups.divisionId))
    .where(and(eq(subgroups.id, id), eq(subgroups.deleted, 0), eq(subgroupDivisions.deleted, 0)))
    .get();
}
