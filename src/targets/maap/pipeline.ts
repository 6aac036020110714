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
  type PeekOptions,
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

const peekOptions = (o: PipelineWatchOptions, sleep: Sleep): PeekOptions => ({
  sleep,
  ...(o.peekVisibilitySeconds !== undefined ? { visibilityTimeoutSeconds: o.peekVisibilitySeconds } : {}),
  ...(o.peekWaitSeconds !== undefined ? { waitTimeSeconds: o.peekWaitSeconds } : {}),
});

class QueueWatch implements PipelineWatch {
  private readonly sleep: Sleep;
  private readonly awaited: Map<string, AwaitedObject>;
  private readonly byRequest = new Map<string, AwaitedObject[]>();
  /** Awaited objects without a MessageId in the ledger (items the generator makes, in-doubt entries): by id. */
  private readonly expectedByIdOnly: Set<string>;
  private readonly notBefore: number;
  private readonly dead = new Map<string, DeadLetter>();
  private readonly foreign = new Set<string>();
  private readonly lastScannedTotal = new Map<string, number>();
  private readonly maxReceives = new Map<PipelineQueue, number>();
  private readonly reported = new Set<string>();
  private snapshots: QueueSnapshot[] = [];
  private first = true;

  constructor(
    private readonly input: PipelineWatchInput,
    private readonly deps: { sqs: SQSClient; sleep?: Sleep },
    private readonly options: PipelineWatchOptions,
  ) {
    const { ledger } = input;
    this.sleep = deps.sleep ?? realSleep;
    this.awaited = new Map(input.awaited.map((a) => [a.key, a]));
    for (const a of input.awaited)
      if (a.requestKey !== undefined)
        this.byRequest.set(a.requestKey, [...(this.byRequest.get(a.requestKey) ?? []), a]);
    // no MessageId to match by: items the generator makes, and entries sent only in calls that got no answer
    const byIdOnly = (key: string) => [undefined, 'unknown'].includes(ledger.get(key)?.status);
    this.expectedByIdOnly = new Set(input.awaited.filter((a) => byIdOnly(a.key)).map((a) => a.key));
    this.notBefore = Date.parse(ledger.createdAt) - 60_000;
  }

  async poll(pendingKeys: readonly string[]): Promise<Settled[]> {
    const pending = new Set(pendingKeys);
    await this.readQueues();
    for (const s of this.snapshots) {
      if (s.role !== 'dlq') continue;
      const total = s.visible + s.inFlight + s.delayed;
      // peeking hides messages for a moment but does not change the total
      if (total > 0 && this.lastScannedTotal.get(s.url) !== total) {
        await this.scanDlq(s.queue, s.url, pending);
        this.lastScannedTotal.set(s.url, total);
      }
    }
    const settled: Settled[] = this.first ? this.notPublished() : [];
    this.first = false;
    for (const dl of this.dead.values()) {
      if (this.reported.has(dl.key)) continue;
      settled.push({
        key: dl.key,
        state: 'dead-lettered',
        reason: dl.reason,
        ...(dl.origin ? { origin: dl.origin } : {}),
      });
    }
    for (const s of settled) this.reported.add(s.key);
    return settled;
  }

  timeoutReason(): string {
    const minutes = this.options.waitMinutes;
    return minutes !== undefined ? `not in the STAC API after ${minutes} min` : 'not in the STAC API';
  }

  describe(): string {
    const depth = (s: QueueSnapshot) =>
      `${s.queue}${s.role === 'dlq' ? ' DLQ' : ''} ${s.visible}/${s.inFlight}/${s.delayed}`;
    return `queues (visible/in flight/delayed): ${this.snapshots.map(depth).join(', ')}`;
  }

  details(): Record<string, unknown> {
    return { foreignDeadLetters: this.foreign.size };
  }

  deadLetters(): DeadLetter[] {
    return [...this.dead.values()];
  }

  foreignDeadLetters(): number {
    return this.foreign.size;
  }

