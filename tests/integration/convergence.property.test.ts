import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Op } from '../../src-main/core/oplog/types';
import { notes, sandboxStore, type SandboxStore } from '../helpers/sandbox';
import { TestClock } from '../helpers/journal';
import { tempDir } from '../helpers/temp';

type Action =
  | { kind: 'edit'; node: number; note: number; field: 'title' | 'body' | 'stars'; value: number }
  | { kind: 'freeze'; node: number; note: number }
  | { kind: 'tick'; node: number; ms: number }
  | { kind: 'deliver'; from: number; to: number; picks: number[] };

const action: fc.Arbitrary<Action> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('edit' as const), node: fc.nat(2), note: fc.nat(3), field: fc.constantFrom('title' as const, 'body' as const, 'stars' as const), value: fc.nat(20) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('freeze' as const), node: fc.nat(2), note: fc.nat(3) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('tick' as const), node: fc.nat(2), ms: fc.integer({ min: -500, max: 5000 }) }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('deliver' as const),
      from: fc.nat(2),
      to: fc.nat(2),
      picks: fc.array(fc.nat(200), { maxLength: 30 }),
    }),
  },
);

function allOps(s: SandboxStore): Op[] {
  return s.oplog.exportOps({}, 1_000_000);
}

/** A partial, shuffled, duplicated delivery: whatever the network does, the log must cope. */
function deliver(from: SandboxStore, to: SandboxStore, picks: number[]): void {
  const ops = allOps(from);
  if (ops.length === 0) return;
  to.oplog.importOps(picks.map((p) => ops[p % ops.length]!));
}

function state(s: SandboxStore) {
  return {
    notes: notes(s.db),
    freezes: s.db.prepare('SELECT id, from_hlc FROM freezes ORDER BY id').all(),
    voids: s.db.prepare('SELECT op_id FROM ops WHERE void = 1 ORDER BY op_id').all(),
    vector: s.oplog.versionVector(),
  };
}

describe('convergence', () => {
  it('replicas that exchanged every op hold identical state, whatever the order, duplicates and partial deliveries', () => {
    fc.assert(
      fc.property(fc.array(action, { minLength: 5, maxLength: 60 }), fc.array(fc.integer({ min: -60_000, max: 60_000 }), { minLength: 3, maxLength: 3 }), (actions, skews) => {
        const dir = tempDir();
        const base = Date.UTC(2026, 8, 1);
        const clocks = skews.map((skew) => new TestClock(base + skew));
        const nodes = clocks.map((c, i) => sandboxStore(dir, `node-${i}`, c.now));
        try {
          for (const a of actions) {
            if (a.kind === 'edit') {
              nodes[a.node]!.oplog.commit(`user-${a.node}`, [
                { entity: 'note', entityId: `n${a.note}`, field: a.field, value: a.field === 'stars' ? a.value : `v${a.value}` },
              ]);
            } else if (a.kind === 'freeze') {
              const n = nodes[a.node]!;
              n.oplog.commit('office', [{ entity: 'freeze', entityId: `n${a.note}`, field: 'from_hlc', value: n.oplog.clock.now() }]);
            } else if (a.kind === 'tick') {
              clocks[a.node]!.ms += a.ms;
            } else if (a.from !== a.to) {
              deliver(nodes[a.from]!, nodes[a.to]!, a.picks);
            }
          }
          // Everyone meets everyone until nothing new flows.
          for (let round = 0; round < 3; round++) {
            for (const from of nodes) for (const to of nodes) if (from !== to) to.oplog.importOps(from.oplog.exportOps(to.oplog.versionVector(), 1_000_000));
          }
          const [first, ...rest] = nodes.map(state);
          for (const other of rest) expect(other).toEqual(first);
        } finally {
          for (const n of nodes) n.db.close();
        }
      }),
      { numRuns: 60 },
    );
  });
});
