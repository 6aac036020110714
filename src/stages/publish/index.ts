import type { SNSClient } from '@aws-sdk/client-sns';
import type { PublishBatchSender } from '../../clients/sns-publish-batch.js';
import type { LoadedDoc } from '../../model/stac.js';
import { ConfigurationError, type SourceLocation } from '../../errors.js';
import type { Logger } from '../../logging.js';
import type { PlannedRequest } from '../../model/inputs.js';
import type { Clock, Sleep } from '../../retry.js';
import { documentEntry, itemRequestEntry, type PublishEntry } from './entry.js';
import { itemKey } from '../../model/keys.js';
import { LEDGER_DIR, newRunId, RunLedger } from './ledger.js';
import { publishDocuments, type PublishResult } from './publisher.js';
import type { ExpectedObject } from '../wait.js';

type Source<T> = AsyncIterable<T> | Iterable<T>;

export interface PublishStageInput {
  /** Continue an existing ledger (e.g. publish more), or start a new run. */
  ledger?: RunLedger;
  loaderTopicArn?: string;
  generatorTopicArn?: string;
  /** To the loader topic, first. */
  collections?: Source<PublishEntry>;
  /** To the loader topic, after every collection has an outcome. */
  items?: Source<PublishEntry>;
  /** ItemRequests to the generator topic, after the collections (the generated items need them). */
  itemRequests?: Source<PublishEntry>;
  /** Directory of the ledger file (default `.stac-ingest`); `null`: do not write it. */
  ledgerDir?: string | null;
  /** Where the target is in the manifest, for errors about its topics. */
  targetLocation?: SourceLocation;
}

export interface PublishStageOptions {
  concurrency?: number;
  maxMessagesPerSecond?: number;
  maxAttempts?: number;
  /** Publish items even when some collections failed (default false: they would be dead-lettered or create placeholder collections). */
  continueAfterFailures?: boolean;
}

export interface PublishStageDeps {
  sns: SNSClient;
  /** How PublishBatch is sent (default: the SDK command on `sns`). */
  sender?: PublishBatchSender;
  logger: Logger;
  sleep?: Sleep;
  now?: Clock;
}

export interface PublishStageResult {
  runId: string;
  ledger: RunLedger;
  /** Where the ledger was written (undefined when `ledgerDir: null`). */
  ledgerPath?: string;
  collections?: PublishResult;
  items?: PublishResult;
  itemRequests?: PublishResult;
  published: number;
  failed: number;
  rejected: number;
  /** Items and ItemRequests were not sent because collections failed. */
  skippedAfterCollectionFailures: boolean;
  ok: boolean;
}

/** Empty test without consuming a generator: only arrays can be checked up front. */
const knownEmpty = (s: Source<unknown> | undefined): boolean => s === undefined || (Array.isArray(s) && s.length === 0);

/**
 * The publish stage: collections to the StacLoader topic, then items to the same topic and
 * ItemRequests to the StactoolsItemGenerator topic. Every MessageId goes to the run ledger,
 * which is written to `<ledgerDir>/ledger-<runId>.json` even when publishing throws.
 */
