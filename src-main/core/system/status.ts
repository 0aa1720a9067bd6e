import { sql } from 'drizzle-orm';
import { users } from '../auth/schema';
import { groups, orders, specialties, students } from '../contingent/schema';
import { collegeName } from '../college/college';
import type { Journal } from '../journal';
import { employees } from '../staff/schema';
import { schemaVersion } from '../store/migrate';
import { appVersion } from '../version';

export function journalStatus(j: Journal) {
  const count = (table: typeof users | typeof groups | typeof specialties | typeof students | typeof orders | typeof employees) =>
    j.orm.select({ n: sql<number>`count(*)` }).from(table).where(sql`${table.deleted} = 0`).get()?.n ?? 0;
  return {
    collegeName: collegeName(j),
    dataDir: j.dataDir,
    nodeId: j.nodeId,
    appVersion,
    schemaVersion: schemaVersion(j.db),
    opCount: j.oplog.count(),
    counts: { users: count(users), specialties: count(specialties), groups: count(groups), students: count(students), orders: count(orders), employees: count(employees) },
  };
}
