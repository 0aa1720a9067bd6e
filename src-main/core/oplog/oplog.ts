import { v7 as uuidv7 } from 'uuid';
import { t } from '../../../src-shared/i18n/ru';
import { AppError } from '../errors';
import type { Db } from '../store/connection';
import { hashOp } from './chain';
import { fieldKind, Materializer, type EntityDef } from './entities';
import { HybridClock } from './hlc';
import { isLater, opSchema, type Change, type Json, type Op, type StoredOp, type VersionVector } from './types';
import type { ValidityRule } from './validity';

export interface OpRow {
  op_id: string;
  node_id: string;
  seq: number;
  hlc: string;
  user_id: string;
  entity: string;
  entity_id: string;
  field: string;
  value: string;
  reason: string | null;
  hash: string;
  void: number;
}

export function rowToStoredOp(r: OpRow): StoredOp {
  return {
    opId: r.op_id,
    nodeId: r.node_id,
    seq: r.seq,
    hlc: r.hlc,
    userId: r.user_id,
    entity: r.entity,
    entityId: r.entity_id,
    field: r.field,
    value: r.value,
    reason: r.reason,
    hash: r.hash,
  };
}

export interface ImportResult {
  applied: number;
  duplicates: number;
  /** Ops that arrived before their predecessors from the same node; they come again on the next pull. */
  deferred: number;
}

/** An entity a command makes, with every field it starts with. */
export interface NewEntity {
  entity: string;
  entityId: string;
  fields: Record<string, Json>;
}

interface Head {
  seq: number;
  hash: string;
  hlc: string;
}

/**
 * The operation log: commands become ops, appended with their node's sequence number and hash link and applied
 * to the materialized tables in the same transaction; ops from peers are checked and applied the same way.
 */
export class OpLog {
  readonly clock: HybridClock;
  private readonly materializer: Materializer;
  private readonly rules: ValidityRule[] = [];
  private readonly stmt;

  constructor(
    private readonly db: Db,
    readonly nodeId: string,
    wallClock: () => number,
  ) {
    const last = db.prepare('SELECT max(hlc) AS hlc FROM node_heads').get() as { hlc: string | null };
    this.clock = new HybridClock(wallClock, last.hlc);
    this.materializer = new Materializer(db);
    this.stmt = {
      insert: db.prepare(
        `INSERT INTO ops (op_id, node_id, seq, hlc, user_id, entity, entity_id, field, value, reason, hash, void)
         VALUES (@opId, @nodeId, @seq, @hlc, @userId, @entity, @entityId, @field, @value, @reason, @hash, @void)`,
      ),
      head: db.prepare('SELECT seq, hash, hlc FROM node_heads WHERE node_id = ?'),
      setHead: db.prepare(
        'INSERT INTO node_heads (node_id, seq, hash, hlc) VALUES (?, ?, ?, ?) ON CONFLICT(node_id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash, hlc = excluded.hlc',
      ),
      winner: db.prepare(
        'SELECT hlc, node_id AS nodeId FROM ops WHERE entity = ? AND entity_id = ? AND field = ? AND void = 0 ORDER BY hlc DESC, node_id DESC LIMIT 1',
      ),
      hashAt: db.prepare('SELECT hash FROM ops WHERE node_id = ? AND seq = ?'),
      range: db.prepare('SELECT * FROM ops WHERE node_id = ? AND seq > ? ORDER BY seq LIMIT ?'),
      setVoid: db.prepare('UPDATE ops SET void = ? WHERE node_id = ? AND seq = ?'),
      voidOf: db.prepare('SELECT void FROM ops WHERE node_id = ? AND seq = ?'),
      vector: db.prepare('SELECT node_id AS nodeId, seq FROM node_heads'),
      count: db.prepare('SELECT count(*) AS n FROM ops'),
      anyOp: db.prepare('SELECT 1 FROM ops WHERE entity = ? AND entity_id = ? LIMIT 1'),
    };
  }

  registerEntity(def: EntityDef): void {
    this.materializer.register(def);
  }

  registerRule(rule: ValidityRule): void {
    this.rules.push(rule);
  }

