import type { Statement } from 'better-sqlite3';
import type { Db } from './connection';

const cache = new WeakMap<Db, Map<string, Statement<unknown[]>>>();

/**
 * A statement prepared once per connection: hot reads (a journal page, the validity rules on every op) would
 * otherwise spend more time building and preparing their SQL than running it.
 */
export function cachedStatement(db: Db, sql: string): Statement<unknown[]> {
  let statements = cache.get(db);
  if (!statements) cache.set(db, (statements = new Map()));
  let s = statements.get(sql);
  if (!s) statements.set(sql, (s = db.prepare<unknown[]>(sql)));
  return s;
}
