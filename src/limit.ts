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

/**
 * Runs `fn` over `items` (an array, any iterable, or an async iterable read only as calls finish,
 * so a slow consumer holds back the reading) with at most `limit` calls in flight, yielding each
 * result as it completes (in completion order). Calls start in input order. An error thrown by the
 * source counts as a rejection. A consumer that stops early leaves the running calls to finish
 * unobserved; no new ones start, and the source is closed.
 */
export async function* streamBounded<T, R>(
  items: Iterable<T> | AsyncIterable<T>,
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): AsyncGenerator<Finished<R>> {
  checkLimit(limit);
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
      while (failure === undefined && !exhausted && running.size < limit) {
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
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = [];
  for await (const { index, value } of streamBounded(items, limit, fn)) results[index] = value;
  return results;
}
