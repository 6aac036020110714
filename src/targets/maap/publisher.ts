import type { SNSClient } from '@aws-sdk/client-sns';
import { sdkPublishBatchSender, type BatchOutput, type PublishBatchSender } from '../../clients/sns-publish-batch.js';
import type { Origin } from '../../model/stac.js';
import { originToLocation } from '../../model/stac.js';
import { StageError, type SourceLocation } from '../../errors.js';
import type { Logger } from '../../logging.js';
import { awsConfigurationError } from '../../clients/aws.js';
import { AdaptiveLimit, mapBounded, type AdaptiveLimitStats, type CallSignal } from '../../limit.js';
import {
  backoffDelay,
  errorCode,
  httpStatusOf,
  isOutcomeUnknown,
  isRetryableError,
  isThrottlingError,
  realClock,
  realSleep,
  TokenBucket,
  type BackoffOptions,
  type Clock,
  type Sleep,
} from '../../retry.js';
import { batchEntries, type Batch, type SizedEntry } from './batcher.js';
import type { PublishEntry } from './entry.js';
import type { LedgerError, LedgerSink } from './ledger.js';

export interface PublishDeps {
  sns: SNSClient;
  /** How PublishBatch is sent (default: the SDK command on `sns`; the MAAP target uses the direct sender). */
  sender?: PublishBatchSender;
  logger: Logger;
  sleep?: Sleep;
  now?: Clock;
  /** Receives every entry's outcome as it happens (a RunLedger, or a counter in benchmarks). */
  ledger?: LedgerSink;
  /** Randomness for backoff jitter. */
  random?: () => number;
  /**
   * Which of these keys the live catalog holds as sent: asked before entries of a call that got no answer
   * are sent again (those it holds are not). Absent: they are sent again (at most once more).
   */
  landed?: (keys: string[]) => Promise<Set<string>>;
  /**
   * The run's cancellation: once it aborts, no new PublishBatch call starts; the calls in flight finish and are
   * recorded, then the cancellation is thrown.
   */
  signal?: AbortSignal;
}

/** `items` until `signal` aborts; then its reason is thrown where the next one was asked for. */
async function* untilAborted<T>(items: AsyncIterable<T>, signal: AbortSignal | undefined): AsyncGenerator<T> {
  for await (const item of items) {
    signal?.throwIfAborted();
    yield item;
  }
}

export interface PublishOptions {
  topicArn: string;
  /** PublishBatch calls in flight at once, at most (default 32). */
  concurrency?: number;
  /**
   * `true` (default): fewer calls in flight while calls are throttled, time out or slow down, more again
   * (up to `concurrency`) while they are fast (AIMD); `false`: always `concurrency`.
   */
  adaptive?: boolean;
  /** Cap on messages sent per second, over all calls (default: none). */
  maxMessagesPerSecond?: number;
  /** PublishBatch calls an entry may take part in before it is recorded as failed (default 6). */
  maxAttempts?: number;
  backoff?: BackoffOptions;
  /** Where the topic ARN came from (the manifest target), for error messages. */
  topicLocation?: SourceLocation;
}

export const DEFAULT_CONCURRENCY = 32;
export const DEFAULT_MAX_ATTEMPTS = 6;
const MAX_LOGGED_FAILURES = 20;
/**
 * Calls without an answer an entry may take part in: after one it is sent again (unless the catalog shows it
 * landed), after two it is not, so SNS never holds more than one extra copy of it.
 */
const MAX_UNANSWERED = 2;

export interface PublishFailure {
  key: string;
  origin: Origin;
  code: string;
  message: string;
  senderFault?: boolean;
  attempts: number;
}

