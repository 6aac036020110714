import { describe, expect, it } from 'vitest';
import {
  backoffDelay,
  isRetryableError,
  isThrottlingError,
  parseRetryAfter,
  TokenBucket,
  TransientHttpError,
  withRetry,
} from '../src/retry.js';

/** A clock that only moves when the code under test sleeps. */
function fakeTime() {
  let t = 0;
  const sleeps: number[] = [];
  return {
    now: () => t,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      t += ms;
    },
    sleeps,
  };
}

const awsError = (name: string, status: number) =>
  Object.assign(new Error(name), { name, $metadata: { httpStatusCode: status } });

describe('backoffDelay', () => {
  it('grows exponentially up to the cap without jitter', () => {
    const d = [1, 2, 3, 4, 5, 6, 7].map((a) => backoffDelay(a, { baseMs: 100, maxMs: 1000, jitter: 'none' }));
    expect(d).toEqual([100, 200, 400, 800, 1000, 1000, 1000]);
  });
  it('full jitter stays within [cap/10, cap]', () => {
    expect(backoffDelay(3, { baseMs: 100, random: () => 0 })).toBe(40);
    expect(backoffDelay(3, { baseMs: 100, random: () => 0.5 })).toBe(200);
  });
});

describe('error classification', () => {
  it('treats throttling codes, 429 and 5xx as retryable, 4xx as not', () => {
    expect(isThrottlingError(awsError('Throttling', 400))).toBe(true);
    expect(isThrottlingError(awsError('Whatever', 429))).toBe(true);
    expect(isRetryableError(awsError('InternalError', 500))).toBe(true);
    expect(isRetryableError(awsError('KMSThrottlingException', 400))).toBe(true);
    expect(isRetryableError(awsError('InvalidParameter', 400))).toBe(false);
    expect(isRetryableError(Object.assign(new Error('reset'), { code: 'ECONNRESET' }))).toBe(true);
  });
});

describe('withRetry', () => {
  it('retries retryable errors with backoff and returns the first success', async () => {
    const time = fakeTime();
    let calls = 0;
    const value = await withRetry(
      async () => {
        calls++;
        if (calls < 3) throw awsError('ThrottlingException', 400);
        return 'ok';
      },
      { maxAttempts: 5, sleep: time.sleep, backoff: { baseMs: 10, jitter: 'none' } },
    );
    expect(value).toBe('ok');
    expect(time.sleeps).toEqual([10, 20]);
  });
  it('gives up after maxAttempts and rethrows the last error', async () => {
    const time = fakeTime();
    let calls = 0;
    await expect(
      withRetry(
        async () => {
          calls++;
          throw awsError('ServiceUnavailable', 503);
        },
        { maxAttempts: 3, sleep: time.sleep },
      ),
    ).rejects.toThrow('ServiceUnavailable');
    expect(calls).toBe(3);
  });
  it('does not retry a non-retryable error', async () => {
    let calls = 0;
    await expect(
      withRetry(
        async () => {
          calls++;
          throw awsError('NotFound', 404);
        },
        { maxAttempts: 5, sleep: async () => undefined },
      ),
    ).rejects.toThrow('NotFound');
    expect(calls).toBe(1);
  });
  it('waits at least what Retry-After asked (up to maxRetryAfterMs), else the backoff', async () => {
    const time = fakeTime();
    const answers = [
      new TransientHttpError('429', 429, 3000),
      new TransientHttpError('503', 503, undefined),
      new TransientHttpError('429', 429, 999_000),
    ];
    let calls = 0;
    const value = await withRetry(
      async () => {
        const err = answers[calls++];
        if (err) throw err;
        return 'ok';
      },
      { maxAttempts: 5, sleep: time.sleep, maxRetryAfterMs: 60_000, backoff: { baseMs: 100, jitter: 'none' } },
    );
    expect(value).toBe('ok');
    expect(time.sleeps).toEqual([3000, 200, 60_000]);
  });
  it('with a deadline: retries until the next pause would end past it, counting from the first failure', async () => {
    const time = fakeTime();
    let calls = 0;
    await expect(
      withRetry(
        async () => {
          calls++;
          await time.sleep(500); // each call itself takes 0.5 s
          throw awsError('ServiceUnavailable', 503);
        },
        {
          maxAttempts: 100,
          sleep: time.sleep,
          backoff: { baseMs: 2000, maxMs: 8000, jitter: 'none' },
          deadline: { now: time.now, withinMs: 30_000 },
        },
      ),
    ).rejects.toThrow('ServiceUnavailable');
    // failures at 0.5, 3, 7.5, 16, 24.5 s; the pause after the fifth would end at 33 s, 32.5 s after the first
    expect(time.sleeps.filter((ms) => ms !== 500)).toEqual([2000, 4000, 8000, 8000]);
    expect(calls).toBe(5);
  });
});

describe('TokenBucket', () => {
  it('caps the rate: 100 tokens at 10/s with a burst of 10 take 9 s of (fake) time', async () => {
    const time = fakeTime();
    const bucket = new TokenBucket(10, time.now, time.sleep, 10);
    for (let i = 0; i < 10; i++) await bucket.take(10);
    expect(time.now()).toBe(9000);
  });
  it('serves concurrent callers in order without overspending', async () => {
    const time = fakeTime();
    const bucket = new TokenBucket(5, time.now, time.sleep, 5);
    const order: number[] = [];
    await Promise.all([1, 2, 3].map((i) => bucket.take(5).then(() => order.push(i))));
    expect(order).toEqual([1, 2, 3]);
    expect(time.now()).toBe(2000);
  });
});

describe('parseRetryAfter', () => {
  it('reads delta-seconds and HTTP dates', () => {
    const now = Date.parse('2030-01-01T00:00:00Z');
    expect(parseRetryAfter('2', now)).toBe(2000);
    expect(parseRetryAfter('Tue, 01 Jan 2030 00:00:10 GMT', now)).toBe(10_000);
    expect(parseRetryAfter('Mon, 31 Dec 2029 00:00:10 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});
