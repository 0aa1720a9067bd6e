// Every module's tables, for drizzle-kit and for the typed database handle.
export * from '../oplog/schema';
export * from '../auth/schema';
export * from '../college/schema';
export * from '../calendar/schema';
export * from '../contingent/schema';
export * from '../staff/schema';
export * from '../curriculum/schema';
export * from '../load/schema';
export * from '../subgroups/schema';
export * from '../gradebook/schema';
export * from '../periods/schema';
