import { ChangeMessageVisibilityBatchCommand, ReceiveMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { Origin } from '../../model/stac.js';
import { awsConfigurationError } from '../../clients/aws.js';
import { withRetry, type Sleep } from '../../retry.js';
import { keyOfDocument } from '../../model/keys.js';
import type { RunLedger } from './ledger.js';

export type PipelineQueue = 'loader' | 'generator';

/** A message read from a dead-letter queue (not deleted). */
export interface DlqMessage {
  sqsMessageId: string;
  receiptHandle: string;
  body: string;
  /** The SNS envelope stored as the body (raw delivery is off in eoapi-cdk), when it parses. */
  envelope?: SnsEnvelope;
  /** When SQS first got the message (ms since epoch). */
  sentTimestamp?: number;
}

export interface SnsEnvelope {
  MessageId: string;
  Message: string;
  TopicArn?: string;
  Timestamp?: string;
}

export function parseEnvelope(body: string): SnsEnvelope | undefined {
  let v: unknown;
  try {
    v = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (typeof v !== 'object' || v === null) return undefined;
  const o = v as Record<string, unknown>;
  if (typeof o.MessageId !== 'string' || typeof o.Message !== 'string') return undefined;
  const env: SnsEnvelope = { MessageId: o.MessageId, Message: o.Message };
  if (typeof o.TopicArn === 'string') env.TopicArn = o.TopicArn;
  if (typeof o.Timestamp === 'string') env.Timestamp = o.Timestamp;
  return env;
}

export interface PeekOptions {
  /** How long the read messages stay hidden from other readers (default 10 s; they come back by themselves). */
  visibilityTimeoutSeconds?: number;
  /** Stop after this many distinct messages (default 10,000). */
  maxMessages?: number;
  /** Long-poll wait of each receive, so an empty answer means empty (default 1 s). */
  waitTimeSeconds?: number;
  /**
   * Make the read messages visible again right after the scan (ChangeMessageVisibility to 0;
   * default true), so a redrive or another reader does not have to wait out the visibility
   * timeout. Best effort: without the sqs:ChangeMessageVisibility permission they come back
   * by themselves after `visibilityTimeoutSeconds`.
   */
  release?: boolean;
  sleep: Sleep;
}

/**
 * Reads every message of a dead-letter queue without deleting it: ReceiveMessage with a short
 * visibility timeout, until a receive comes back empty or only with messages already seen.
 */
export async function peekDeadLetterQueue(
  sqs: SQSClient,
  queueUrl: string,
  options: PeekOptions,
): Promise<DlqMessage[]> {
  const seen = new Map<string, DlqMessage>();
  const max = options.maxMessages ?? 10_000;
  while (seen.size < max) {
    let messages;
    try {
      const out = await withRetry(
        () =>
          sqs.send(
            new ReceiveMessageCommand({
              QueueUrl: queueUrl,
              MaxNumberOfMessages: 10,
              VisibilityTimeout: options.visibilityTimeoutSeconds ?? 10,
              WaitTimeSeconds: options.waitTimeSeconds ?? 1,
              MessageSystemAttributeNames: ['SentTimestamp'],
            }),
          ),
        { maxAttempts: 4, sleep: options.sleep },
      );
      messages = out.Messages ?? [];
    } catch (err) {
      throw awsConfigurationError(err, { action: 'sqs:ReceiveMessage', resource: queueUrl }) ?? err;
    }
    let fresh = 0;
    for (const m of messages) {
      if (m.MessageId === undefined || m.ReceiptHandle === undefined || seen.has(m.MessageId)) continue;
      fresh++;
      const body = m.Body ?? '';
      const msg: DlqMessage = { sqsMessageId: m.MessageId, receiptHandle: m.ReceiptHandle, body };
      const env = parseEnvelope(body);
      if (env !== undefined) msg.envelope = env;
      const st = Number(m.Attributes?.SentTimestamp);
      if (Number.isFinite(st) && st > 0) msg.sentTimestamp = st;
      seen.set(m.MessageId, msg);
    }
    if (fresh === 0) break;
  }
  const all = [...seen.values()];
  if (options.release !== false) await releaseMessages(sqs, queueUrl, all);
  return all;
}

/** Best effort: makes received messages visible again at once. Returns how many were released. */
export async function releaseMessages(sqs: SQSClient, queueUrl: string, messages: DlqMessage[]): Promise<number> {
  let released = 0;
  for (let i = 0; i < messages.length; i += 10) {
    const chunk = messages.slice(i, i + 10);
    try {
      const out = await sqs.send(
        new ChangeMessageVisibilityBatchCommand({
          QueueUrl: queueUrl,
          Entries: chunk.map((m, j) => ({ Id: String(j), ReceiptHandle: m.receiptHandle, VisibilityTimeout: 0 })),
        }),
      );
      released += out.Successful?.length ?? 0;
    } catch {
      return released; // no permission or a transient error: the visibility timeout releases them
    }
  }
  return released;
}

/** One of this run's messages found in a dead-letter queue. */
export interface DeadLetter {
  key: string;
  origin?: Origin;
  queue: PipelineQueue;
  dlqUrl: string;
  /** The SNS MessageId in the stored envelope. */
  snsMessageId?: string;
  sqsMessageId: string;
  /**
   * How it was tied to this run: our ledger's MessageId, the object id of an expected generated
   * item, or its ItemRequest.
   */
  matchedBy: 'message-id' | 'object-id' | 'request';
  reason: string;
  sentAt?: string;
}

/** Which DLQ message belongs to this run. */
export interface MatchContext {
  ledger: RunLedger;
  /** Expected object keys with no ledger record of their own (items the generator makes): matched by id. */
  expectedByIdOnly: ReadonlySet<string>;
  /** Messages sent before this are not ours even when the id matches (ms since epoch). */
  notBefore: number;
}

export interface DlqMatch {
  key: string;
  origin?: Origin;
  topicArn?: string;
  matchedBy: 'message-id' | 'object-id';
}

export function matchDeadLetter(msg: DlqMessage, queue: PipelineQueue, ctx: MatchContext): DlqMatch | undefined {
  const env = msg.envelope;
  if (env === undefined) return undefined;
  const rec = ctx.ledger.byMessageId(env.MessageId);
  if (rec !== undefined) return { key: rec.key, origin: rec.origin, topicArn: rec.topicArn, matchedBy: 'message-id' };
  if (queue !== 'loader' || ctx.expectedByIdOnly.size === 0) return undefined;
  if (msg.sentTimestamp !== undefined && msg.sentTimestamp < ctx.notBefore) return undefined;
  let doc: unknown;
  try {
    doc = JSON.parse(env.Message);
  } catch {
    return undefined;
  }
  if (typeof doc !== 'object' || doc === null) return undefined;
  const key = keyOfDocument(doc as Record<string, unknown>);
  if (key === undefined || !ctx.expectedByIdOnly.has(key)) return undefined;
  const m: DlqMatch = { key, matchedBy: 'object-id' };
  if (env.TopicArn !== undefined) m.topicArn = env.TopicArn;
  return m;
}

/**
 * What can be said about why a message was dead-lettered: the DLQs themselves carry no reason.
 * `maxReceiveCount` is the source queue's redrive policy (eoapi-cdk: 2 for the loader since
 * v11.1.1, 5 for the generator). The DLQ's own ApproximateReceiveCount is not used: peeking counts too.
 */
export function deadLetterReason(msg: DlqMessage, queue: PipelineQueue, maxReceiveCount?: number): string {
  const receives = maxReceiveCount !== undefined ? `${maxReceiveCount} receives` : 'its maximum receives';
  const env = msg.envelope;
  if (env === undefined) return 'the stored body is not an SNS envelope with MessageId and Message';
  let doc: unknown;
  try {
    doc = JSON.parse(env.Message);
  } catch {
    const handler = queue === 'loader' ? 'StacLoader' : 'StactoolsItemGenerator';
    return `the message is not valid JSON, so the ${handler} could not parse it`;
  }
  const o =
    typeof doc === 'object' && doc !== null && !Array.isArray(doc) ? (doc as Record<string, unknown>) : undefined;
  if (queue === 'loader') {
    if (env.Message.includes('aws:s3'))
      return "the message contains 'aws:s3', so the StacLoader took it for an S3 event notification and failed it";
    if (env.Timestamp === undefined)
      return 'the SNS envelope has no Timestamp, which the StacLoader (eoapi-cdk >= 11.1.1) requires';
    if (o === undefined) return 'the message is not a JSON object';
    if (typeof o.type !== 'string') return 'the document has no `type`, so the StacLoader cannot dispatch it';
    if (o.type === 'Feature' && typeof o.collection !== 'string') return 'the item has no `collection`';
    if (o.type !== 'Feature' && o.type !== 'Collection')
      return `type '${o.type}' is not accepted by the StacLoader (only Feature and Collection)`;
    return (
      `rejected by the StacLoader after ${receives} (the loader's dead-letter queue keeps no reason): ` +
      (o.type === 'Feature'
        ? 'most likely its collection does not exist in the catalog, it fails stac-pydantic validation, ' +
          'or the database load of its batch failed'
        : 'most likely it fails stac-pydantic validation or the database load failed') +
      '; see the StacLoader function logs'
    );
  }
  if (o === undefined) return 'the ItemRequest is not a JSON object';
  const missing = ['package_name', 'group_name', 'create_item_args'].filter((k) => !(k in o));
  if (missing.length > 0) return `the ItemRequest lacks ${missing.join(', ')}`;
  if (typeof o.package_name === 'string' && o.package_name === '') return 'the ItemRequest has an empty package_name';
  const how = maxReceiveCount === undefined ? 'repeatedly' : `after ${receives}`;
  return (
    `the StactoolsItemGenerator failed it ${how} (the generator's dead-letter queue keeps no reason): ` +
    'the package could not be installed, create-item failed, or the item failed validation; ' +
    'see the generator function logs'
  );
}
