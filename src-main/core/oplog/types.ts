import { z } from 'zod';

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** An operation as stored and as exchanged between workstations; `value` is JSON text, hashed as is. */
export const opSchema = z.object({
  opId: z.string().min(1),
  nodeId: z.string().min(1),
  seq: z.number().int().positive(),
  hlc: z.string().regex(/^[0-9a-f]{12}-[0-9a-f]{4}$/),
  userId: z.string().min(1),
  entity: z.string().min(1),
  entityId: z.string().min(1),
  field: z.string().min(1),
  value: z.string().refine(isJson, 'значение операции не в формате JSON'),
  reason: z.string().nullable(),
  prevHash: z.string(),
  hash: z.string().length(64),
});
export type Op = z.infer<typeof opSchema>;

/** An op as a rule sees it in the store: the chain link is implied by the previous op. */
export type StoredOp = Omit<Op, 'prevHash'>;

/** One field change a command asks for. */
export interface Change {
  entity: string;
  entityId: string;
  field: string;
  value: Json;
}

/** Highest sequence number seen per node. */
export type VersionVector = Record<string, number>;

/** Total order of operations on one field: hybrid clock, then node id. */
export function isLater(a: { hlc: string; nodeId: string }, b: { hlc: string; nodeId: string }): boolean {
  return a.hlc > b.hlc || (a.hlc === b.hlc && a.nodeId > b.nodeId);
}
