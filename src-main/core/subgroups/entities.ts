import type { EntityDef } from '../oplog/entities';

export const subgroupDivisionEntity: EntityDef = {
  entity: 'subgroup_division',
  table: 'subgroup_divisions',
  fields: { group_id: 'text', discipline_id: 'text', year_id: 'text', deleted: 'bool' },
};

export const subgroupEntity: EntityDef = {
  entity: 'subgroup',
  table: 'subgroups',
  fields: { division_id: 'text', number: 'int', name: 'text', deleted: 'bool' },
};

export const subgroupMemberEntity: EntityDef = {
  entity: 'subgroup_member',
  table: 'subgroup_members',
  fields: {
    division_id: 'text',
    subgroup_id: 'text',
    student_id: 'text',
    start_date: 'text',
    end_date: 'text',
    reason: 'text',
    deleted: 'bool',
  },
  nullable: ['end_date'],
};
