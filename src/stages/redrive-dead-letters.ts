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
  /** DLQ copies whose delete failed (they reappear and would be re-published again; the loader's upsert makes that harmless). */
  deleteFailures: number;
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
  const sleep = deps.sleep ?? realSleep;
  const now = deps.now ?? realClock;
  const result: RedriveResult = { redriven: [], failed: [], ignored: 0, deleteFailures: 0 };
  const expectedByIdOnly = new Set([...(input.generatedKeys ?? [])].filter((k) => input.ledger.get(k) === undefined));
  const notBefore = Date.parse(input.ledger.createdAt) - 60_000;

  for (const queue of ['generator', 'loader'] as const) {
    const q = input.queues[queue];
    if (q === undefined) continue;
    // hold what we read until it is re-published and deleted
    const messages = await peekDeadLetterQueue(deps.sqs, q.dlqUrl, {
      sleep,
      release: false,
      visibilityTimeoutSeconds: options.visibilityTimeoutSeconds ?? 120,
      ...(options.waitTimeSeconds !== undefined ? { waitTimeSeconds: options.waitTimeSeconds } : {}),
    });
    // one re-publish per SNS message, however many DLQ copies it has
    const others: DlqMessage[] = [];
    const bySnsId = new Map<
      string,
      { key: string; record?: LedgerRecord; message: string; copies: DlqMessage[]; origin: PublishEntry['origin'] }
    >();
    for (const msg of messages) {
      const match = matchDeadLetter(msg, queue, { ledger: input.ledger, expectedByIdOnly, notBefore });
      if (match === undefined || msg.envelope === undefined) {
        result.ignored++;
        others.push(msg);
        continue;
      }
      const id = msg.envelope.MessageId;
      const entry = bySnsId.get(id);
      if (entry !== undefined) entry.copies.push(msg);
      else {
        const record = match.matchedBy === 'message-id' ? input.ledger.byMessageId(id) : undefined;
        bySnsId.set(id, {
          key: match.key,
          message: msg.envelope.Message,
          copies: [msg],
          origin: match.origin ?? record?.origin ?? { file: q.dlqUrl },
          ...(record ? { record } : {}),
        });
      }
    }
    // the same entry may sit in the DLQ under several MessageIds (an earlier redrive failed again): publish it once
    const byKey = new Map<
      string,
      {
        key: string;
        message: string;
        origin: PublishEntry['origin'];
        oldIds: string[];
        copies: DlqMessage[];
        redrives: number;
      }
    >();
    for (const [snsId, e] of bySnsId) {
      const prev = byKey.get(e.key);
      if (prev !== undefined) {
        prev.oldIds.push(snsId);
        prev.copies.push(...e.copies);
      } else
        byKey.set(e.key, {
          key: e.key,
          message: e.message,
          origin: e.origin,
          oldIds: [snsId],
          copies: [...e.copies],
          redrives: e.record?.redrives ?? 0,
        });
    }
    // other publishers' messages go back at once
    await releaseMessages(deps.sqs, q.dlqUrl, others);
    if (byKey.size === 0) {
      deps.logger.info(
        `${queue} DLQ: none of this run's messages found (${messages.length} other message(s) left alone)`,
      );
      continue;
    }
    deps.logger.info(
      `${queue} DLQ: ${byKey.size} of this run's message(s) to re-publish to ${q.topicArn}; ${messages.length - [...byKey.values()].reduce((n, e) => n + e.copies.length, 0)} other message(s) left alone`,
    );
    if (options.dryRun === true) {
      for (const e of byKey.values())
        result.redriven.push({ key: e.key, queue, topicArn: q.topicArn, oldMessageId: e.oldIds[0] ?? '', deleted: 0 });
      await releaseMessages(
        deps.sqs,
        q.dlqUrl,
        [...byKey.values()].flatMap((e) => e.copies),
      );
      continue;
    }
    const newIds = new Map<string, string>();
    const errors = new Map<string, string>();
    const sink = {
      record: (r: LedgerRecord) => {
        const e = byKey.get(r.key);
        const rec: LedgerRecord = { ...r, redrives: (e?.redrives ?? 0) + 1 };
        if (e !== undefined) rec.previousMessageIds = e.oldIds;
        input.ledger.record(rec);
        if (r.status === 'published' && r.messageId !== undefined) newIds.set(r.key, r.messageId);
        else errors.set(r.key, r.error ? `${r.error.code}: ${r.error.message}` : 'failed');
      },
    };
    const entries: PublishEntry[] = [...byKey.values()].map((e) => ({
      key: e.key,
      message: e.message,
      origin: e.origin,
    }));
    await publishDocuments(
      entries,
      { sns: deps.sns, logger: deps.logger, ledger: sink, sleep, now },
      {
        topicArn: q.topicArn,
        ...(options.concurrency !== undefined ? { concurrency: options.concurrency } : {}),
        ...(options.maxAttempts !== undefined ? { maxAttempts: options.maxAttempts } : {}),
      },
    );
    for (const e of byKey.values()) {
      const newId = newIds.get(e.key);
      if (newId === undefined) {
        result.failed.push({ key: e.key, queue, error: errors.get(e.key) ?? 'not re-published' });
        await releaseMessages(deps.sqs, q.dlqUrl, e.copies);
        continue;
      }
      const deleted = await deleteCopies(deps.sqs, q.dlqUrl, e.copies, sleep);
      result.deleteFailures += e.copies.length - deleted;
      result.redriven.push({
        key: e.key,
        queue,
        topicArn: q.topicArn,
        oldMessageId: e.oldIds[0] ?? '',
        newMessageId: newId,
        deleted,
      });
    }
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
