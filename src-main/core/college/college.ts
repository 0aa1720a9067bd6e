import { eq } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { Settings } from '../../../src-shared/api/system';
import type { Journal } from '../journal';
import type { EntityDef } from '../oplog/entities';
import { college, settings } from './schema';

export const collegeEntity: EntityDef = { entity: 'college', table: 'college', fields: { name: 'text', deleted: 'bool' } };
export const settingEntity: EntityDef = { entity: 'setting', table: 'settings', fields: { value: 'json', deleted: 'bool' } };

export const defaultSettings: Settings = { sessionIdleMinutes: 30 };
const settingKeys: Record<keyof Settings, string> = { sessionIdleMinutes: 'session_idle_minutes' };

export function createCollege(j: Journal, actorId: string, name: string): string {
  const id = uuidv7();
  j.oplog.commit(actorId, [{ entity: 'college', entityId: id, field: 'name', value: name }]);
  return id;
}

export function collegeName(j: Journal): string {
  return j.orm.select({ name: college.name }).from(college).where(eq(college.deleted, 0)).get()?.name ?? '';
}

export function readSettings(j: Journal): Settings {
  const result: Settings = { ...defaultSettings };
  for (const [name, key] of Object.entries(settingKeys) as [keyof Settings, string][]) {
    const row = j.orm.select({ value: settings.value }).from(settings).where(eq(settings.id, key)).get();
    if (row) result[name] = JSON.parse(row.value) as Settings[typeof name];
  }
  return result;
}

/** Only settings whose value changes become operations. */
export function updateSettings(j: Journal, actorId: string, next: Settings): Settings {
  const current = readSettings(j);
  const changes = (Object.keys(settingKeys) as (keyof Settings)[])
    .filter((name) => current[name] !== next[name])
    .map((name) => ({ entity: 'setting', entityId: settingKeys[name], field: 'value', value: next[name] }));
  j.oplog.commit(actorId, changes);
  return readSettings(j);
}
