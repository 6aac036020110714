import { GetQueueAttributesCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { Origin } from '../model/stac.js';
import { StageError } from '../errors.js';
import type { Logger } from '../logging.js';
import { awsConfigurationError } from '../clients/aws.js';
import { realClock, realSleep, withRetry, type Clock, type Sleep } from '../retry.js';
import {
  deadLetterReason,
  matchDeadLetter,
  peekDeadLetterQueue,
  type DeadLetter,
  type PipelineQueue,
} from './publish/dead-letters.js';
import type { RunLedger } from './publish/ledger.js';

/** An object the run expects to find in the catalog. */
export interface ExpectedObject {
  /** `item:<collection>/<id>` or `collection:<id>` */
  key: string;
  origin?: Origin;
  /** The ItemRequest (its ledger key) that should produce this item, for remote generation. */
  requestKey?: string;
}

export interface QueueUrls {
  queueUrl?: string;
  dlqUrl?: string;
}

export interface WaitInput {
  ledger: RunLedger;
  expected: ExpectedObject[];
  queues: Partial<Record<PipelineQueue, QueueUrls>>;
  /** Returns the keys (of those given) that are now in the catalog, e.g. by asking the STAC API. */
  checkLanded: (pendingKeys: string[]) => Promise<Set<string>>;
}

export interface WaitOptions {
  /** Give up after this long (ms). */
  timeoutMs: number;
  /** First pause between polls (default 5 s); grows 1.5x per quiet poll up to maxPollIntervalMs. */
  pollIntervalMs?: number;
  maxPollIntervalMs?: number;
  /** Visibility timeout used to peek at DLQ messages (default 10 s). */
  peekVisibilitySeconds?: number;
  /** Long-poll wait of a DLQ receive (default 1 s). */
  peekWaitSeconds?: number;
}

export interface WaitDeps {
  sqs: SQSClient;
  logger: Logger;
  sleep?: Sleep;
  now?: Clock;
}

export interface QueueSnapshot {
  queue: PipelineQueue;
  role: 'queue' | 'dlq';
  url: string;
  visible: number;
  inFlight: number;
  delayed: number;
}

/** `complete`: every published expected object landed; `dead-lettered`: all accounted for, some dead-lettered; `timeout`: the deadline passed first. */
export type WaitState = 'complete' | 'dead-lettered' | 'timeout';

export interface WaitResult {
  state: WaitState;
  landed: string[];
  deadLettered: DeadLetter[];
  /** Expected keys neither landed nor dead-lettered (non-empty only on timeout). */
  pending: string[];
  /** Expected keys whose publish (or whose ItemRequest's publish) failed: never waited for. */
  notPublished: string[];
  /** DLQ messages of other publishers (or older runs), ignored. */
  foreignDeadLetters: number;
  polls: number;
  elapsedMs: number;
  /** The last attributes read of every queue. */
  queues: QueueSnapshot[];
}

const num = (v: string | undefined): number => {
  const n = Number(v);
  return Number.isFinite(n) ? n : 0;
};

interface QueueAttributes {
  visible: number;
  inFlight: number;
  delayed: number;
  /** From the queue's RedrivePolicy, when it has one. */
  maxReceiveCount?: number;
}

async function readQueue(sqs: SQSClient, url: string, sleep: Sleep): Promise<QueueAttributes> {
  try {
    const out = await withRetry(
      () =>
        sqs.send(
          new GetQueueAttributesCommand({
            QueueUrl: url,
            AttributeNames: [
              'ApproximateNumberOfMessages',
              'ApproximateNumberOfMessagesNotVisible',
              'ApproximateNumberOfMessagesDelayed',
              'RedrivePolicy',
            ],
          }),
        ),
      { maxAttempts: 4, sleep },
    );
    const a = out.Attributes ?? {};
    const attrs: QueueAttributes = {
      visible: num(a.ApproximateNumberOfMessages),
      inFlight: num(a.ApproximateNumberOfMessagesNotVisible),
      delayed: num(a.ApproximateNumberOfMessagesDelayed),
    };
    const max = maxReceiveCountOf(a.RedrivePolicy);
    if (max !== undefined) attrs.maxReceiveCount = max;
    return attrs;
  } catch (err) {
    const config = awsConfigurationError(err, { action: 'sqs:GetQueueAttributes', resource: url });
    if (config !== undefined) throw config;
    throw new StageError('wait', `cannot read the attributes of queue ${url}`, { cause: err });
  }
}

function maxReceiveCountOf(policy: string | undefined): number | undefined {
  if (policy === undefined) return undefined;
  try {
    const n = Number((JSON.parse(policy) as { maxReceiveCount?: unknown }).maxReceiveCount);
    return Number.isInteger(n) && n > 0 ? n : undefined;
  } catch {
    return undefined;
  }
}

const MAX_CHECK_FAILURES = 3;

/** eoapi-cdk's values, used when the source queue's RedrivePolicy cannot be read. */
const DEFAULT_MAX_RECEIVES: Record<PipelineQueue, number> = { loader: 2, generator: 5 };

/**
 * Waits until every expected object is accounted for: seen by `checkLanded`, or one of this
 * run's messages found in a dead-letter queue (matched by the SNS MessageId from the ledger,
 * or, for items the generator makes, by collection/item id), or the deadline passed.
 * Queue depths are polled for progress reports; an empty queue alone proves nothing, since
 * the queues are shared with other publishers. DLQ messages are only peeked, never deleted.
 */
export async function waitForPipeline(input: WaitInput, deps: WaitDeps, options: WaitOptions): Promise<WaitResult> {
  const sleep = deps.sleep ?? realSleep;
  const now = deps.now ?? realClock;
  const started = now();
  const deadline = started + options.timeoutMs;
  const baseInterval = options.pollIntervalMs ?? 5000;
  const maxInterval = Math.max(baseInterval, options.maxPollIntervalMs ?? 30_000);
  const { ledger } = input;

  const notPublished: string[] = [];
  const waitingFor = new Map<string, ExpectedObject>();
  const byRequest = new Map<string, ExpectedObject[]>();
  const expectedByIdOnly = new Set<string>();
  for (const e of input.expected) {
    const own = ledger.get(e.key);
    const request = e.requestKey !== undefined ? ledger.get(e.requestKey) : undefined;
    if (
      own?.status === 'failed' ||
      request?.status === 'failed' ||
      (e.requestKey !== undefined && request === undefined && own === undefined)
    ) {
      notPublished.push(e.key);
      continue;
    }
    waitingFor.set(e.key, e);
    if (own === undefined) expectedByIdOnly.add(e.key);
    if (e.requestKey !== undefined) byRequest.set(e.requestKey, [...(byRequest.get(e.requestKey) ?? []), e]);
  }
  const landed = new Set<string>();
  const dead = new Map<string, DeadLetter>();
  const foreign = new Set<string>();
  const lastScannedTotal = new Map<string, number>();
  const maxReceives = new Map<PipelineQueue, number>();
  let snapshots: QueueSnapshot[] = [];
  let polls = 0;
  let checkFailures = 0;
  let interval = baseInterval;
  const notBefore = Date.parse(ledger.createdAt) - 60_000;

  const pending = (): string[] => [...waitingFor.keys()].filter((k) => !landed.has(k) && !dead.has(k));

  const scanDlq = async (queue: PipelineQueue, dlqUrl: string): Promise<void> => {
    const messages = await peekDeadLetterQueue(deps.sqs, dlqUrl, {
      sleep,
      ...(options.peekVisibilitySeconds !== undefined
        ? { visibilityTimeoutSeconds: options.peekVisibilitySeconds }
        : {}),
      ...(options.peekWaitSeconds !== undefined ? { waitTimeSeconds: options.peekWaitSeconds } : {}),
    });
    for (const msg of messages) {
      const match = matchDeadLetter(msg, queue, { ledger, expectedByIdOnly, notBefore });
      if (match === undefined) {
        foreign.add(msg.sqsMessageId);
        continue;
      }
      foreign.delete(msg.sqsMessageId);
      const reason = deadLetterReason(msg, queue, maxReceives.get(queue) ?? DEFAULT_MAX_RECEIVES[queue]);
      const dl: DeadLetter = {
        key: match.key,
        queue,
        dlqUrl,
        sqsMessageId: msg.sqsMessageId,
        matchedBy: match.matchedBy,
        reason,
      };
      const origin = match.origin ?? waitingFor.get(match.key)?.origin;
      if (origin !== undefined) dl.origin = origin;
      if (msg.envelope !== undefined) dl.snsMessageId = msg.envelope.MessageId;
      if (msg.sentTimestamp !== undefined) dl.sentAt = new Date(msg.sentTimestamp).toISOString();
      if (waitingFor.has(match.key) && !landed.has(match.key) && !dead.has(match.key)) dead.set(match.key, dl);
      for (const child of byRequest.get(match.key) ?? []) {
        if (landed.has(child.key) || dead.has(child.key)) continue;
        const c: DeadLetter = {
          ...dl,
          key: child.key,
          matchedBy: 'request',
          reason: `its ItemRequest ${match.key} was dead-lettered: ${reason}`,
        };
        if (child.origin !== undefined) c.origin = child.origin;
        else delete c.origin;
        dead.set(child.key, c);
      }
      if (!waitingFor.has(match.key) && !dead.has(match.key)) {
        // one of ours that is not itself expected in the catalog (an ItemRequest): reported too
        dead.set(match.key, dl);
      }
    }
  };

  const finish = (state: WaitState): WaitResult => ({
    state,
    landed: [...landed],
    deadLettered: [...dead.values()],
    pending: pending(),
    notPublished,
    foreignDeadLetters: foreign.size,
    polls,
    elapsedMs: now() - started,
    queues: snapshots,
  });

  for (;;) {
    polls++;
    const before = landed.size + dead.size;
    snapshots = [];
    for (const queue of ['generator', 'loader'] as const) {
      const urls = input.queues[queue];
      if (urls === undefined) continue;
      for (const role of ['queue', 'dlq'] as const) {
        const url = role === 'queue' ? urls.queueUrl : urls.dlqUrl;
        if (url === undefined) continue;
        const { maxReceiveCount, ...counts } = await readQueue(deps.sqs, url, sleep);
        if (role === 'queue' && maxReceiveCount !== undefined) maxReceives.set(queue, maxReceiveCount);
        snapshots.push({ queue, role, url, ...counts });
      }
    }
    for (const s of snapshots) {
      if (s.role !== 'dlq') continue;
      const total = s.visible + s.inFlight + s.delayed;
      // peeking hides messages for a moment but does not change the total
      if (total > 0 && lastScannedTotal.get(s.url) !== total && pending().length > 0) {
        await scanDlq(s.queue, s.url);
        lastScannedTotal.set(s.url, total);
      }
    }
    const stillPending = pending();
    if (stillPending.length > 0) {
      try {
        const got = await input.checkLanded(stillPending);
        for (const k of got) if (waitingFor.has(k)) landed.add(k);
        checkFailures = 0;
      } catch (err) {
        // a catalog that is briefly unreachable is retried at the next poll; one that stays down is an error
        if (++checkFailures >= MAX_CHECK_FAILURES)
          throw new StageError(
            'wait',
            `cannot check what landed in the catalog (${checkFailures} attempts in a row failed)`,
            { cause: err },
          );
        deps.logger.warning(
          `checking what landed failed (attempt ${checkFailures} of ${MAX_CHECK_FAILURES}): ${err instanceof Error ? err.message : String(err)}`,
        );
      }
    }
    const describe = snapshots
      .map((s) => `${s.queue}${s.role === 'dlq' ? ' DLQ' : ''} ${s.visible}/${s.inFlight}/${s.delayed}`)
      .join(', ');
    deps.logger.debug(
      `poll ${polls}: landed ${landed.size}, dead-lettered ${dead.size}, pending ${pending().length} of ${waitingFor.size}; queues (visible/in flight/delayed): ${describe}`,
    );
    if (pending().length === 0) {
      const result = finish(dead.size > 0 ? 'dead-lettered' : 'complete');
      deps.logger.info(
        `pipeline done: ${result.landed.length} landed, ${result.deadLettered.length} dead-lettered${notPublished.length ? `, ${notPublished.length} not published` : ''}`,
      );
      return result;
    }
    const t = now();
    if (t >= deadline) {
      const result = finish('timeout');
      deps.logger.warning(
        `gave up waiting after ${Math.round((t - started) / 1000)} s: ${result.pending.length} expected object(s) neither landed nor dead-lettered`,
      );
      return result;
    }
    if (landed.size + dead.size > before) {
      interval = baseInterval;
      deps.logger.info(`landed ${landed.size}, dead-lettered ${dead.size}, waiting for ${pending().length}`);
    }
    await sleep(Math.max(0, Math.min(interval, deadline - t)));
    interval = Math.min(maxInterval, interval * 1.5);
  }
}
