import { DeleteMessageBatchCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { SNSClient } from '@aws-sdk/client-sns';
import type { Logger } from '../logging.js';
import { realClock, realSleep, withRetry, type Clock, type Sleep } from '../retry.js';
import {
  matchDeadLetter,
  peekDeadLetterQueue,
  releaseMessages,
  type DlqMessage,
  type PipelineQueue,
} from '../targets/maap/dead-letters.js';
import type { PublishEntry } from '../targets/maap/entry.js';
import type { LedgerRecord, RunLedger } from '../targets/maap/ledger.js';
import { publishDocuments } from '../targets/maap/publisher.js';

export interface RedriveQueue {
  dlqUrl: string;
  /** The topic the queue is subscribed to; messages go back there. */
  topicArn: string;
}

export interface RedriveInput {
  ledger: RunLedger;
  queues: Partial<Record<PipelineQueue, RedriveQueue>>;
  /** Keys of expected items the generator makes (no ledger record of their own), matched in the loader DLQ by id. */
  generatedKeys?: Iterable<string>;
}

export interface RedriveOptions {
  /** How long read DLQ messages stay hidden while they are re-published (default 120 s). */
  visibilityTimeoutSeconds?: number;
  concurrency?: number;
  maxAttempts?: number;
  /** Only report what would be re-published. */
  dryRun?: boolean;
  /** Long-poll wait of a DLQ receive (default 1 s). */
  waitTimeSeconds?: number;
}

export interface RedriveDeps {
  sns: SNSClient;
  sqs: SQSClient;
  logger: Logger;
  sleep?: Sleep;
  now?: Clock;
}

export interface RedrivenMessage {
  key: string;
  queue: PipelineQueue;
  topicArn: string;
  oldMessageId: string;
  newMessageId?: string;
  /** DLQ copies deleted after the re-publish. */
  deleted: number;
}

export interface RedriveResult {
  redriven: RedrivenMessage[];
  /** Ours, but re-publishing failed: left in the DLQ. */
  failed: Array<{ key: string; queue: PipelineQueue; error: string }>;
  /** Other publishers' messages: left untouched. */
  ignored: number;
  /**
   * DLQ copies whose delete failed (they reappear and would be re-published again; the loader's
   * upsert makes that harmless).
   */
  deleteFailures: number;
}

/** One of this run's entries found in a DLQ: its message, and every DLQ copy of it under any MessageId. */
interface Ours {
  key: string;
  message: string;
  origin: PublishEntry['origin'];
  oldIds: string[];
  copies: DlqMessage[];
  redrives: number;
}

/**
 * This run's messages among those read from a DLQ, one per entry: an SNS message may sit there in
 * several copies, and an entry under several MessageIds (an earlier redrive failed again).
 */
function groupOurs(
  messages: DlqMessage[],
  queue: PipelineQueue,
  input: RedriveInput,
  dlqUrl: string,
): { ours: Map<string, Ours>; others: DlqMessage[] } {
  const expectedByIdOnly = new Set([...(input.generatedKeys ?? [])].filter((k) => input.ledger.get(k) === undefined));
  const notBefore = Date.parse(input.ledger.createdAt) - 60_000;
  const others: DlqMessage[] = [];
  const ours = new Map<string, Ours>();
  const seen = new Set<string>();
  for (const msg of messages) {
    const match = matchDeadLetter(msg, queue, { ledger: input.ledger, expectedByIdOnly, notBefore });
    if (match === undefined || msg.envelope === undefined) {
      others.push(msg);
      continue;
    }
    const id = msg.envelope.MessageId;
    const prev = ours.get(match.key);
    if (prev !== undefined) {
      prev.copies.push(msg);
      if (!seen.has(id)) prev.oldIds.push(id);
    } else {
      const record = match.matchedBy === 'message-id' ? input.ledger.byMessageId(id) : undefined;
      const origin = match.origin ?? record?.origin ?? { file: dlqUrl };
      const { Message: message } = msg.envelope;
      ours.set(match.key, {
        key: match.key,
        message,
        origin,
        oldIds: [id],
        copies: [msg],
        redrives: record?.redrives ?? 0,
      });
    }
    seen.add(id);
  }
  return { ours, others };
}

/** Publishes each entry once more, recording the new MessageIds in the ledger; returns them, or why not. */
async function republish(
  ours: Map<string, Ours>,
  topicArn: string,
  input: RedriveInput,
  deps: RedriveDeps,
  options: RedriveOptions,
): Promise<{ newIds: Map<string, string>; errors: Map<string, string> }> {
  const newIds = new Map<string, string>();
  const errors = new Map<string, string>();
  const ledger = {
    record: (r: LedgerRecord) => {
      const e = ours.get(r.key);
      const rec: LedgerRecord = { ...r, redrives: (e?.redrives ?? 0) + 1 };
      if (e !== undefined) rec.previousMessageIds = e.oldIds;
      input.ledger.record(rec);
      if (r.status === 'published' && r.messageId !== undefined) newIds.set(r.key, r.messageId);
      else errors.set(r.key, r.error ? `${r.error.code}: ${r.error.message}` : 'failed');
    },
  };
  const entries: PublishEntry[] = [...ours.values()].map((e) => ({ key: e.key, message: e.message, origin: e.origin }));
  const sleep = deps.sleep ?? realSleep;
  const now = deps.now ?? realClock;
  await publishDocuments(
    entries,
    { sns: deps.sns, logger: deps.logger, ledger, sleep, now },
    {
      topicArn,
      ...(options.concurrency !== undefined ? { concurrency: options.concurrency } : {}),
      ...(options.maxAttempts !== undefined ? { maxAttempts: options.maxAttempts } : {}),
    },
  );
  return { newIds, errors };
}

/** Redrives one queue's DLQ into `result`. */
async function redriveQueue(
  queue: PipelineQueue,
  q: RedriveQueue,
  input: RedriveInput,
  deps: RedriveDeps,
  options: RedriveOptions,
  result: RedriveResult,
): Promise<void> {
  const sleep = deps.sleep ?? realSleep;
  // hold what we read until it is re-published and deleted
  const messages = await peekDeadLetterQueue(deps.sqs, q.dlqUrl, {
    sleep,
    release: false,
    visibilityTimeoutSeconds: options.visibilityTimeoutSeconds ?? 120,
    ...(options.waitTimeSeconds !== undefined ? { waitTimeSeconds: options.waitTimeSeconds } : {}),
  });
  const { ours, others } = groupOurs(messages, queue, input, q.dlqUrl);
  result.ignored += others.length;
  // other publishers' messages go back at once
  await releaseMessages(deps.sqs, q.dlqUrl, others);
  if (ours.size === 0) {
    deps.logger.info(
      `${queue} DLQ: none of this run's messages found (${messages.length} other message(s) left alone)`,
    );
    return;
  }
  deps.logger.info(
    `${queue} DLQ: ${ours.size} of this run's message(s) to re-publish to ${q.topicArn}; ` +
      `${others.length} other message(s) left alone`,
  );
  const row = (e: Ours) => ({ key: e.key, queue, topicArn: q.topicArn, oldMessageId: e.oldIds[0] ?? '' });
  if (options.dryRun === true) {
    for (const e of ours.values()) result.redriven.push({ ...row(e), deleted: 0 });
    await releaseMessages(
      deps.sqs,
      q.dlqUrl,
      [...ours.values()].flatMap((e) => e.copies),
    );
    return;
  }
  const { newIds, errors } = await republish(ours, q.topicArn, input, deps, options);
  for (const e of ours.values()) {
    const newMessageId = newIds.get(e.key);
    if (newMessageId === undefined) {
      result.failed.push({ key: e.key, queue, error: errors.get(e.key) ?? 'not re-published' });
      await releaseMessages(deps.sqs, q.dlqUrl, e.copies);
      continue;
    }
    const deleted = await deleteCopies(deps.sqs, q.dlqUrl, e.copies, sleep);
    result.deleteFailures += e.copies.length - deleted;
    result.redriven.push({ ...row(e), newMessageId, deleted });
  }
}

/**
 * Sends this run's dead-lettered messages (only those: matched through the ledger's SNS
 * MessageIds, or by id for items the generator made) back to their source topic, deletes
 * their DLQ copies once SNS accepted them, and updates the ledger with the new MessageIds.
 * Afterwards, wait again.
 */
export async function redriveDeadLettered(
  input: RedriveInput,
  deps: RedriveDeps,
  options: RedriveOptions = {},
): Promise<RedriveResult> {
  const result: RedriveResult = { redriven: [], failed: [], ignored: 0, deleteFailures: 0 };
  for (const queue of ['generator', 'loader'] as const) {
    const q = input.queues[queue];
    if (q !== undefined) await redriveQueue(queue, q, input, deps, options, result);
  }
  if (result.deleteFailures > 0)
    deps.logger.warning(
      `${result.deleteFailures} dead-letter copies could not be deleted after re-publishing; they will be seen again`,
    );
  return result;
}

async function deleteCopies(sqs: SQSClient, url: string, copies: DlqMessage[], sleep: Sleep): Promise<number> {
  let deleted = 0;
  for (let i = 0; i < copies.length; i += 10) {
    const chunk = copies.slice(i, i + 10);
    try {
      const out = await withRetry(
        () =>
          sqs.send(
            new DeleteMessageBatchCommand({
              QueueUrl: url,
              Entries: chunk.map((c, j) => ({ Id: String(j), ReceiptHandle: c.receiptHandle })),
            }),
          ),
        { maxAttempts: 4, sleep },
      );
      deleted += out.Successful?.length ?? 0;
    } catch {
      /* counted as failures by the caller */
    }
  }
  return deleted;
}
