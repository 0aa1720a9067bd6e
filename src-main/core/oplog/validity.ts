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
  /** When `op` is a fact this rule reads (a closing, a compromise), the stored ops whose verdict it may change. */
  affectedBy(op: StoredOp, db: Db): StoredOp[];
}
