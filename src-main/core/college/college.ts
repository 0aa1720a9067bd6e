import { eq } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { Settings, SettingsUpdate } from '../../../src-shared/api/system';
import { defaultBackdatingDays } from '../../../src-shared/domain/gradebook';
import type { Journal } from '../journal';
import type { EntityDef } from '../oplog/entities';
import { cachedStatement } from '../store/statements';
import { college, settings } from './schema';

export const collegeEntity: EntityDef = { entity: 'college', table: 'college', fields: { name: 'text', deleted: 'bool' } };
export const settingEntity: EntityDef = { entity: 'setting', table: 'settings', fields: { value: 'json', deleted: 'bool' } };

export const defaultSettings: Settings = { sessionIdleMinutes: 30, backdatingDays: defaultBackdatingDays };
/** The setting entity ids; the back-dating rule of the journal reads `backdating_days` from the op log. */
const settingKeys: Record<keyof Settings, string> = { sessionIdleMinutes: 'session_idle_minutes', backdatingDays: 'backdating_days' };

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

/** One setting, through one prepared statement: the journal reads the back-dating window on every mark typed. */
export function readSetting<K extends keyof Settings>(j: Journal, name: K): Settings[K] {
  const row = cachedStatement(j.db, 'SELECT value FROM settings WHERE id = ?').get(settingKeys[name]) as { value: string } | undefined;
  return row ? (JSON.parse(row.value) as Settings[K]) : defaultSettings[name];
}

/** Only settings whose value changes become operations. */
export function updateSettings(j: Journal, actorId: string, input: SettingsUpdate): Settings {
  const current = readSettings(j);
  const next: Settings = { ...current, ...input, backdatingDays: input.backdatingDays ?? current.backdatingDays };
  const changes = (Object.keys(settingKeys) as (keyof Settings)[])
    .filter((name) => current[name] !== next[name])
    .map((name) => ({ entity: 'setting', entityId: settingKeys[name], field: 'value', value: next[name] }));
  j.oplog.commit(actorId, changes);
  return readSettings(j);
}
