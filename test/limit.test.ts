import { describe, expect, it } from 'vitest';
import { mapBounded, streamBounded } from '../src/limit.js';

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
