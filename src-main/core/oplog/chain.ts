import { createHash } from 'node:crypto';
import type { Op } from './types';

/** Each node's ops form a hash chain: altering or removing one breaks every later link. */
export function hashOp(op: Omit<Op, 'hash'>): string {
  const canonical = JSON.stringify([
    op.opId,
    op.nodeId,
    op.seq,
    op.hlc,
    op.userId,
    op.entity,
    op.entityId,
    op.field,
    op.value,
    op.reason,
    op.prevHash,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}
