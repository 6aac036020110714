/**
 * What the MAAP pipeline itself tells about published objects: its dead-letter queues. Each poll
 * reads the depth of the loader and generator queues and their DLQs (for the log) and, when a DLQ
 * changed, peeks at it (never deleting) for this run's messages: matched by the SNS MessageId in
 * the run ledger, or, for items the generator makes, by collection and item id. An empty queue
 * proves nothing (the queues are shared with other publishers); landing is seen in the catalog.
 */
import { GetQueueAttributesCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { StageError } from '../../errors.js';
import { awsConfigurationError } from '../../clients/aws.js';
import { realSleep, withRetry, type Sleep } from '../../retry.js';
import type { AwaitedObject, Settled, Watch } from '../target.js';
import {
  deadLetterReason,
  matchDeadLetter,
  peekDeadLetterQueue,
  type DeadLetter,
  type PipelineQueue,
} from './dead-letters.js';
import type { RunLedger } from './ledger.js';

export interface QueueUrls {
  queueUrl?: string;
  dlqUrl?: string;
}

export interface PipelineWatchInput {
  ledger: RunLedger;
  awaited: readonly AwaitedObject[];
  queues: Partial<Record<PipelineQueue, QueueUrls>>;
}

export interface PipelineWatchOptions {
  /** Visibility timeout used to peek at DLQ messages (default 10 s). */
  peekVisibilitySeconds?: number;
  /** Long-poll wait of a DLQ receive (default 1 s). */
  peekWaitSeconds?: number;
  /** For the timeout reason: how long the run waited. */
  waitMinutes?: number;
}

export interface QueueSnapshot {
  queue: PipelineQueue;
  role: 'queue' | 'dlq';
  url: string;
  visible: number;
  inFlight: number;
  delayed: number;
}

export interface PipelineWatch extends Watch {
  /** This run's dead letters found so far. */
  deadLetters(): DeadLetter[];
  /** DLQ messages of other publishers (or older runs), ignored. */
  foreignDeadLetters(): number;
  /** The last attributes read of every queue. */
  queues(): QueueSnapshot[];
}

interface QueueAttributes {
  visible: number;
  inFlight: number;
  delayed: number;
  /** From the queue's RedrivePolicy, when it has one. */
  maxReceiveCount?: number;
}

const num = (v: string | undefined): number => {
  const n = Number(v);
  return Number.isFinite(n) ? n : 0;
};

const ATTRIBUTES = [
  'ApproximateNumberOfMessages',
  'ApproximateNumberOfMessagesNotVisible',
  'ApproximateNumberOfMessagesDelayed',
  'RedrivePolicy',
] as const;

async function readQueue(sqs: SQSClient, url: string, sleep: Sleep): Promise<QueueAttributes> {
  try {
    const command = new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: [...ATTRIBUTES] });
    const out = await withRetry(() => sqs.send(command), { maxAttempts: 4, sleep });
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

/** eoapi-cdk's values, used when the source queue's RedrivePolicy cannot be read. */
const DEFAULT_MAX_RECEIVES: Record<PipelineQueue, number> = { loader: 2, generator: 5 };

/** The watch over the MAAP queues for `input.awaited`, published under `input.ledger`. */
export function createPipelineWatch(
  input: PipelineWatchInput,
  deps: { sqs: SQSClient; sleep?: Sleep },
  options: PipelineWatchOptions = {},
): PipelineWatch {
  const sleep = deps.sleep ?? realSleep;
  const { ledger } = input;
  const awaited = new Map(input.awaited.map((a) => [a.key, a]));
  const byRequest = new Map<string, AwaitedObject[]>();
  for (const a of input.awaited)
    if (a.requestKey !== undefined) byRequest.set(a.requestKey, [...(byRequest.get(a.requestKey) ?? []), a]);
  const expectedByIdOnly = new Set(input.awaited.filter((a) => ledger.get(a.key) === undefined).map((a) => a.key));
  const notBefore = Date.parse(ledger.createdAt) - 60_000;
  const dead = new Map<string, DeadLetter>();
  const foreign = new Set<string>();
  const lastScannedTotal = new Map<string, number>();
  const maxReceives = new Map<PipelineQueue, number>();
  let snapshots: QueueSnapshot[] = [];
  const reported = new Set<string>();
  let first = true;

  /** Awaited objects whose own publish, or whose ItemRequest's, failed: they will not come. */
  const notPublished = (): Settled[] =>
    input.awaited.flatMap((a): Settled[] => {
      const own = ledger.get(a.key);
      const request = a.requestKey !== undefined ? ledger.get(a.requestKey) : undefined;
      const failed = own?.status === 'failed' || request?.status === 'failed';
      const unsent = a.requestKey !== undefined && request === undefined && own === undefined;
      return failed || unsent ? [{ key: a.key, state: 'failed', reason: 'not published' }] : [];
    });

  const addDeadLetter = (dl: DeadLetter, pending: ReadonlySet<string>): void => {
    if (pending.has(dl.key) || (!awaited.has(dl.key) && !dead.has(dl.key))) dead.set(dl.key, dl);
    for (const child of byRequest.get(dl.key) ?? []) {
      if (!pending.has(child.key)) continue;
      const c: DeadLetter = {
        ...dl,
        key: child.key,
        matchedBy: 'request',
        reason: `its ItemRequest ${dl.key} was dead-lettered: ${dl.reason}`,
      };
      if (child.origin !== undefined) c.origin = child.origin;
      else delete c.origin;
      dead.set(child.key, c);
    }
  };

  const scanDlq = async (queue: PipelineQueue, dlqUrl: string, pending: ReadonlySet<string>): Promise<void> => {
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
      const origin = match.origin ?? awaited.get(match.key)?.origin;
      if (origin !== undefined) dl.origin = origin;
      if (msg.envelope !== undefined) dl.snsMessageId = msg.envelope.MessageId;
      if (msg.sentTimestamp !== undefined) dl.sentAt = new Date(msg.sentTimestamp).toISOString();
      addDeadLetter(dl, pending);
    }
  };

  const readQueues = async (): Promise<void> => {
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
  };

  return {
    async poll(pendingKeys) {
      const pending = new Set(pendingKeys);
      await readQueues();
      for (const s of snapshots) {
        if (s.role !== 'dlq') continue;
        const total = s.visible + s.inFlight + s.delayed;
        // peeking hides messages for a moment but does not change the total
        if (total > 0 && lastScannedTotal.get(s.url) !== total) {
          await scanDlq(s.queue, s.url, pending);
          lastScannedTotal.set(s.url, total);
        }
      }
      const settled: Settled[] = first ? notPublished() : [];
      first = false;
      for (const dl of dead.values()) {
        if (reported.has(dl.key)) continue;
        const s: Settled = { key: dl.key, state: 'dead-lettered', reason: dl.reason };
        if (dl.origin !== undefined) s.origin = dl.origin;
        settled.push(s);
      }
      for (const s of settled) reported.add(s.key);
      return settled;
    },
    timeoutReason: () =>
      options.waitMinutes !== undefined
        ? `not in the STAC API after ${options.waitMinutes} min`
        : 'not in the STAC API',
    describe: () =>
      'queues (visible/in flight/delayed): ' +
      snapshots
        .map((s) => `${s.queue}${s.role === 'dlq' ? ' DLQ' : ''} ${s.visible}/${s.inFlight}/${s.delayed}`)
        .join(', '),
    details: () => ({ foreignDeadLetters: foreign.size }),
    deadLetters: () => [...dead.values()],
    foreignDeadLetters: () => foreign.size,
    queues: () => snapshots,
  };
}