  /** Records a command's changes as ops of this node, atomically with their effect; no changes, no ops. */
  commit(userId: string, changes: Change[], reason: string | null = null): Op[] {
    return this.db.transaction(() => {
      let head = this.head(this.nodeId);
      const committed: Op[] = [];
      for (const change of changes) {
        const def = this.materializer.definition(change.entity);
        // A command naming a field no table has is a bug: refuse it rather than log an op nobody can read.
        if (!def || !fieldKind(def, change.field)) throw new Error(`unregistered field ${change.entity}.${change.field}`);
        const partial = {
          opId: uuidv7(),
          nodeId: this.nodeId,
          seq: head.seq + 1,
          hlc: this.clock.now(),
          userId,
          entity: change.entity,
          entityId: change.entityId,
          field: change.field,
          value: JSON.stringify(change.value),
          reason,
          prevHash: head.hash,
        };
        const op: Op = { ...partial, hash: hashOp(partial) };
        this.apply(op);
        head = { seq: op.seq, hash: op.hash, hlc: op.hlc };
        committed.push(op);
      }
      if (committed.length > 0) this.stmt.setHead.run(this.nodeId, head.seq, head.hash, head.hlc);
      return committed;
    })();
  }

  /**
   * Records entities made by this command and never seen before, many at once: a bulk load (the demo's semester, an
   * import). Each becomes the same ops `commit` would write, but an entity's ops are stored together, judged once
   * all are stored, and materialized as one row, with no last-writer comparison (nothing to compare with). An entity
   * that turns out to have ops already goes through `commit`'s path. Ops of a fresh entity are no fact about other
   * stored ops unless a rule says so: whatever a rule names as affected, outside the entity, is judged again.
   */
  commitNew(userId: string, news: readonly NewEntity[], reason: string | null = null): number {
    return this.db.transaction(() => {
      let head = this.head(this.nodeId);
      let written = 0;
      for (const item of news) {
        const changes = Object.entries(item.fields).map(([field, value]) => ({ entity: item.entity, entityId: item.entityId, field, value }));
        if (this.stmt.anyOp.get(item.entity, item.entityId) !== undefined) {
          this.stmt.setHead.run(this.nodeId, head.seq, head.hash, head.hlc);
          written += this.commit(userId, changes, reason).length;
          head = this.head(this.nodeId);
          continue;
        }
        const def = this.materializer.definition(item.entity);
        const ops: Op[] = [];
        for (const change of changes) {
          if (!def || !fieldKind(def, change.field)) throw new Error(`unregistered field ${change.entity}.${change.field}`);
          const partial = { ...change, opId: uuidv7(), nodeId: this.nodeId, seq: head.seq + 1, hlc: this.clock.now(), userId, value: JSON.stringify(change.value), reason, prevHash: head.hash };
          const op: Op = { ...partial, hash: hashOp(partial) };
          this.stmt.insert.run({ ...op, void: 0 });
          head = { seq: op.seq, hash: op.hash, hlc: op.hlc };
          ops.push(op);
        }
        const valid = ops.filter((op) => {
          if (!this.isVoid(op)) return true;
          this.stmt.setVoid.run(1, op.nodeId, op.seq);
          return false;
        });
        if (valid.length > 0) this.materializer.writeRow(item.entity, item.entityId, valid);
        if (this.rules.length > 0) {
          for (const op of ops) this.revalidate(op, true);
        }
        written += ops.length;
      }
      this.stmt.setHead.run(this.nodeId, head.seq, head.hash, head.hlc);
      return written;
    })();
  }