export interface PublishResult {
  topicArn: string;
  /** Entries SNS accepted (each has a MessageId in the ledger). */
  published: number;
  /** Entries that were sent but not accepted after all attempts, or failed permanently; no copy can have landed. */
  failed: number;
  /** Entries whose last call got no answer (SNS may hold them or not) and that were not seen in the catalog. */
  unknown: number;
  /** Entries found in the catalog after a call that got no answer, so not sent again. */
  reconciled: number;
  /** Calls that got no answer (timed out, connection dropped after sending). */
  unanswered: number;
  /** Entries refused before sending (too large, empty, containing `aws:s3`). */
  rejected: number;
  /** PublishBatch calls made, including retries. */
  calls: number;
  /** Whole calls that failed with throttling or a 5xx and were retried. */
  throttledOrServerErrors: number;
  /** Entry resends after a batch reported them in `Failed`. */
  entryRetries: number;
  durationMs: number;
  /** Every entry that did not make it (failed or rejected). */
  failures: PublishFailure[];
  /** Calls in flight: the limit's configured, lowest, highest and final values, and the most seen at once. */
  concurrency: AdaptiveLimitStats & { adaptive: boolean; peakInFlight: number };
}

interface Pending extends SizedEntry {
  attempts: number;
  /** Calls it took part in that got no answer. */
  unanswered: number;
  lastError?: LedgerError;
}

/** What a call's end says about the load on SNS. */
function signalOf(err: unknown): CallSignal {
  if (isThrottlingError(err) || (httpStatusOf(err) ?? 0) >= 500) return 'throttled';
  return isOutcomeUnknown(err) ? 'timeout' : 'other';
}

/** An error that must stop the whole publish (the topic does not exist, no credentials, ...). */
class FatalPublishError extends Error {
  constructor(readonly error: Error) {
    super(error.message);
  }
}

/** One topic's publish: the result so far, and how an entry that made it or not is recorded. */
class TopicPublish {
  readonly result: PublishResult;
  private readonly sleep: Sleep;
  private readonly now: Clock;
  private readonly maxAttempts: number;
  private readonly backoff: BackoffOptions;
  private readonly bucket: TokenBucket | undefined;
  private readonly sender: PublishBatchSender;
  private inFlight = 0;

  constructor(
    private readonly deps: PublishDeps,
    private readonly options: PublishOptions,
    readonly limit: AdaptiveLimit | number,
  ) {
    this.sleep = deps.sleep ?? realSleep;
    this.now = deps.now ?? realClock;
    this.maxAttempts = Math.max(1, Math.floor(options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS));
    this.backoff = { baseMs: 200, maxMs: 20_000, ...options.backoff };
    if (deps.random !== undefined && this.backoff.random === undefined) this.backoff.random = deps.random;
    const rate = options.maxMessagesPerSecond;
    this.bucket = rate !== undefined ? new TokenBucket(rate, this.now, this.sleep, Math.max(10, rate)) : undefined;
    this.sender = deps.sender ?? sdkPublishBatchSender(deps.sns);
    const stats = typeof limit === 'number' ? fixedStats(limit) : limit.report();
    this.result = {
      topicArn: options.topicArn,
      published: 0,
      failed: 0,
      unknown: 0,
      reconciled: 0,
      unanswered: 0,
      rejected: 0,
      calls: 0,
      throttledOrServerErrors: 0,
      entryRetries: 0,
      durationMs: 0,
      failures: [],
      concurrency: { ...stats, adaptive: typeof limit !== 'number', peakInFlight: 0 },
    };
  }

  /** Records an entry that did not make it; one that took part in a call without answer is `unknown` instead. */
  fail(p: { entry: PublishEntry; attempts: number; unanswered?: number }, error: LedgerError, kind: Lost): void {
    const { result } = this;
    const { topicArn } = this.options;
    const { key, origin } = p.entry;
    if ((p.unanswered ?? 0) > 0) {
      result.unknown++;
      this.deps.ledger?.record({ key, origin, topicArn, status: 'unknown', error, attempts: p.attempts });
      return;
    }
    if (kind === 'failed') result.failed++;
    else result.rejected++;
    const failure: PublishFailure = { key, origin, code: error.code, message: error.message, attempts: p.attempts };
    if (error.senderFault !== undefined) failure.senderFault = error.senderFault;
    result.failures.push(failure);
    this.deps.ledger?.record({ key, origin, topicArn, status: 'failed', error, attempts: p.attempts });
    // every failure is in the result and the ledger; the log names the first few
    if (result.failures.length <= MAX_LOGGED_FAILURES)
      this.deps.logger.error(
        `${key} was not published to ${topicArn}: ${error.code}: ${error.message}`,
        originToLocation(origin),
      );
  }

