import { describe, expect, it } from 'vitest';
import { hashOp } from '../../src-main/core/oplog/chain';
import { maxClockDriftMs } from '../../src-main/core/oplog/hlc';
import { notes, sandboxStore } from '../helpers/sandbox';
import { TestClock } from '../helpers/journal';
import { tempDir } from '../helpers/temp';

describe('operation log', () => {
  it('appends ops with sequence numbers and a hash chain, and materializes them in the same transaction', () => {
    const clock = new TestClock();
    const a = sandboxStore(tempDir(), 'node-a', clock.now);
    const ops = a.oplog.commit('u1', [
      { entity: 'note', entityId: 'n1', field: 'title', value: 'Первая' },
      { entity: 'note', entityId: 'n1', field: 'stars', value: 3 },
    ]);
    expect(ops.map((o) => o.seq)).toEqual([1, 2]);
    expect(ops[0]!.prevHash).toBe('');
    expect(ops[1]!.prevHash).toBe(ops[0]!.hash);
    for (const op of ops) expect(hashOp(op)).toBe(op.hash);
    expect(a.oplog.versionVector()).toEqual({ 'node-a': 2 });
    expect(notes(a.db)).toMatchObject([{ id: 'n1', title: 'Первая', stars: 3 }]);
  });

  it('leaves nothing behind when a command fails midway', () => {
    const a = sandboxStore(tempDir(), 'node-a', new TestClock().now);
    expect(() =>
      a.oplog.commit('u1', [
        { entity: 'note', entityId: 'n1', field: 'title', value: 'x' },
        { entity: 'nonexistent', entityId: 'n1', field: 'title', value: 'y' },
      ]),
    ).toThrow();
    expect(a.oplog.count()).toBe(0);
    expect(notes(a.db)).toEqual([]);
    expect(a.oplog.versionVector()).toEqual({});
  });

  it('keeps the latest write per field by (hlc, node), whatever order ops arrive in', () => {
    const clock = new TestClock();
    const dir = tempDir();
    const a = sandboxStore(dir, 'node-a', clock.now);
    const b = sandboxStore(dir, 'node-b', clock.now);
    const c = sandboxStore(dir, 'node-c', clock.now);
    const early = a.oplog.commit('u1', [{ entity: 'note', entityId: 'n1', field: 'title', value: 'раньше' }]);
    clock.advance(1);
    const late = b.oplog.commit('u2', [{ entity: 'note', entityId: 'n1', field: 'title', value: 'позже' }]);
    c.oplog.importOps(late);
    c.oplog.importOps(early);
    a.oplog.importOps(late);
    expect(notes(c.db)).toMatchObject([{ title: 'позже' }]);
    expect(notes(a.db)).toEqual(notes(c.db));
  });

  it('skips duplicates, defers ops that arrive before their predecessors, and picks them up later', () => {
    const clock = new TestClock();
    const dir = tempDir();
    const a = sandboxStore(dir, 'node-a', clock.now);
    const b = sandboxStore(dir, 'node-b', clock.now);
    const ops = [1, 2, 3].map((i) => a.oplog.commit('u1', [{ entity: 'note', entityId: 'n1', field: 'stars', value: i }])[0]!);
    expect(b.oplog.importOps([ops[2]!])).toEqual({ applied: 0, duplicates: 0, deferred: 1 });
    expect(b.oplog.importOps([ops[0]!, ops[0]!])).toEqual({ applied: 1, duplicates: 1, deferred: 0 });
    expect(b.oplog.importOps(a.oplog.exportOps(b.oplog.versionVector()))).toEqual({ applied: 2, duplicates: 0, deferred: 0 });
    expect(notes(b.db)).toMatchObject([{ stars: 3 }]);
  });

  it('refuses an altered op, a removed op and a forked history, applying nothing of the batch', () => {
    const clock = new TestClock();
    const dir = tempDir();
    const a = sandboxStore(dir, 'node-a', clock.now);
    const b = sandboxStore(dir, 'node-b', clock.now);
    const ops = a.oplog.commit('u1', [
      { entity: 'note', entityId: 'n1', field: 'title', value: 'оригинал' },
      { entity: 'note', entityId: 'n1', field: 'stars', value: 5 },
    ]);
    const altered = { ...ops[0]!, value: JSON.stringify('подделка') };
    expect(() => b.oplog.importOps([altered, ops[1]!])).toThrowError(/Нарушена цепочка операций рабочего места node-a на операции №1/);
    expect(b.oplog.count()).toBe(0);
    // Removing op 1 and renumbering op 2 breaks the link.
    expect(() => b.oplog.importOps([{ ...ops[1]!, seq: 1 }])).toThrowError(/Нарушена цепочка/);
    b.oplog.importOps(ops);
    expect(() => b.oplog.importOps([{ ...ops[1]!, hash: ops[0]!.hash }])).toThrowError(/история раздвоилась/);
    expect(b.oplog.count()).toBe(2);
  });

  it('refuses ops from a peer whose clock runs far ahead, and does not move its own clock', () => {
    const clock = new TestClock();
    const dir = tempDir();
    const futureClock = new TestClock(clock.ms + maxClockDriftMs + 60_000);
    const a = sandboxStore(dir, 'node-a', futureClock.now);
    const b = sandboxStore(dir, 'node-b', clock.now);
    const ops = a.oplog.commit('u1', [{ entity: 'note', entityId: 'n1', field: 'title', value: 'из будущего' }]);
    expect(() => b.oplog.importOps(ops)).toThrowError(/спешат более чем на 10 мин/);
    const own = b.oplog.commit('u2', [{ entity: 'note', entityId: 'n2', field: 'title', value: 'сейчас' }]);
    expect(own[0]!.hlc < ops[0]!.hlc).toBe(true);
    expect(b.oplog.count()).toBe(1);
  });

  it('keeps ops it cannot materialize (a newer field, a null, a prototype name) without blocking the batch or diverging', () => {
    const clock = new TestClock();
    const dir = tempDir();
    const a = sandboxStore(dir, 'node-a', clock.now);
    const b = sandboxStore(dir, 'node-b', clock.now);
    const c = sandboxStore(dir, 'node-c', clock.now);
    const first = a.oplog.commit('u', [{ entity: 'note', entityId: 'n1', field: 'title', value: 'есть' }]);
    clock.advance(1);
    // A newer app's node: fields this version does not know, and a null for a column that holds none.
    const newer = sandboxStore(dir, 'node-z', clock.now);
    newer.db.exec('ALTER TABLE notes ADD COLUMN mood TEXT; ALTER TABLE notes ADD COLUMN "toString" TEXT;');
    newer.oplog.registerEntity({ entity: 'note', table: 'notes', fields: { title: 'text', stars: 'int', toString: 'text', mood: 'text' } as const });
    const strange = newer.oplog.commit('u', [
      { entity: 'note', entityId: 'n1', field: 'mood', value: 'новое поле' },
      { entity: 'note', entityId: 'n1', field: 'toString', value: 'x' },
      { entity: 'note', entityId: 'n1', field: 'stars', value: null },
    ]);
    expect(b.oplog.importOps([...strange, ...first])).toEqual({ applied: 4, duplicates: 0, deferred: 0 });
    expect(c.oplog.importOps([...first, ...strange])).toEqual({ applied: 4, duplicates: 0, deferred: 0 });
    expect(notes(b.db)).toEqual(notes(c.db));
    expect(notes(b.db)).toMatchObject([{ title: 'есть', stars: 0 }]);
    expect(() => a.oplog.commit('u', [{ entity: 'note', entityId: 'n1', field: 'mood', value: 'x' }])).toThrow(/unregistered field/);
    expect(() => b.oplog.importOps([{ ...first[0]!, value: '{не json' }])).toThrow();
  });

  it('issues strictly increasing timestamps even when the wall clock stands still or goes back', () => {
    const clock = new TestClock();
    const a = sandboxStore(tempDir(), 'node-a', clock.now);
    const first = a.oplog.commit('u', [{ entity: 'note', entityId: 'n', field: 'stars', value: 1 }]);
    clock.advance(-5);
    const second = a.oplog.commit('u', [{ entity: 'note', entityId: 'n', field: 'stars', value: 2 }]);
    expect(second[0]!.hlc > first[0]!.hlc).toBe(true);
    expect(notes(a.db)).toMatchObject([{ stars: 2 }]);
  });
});