  /**
   * Applies ops from a peer in one transaction: duplicates are skipped, ops that skip ahead of their node's
   * chain are deferred, and a broken link, a forked history or a clock far in the future refuses the whole batch.
   */
  importOps(incoming: unknown[]): ImportResult {
    const batch = incoming.map((o) => opSchema.parse(o));
    batch.sort((a, b) => (a.nodeId === b.nodeId ? a.seq - b.seq : a.nodeId < b.nodeId ? -1 : 1));
    return this.db.transaction(() => {
      const result: ImportResult = { applied: 0, duplicates: 0, deferred: 0 };
      // Heads advance in memory and are written once per node at the end of the batch.
      const heads = new Map<string, Head>();
      for (const op of batch) {
        const head = heads.get(op.nodeId) ?? this.head(op.nodeId);
        if (op.seq <= head.seq) {
          const known = this.stmt.hashAt.get(op.nodeId, op.seq) as { hash: string } | undefined;
          if (known && known.hash !== op.hash) throw new AppError('integrity', t.errors.forkedHistory(op.nodeId, op.seq));
          result.duplicates += 1;
          continue;
        }
        if (op.seq > head.seq + 1) {
          result.deferred += 1;
          continue;
        }
        const { hash, ...rest } = op;
        if (op.prevHash !== head.hash || hashOp(rest) !== hash) {
          throw new AppError('integrity', t.errors.chainBroken(op.nodeId, op.seq));
        }
        this.clock.receive(op.hlc, op.nodeId);
        this.apply(op);
        heads.set(op.nodeId, { seq: op.seq, hash: op.hash, hlc: op.hlc });
        result.applied += 1;
      }
      for (const [nodeId, h] of heads) this.stmt.setHead.run(nodeId, h.seq, h.hash, h.hlc);
      return result;
    })();
  }

  /** The ops a peer with vector `since` lacks, in chain order, each with its link to the previous one. */
  exportOps(since: VersionVector, limit = 5000): Op[] {
    const out: Op[] = [];
    for (const [nodeId, seq] of Object.entries(this.versionVector())) {
      const have = since[nodeId] ?? 0;
      if (seq <= have) continue;
      let prevHash = have === 0 ? '' : (this.stmt.hashAt.get(nodeId, have) as { hash: string }).hash;
      for (const row of this.stmt.range.all(nodeId, have, limit - out.length) as OpRow[]) {
        out.push({ ...rowToStoredOp(row), prevHash });
        prevHash = row.hash;
      }
      if (out.length >= limit) break;
    }
    return out;
  }

  versionVector(): VersionVector {
    const vv: VersionVector = {};
    for (const r of this.stmt.vector.all() as { nodeId: string; seq: number }[]) vv[r.nodeId] = r.seq;
    return vv;
  }

  count(): number {
    return (this.stmt.count.get() as { n: number }).n;
  }

  private head(nodeId: string): Head {
    return (this.stmt.head.get(nodeId) as Head | undefined) ?? { seq: 0, hash: '', hlc: '' };
  }

  private isVoid(op: StoredOp): boolean {
    return this.rules.some((r) => r.isVoid(op, this.db));
  }

  private apply(op: StoredOp): void {
    const isVoid = this.isVoid(op);
    const current = isVoid
      ? undefined
      : (this.stmt.winner.get(op.entity, op.entityId, op.field) as { hlc: string; nodeId: string } | undefined);
    this.stmt.insert.run({ ...op, void: isVoid ? 1 : 0 });
    if (!isVoid) {
      if (!current || isLater(op, current)) this.materializer.writeField(op);
      else this.materializer.touch(op);
    }
    if (this.rules.length > 0) this.revalidate(op);
  }

  /** A late fact (a closing, a compromise) may change earlier verdicts: flip them and rebuild what they touched. */
  private revalidate(trigger: StoredOp, freshEntity = false): void {
    const queue: StoredOp[] = [trigger];
    const dirty = new Map<string, { entity: string; entityId: string }>();
    while (queue.length > 0) {
      const fact = queue.shift()!;
      for (const rule of this.rules) {
        for (const affected of rule.affectedBy(fact, this.db, { freshEntity: freshEntity && fact === trigger })) {
          const wasVoid = (this.stmt.voidOf.get(affected.nodeId, affected.seq) as { void: number }).void === 1;
          const nowVoid = this.isVoid(affected);
          if (wasVoid === nowVoid) continue;
          this.stmt.setVoid.run(nowVoid ? 1 : 0, affected.nodeId, affected.seq);
          dirty.set(`${affected.entity}\u0000${affected.entityId}`, affected);
          queue.push(affected);
        }
      }
    }
    for (const { entity, entityId } of dirty.values()) this.materializer.rematerialize(entity, entityId);
  }
}