  /** SNS accepted it (`messageId`), or the catalog showed it landed after a call that got no answer. */
  private succeed(p: Pending, messageId: string | undefined): void {
    this.result.published++;
    const { key, origin } = p.entry;
    const publishedAt = new Date(this.now()).toISOString();
    const { topicArn } = this.options;
    const rec = { key, origin, topicArn, status: 'published' as const, attempts: p.attempts, publishedAt };
    this.deps.ledger?.record(messageId === undefined ? rec : { ...rec, messageId });
  }

  /** Sends a batch until every entry made it, failed for good, or is in doubt. */
  async sendBatch(batch: Batch): Promise<void> {
    let pending: Pending[] = batch.entries.map((e) => ({ ...e, attempts: 0, unanswered: 0 }));
    for (let attempt = 1; pending.length > 0; attempt++) {
      const out = await this.call(pending);
      if ('error' in out) {
        pending = await this.callFailed(out.error, pending, attempt);
        continue;
      }
      const retry = this.answered(out, pending);
      if (retry.length === 0 || attempt >= this.maxAttempts) {
        for (const p of retry) this.fail(p, p.lastError ?? { code: 'Unknown', message: 'failed' }, 'failed');
        return await this.durable();
      }
      await this.durable();
      this.result.entryRetries += retry.length;
      const delay = backoffDelay(attempt, this.backoff);
      this.deps.logger.debug(
        `${retry.length} of ${pending.length} entries failed in a PublishBatch to ${this.options.topicArn} ` +
          `(${retry[0]?.lastError?.code ?? ''}); retrying in ${Math.round(delay)} ms`,
      );
      await this.sleep(delay);
      pending = retry;
    }
  }

  /** One PublishBatch call, its intent on disk first; its latency and outcome go to the adaptive limit. */
  private async call(pending: Pending[]): Promise<BatchOutput | { error: unknown }> {
    if (this.bucket !== undefined) await this.bucket.take(pending.length);
    for (const p of pending) p.attempts++;
    this.result.calls++;
    const messages = pending.map((p, i) => ({ Id: String(i), Message: p.entry.message }));
    this.deps.ledger?.sending?.(
      this.options.topicArn,
      pending.map((p) => p.entry.key),
    );
    await this.durable();
    const limit = typeof this.limit === 'number' ? undefined : this.limit;
    const ticket = limit?.start() ?? 0;
    const started = this.now();
    const peak = this.result.concurrency;
    peak.peakInFlight = Math.max(peak.peakInFlight, ++this.inFlight);
    try {
      const out = await this.sender.publishBatch(this.options.topicArn, messages);
      const throttled = out.Failed.some((f) => isThrottlingError({ Code: f.Code }));
      limit?.done(ticket, this.now() - started, throttled ? 'throttled' : 'answered');
      return out;
    } catch (error) {
      limit?.done(ticket, this.now() - started, signalOf(error));
      return { error };
    } finally {
      this.inFlight--;
    }
  }

  /** Write-ahead: the intent is on disk before a call, its outcome before the worker moves on. */
  private async durable(): Promise<void> {
    try {
      await this.deps.ledger?.flush?.();
    } catch (err) {
      throw new FatalPublishError(new StageError('publish', 'cannot write the run ledger', { cause: err }));
    }
  }

