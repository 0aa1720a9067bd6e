import type { EntityDef } from '../oplog/entities';

export const loadLineEntity: EntityDef = {
  entity: 'load_line',
  table: 'load_lines',
  fields: {
    year_id: 'text',
    period_id: 'text',
    group_id: 'text',
    subgroup_id: 'text',
    discipline_id: 'text',
    teacher_id: 'text',
    hours_theory: 'int',
    hours_practical: 'int',
    hours_lab: 'int',
    hours_project: 'int',
    hours_consultation: 'int',
    hours_exam: 'int',
    notes: 'text',
    deleted: 'bool',
  },
  nullable: ['subgroup_id'],
};

export const loadAssignmentEntity: EntityDef = {
  entity: 'load_assignment',
  table: 'load_assignments',
  fields: { line_id: 'text', teacher_id: 'text', start_date: 'text', end_date: 'text', deleted: 'bool' },
  nullable: ['end_date'],
};

export const substitutionEntity: EntityDef = {
  entity: 'substitution',
  table: 'substitutions',
  fields: { line_id: 'text', substitute_id: 'text', start_date: 'text', end_date: 'text', reason: 'text', deleted: 'bool' },
};
