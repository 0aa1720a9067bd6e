import type { Change, Json } from './types';

/** One op per field, setting each to the given value. */
export function setFields(entity: string, entityId: string, values: Record<string, Json>): Change[] {
  return Object.entries(values).map(([field, value]) => ({ entity, entityId, field, value }));
}

/**
 * The ops a command needs to bring an entity from `current` (undefined: it does not exist yet) to `next`:
 * every field for a new entity, only the fields that differ for an existing one, so the audit trail shows
 * what actually changed.
 */
export function fieldChanges(
  entity: string,
  entityId: string,
  current: Record<string, Json> | undefined,
  next: Record<string, Json>,
): Change[] {
  const changed = Object.entries(next).filter(([field, value]) => !current || JSON.stringify(current[field]) !== JSON.stringify(value));
  return setFields(entity, entityId, Object.fromEntries(changed));
}
