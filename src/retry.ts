/**
 * Backoff, retry and rate limiting with an injected clock and sleep, so tests never really wait.
 */

export type Sleep = (ms: number) => Promise<void>;
export type Clock = () => number;

export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
/** `sleep`, cut short by `signal`: rejects with its reason when it aborts (before or while sleeping). */
export function abortableSleep(signal: AbortSignal, sleep: Sleep = realSleep): Sleep {
  return (ms) =>
    new Promise<void>((resolve, reject) => {
      const onAbort = () => reject(signal.reason as Error);
      if (signal.aborted) return onAbort();
      signal.addEventListener('abort', onAbort, { once: true });
      sleep(ms).then(() => {
        signal.removeEventListener('abort', onAbort);
        resolve();
      }, reject);
    });
}

export const realClock: Clock = () => Date.now();

export interface BackoffOptions {
  /** Delay before the first retry, in ms (default 100). */
  baseMs?: number;
  /** Upper bound of any delay, in ms (default 20 000). */
  maxMs?: number;
  /** Growth per attempt (default 2). */
  factor?: number;
  /** `full`: a random delay in [0, cap] (AWS "full jitter"); `none`: exactly the cap. Default `full`. */
  jitter?: 'full' | 'none';
  /** Source of randomness in [0, 1); injected for deterministic tests. */
  random?: () => number;
}

/** The delay before retry number `attempt` (1 = the first retry). */
export function backoffDelay(attempt: number, options: BackoffOptions = {}): number {
  const base = options.baseMs ?? 100;
  const max = options.maxMs ?? 20_000;
  const factor = options.factor ?? 2;
  const cap = Math.min(max, base * Math.pow(factor, Math.max(0, attempt - 1)));
  if ((options.jitter ?? 'full') === 'none') return cap;
  const random = options.random ?? Math.random;
  // never 0: keep at least a tenth of the cap so a retry storm still spreads out
  return Math.max(cap / 10, random() * cap);
}

/** What an AWS SDK v3 error looks like, as far as retrying cares. */
interface AwsLikeError {
  name?: unknown;
  code?: unknown;
  Code?: unknown;
  $fault?: unknown;
  $retryable?: unknown;
  $metadata?: { httpStatusCode?: unknown };
}

const THROTTLING_CODES = new Set([
  'Throttling',
  'ThrottlingException',
  'ThrottledException',
  'TooManyRequests',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'RequestThrottled',
  'RequestThrottledException',
  'SlowDown',
  'KMSThrottling',
  'KMSThrottlingException',
]);

const TRANSIENT_NETWORK_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'TimeoutError',
  'RequestTimeout',
  'RequestTimeoutException',
]);