export async function publishStage(
  input: PublishStageInput,
  deps: PublishStageDeps,
  options: PublishStageOptions = {},
): Promise<PublishStageResult> {
  const ledger = input.ledger ?? new RunLedger(newRunId(new Date((deps.now ?? Date.now)())));
  const loc = input.targetLocation === undefined ? {} : { location: input.targetLocation };
  if (input.loaderTopicArn === undefined && !(knownEmpty(input.collections) && knownEmpty(input.items))) {
    throw new ConfigurationError('there are collections or items to publish but no StacLoader topic', {
      ...loc,
      hint: 'set `loader_topic_arn` or `stack` in the target',
    });
  }
  if (input.generatorTopicArn === undefined && !knownEmpty(input.itemRequests)) {
    throw new ConfigurationError('there are remote stactools sources but no StactoolsItemGenerator topic', {
      ...loc,
      hint: 'set `generator_topic_arn` or a `stack` that has a stactools item generator (MAAP: the pgSTAC stack), or use `generate: local`',
    });
  }
  const result: PublishStageResult = {
    runId: ledger.runId,
    ledger,
    published: 0,
    failed: 0,
    rejected: 0,
    skippedAfterCollectionFailures: false,
    ok: false,
  };
  const depsWithLedger = { ...deps, ledger };
  const common = {
    ...(options.concurrency !== undefined ? { concurrency: options.concurrency } : {}),
    ...(options.maxMessagesPerSecond !== undefined ? { maxMessagesPerSecond: options.maxMessagesPerSecond } : {}),
    ...(options.maxAttempts !== undefined ? { maxAttempts: options.maxAttempts } : {}),
    ...(input.targetLocation !== undefined ? { topicLocation: input.targetLocation } : {}),
  };
  const add = (r: PublishResult): PublishResult => {
    result.published += r.published;
    result.failed += r.failed;
    result.rejected += r.rejected;
    return r;
  };
  try {
    if (input.collections !== undefined && input.loaderTopicArn !== undefined) {
      const topicArn = input.loaderTopicArn;
      result.collections = add(
        await deps.logger.group('publish collections', () =>
          publishDocuments(input.collections ?? [], depsWithLedger, { ...common, topicArn }),
        ),
      );
    }
    const collectionsFailed = (result.collections?.failed ?? 0) + (result.collections?.rejected ?? 0) > 0;
    if (collectionsFailed && options.continueAfterFailures !== true) {
      result.skippedAfterCollectionFailures = true;
      deps.logger.error(
        'not publishing items or ItemRequests: some collections were not published (their items would fail or create placeholder collections)',
      );
    } else {
      if (input.items !== undefined && input.loaderTopicArn !== undefined) {
        const topicArn = input.loaderTopicArn;
        result.items = add(
          await deps.logger.group('publish items', () =>
            publishDocuments(input.items ?? [], depsWithLedger, { ...common, topicArn }),
          ),
        );
      }
      if (input.itemRequests !== undefined && input.generatorTopicArn !== undefined) {
        const topicArn = input.generatorTopicArn;
        result.itemRequests = add(
          await deps.logger.group('publish ItemRequests', () =>
            publishDocuments(input.itemRequests ?? [], depsWithLedger, { ...common, topicArn }),
          ),
        );
      }
    }
    result.ok = result.failed + result.rejected === 0 && !result.skippedAfterCollectionFailures;
    deps.logger.info(
      `published ${result.published} message(s)${result.failed + result.rejected > 0 ? `; ${result.failed + result.rejected} did not make it` : ''} (run ${ledger.runId})`,
    );
    return result;
  } finally {
    if (input.ledgerDir !== null) {
      try {
        result.ledgerPath = await ledger.write(input.ledgerDir ?? LEDGER_DIR);
      } catch (err) {
        deps.logger.warning(`could not write the run ledger: ${(err as Error).message}`);
      }
    }
  }
}

/** Loader entries of loaded STAC documents, lazily. */
export function* documentEntries(docs: Iterable<LoadedDoc>): Generator<PublishEntry> {
  for (const d of docs) yield documentEntry(d.doc, d.origin);
}

/**
 * Generator entries of a remote stactools source (key `request:<source>#<n>`, n from 1), and
 * what the run should expect from them: the item ids the manifest names (`expect.ids` or an
 * `id_template` rendered per row). With only `expect.count`, ids are not known in advance; the
 * verify step has to count the collection's items instead.
 */
export function requestEntries(
  sourceId: string,
  collectionId: string,
  requests: PlannedRequest[],
  expectIds?: string[],
): { entries: PublishEntry[]; expected: ExpectedObject[] } {
  const entries: PublishEntry[] = [];
  const expected: ExpectedObject[] = [];
  requests.forEach((r, i) => {
    const entry = itemRequestEntry(r.request, sourceId, i + 1, { ...r.origin, sourceId });
    entries.push(entry);
    if (r.expectedId !== undefined)
      expected.push({ key: itemKey(collectionId, r.expectedId), origin: entry.origin, requestKey: entry.key });
  });
  // explicit ids are not tied to one request: a dead-lettered request cannot be blamed on one of them
  for (const id of expectIds ?? [])
    if (!expected.some((e) => e.key === itemKey(collectionId, id))) expected.push({ key: itemKey(collectionId, id) });
  return { entries, expected };
}
