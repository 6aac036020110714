import type { SNSClient } from '@aws-sdk/client-sns';
import type { PublishBatchSender } from '../../clients/sns-publish-batch.js';
import { ConfigurationError, type SourceLocation } from '../../errors.js';
import type { Logger } from '../../logging.js';
import type { Clock, Sleep } from '../../retry.js';
import type { PublishEntry } from './entry.js';
import { LEDGER_DIR, newRunId, RunLedger } from './ledger.js';
import { publishDocuments, type PublishResult } from './publisher.js';

type Source<T> = AsyncIterable<T> | Iterable<T>;

export interface TopicsInput {
  /** Continue an existing ledger (e.g. the run's), or start a new run. */
  ledger?: RunLedger;
  loaderTopicArn?: string;
  generatorTopicArn?: string;
  /** Collections or items, to the StacLoader topic. */
  loader?: Source<PublishEntry>;
  /** ItemRequests, to the StactoolsItemGenerator topic (after the loader messages). */
  generator?: Source<PublishEntry>;
  /** Directory of the ledger file (default `.stac-ingest`); `null`: do not write it. */
  ledgerDir?: string | null;
  /** Where the target is in the manifest, for errors about its topics. */
  targetLocation?: SourceLocation;
}

export interface TopicsOptions {
  concurrency?: number;
  maxMessagesPerSecond?: number;
  maxAttempts?: number;
}

export interface TopicsDeps {
  sns: SNSClient;
  /** How PublishBatch is sent (default: the SDK command on `sns`). */
  sender?: PublishBatchSender;
  logger: Logger;
  sleep?: Sleep;
  now?: Clock;
  /** Which keys the live catalog holds as sent (asked about entries of calls that got no answer). */
  landed?: (keys: string[]) => Promise<Set<string>>;
  /** The run's cancellation: no new PublishBatch call starts once it aborts (see publishDocuments). */
  signal?: AbortSignal;
}

export interface TopicsResult {
  runId: string;
  ledger: RunLedger;
  /** Where the ledger was written (undefined when `ledgerDir: null`). */
  ledgerPath?: string;
  loader?: PublishResult;
  generator?: PublishResult;
  published: number;
  failed: number;
  rejected: number;
  /** Sent in calls that got no answer and not seen in the catalog: SNS may hold them or not. */
  unknown: number;
  ok: boolean;
}

/** Empty test without consuming a generator: only arrays can be checked up front. */
const knownEmpty = (s: Source<unknown> | undefined): boolean => s === undefined || (Array.isArray(s) && s.length === 0);

/**
 * Publishes loader messages to the StacLoader topic and ItemRequests to the StactoolsItemGenerator
 * topic. Every MessageId goes to the run ledger, a write-ahead journal `<ledgerDir>/ledger-<runId>.jsonl`
 * that holds each call's intent before it is sent and its answer before more is sent. Which messages go together
 * (collections before their items) is the publish stage's business (src/stages/publish.ts).
 */
export async function publishToTopics(
  input: TopicsInput,
  deps: TopicsDeps,
  options: TopicsOptions = {},
): Promise<TopicsResult> {
  const ledger = input.ledger ?? new RunLedger(newRunId(new Date((deps.now ?? Date.now)())));
  const loc = input.targetLocation === undefined ? {} : { location: input.targetLocation };
  if (input.loaderTopicArn === undefined && !knownEmpty(input.loader)) {
    throw new ConfigurationError('there are collections or items to publish but no StacLoader topic', {
      ...loc,
      hint: 'set `loader_topic_arn` or `stack` in the target',
    });
  }
  if (input.generatorTopicArn === undefined && !knownEmpty(input.generator)) {
    throw new ConfigurationError('there are remote stactools sources but no StactoolsItemGenerator topic', {
      ...loc,
      hint:
        'set `generator_topic_arn` or a `stack` that has a stactools item generator (MAAP: the pgSTAC stack), ' +
        'or use `generate: local`',
    });
  }
  const result: TopicsResult = {
    runId: ledger.runId,
    ledger,
    published: 0,
    failed: 0,
    rejected: 0,
    unknown: 0,
    ok: false,
  };
  const common = {
    ...(options.concurrency !== undefined ? { concurrency: options.concurrency } : {}),
    ...(options.maxMessagesPerSecond !== undefined ? { maxMessagesPerSecond: options.maxMessagesPerSecond } : {}),
    ...(options.maxAttempts !== undefined ? { maxAttempts: options.maxAttempts } : {}),
    ...(input.targetLocation !== undefined ? { topicLocation: input.targetLocation } : {}),
  };
  const send = async (entries: Source<PublishEntry>, topicArn: string): Promise<PublishResult> => {
    const r = await publishDocuments(entries, { ...deps, ledger }, { ...common, topicArn });
    result.published += r.published;
    result.failed += r.failed;
    result.rejected += r.rejected;
    result.unknown += r.unknown;
    return r;
  };
  // write-ahead: nothing is sent unless the ledger file can be written
  if (input.ledgerDir !== null) result.ledgerPath = await ledger.journalTo(input.ledgerDir ?? LEDGER_DIR);
  try {
    if (input.loader !== undefined && input.loaderTopicArn !== undefined)
      result.loader = await send(input.loader, input.loaderTopicArn);
    if (input.generator !== undefined && input.generatorTopicArn !== undefined)
      result.generator = await send(input.generator, input.generatorTopicArn);
    result.ok = result.failed + result.rejected === 0;
    const lost = result.failed + result.rejected;
    const doubt = result.unknown > 0 ? `; ${result.unknown} in doubt` : '';
    const notes = `${lost > 0 ? `; ${lost} did not make it` : ''}${doubt}`;
    deps.logger.info(`published ${result.published} message(s)${notes} (run ${ledger.runId})`);
    return result;
  } finally {
    try {
      await ledger.close();
    } catch (err) {
      deps.logger.warning(`could not close the run ledger: ${(err as Error).message}`);
    }
  }
}

/**
 * Creates the run's ledger file before anything is published; a failure is a warning here (and
 * publishing, which needs the file, fails with its reason), and gives no path.
 */
export async function createLedgerFile(
  ledger: RunLedger,
  dir: string,
  deps: { logger: Logger },
): Promise<string | undefined> {
  try {
    const path = await ledger.journalTo(dir);
    await ledger.close();
    return path;
  } catch (err) {
    deps.logger.warning(`could not write the run ledger: ${(err as Error).message}`);
    return undefined;
  }
}
