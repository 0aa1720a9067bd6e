import type { EntityDef } from '../oplog/entities';

/** A period's lock: its id is the period's. `closed` ops are the facts the period-closed rule reads. */
export const periodLockEntity: EntityDef = {
  entity: 'period_lock',
  table: 'period_locks',
  fields: { closed: 'bool', reason: 'text', deleted: 'bool' },
};
