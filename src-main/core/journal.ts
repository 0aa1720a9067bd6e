import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { userEntity } from './auth/users';
import { academicYearEntity, periodEntity } from './calendar/years';
import { collegeEntity, settingEntity } from './college/college';
import { groupEntity } from './contingent/groups';
import { membershipEntity } from './contingent/memberships';
import { orderEntity } from './contingent/orders';
import { studentEntity } from './contingent/students';
import { specialtyEntity } from './contingent/specialties';
import { disciplineEntity, planItemEntity, studyPlanEntity } from './curriculum/entities';
import { employeeEntity } from './staff/employees';
import { loadAssignmentEntity, loadLineEntity, substitutionEntity } from './load/entities';
import { subgroupDivisionEntity, subgroupEntity, subgroupMemberEntity } from './subgroups/entities';
import { topicEntity } from './ktp/entities';
import { cellEntity, finalEntity, lessonEntity } from './gradebook/entities';
import { backdatingRule } from './gradebook/validity';
import { OpLog } from './oplog/oplog';
import type { ValidityRule } from './oplog/validity';
import { periodLockEntity } from './periods/entities';
import { periodClosedRule } from './periods/validity';
import type { Db } from './store/connection';
import type { OpenedStore } from './store/journal-files';
import * as schema from './store/schema';
import type { JournalSecrets } from './store/keyvault';

/** An open journal: the database, its typed handle and the operation log every module writes through. */
export interface Journal {
  db: Db;
  orm: BetterSQLite3Database<typeof schema>;
  oplog: OpLog;
  dataDir: string;
  nodeId: string;
  secrets: JournalSecrets;
  now: () => number;
}

/** Every entity the op log materializes, with the table and columns its ops land in. */
export const entities = [
  collegeEntity,
  settingEntity,
  userEntity,
  academicYearEntity,
  periodEntity,
  specialtyEntity,
  groupEntity,
  studentEntity,
  membershipEntity,
  orderEntity,
  employeeEntity,
  loadLineEntity,
  loadAssignmentEntity,
  substitutionEntity,
  disciplineEntity,
  studyPlanEntity,
  planItemEntity,
  subgroupDivisionEntity,
  subgroupEntity,
  subgroupMemberEntity,
  topicEntity,
  lessonEntity,
  cellEntity,
  finalEntity,
  periodLockEntity,
];

/** The rules that make ops void, on every replica alike (see oplog/validity.ts). */
export const validityRules: ValidityRule[] = [periodClosedRule, backdatingRule];

export function openJournal(store: OpenedStore, now: () => number): Journal {
  const oplog = new OpLog(store.db, store.nodeId, now);
  for (const def of entities) oplog.registerEntity(def);
  for (const rule of validityRules) oplog.registerRule(rule);
  return { ...store, orm: drizzle(store.db, { schema }), oplog, now };
}
