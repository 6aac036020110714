import { describe, expect, it } from 'vitest';
import { AdaptiveLimit, mapBounded, streamBounded, type CallSignal } from '../src/limit.js';

/** A promise with its resolve and reject at hand, so a test decides when each call finishes. */
function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const tick = () => new Promise((r) => setImmediate(r));

describe('mapBounded', () => {
  it('keeps at most `limit` calls in flight and returns results in input order', async () => {
    let inFlight = 0;
    let peak = 0;
    const out = await mapBounded([30, 5, 20, 1, 10, 2], 2, async (ms, i) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await new Promise((r) => setTimeout(r, ms));
      inFlight--;
      return `${i}:${ms}`;
    });
    expect(out).toEqual(['0:30', '1:5', '2:20', '3:1', '4:10', '5:2']);
    expect(peak).toBe(2);
  });

  it('stops starting work after a rejection and rethrows it', async () => {
    const started: number[] = [];
    await expect(
      mapBounded([1, 2, 3, 4, 5], 1, async (n) => {
        started.push(n);
        if (n === 2) throw new Error('boom');
        return n;
      }),
    ).rejects.toThrow('boom');
    expect(started).toEqual([1, 2]);
  });

  it('rejects a non-positive limit', async () => {
    await expect(mapBounded([1], 0, async (n) => n)).rejects.toThrow(RangeError);
  });
});

describe('streamBounded', () => {
  it('yields each result as it completes, in completion order, starting the next call as one finishes', async () => {
    const calls = [0, 1, 2].map(() => deferred<string>());
    const started: number[] = [];
    const seen: Array<[number, string]> = [];
    const done = (async () => {
      for await (const f of streamBounded(['a', 'b', 'c'], 2, (_x, i) => {
        started.push(i);
        return calls[i]!.promise;
      }))
        seen.push([f.index, f.value]);
    })();
    await tick();
    expect(started).toEqual([0, 1]);
    calls[1]!.resolve('B');
    await tick();
    expect(seen).toEqual([[1, 'B']]);
    expect(started).toEqual([0, 1, 2]);
    calls[2]!.resolve('C');
    calls[0]!.resolve('A');
    await done;
    expect(seen).toEqual([
      [1, 'B'],
      [2, 'C'],
      [0, 'A'],
    ]);
  });

  it('after a rejection starts nothing new, waits for the running calls, then rethrows', async () => {
    const calls = [0, 1, 2].map(() => deferred<number>());
    const started: number[] = [];
    let settled = false;
    const run = (async () => {
      for await (const _ of streamBounded([0, 1, 2], 2, (_x, i) => {
        started.push(i);
        return calls[i]!.promise;
      }));
    })().finally(() => (settled = true));
    await tick();
    calls[0]!.reject(new Error('boom'));
    await tick();
    expect(settled).toBe(false); // call 1 still runs
    expect(started).toEqual([0, 1]);
    calls[1]!.resolve(1);
    await expect(run).rejects.toThrow('boom');
    expect(started).toEqual([0, 1]);
  });

  it('a consumer that stops early starts no more calls', async () => {
    const started: number[] = [];
    for await (const f of streamBounded([0, 1, 2, 3], 1, async (x) => {
      started.push(x);
      return x;
    }))
      if (f.index === 1) break;
    expect(started).toEqual([0, 1]);
  });
  it('reads an async source only as calls finish, and closes it after a rejection', async () => {
    const read: number[] = [];
    let closed = false;
    async function* source() {
      try {
        for (let i = 0; i < 10; i++) {
          read.push(i);
          yield i;
        }
      } finally {
        closed = true;
      }
    }
    const gates = Array.from({ length: 10 }, () => deferred<number>());
    const run = mapBounded(source(), 2, (x) => gates[x]!.promise);
    await tick();
    expect(read).toEqual([0, 1]);
    gates[0]!.resolve(0);
    await tick();
    expect(read).toEqual([0, 1, 2]);
    gates[2]!.reject(new Error('boom'));
    gates[1]!.resolve(1);
    await expect(run).rejects.toThrow('boom');
    expect(read).toEqual([0, 1, 2]);
    expect(closed).toBe(true);
  });
});

describe('AdaptiveLimit (AIMD)', () => {
  /** `n` calls started at once and ended with `ms` and `signal`. */
  const round = (limit: AdaptiveLimit, n: number, ms: number, signal: CallSignal = 'answered') => {
    const tickets = Array.from({ length: n }, () => limit.start());
    for (const t of tickets) limit.done(t, ms, signal);
  };

  it('starts at the configured concurrency, halves once per congestion event, never below 1', () => {
    const limit = new AdaptiveLimit({ max: 32 });
    expect(limit.current()).toBe(32);
    round(limit, 32, 30, 'timeout'); // 32 calls of one event: one halving
    expect(limit.current()).toBe(16);
    round(limit, 16, 30, 'throttled');
    expect(limit.current()).toBe(8);
    for (let i = 0; i < 10; i++) round(limit, 1, 30, 'timeout');
    expect(limit.current()).toBe(1);
    expect(limit.report()).toMatchObject({ configured: 32, lowest: 1, highest: 32, final: 1, decreases: 5 });
  });

  it('counts a call far slower than the running baseline as congestion, ordinary jitter not', () => {
    const limit = new AdaptiveLimit({ max: 16 });
    round(limit, 16, 40);
    round(limit, 16, 60); // 1.5x: jitter
    expect(limit.current()).toBe(16);
    round(limit, 1, 200); // 5x, but only 160 ms more: below the margin
    expect(limit.current()).toBe(16);
    round(limit, 1, 2000);
    expect(limit.current()).toBe(8);
    // a slowdown that lasts becomes the baseline: no more halving, and the limit grows again
    for (let i = 0; i < 12; i++) round(limit, limit.current(), 2000);
    const { decreases, lowest, final, baselineMs } = limit.report();
    expect(decreases).toBeLessThanOrEqual(3);
    expect(final).toBeGreaterThan(lowest);
    expect(baselineMs).toBeGreaterThan(1500);
  });

  it('grows by one after a full window of fast calls, up to the configured concurrency', () => {
    const limit = new AdaptiveLimit({ max: 6 });
    round(limit, 1, 10, 'throttled');
    expect(limit.current()).toBe(3);
    round(limit, 3, 10);
    expect(limit.current()).toBe(4);
    round(limit, 3, 10);
    expect(limit.current()).toBe(4);
    round(limit, 1, 10);
    expect(limit.current()).toBe(5);
    for (let i = 0; i < 5; i++) round(limit, 6, 10);
    expect(limit.report()).toMatchObject({ lowest: 3, highest: 6, final: 6, increases: 3 });
  });

  it('streamBounded follows a limit that changes while calls run', async () => {
    const limit = new AdaptiveLimit({ max: 4 });
    let inFlight = 0;
    const peaks: number[] = [];
    await mapBounded(
      Array.from({ length: 40 }, (_, i) => i),
      limit,
      async (i) => {
        const ticket = limit.start();
        peaks[i] = ++inFlight;
        await tick();
        inFlight--;
        limit.done(ticket, 10, i < 8 ? 'throttled' : 'other');
      },
    );
    expect(Math.max(...peaks.slice(0, 4))).toBe(4);
    // after the throttled calls came back the limit is 1 and nothing grows it ('other' is no signal)
    expect(limit.current()).toBe(1);
    expect(Math.max(...peaks.slice(16))).toBe(1);
  });
});
