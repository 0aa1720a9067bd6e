import { t } from '../../../src-shared/i18n/ru';
import { AppError } from '../errors';

/**
 * Hybrid logical clock. A timestamp is `<12 hex ms>-<4 hex counter>`, so string order is time order.
 * Ties between nodes are broken by node id where operations are compared.
 */
export interface HlcTime {
  ms: number;
  counter: number;
}

export function formatHlc(h: HlcTime): string {
  return `${h.ms.toString(16).padStart(12, '0')}-${h.counter.toString(16).padStart(4, '0')}`;
}

export function parseHlc(s: string): HlcTime {
  const m = /^([0-9a-f]{12})-([0-9a-f]{4})$/.exec(s);
  if (!m) throw new AppError('integrity', `Неверная метка времени операции: ${s}`);
  return { ms: parseInt(m[1]!, 16), counter: parseInt(m[2]!, 16) };
}

export function hlcToIso(s: string): string {
  return new Date(parseHlc(s).ms).toISOString();
}

/** A peer whose clock runs further ahead than this is refused rather than dragging every replica's clock forward. */
export const maxClockDriftMs = 10 * 60 * 1000;
const maxCounter = 0xffff;

export class HybridClock {
  private last: HlcTime;

  constructor(
    private readonly wallClock: () => number,
    lastSeen: string | null,
  ) {
    this.last = lastSeen ? parseHlc(lastSeen) : { ms: 0, counter: 0 };
  }

  /** A fresh timestamp, later than every one this replica issued or received. */
  now(): string {
    const wall = this.wallClock();
    if (wall > this.last.ms) this.last = { ms: wall, counter: 0 };
    else this.last = this.bump(this.last);
    return formatHlc(this.last);
  }

  /** Merges a remote timestamp; refuses one too far in the future. */
  receive(remote: string, nodeId: string): void {
    const r = parseHlc(remote);
    const wall = this.wallClock();
    if (r.ms > wall + maxClockDriftMs) {
      throw new AppError('integrity', t.errors.clockDrift(nodeId, Math.round(maxClockDriftMs / 60000)));
    }
    if (r.ms > this.last.ms || (r.ms === this.last.ms && r.counter > this.last.counter)) this.last = r;
  }

  private bump(h: HlcTime): HlcTime {
    return h.counter >= maxCounter ? { ms: h.ms + 1, counter: 0 } : { ms: h.ms, counter: h.counter + 1 };
  }
}
