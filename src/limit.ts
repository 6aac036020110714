/**
 * The one concurrency limiter: at most `limit` calls of `fn` in flight over a list.
 * A rejection stops starting new calls and is rethrown once the running ones settle
 * (nothing is left running behind the caller's back).
 */

/** One finished call: the input's index and what `fn` returned. */
export interface Finished<R> {
  index: number;
  value: R;
}

type Settled<R> = { index: number; ok: true; value: R } | { index: number; ok: false; error: unknown };

function checkLimit(limit: number): void {
  if (!Number.isInteger(limit) || limit < 1)
    throw new RangeError(`concurrency must be a positive integer, got ${limit}`);
}

/** A limit that may change while the calls run (read each time a call could start), e.g. an `AdaptiveLimit`. */
export interface VariableLimit {
  current(): number;
}

/**
 * Runs `fn` over `items` (an array, any iterable, or an async iterable read only as calls finish,
 * so a slow consumer holds back the reading) with at most `limit` calls in flight, yielding each
 * result as it completes (in completion order). Calls start in input order. An error thrown by the
 * source counts as a rejection. A consumer that stops early leaves the running calls to finish
 * unobserved; no new ones start, and the source is closed.
 */
export async function* streamBounded<T, R>(
  items: Iterable<T> | AsyncIterable<T>,
  limit: number | VariableLimit,
  fn: (item: T, index: number) => Promise<R>,
): AsyncGenerator<Finished<R>> {
  if (typeof limit === 'number') checkLimit(limit);
  const capacity = (): number => (typeof limit === 'number' ? limit : Math.max(1, limit.current()));
  const source = Symbol.asyncIterator in items ? items[Symbol.asyncIterator]() : items[Symbol.iterator]();
  const running = new Map<number, Promise<Settled<R>>>();
  let started = 0;
  let exhausted = false;
  let failure: { error: unknown } | undefined;
  const start = (item: T): void => {
    const index = started++;
    const settled = fn(item, index).then(
      (value): Settled<R> => ({ index, ok: true, value }),
      (error: unknown): Settled<R> => ({ index, ok: false, error }),
    );
    running.set(index, settled);
  };
  try {
    for (;;) {
      while (failure === undefined && !exhausted && running.size < capacity()) {
        try {
          const next = await source.next();
          if (next.done === true) exhausted = true;
          else start(next.value);
        } catch (error) {
          failure = { error };
          exhausted = true;
        }
      }
      if (running.size === 0) break;
      const done = await Promise.race(running.values());
      running.delete(done.index);
      if (!done.ok) failure ??= { error: done.error };
      else if (failure === undefined) yield { index: done.index, value: done.value };
    }
  } finally {
    if (!exhausted) await source.return?.();
  }
  if (failure !== undefined) throw failure.error;
}

/** Runs `fn` over `items` with at most `limit` calls in flight; results keep the input order. */
export async function mapBounded<T, R>(
  items: Iterable<T> | AsyncIterable<T>,
  limit: number | VariableLimit,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = [];
  for await (const { index, value } of streamBounded(items, limit, fn)) results[index] = value;
  return results;
}

/** What ended a call, as far as the load it puts on the service goes. */
export type CallSignal = 'answered' | 'throttled' | 'timeout' | 'other';

export interface AdaptiveLimitOptions {
  /** The configured concurrency: the limit never goes above it (and starts there). */
  max: number;
  /** Never below this (default 1). */
  min?: number;
  /** A call this many times slower than the running baseline counts as congestion (default 3). */
  latencyFactor?: number;
  /** ... and only when it is also at least this much slower, in ms (default 250), so jitter on a fast link is not. */
  latencyMarginMs?: number;
}

export interface AdaptiveLimitStats {
  configured: number;
  lowest: number;
  highest: number;
  final: number;
  decreases: number;
  increases: number;
  /** The running baseline latency (a moving average of answered calls), in ms. */
  baselineMs: number | undefined;
}

/**
 * AIMD concurrency: halves on congestion (a throttled or timed-out call, or one much slower than the
 * running baseline, a moving average of answered calls), grows by one after a full window of answered
 * calls that were not slow, between `min` and `max`. Calls
 * started before the last decrease do not decrease it again (one congestion event, one halving).
 * `start()` before a call returns its ticket; `done(ticket, ms, signal)` after it.
 */
export class AdaptiveLimit implements VariableLimit {
  private limit: number;
  private readonly min: number;
  private readonly stats: AdaptiveLimitStats;
  private epoch = 0;
  private fastInWindow = 0;
  private baseline: number | undefined;

  constructor(private readonly options: AdaptiveLimitOptions) {
    checkLimit(options.max);
    this.min = Math.min(options.max, Math.max(1, Math.floor(options.min ?? 1)));
    this.limit = options.max;
    this.stats = {
      configured: options.max,
      lowest: options.max,
      highest: options.max,
      final: options.max,
      decreases: 0,
      increases: 0,
      baselineMs: undefined,
    };
  }

  current(): number {
    return this.limit;
  }

  start(): number {
    return this.epoch;
  }

  /** Whether a call of `ms` is well above the running baseline. */
  private slow(ms: number): boolean {
    if (this.baseline === undefined) return false;
    const factor = this.options.latencyFactor ?? 3;
    const margin = this.options.latencyMarginMs ?? 250;
    return ms > this.baseline * factor && ms > this.baseline + margin;
  }

  done(ticket: number, ms: number, signal: CallSignal): void {
    const slow = signal === 'answered' && this.slow(ms);
    // every answered call moves the baseline: a slowdown that lasts becomes the new normal, a jump does not
    if (signal === 'answered')
      this.baseline = this.baseline === undefined ? ms : this.baseline + 0.1 * (ms - this.baseline);
    if (signal === 'throttled' || signal === 'timeout' || slow) {
      if (ticket !== this.epoch) return;
      this.epoch++;
      this.fastInWindow = 0;
      const next = Math.max(this.min, Math.floor(this.limit / 2));
      if (next < this.limit) this.stats.decreases++;
      this.set(next);
      return;
    }
    if (signal !== 'answered') return;
    if (++this.fastInWindow < this.limit) return;
    this.fastInWindow = 0;
    if (this.limit >= this.options.max) return;
    this.set(this.limit + 1);
    this.stats.increases++;
  }

  private set(limit: number): void {
    this.limit = limit;
    this.stats.lowest = Math.min(this.stats.lowest, limit);
    this.stats.highest = Math.max(this.stats.highest, limit);
    this.stats.final = limit;
  }

  report(): AdaptiveLimitStats {
    const baselineMs = this.baseline === undefined ? undefined : Math.round(this.baseline);
    return { ...this.stats, baselineMs };
  }
}
