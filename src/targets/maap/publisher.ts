import type { SNSClient } from '@aws-sdk/client-sns';
import { sdkPublishBatchSender, type BatchOutput, type PublishBatchSender } from '../../clients/sns-publish-batch.js';
import type { Origin } from '../../model/stac.js';
import { originToLocation } from '../../model/stac.js';
import { StageError, type SourceLocation } from '../../errors.js';
import type { Logger } from '../../logging.js';
import { awsConfigurationError } from '../../clients/aws.js';
import { mapBounded } from '../../limit.js';
import {
  backoffDelay,
  errorCode,
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
}

export interface PublishOptions {
  topicArn: string;
  /** PublishBatch calls in flight at once (default 32). */
  concurrency?: number;
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
  /** Entries that were sent but not accepted after all attempts, or failed permanently. */
  failed: number;
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
}

interface Pending extends SizedEntry {
  attempts: number;
  lastError?: LedgerError;
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

  constructor(
    private readonly deps: PublishDeps,
    private readonly options: PublishOptions,
  ) {
    this.sleep = deps.sleep ?? realSleep;
    this.now = deps.now ?? realClock;
    this.maxAttempts = Math.max(1, Math.floor(options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS));
    this.backoff = { baseMs: 200, maxMs: 20_000, ...options.backoff };
    if (deps.random !== undefined && this.backoff.random === undefined) this.backoff.random = deps.random;
    const rate = options.maxMessagesPerSecond;
    this.bucket = rate !== undefined ? new TokenBucket(rate, this.now, this.sleep, Math.max(10, rate)) : undefined;
    this.sender = deps.sender ?? sdkPublishBatchSender(deps.sns);
    this.result = {
      topicArn: options.topicArn,
      published: 0,
      failed: 0,
      rejected: 0,
      calls: 0,
      throttledOrServerErrors: 0,
      entryRetries: 0,
      durationMs: 0,
      failures: [],
    };
  }

  fail(p: { entry: PublishEntry; attempts: number }, error: LedgerError, kind: 'failed' | 'rejected'): void {
    const { result } = this;
    const { topicArn } = this.options;
    if (kind === 'failed') result.failed++;
    else result.rejected++;
    const { key, origin } = p.entry;
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

  private succeed(p: Pending, messageId: string): void {
    this.result.published++;
    const { key, origin } = p.entry;
    const publishedAt = new Date(this.now()).toISOString();
    const { topicArn } = this.options;
    this.deps.ledger?.record({
      key,
      origin,
      topicArn,
      messageId,
      status: 'published',
      attempts: p.attempts,
      publishedAt,
    });
  }

  /** Sends a batch until every entry made it or failed for good. */
  async sendBatch(batch: Batch): Promise<void> {
    let pending: Pending[] = batch.entries.map((e) => ({ ...e, attempts: 0 }));
    for (let attempt = 1; pending.length > 0; attempt++) {
      if (this.bucket !== undefined) await this.bucket.take(pending.length);
      for (const p of pending) p.attempts++;
      this.result.calls++;
      const messages = pending.map((p, i) => ({ Id: String(i), Message: p.entry.message }));
      this.deps.ledger?.sending?.(
        this.options.topicArn,
        pending.map((p) => p.entry.key),
      );
      await this.durable();
      let out: BatchOutput;
      try {
        out = await this.sender.publishBatch(this.options.topicArn, messages);
      } catch (err) {
        const again = await this.callFailed(err, pending, attempt);
        if (!again) return await this.durable();
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

  /** Write-ahead: the intent is on disk before a call, its outcome before the worker moves on. */
  private async durable(): Promise<void> {
    try {
      await this.deps.ledger?.flush?.();
    } catch (err) {
      throw new FatalPublishError(new StageError('publish', 'cannot write the run ledger', { cause: err }));
    }
  }

  /** A whole PublishBatch call failed: `true` to send it again (after backing off); throws when nothing can go. */
  private async callFailed(err: unknown, pending: Pending[], attempt: number): Promise<boolean> {
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
    if (!isRetryableError(err) || attempt >= this.maxAttempts) {
      for (const p of pending) this.fail(p, { code, message }, 'failed');
      return false;
    }
    this.result.throttledOrServerErrors++;
    const delay = backoffDelay(attempt, this.backoff);
    this.deps.logger.debug(
      `PublishBatch to ${topicArn} ${isThrottlingError(err) ? 'throttled' : 'failed'} (${code}); ` +
        `retrying ${pending.length} entries in ${Math.round(delay)} ms`,
    );
    await this.sleep(delay);
    return true;
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

/**
 * Publishes entries to one SNS topic with PublishBatch: batches of at most 10 entries and
 * 256 KiB, `concurrency` calls in flight, pulling from `docs` only as capacity frees (so a
 * generator is never read ahead by more than the in-flight batches). Entries a batch reports
 * in `Failed` are resent with backoff unless SNS says the sender is at fault; a throttled or
 * 5xx call is resent whole. Every outcome goes to `deps.ledger`.
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
  const publish = new TopicPublish(deps, options);
  const { result } = publish;
  const batches = batchEntries(docs, {
    onRejected: (entry, problem) => publish.fail({ entry, attempts: 0 }, problem, 'rejected'),
  });
  let fatal: unknown;
  try {
    await mapBounded(batches, concurrency, (batch) => publish.sendBatch(batch));
  } catch (err) {
    fatal = err;
  } finally {
    result.durationMs = now() - started;
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
  return result;
}
