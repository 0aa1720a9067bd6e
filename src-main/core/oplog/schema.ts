import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * The operation log: the source of truth and the audit trail. Never updated except for the derived `void` flag.
 * Keyed by (node, seq) so each node's chain is stored in order; the link to the previous op is that op's hash,
 * so it is not stored twice.
 */
export const ops = sqliteTable(
  'ops',
  {
    opId: text('op_id').notNull(),
    nodeId: text('node_id').notNull(),
    seq: integer('seq').notNull(),
    hlc: text('hlc').notNull(),
    userId: text('user_id').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    field: text('field').notNull(),
    value: text('value').notNull(),
    reason: text('reason'),
    hash: text('hash').notNull(),
    /** Derived from the whole op set by the validity rules; recomputed when a late op changes it. */
    void: integer('void').notNull().default(0),
  },
  (t) => [
    primaryKey({ name: 'ops_pk', columns: [t.nodeId, t.seq] }),
    index('ops_field_order').on(t.entity, t.entityId, t.field, t.hlc),
  ],
);

/** Per-node head of the hash chain: its last sequence number and hash (the version vector). */
export const nodeHeads = sqliteTable('node_heads', {
  nodeId: text('node_id').primaryKey(),
  seq: integer('seq').notNull(),
  hash: text('hash').notNull(),
  /** The node's latest timestamp: a node's clock only moves forward, so this is its highest. */
  hlc: text('hlc').notNull(),
});

/** This replica's own facts (node id); never replicated. */
export const localMeta = sqliteTable('local_meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});