  queues(): QueueSnapshot[] {
    return this.snapshots;
  }

  /** Awaited objects whose own publish, or whose ItemRequest's, failed: they will not come. */
  private notPublished(): Settled[] {
    const { ledger } = this.input;
    return this.input.awaited.flatMap((a): Settled[] => {
      const own = ledger.get(a.key);
      const request = a.requestKey !== undefined ? ledger.get(a.requestKey) : undefined;
      const failed = own?.status === 'failed' || request?.status === 'failed';
      const unsent = a.requestKey !== undefined && request === undefined && own === undefined;
      return failed || unsent ? [{ key: a.key, state: 'failed', reason: 'not published' }] : [];
    });
  }

  private async readQueues(): Promise<void> {
    this.snapshots = [];
    for (const queue of ['generator', 'loader'] as const) {
      const urls = this.input.queues[queue];
      if (urls === undefined) continue;
      for (const role of ['queue', 'dlq'] as const) {
        const url = role === 'queue' ? urls.queueUrl : urls.dlqUrl;
        if (url === undefined) continue;
        const { maxReceiveCount, ...counts } = await readQueue(this.deps.sqs, url, this.sleep);
        if (role === 'queue' && maxReceiveCount !== undefined) this.maxReceives.set(queue, maxReceiveCount);
        this.snapshots.push({ queue, role, url, ...counts });
      }
    }
  }

  private async scanDlq(queue: PipelineQueue, dlqUrl: string, pending: ReadonlySet<string>): Promise<void> {
    const messages = await peekDeadLetterQueue(this.deps.sqs, dlqUrl, peekOptions(this.options, this.sleep));
    const { ledger } = this.input;
    for (const msg of messages) {
      const match = matchDeadLetter(msg, queue, {
        ledger,
        expectedByIdOnly: this.expectedByIdOnly,
        notBefore: this.notBefore,
      });
      if (match === undefined) {
        this.foreign.add(msg.sqsMessageId);
        continue;
      }
      this.foreign.delete(msg.sqsMessageId);
      const reason = deadLetterReason(msg, queue, this.maxReceives.get(queue) ?? DEFAULT_MAX_RECEIVES[queue]);
      const { sqsMessageId } = msg;
      const dl: DeadLetter = { key: match.key, queue, dlqUrl, sqsMessageId, matchedBy: match.matchedBy, reason };
      const origin = match.origin ?? this.awaited.get(match.key)?.origin;
      if (origin !== undefined) dl.origin = origin;
      if (msg.envelope !== undefined) dl.snsMessageId = msg.envelope.MessageId;
      if (msg.sentTimestamp !== undefined) dl.sentAt = new Date(msg.sentTimestamp).toISOString();
      this.addDeadLetter(dl, pending);
    }
  }

  /**
   * A dead letter of ours: for an awaited object still pending, or one not awaited itself (an
   * ItemRequest), and for the items it makes.
   */
  private addDeadLetter(dl: DeadLetter, pending: ReadonlySet<string>): void {
    if (pending.has(dl.key) || (!this.awaited.has(dl.key) && !this.dead.has(dl.key))) this.dead.set(dl.key, dl);
    for (const child of this.byRequest.get(dl.key) ?? []) {
      if (!pending.has(child.key)) continue;
      const reason = `its ItemRequest ${dl.key} was dead-lettered: ${dl.reason}`;
      const c: DeadLetter = { ...dl, key: child.key, matchedBy: 'request', reason };
      if (child.origin !== undefined) c.origin = child.origin;
      else delete c.origin;
      this.dead.set(child.key, c);
    }
  }
}

/** The watch over the MAAP queues for `input.awaited`, published under `input.ledger`. */
export function createPipelineWatch(
  input: PipelineWatchInput,
  deps: { sqs: SQSClient; sleep?: Sleep },
  options: PipelineWatchOptions = {},
): PipelineWatch {
  return new QueueWatch(input, deps, options);
}