/** Failures after which the request may still have been carried out: it was sent, and no answer came. */
const NO_ANSWER_CODES = new Set(['ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'TimeoutError', 'RequestTimeout']);

/**
 * Whether a failed call may have been carried out anyway (a timeout, a connection dropped after the
 * request went out): its outcome is unknown, not failed. A refused connection or an error answer is known.
 */
export function isOutcomeUnknown(err: unknown): boolean {
  if (httpStatusOf(err) !== undefined) return false;
  const code = errorCode(err);
  return code !== undefined && NO_ANSWER_CODES.has(code);
}

export function errorCode(err: unknown): string | undefined {
  if (typeof err !== 'object' || err === null) return undefined;
  const e = err as AwsLikeError;
  for (const v of [e.Code, e.code, e.name]) if (typeof v === 'string' && v !== 'Error') return v;
  return undefined;
}

export function httpStatusOf(err: unknown): number | undefined {
  if (typeof err !== 'object' || err === null) return undefined;
  const status = (err as AwsLikeError).$metadata?.httpStatusCode;
  return typeof status === 'number' ? status : undefined;
}

export function isThrottlingError(err: unknown): boolean {
  const code = errorCode(err);
  if (code !== undefined && THROTTLING_CODES.has(code)) return true;
  return httpStatusOf(err) === 429;
}

/** Throttling, a 5xx, or a dropped connection: worth another try after a pause. */
export function isRetryableError(err: unknown): boolean {
  if (err instanceof TransientHttpError) return true;
  if (isThrottlingError(err)) return true;
  const status = httpStatusOf(err);
  if (status !== undefined && status >= 500) return true;
  const code = errorCode(err);
  if (code !== undefined && TRANSIENT_NETWORK_CODES.has(code)) return true;
  if (typeof err === 'object' && err !== null && (err as AwsLikeError).$fault === 'server') return true;
  return false;
}

/**
 * One failed HTTP attempt worth repeating: a 429 or 5xx answer, or a request that never got one.
 * `retryAfterMs` is the server's `Retry-After`, when it sent one.
 */
export class TransientHttpError extends Error {
  override readonly name = 'TransientHttpError';
  constructor(
    message: string,
    readonly status: number | undefined,
    readonly retryAfterMs: number | undefined,
    options: { cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
  }
}

/** Whether an HTTP status is worth another try: 429 (too many requests) or any 5xx. */
export function isTransientStatus(status: number): boolean {
  return status === 429 || status >= 500;
}

/** `Retry-After` as a delay in ms: delta-seconds or an HTTP date; `undefined` when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  if (value === null || value === undefined) return undefined;
  const v = value.trim();
  if (/^\d+(\.\d+)?$/.test(v)) return Math.round(Number(v) * 1000);
  const at = Date.parse(v);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}

function retryAfterOf(err: unknown): number | undefined {
  if (typeof err !== 'object' || err === null) return undefined;
  const ms = (err as { retryAfterMs?: unknown }).retryAfterMs;
  return typeof ms === 'number' && ms >= 0 ? ms : undefined;
}

export interface RetryOptions {
  maxAttempts: number;
  sleep: Sleep;
  backoff?: BackoffOptions;
  isRetryable?: (err: unknown) => boolean;
  /**
   * Longest server-asked pause honoured, in ms (default 120 000). An error carrying `retryAfterMs`
   * (e.g. `TransientHttpError` from a `Retry-After` header) waits at least that long, up to this bound.
   */
  maxRetryAfterMs?: number;
  /** Called before each pause. */
  onRetry?: (err: unknown, attempt: number, delayMs: number) => void;
  /** Gives up once `withinMs` have passed since the first failure: no pause that would end later is started. */
  deadline?: { now: Clock; withinMs: number };
}

/** The pause before retry number `attempt`: the backoff, or the server's `Retry-After` when longer. */
export function retryDelay(err: unknown, attempt: number, options: RetryOptions): number {
  const asked = Math.min(retryAfterOf(err) ?? 0, options.maxRetryAfterMs ?? 120_000);
  return Math.max(backoffDelay(attempt, options.backoff), asked);
}

/**
 * Runs `fn` until it succeeds, the error is not retryable, `maxAttempts` calls were made, or the next pause would
 * end past the `deadline`; then rethrows the last error. Retryable by default: AWS throttling/5xx/dropped
 * connections and `TransientHttpError`.
 */
export async function withRetry<T>(fn: (attempt: number) => Promise<T>, options: RetryOptions): Promise<T> {
  const isRetryable = options.isRetryable ?? isRetryableError;
  let firstFailure: number | undefined;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn(attempt);
    } catch (err) {
      if (attempt >= options.maxAttempts || !isRetryable(err)) throw err;
      const delay = retryDelay(err, attempt, options);
      if (options.deadline !== undefined) {
        const now = options.deadline.now();
        firstFailure ??= now;
        if (now - firstFailure + delay > options.deadline.withinMs) throw err;
      }
      options.onRetry?.(err, attempt, delay);
      await options.sleep(delay);
    }
  }
}

/**
 * A token bucket: `take(n)` resolves once `n` tokens are available. Calls are served in order,
 * so concurrent callers share the rate fairly.
 */
export class TokenBucket {
  private tokens: number;
  private last: number;
  private queue: Promise<void> = Promise.resolve();
  readonly capacity: number;

  constructor(
    readonly ratePerSecond: number,
    private readonly clock: Clock,
    private readonly sleep: Sleep,
    capacity?: number,
  ) {
    if (!(ratePerSecond > 0)) throw new RangeError(`rate must be > 0, got ${ratePerSecond}`);
    this.capacity = capacity ?? Math.max(1, ratePerSecond);
    this.tokens = this.capacity;
    this.last = clock();
  }

  take(n: number): Promise<void> {
    const want = Math.min(n, this.capacity);
    const turn = this.queue.then(() => this.takeNow(want));
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  private refill(): void {
    const now = this.clock();
    this.tokens = Math.min(this.capacity, this.tokens + ((now - this.last) / 1000) * this.ratePerSecond);
    this.last = now;
  }

  private async takeNow(n: number): Promise<void> {
    this.refill();
    while (this.tokens < n) {
      await this.sleep(Math.ceil(((n - this.tokens) / this.ratePerSecond) * 1000));
      this.refill();
    }
    this.tokens -= n;
  }
}
