import type { EntityDef } from '../oplog/entities';

export const disciplineEntity: EntityDef = {
  entity: 'discipline',
  table: 'disciplines',
  fields: { code: 'text', name: 'text', kind: 'text', parent_id: 'text', deleted: 'bool' },
  nullable: ['parent_id'],
};

export const studyPlanEntity: EntityDef = {
  entity: 'study_plan',
  table: 'study_plans',
  fields: { specialty_id: 'text', admission_year: 'int', name: 'text', deleted: 'bool' },
};

export const planItemEntity: EntityDef = {
  entity: 'plan_item',
  table: 'plan_items',
  fields: {
    plan_id: 'text',
    discipline_id: 'text',
    semester: 'int',
    hours_total: 'int',
    hours_theory: 'int',
    hours_practical: 'int',
    hours_lab: 'int',
    hours_project: 'int',
    hours_self: 'int',
    attestation: 'text',
    deleted: 'bool',
  },
};
