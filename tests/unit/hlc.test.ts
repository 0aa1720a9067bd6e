import { describe, expect, it } from 'vitest';
import { formatHlc, HybridClock, maxClockDriftMs, parseHlc } from '../../src-main/core/oplog/hlc';

describe('hybrid logical clock', () => {
  it('formats so that string order is time order', () => {
    const a = formatHlc({ ms: 1_700_000_000_000, counter: 65535 });
    const b = formatHlc({ ms: 1_700_000_000_001, counter: 0 });
    expect(a < b).toBe(true);
    expect(parseHlc(a)).toEqual({ ms: 1_700_000_000_000, counter: 65535 });
    expect(() => parseHlc('garbage')).toThrowError(/Неверная метка времени/);
  });

  it('never goes backwards, across a wall clock that stalls or steps back, and a restart', () => {
    let wall = 1_000_000;
    const clock = new HybridClock(() => wall, null);
    const seen = [clock.now(), clock.now()];
    wall -= 10_000;
    seen.push(clock.now());
    const restarted = new HybridClock(() => wall, seen.at(-1)!);
    seen.push(restarted.now());
    for (let i = 1; i < seen.length; i++) expect(seen[i]! > seen[i - 1]!).toBe(true);
  });

  it('moves past a received timestamp within the allowed drift and refuses one beyond it', () => {
    const wall = 5_000_000;
    const clock = new HybridClock(() => wall, null);
    const near = formatHlc({ ms: wall + maxClockDriftMs - 1, counter: 7 });
    clock.receive(near, 'peer');
    expect(clock.now() > near).toBe(true);
    const far = formatHlc({ ms: wall + maxClockDriftMs + 1, counter: 0 });
    expect(() => clock.receive(far, 'peer-x')).toThrowError('Часы рабочего места peer-x спешат более чем на 10 мин');
  });
});