  /** A whole PublishBatch call failed: returns what to send again (after backing off); throws when nothing can go. */
  private async callFailed(err: unknown, pending: Pending[], attempt: number): Promise<Pending[]> {
    const { topicArn, topicLocation } = this.options;
    const configError = awsConfigurationError(err, {
      action: 'sns:PublishBatch',
      resource: topicArn,
      ...(topicLocation ? { location: topicLocation } : {}),
    });
    const code = errorCode(err) ?? 'Error';
    const message = err instanceof Error ? err.message : String(err);
    if (configError !== undefined) {
      for (const p of pending) this.fail(p, { code, message: configError.message }, 'failed');
      await this.durable();
      throw new FatalPublishError(configError);
    }
    if (isOutcomeUnknown(err)) return this.unanswered({ code, message }, pending, attempt);
    if (!isRetryableError(err) || attempt >= this.maxAttempts) {
      for (const p of pending) this.fail(p, { code, message }, 'failed');
      await this.durable();
      return [];
    }
    this.result.throttledOrServerErrors++;
    const delay = backoffDelay(attempt, this.backoff);
    this.deps.logger.debug(
      `PublishBatch to ${topicArn} ${isThrottlingError(err) ? 'throttled' : 'failed'} (${code}); ` +
        `retrying ${pending.length} entries in ${Math.round(delay)} ms`,
    );
    await this.sleep(delay);
    return pending;
  }

  /**
   * A call that got no answer: SNS may have accepted its entries or not. They are `unknown` in the ledger;
   * after backing off, those the catalog holds as sent count as published, the rest are sent again unless
   * they already took part in MAX_UNANSWERED such calls (then they stay unknown: the wait will tell).
   */
  private async unanswered(error: LedgerError, pending: Pending[], attempt: number): Promise<Pending[]> {
    const { topicArn } = this.options;
    this.result.unanswered++;
    for (const p of pending) {
      p.unanswered++;
      p.lastError = error;
      const { key, origin } = p.entry;
      this.deps.ledger?.record({ key, origin, topicArn, status: 'unknown', error, attempts: p.attempts });
    }
    await this.durable();
    await this.sleep(backoffDelay(attempt, this.backoff));
    const landed = await this.landed(pending);
    const again: Pending[] = [];
    for (const p of pending) {
      if (landed.has(p.entry.key)) {
        this.result.reconciled++;
        this.succeed(p, undefined);
      } else if (p.unanswered < MAX_UNANSWERED && attempt < this.maxAttempts) again.push(p);
      else this.result.unknown++;
    }
    await this.durable();
    this.deps.logger.debug(
      `PublishBatch to ${topicArn} got no answer (${error.code}); of its ${pending.length} entries ` +
        `${landed.size} are in the catalog, ${again.length} go again`,
    );
    return again;
  }

  /** The keys of `pending` the catalog holds as sent; nothing when it cannot tell. */
  private async landed(pending: Pending[]): Promise<Set<string>> {
    if (this.deps.landed === undefined) return new Set();
    try {
      return await this.deps.landed(pending.map((p) => p.entry.key));
    } catch (err) {
      this.deps.logger.debug(`could not ask the catalog about unanswered entries: ${(err as Error).message}`);
      return new Set();
    }
  }

  /** Records what SNS accepted and what failed for good; returns the entries to send again. */
  private answered(out: BatchOutput, pending: Pending[]): Pending[] {
    const answered = new Set<number>();
    for (const s of out.Successful ?? []) {
      const i = Number(s.Id);
      const p = pending[i];
      if (p === undefined || s.MessageId === undefined || answered.has(i)) continue;
      answered.add(i);
      this.succeed(p, s.MessageId);
    }
    const retry: Pending[] = [];
    for (const f of out.Failed ?? []) {
      const i = Number(f.Id);
      const p = pending[i];
      if (p === undefined || answered.has(i)) continue;
      answered.add(i);
      const error: LedgerError = {
        code: f.Code ?? 'Unknown',
        message: f.Message ?? '(no message)',
        senderFault: f.SenderFault === true,
      };
      if (f.SenderFault === true) this.fail(p, error, 'failed');
      else retry.push(Object.assign(p, { lastError: error }));
    }
    pending.forEach((p, i) => {
      if (answered.has(i)) return;
      p.lastError = {
        code: 'NoResult',
        message: 'PublishBatch reported this entry neither as successful nor as failed',
      };
      retry.push(p);
    });
    return retry;
  }
}

