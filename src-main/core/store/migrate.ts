import { t } from '../../../src-shared/i18n/ru';
import { AppError } from '../errors';
import type { Db } from './connection';
import { migrations as bundled, type Migration } from './migrations';

export const latestSchemaVersion = bundled.length;

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the database to the newest schema, one transaction per migration with user_version bumped inside it,
 * so a failure leaves the database at the last complete version. A newer database is refused untouched.
 */
export function migrate(db: Db, migrations: Migration[] = bundled): { from: number; to: number } {
  const from = schemaVersion(db);
  const supported = migrations.length;
  if (from > supported) throw new AppError('conflict', t.errors.newerSchema(from, supported));
  for (const m of migrations.slice(from)) {
    db.transaction(() => {
      for (const statement of m.sql.split('--> statement-breakpoint')) {
        if (statement.trim()) db.exec(statement);
      }
      db.pragma(`user_version = ${m.version}`);
    })();
  }
  return { from, to: supported };
}
