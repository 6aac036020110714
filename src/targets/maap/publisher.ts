import type { SNSClient } from '@aws-sdk/client-sns';
import { sdkPublishBatchSender, type BatchOutput, type PublishBatchSender } from '../../clients/sns-publish-batch.js';
import type { Origin } from '../../model/stac.js';
import { originToLocation } from '../../model/stac.js';
import type { SourceLocation } from '../../errors.js';
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
  const sleep = deps.sleep ?? realSleep;
  const now = deps.now ?? realClock;
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? DEFAULT_CONCURRENCY));
  const maxAttempts = Math.max(1, Math.floor(options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS));
  const backoff: BackoffOptions = { baseMs: 200, maxMs: 20_000, ...options.backoff };
  if (deps.random !== undefined && backoff.random === undefined) backoff.random = deps.random;
  const bucket =
    options.maxMessagesPerSecond !== undefined
      ? new TokenBucket(options.maxMessagesPerSecond, now, sleep, Math.max(10, options.maxMessagesPerSecond))
      : undefined;
  const { topicArn } = options;
  const sender = deps.sender ?? sdkPublishBatchSender(deps.sns);
  const started = now();

  const result: PublishResult = {
    topicArn,
    published: 0,
    failed: 0,
    rejected: 0,
    calls: 0,
    throttledOrServerErrors: 0,
    entryRetries: 0,
    durationMs: 0,
    failures: [],
  };

  const fail = (
    p: { entry: PublishEntry; attempts: number },
    error: LedgerError,
    kind: 'failed' | 'rejected',
  ): void => {
    if (kind === 'failed') result.failed++;
    else result.rejected++;
    const failure: PublishFailure = {
      key: p.entry.key,
      origin: p.entry.origin,
      code: error.code,
      message: error.message,
      attempts: p.attempts,
    };
    if (error.senderFault !== undefined) failure.senderFault = error.senderFault;
    result.failures.push(failure);
    deps.ledger?.record({
      key: p.entry.key,
      origin: p.entry.origin,
      topicArn,
      status: 'failed',
      error,
      attempts: p.attempts,
    });
    // every failure is in the result and the ledger; the log names the first few
    if (result.failures.length <= MAX_LOGGED_FAILURES) {
      deps.logger.error(
        `${p.entry.key} was not published to ${topicArn}: ${error.code}: ${error.message}`,
        originToLocation(p.entry.origin),
      );
    }
  };

  const succeed = (p: Pending, messageId: string): void => {
    result.published++;
    deps.ledger?.record({
      key: p.entry.key,
      origin: p.entry.origin,
      topicArn,
      messageId,
      status: 'published',
      attempts: p.attempts,
      publishedAt: new Date(now()).toISOString(),
    });
  };

  const sendBatch = async (batch: Batch): Promise<void> => {
    let pending: Pending[] = batch.entries.map((e) => ({ ...e, attempts: 0 }));
    for (let attempt = 1; pending.length > 0; attempt++) {
      if (bucket !== undefined) await bucket.take(pending.length);
      for (const p of pending) p.attempts++;
      result.calls++;
      let out: BatchOutput;
      try {
        out = await sender.publishBatch(
          topicArn,
          pending.map((p, i) => ({ Id: String(i), Message: p.entry.message })),
        );
      } catch (err) {
        const configError = awsConfigurationError(err, {
          action: 'sns:PublishBatch',
          resource: topicArn,
          ...(options.topicLocation ? { location: options.topicLocation } : {}),
        });
        const code = errorCode(err) ?? 'Error';
        const message = err instanceof Error ? err.message : String(err);
        if (configError !== undefined) {
          for (const p of pending) fail(p, { code, message: configError.message }, 'failed');
          throw new FatalPublishError(configError);
        }
        if (!isRetryableError(err) || attempt >= maxAttempts) {
          for (const p of pending) fail(p, { code, message }, 'failed');
          return;
        }
        result.throttledOrServerErrors++;
        const delay = backoffDelay(attempt, backoff);
        deps.logger.debug(
          `PublishBatch to ${topicArn} ${isThrottlingError(err) ? 'throttled' : 'failed'} (${code}); retrying ${pending.length} entries in ${Math.round(delay)} ms`,
        );
        await sleep(delay);
        continue;
      }
      const answered = new Set<number>();
      for (const s of out.Successful ?? []) {
        const i = Number(s.Id);
        const p = pending[i];
        if (p === undefined || s.MessageId === undefined || answered.has(i)) continue;
        answered.add(i);
        succeed(p, s.MessageId);
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
        if (f.SenderFault === true) fail(p, error, 'failed');
        else {
          p.lastError = error;
          retry.push(p);
        }
      }
      pending.forEach((p, i) => {
        if (answered.has(i)) return;
        p.lastError = {
          code: 'NoResult',
          message: 'PublishBatch reported this entry neither as successful nor as failed',
        };
        retry.push(p);
      });
      if (retry.length === 0) return;
      if (attempt >= maxAttempts) {
        for (const p of retry) fail(p, p.lastError ?? { code: 'Unknown', message: 'failed' }, 'failed');
        return;
      }
      result.entryRetries += retry.length;
      const delay = backoffDelay(attempt, backoff);
      deps.logger.debug(
        `${retry.length} of ${pending.length} entries failed in a PublishBatch to ${topicArn} (${retry[0]?.lastError?.code ?? ''}); retrying in ${Math.round(delay)} ms`,
      );
      await sleep(delay);
      pending = retry;
    }
  };

  const batches = batchEntries(docs, {
    onRejected: (entry, problem) => fail({ entry, attempts: 0 }, problem, 'rejected'),
  });

  let fatal: unknown;
  try {
    await mapBounded(batches, concurrency, sendBatch);
  } catch (err) {
    fatal = err;
  } finally {
    result.durationMs = now() - started;
  }
  if (result.failures.length > MAX_LOGGED_FAILURES) {
    deps.logger.error(
      `${result.failures.length - MAX_LOGGED_FAILURES} more entries were not published to ${topicArn} (all are listed in the run ledger)`,
    );
  }
  if (fatal !== undefined) throw fatal instanceof FatalPublishError ? fatal.error : fatal;
  if (result.throttledOrServerErrors > 0) {
    deps.logger.warning(
      `${result.throttledOrServerErrors} PublishBatch call(s) to ${topicArn} were throttled or hit a server error and were retried`,
    );
  }
  return result;
}