type Lost = 'failed' | 'rejected';

function fixedStats(concurrency: number): AdaptiveLimitStats {
  const c = concurrency;
  return { configured: c, lowest: c, highest: c, final: c, decreases: 0, increases: 0, baselineMs: undefined };
}

/**
 * Publishes entries to one SNS topic with PublishBatch: batches of at most 10 entries and
 * 256 KiB, up to `concurrency` calls in flight (fewer while SNS throttles, times out or slows down,
 * src/limit.ts AdaptiveLimit), pulling from `docs` only as capacity frees (so a
 * generator is never read ahead by more than the in-flight batches). Entries a batch reports
 * in `Failed` are resent with backoff unless SNS says the sender is at fault; a throttled or
 * 5xx call is resent whole. A call that gets no answer (a timeout) may have been accepted: its
 * entries are `unknown`, those `deps.landed` finds in the catalog are not resent, the others go
 * once more at most (never more than one extra copy). Every outcome goes to `deps.ledger`.
 *
 * Throws a ConfigurationError when the topic does not exist, the credentials are missing or
 * rejected, or publishing is not allowed; entries of in-flight batches are recorded as failed first.
 */
export async function publishDocuments(
  docs: AsyncIterable<PublishEntry> | Iterable<PublishEntry>,
  deps: PublishDeps,
  options: PublishOptions,
): Promise<PublishResult> {
  const now = deps.now ?? realClock;
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? DEFAULT_CONCURRENCY));
  const { topicArn } = options;
  const started = now();
  const limit = options.adaptive === false ? concurrency : new AdaptiveLimit({ max: concurrency });
  const publish = new TopicPublish(deps, options, limit);
  const { result } = publish;
  const batches = batchEntries(docs, {
    onRejected: (entry, problem) => publish.fail({ entry, attempts: 0 }, problem, 'rejected'),
  });
  let fatal: unknown;
  try {
    await mapBounded(untilAborted(batches, deps.signal), limit, (batch) => publish.sendBatch(batch));
  } catch (err) {
    fatal = err;
  } finally {
    result.durationMs = now() - started;
    if (typeof limit !== 'number') Object.assign(result.concurrency, limit.report());
  }
  if (result.failures.length > MAX_LOGGED_FAILURES)
    deps.logger.error(
      `${result.failures.length - MAX_LOGGED_FAILURES} more entries were not published to ${topicArn} ` +
        '(all are listed in the run ledger)',
    );
  if (fatal !== undefined) throw fatal instanceof FatalPublishError ? fatal.error : fatal;
  if (result.throttledOrServerErrors > 0)
    deps.logger.warning(
      `${result.throttledOrServerErrors} PublishBatch call(s) to ${topicArn} were throttled or hit a server error ` +
        'and were retried',
    );
  logSlowdown(result, deps.logger);
  return result;
}

/** Says when calls went unanswered or the calls in flight had to come down. */
function logSlowdown(result: PublishResult, logger: Logger): void {
  const { concurrency: c, topicArn } = result;
  if (result.unanswered > 0)
    logger.warning(
      `${result.unanswered} PublishBatch call(s) to ${topicArn} got no answer: ${result.reconciled} of their ` +
        `entries were then found in the catalog, ${result.unknown} are in doubt (SNS may hold them or not); ` +
        'none was sent more than twice',
    );
  if (c.adaptive && c.decreases > 0)
    logger.info(
      `calls in flight to ${topicArn}: ${c.configured} at most, came down to ${c.lowest} ` +
        `(${c.decreases} time(s): throttled, timed out or slow), ended at ${c.final}`,
    );
}