describe('void rule mechanism (test rule: a freeze voids later edits of a note)', () => {
  it('voids an op made after the fact, at once', () => {
    const clock = new TestClock();
    const a = sandboxStore(tempDir(), 'node-a', clock.now);
    a.oplog.commit('u', [{ entity: 'note', entityId: 'n1', field: 'title', value: 'до заморозки' }]);
    clock.advance(1);
    const now = a.oplog.clock.now();
    a.oplog.commit('u', [{ entity: 'freeze', entityId: 'n1', field: 'from_hlc', value: now }]);
    clock.advance(1);
    a.oplog.commit('u', [{ entity: 'note', entityId: 'n1', field: 'title', value: 'после заморозки' }]);
    expect(notes(a.db)).toMatchObject([{ title: 'до заморозки' }]);
    expect(a.db.prepare('SELECT count(*) AS n FROM ops WHERE void = 1').get()).toEqual({ n: 1 });
  });

  it('re-materializes when the fact arrives late, restoring the value that was valid', () => {
    const clock = new TestClock();
    const dir = tempDir();
    const office = sandboxStore(dir, 'office', clock.now);
    const teacher = sandboxStore(dir, 'teacher', clock.now);
    const created = teacher.oplog.commit('t', [
      { entity: 'note', entityId: 'n1', field: 'title', value: 'вовремя' },
      { entity: 'note', entityId: 'n2', field: 'title', value: 'только поздняя' },
    ]);
    clock.advance(1);
    const freezeAt = office.oplog.clock.now();
    const freezes = office.oplog.commit('o', [
      { entity: 'freeze', entityId: 'n1', field: 'from_hlc', value: freezeAt },
      { entity: 'freeze', entityId: 'n2', field: 'from_hlc', value: freezeAt },
    ]);
    clock.advance(1);
    // The teacher, offline, keeps editing after the freeze.
    const late = teacher.oplog.commit('t', [{ entity: 'note', entityId: 'n1', field: 'title', value: 'поздно' }]);
    expect(notes(teacher.db)).toMatchObject([{ id: 'n1', title: 'поздно' }, { id: 'n2' }]);

    teacher.oplog.importOps(freezes);
    expect(notes(teacher.db)).toMatchObject([{ id: 'n1', title: 'вовремя' }, { id: 'n2', title: 'только поздняя' }]);

    // The other order gives the same state.
    office.oplog.importOps([...created, ...late]);
    expect(notes(office.db)).toEqual(notes(teacher.db));
  });

  it('removes a row whose every op became void', () => {
    const clock = new TestClock();
    const dir = tempDir();
    const office = sandboxStore(dir, 'office', clock.now);
    const teacher = sandboxStore(dir, 'teacher', clock.now);
    const freeze = office.oplog.commit('o', [{ entity: 'freeze', entityId: 'n9', field: 'from_hlc', value: office.oplog.clock.now() }]);
    clock.advance(1);
    teacher.oplog.commit('t', [{ entity: 'note', entityId: 'n9', field: 'title', value: 'нельзя' }]);
    expect(notes(teacher.db)).toHaveLength(1);
    teacher.oplog.importOps(freeze);
    expect(notes(teacher.db)).toEqual([]);
    expect(teacher.oplog.count()).toBe(2);
  });
});
