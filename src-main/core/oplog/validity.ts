import type { Db } from '../store/connection';
import type { StoredOp } from './types';

/**
 * A rule that makes operations void. Validity must be a pure function of the set of ops (never of arrival
 * order or local state), so every replica reaches the same verdict whatever order ops arrive in.
 */
export interface ValidityRule {
  name: string;
  /** True when `op` must not take effect, judged from the ops stored so far. */
  isVoid(op: StoredOp, db: Db): boolean;
  /**
   * When `op` is a fact this rule reads (a closing, a compromise), the stored ops whose verdict it may change.
   * `freshEntity`: the op's entity was made in this very commit, every op of it stored and judged already (a bulk
   * load), so the rule need not look among the entity's own ops.
   */
  affectedBy(op: StoredOp, db: Db, context?: { freshEntity: boolean }): StoredOp[];
}
