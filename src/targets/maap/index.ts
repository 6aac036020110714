/**
 * The MAAP / eoapi-cdk target: documents go to the StacLoader topic and ItemRequests to the
 * StactoolsItemGenerator topic (every MessageId in the run ledger); its live catalog is the STAC
 * API (`stac_api`); what it tells of published messages is in its dead-letter queues. What is
 * compared, published, awaited and verified is decided by the run (src/run/deliver.ts).
 */
import path from 'node:path';
import type { MaapTarget } from '../../manifest/schema.js';
import type { Logger } from '../../logging.js';
import { ConfigurationError } from '../../errors.js';
import { createAwsClients, type AwsClientOptions, type AwsClients } from '../../clients/aws.js';
import { directPublishBatchSender } from '../../clients/sns-publish-batch.js';
import { createStacApiClient, type FetchLike, type StacApiClient } from '../../clients/stac-api.js';
import { resolveTargetEndpoints, type TargetEndpoints } from '../discover.js';
import { stacApiCatalog } from '../stac-api-catalog.js';
import type { ObjectStatus } from '../../model/delivery.js';
import type {
  AwaitedObject,
  CatalogReader,
  DeliveryMode,
  DeliveryWork,
  Target,
  TargetContext,
  WaitPolicy,
  Watch,
  WriteBatch,
  Written,
} from '../target.js';
import { documentEntry, itemRequestEntry, type PublishEntry } from './entry.js';
import { RunLedger } from './ledger.js';
import { createLedgerFile, publishToTopics } from './topics.js';
import type { PublishResult } from './publisher.js';
import { createPipelineWatch, type QueueUrls } from './pipeline.js';

export interface MaapTargetDeps {
  logger: Logger;
  fetch?: FetchLike;
  env?: NodeJS.ProcessEnv;
  /** Injected AWS clients (tests, the twin); otherwise made from the target's region/endpoint. */
  aws?: AwsClients;
  /** Injected STAC API client; otherwise made from the target's `stac_api`. */
  stacApi?: StacApiClient;
}

export interface MaapTargetOptions {
  /** Directory of the run ledger (default `<manifest dir>/.stac-ingest`). */
  ledgerDir?: string;
}

/** The STAC API client of the target, with its auth header (a secret) from the environment. */
function stacApiOf(target: MaapTarget, deps: MaapTargetDeps, signal?: AbortSignal): StacApiClient | undefined {
  if (deps.stacApi) return deps.stacApi;
  if (target.stac_api === undefined) return undefined;
  const headers: Record<string, string> = {};
  if (target.stac_api_auth_env !== undefined) {
    const value = (deps.env ?? process.env)[target.stac_api_auth_env];
    if (!value)
      throw new ConfigurationError(`the STAC API auth variable $${target.stac_api_auth_env} is empty`, {
        hint: 'set it (e.g. from a secret) or remove stac_api_auth_env',
      });
    deps.logger.setSecret(value);
    headers['Authorization'] = value;
  }
  return createStacApiClient({
    baseUrl: target.stac_api,
    logger: deps.logger,
    ...(deps.fetch ? { fetch: deps.fetch } : {}),
    ...(signal ? { signal } : {}),
    headers,
  });
}

/** What became of each entry, from the ledger records of its topic. */
function writtenFrom(ledger: RunLedger, entries: readonly PublishEntry[], topicArn: string | undefined): Written[] {
  return entries.map((e): Written => {
    const rec = topicArn === undefined ? undefined : ledger.get(e.key, topicArn);
    // in doubt (a call without an answer, not seen in the catalog): on its way as far as anyone knows
    if (rec?.status === 'unknown') return { key: e.key, state: 'published' };
    if (rec?.status !== 'published') {
      const why = rec?.error ? `${rec.error.code ?? ''} ${rec.error.message ?? ''}`.trim() : '';
      return { key: e.key, state: 'failed', reason: why || 'not published' };
    }
    return { key: e.key, state: 'published', ...(rec.messageId ? { ref: rec.messageId } : {}) };
  });
}

/**
 * The run's PublishBatch calls over all its writes (collections, item waves, ItemRequests): how many, how many
 * got no answer and what became of their entries, and the calls in flight (the adaptive limit's range).
 */
function publishDetails(results: readonly PublishResult[]): Record<string, unknown> {
  const sum = (f: (r: PublishResult) => number) => results.reduce((n, r) => n + f(r), 0);
  const c = results.map((r) => r.concurrency);
  return {
    calls: sum((r) => r.calls),
    throttledOrServerErrors: sum((r) => r.throttledOrServerErrors),
    unansweredCalls: sum((r) => r.unanswered),
    foundInCatalog: sum((r) => r.reconciled),
    inDoubt: sum((r) => r.unknown),
    inFlight: {
      adaptive: c.every((x) => x.adaptive),
      configured: Math.max(...c.map((x) => x.configured)),
      min: Math.min(...c.map((x) => x.lowest)),
      max: Math.max(...c.map((x) => x.highest)),
      final: c.at(-1)?.final,
      decreases: c.reduce((n, x) => n + x.decreases, 0),
      peak: Math.max(...c.map((x) => x.peakInFlight)),
    },
  };
}

/** The MAAP pipeline through the Target port; clients are made on first use unless injected. */
class MaapPipelineTarget implements Target {
  readonly type = 'maap';
  readonly generatesRemotely = true;
  readonly skipsUnchanged = true;
  readonly datetimeTextRanges = true;
  readonly ownsCollections: boolean;
  readonly wait: WaitPolicy;
  private aws: AwsClients | undefined;
  private readonly ownAws: boolean;
  private stac: { api: StacApiClient | undefined } | undefined;
  private readonly ledgerDir: string;
  private endpoints: TargetEndpoints | undefined;
  private ledger: RunLedger | undefined;
  private ledgerPath: string | undefined;
  private sender: ReturnType<typeof directPublishBatchSender> | undefined;
  private readonly publishes: PublishResult[] = [];

  constructor(
    private readonly target: MaapTarget,
    baseDir: string,
    private readonly deps: MaapTargetDeps,
    options: MaapTargetOptions,
  ) {
    this.aws = deps.aws;
    this.ownAws = deps.aws === undefined;
    this.ledgerDir = options.ledgerDir ?? path.join(baseDir, '.stac-ingest');
    this.ownsCollections = target.owns_collections;
    this.wait = {
      timeoutMs: target.wait_minutes * 60_000,
      pollIntervalMs: target.poll_seconds * 1000,
      landing: 'catalog',
    };
  }

  private clients(): AwsClients {
    if (!this.aws) {
      const opts: AwsClientOptions = {};
      if (this.target.region !== undefined) opts.region = this.target.region;
      if (this.target.endpoint !== undefined) opts.endpoint = this.target.endpoint;
      this.aws = createAwsClients(opts);
    }
    return this.aws;
  }

  private opened(): { ledger: RunLedger; endpoints: TargetEndpoints } {
    if (!this.ledger || !this.endpoints) throw new Error('the maap target was not opened for publishing');
    return { ledger: this.ledger, endpoints: this.endpoints };
  }

  async open(work: DeliveryWork, ctx: TargetContext): Promise<ObjectStatus[]> {
    if (work.mode !== 'publish') return [];
    const { cfn } = this.clients();
    this.endpoints = await ctx.stage('resolve target', () => resolveTargetEndpoints(this.target, { cfn }));
    // the run's ledger exists from the start, also when nothing turns out to need publishing
    this.ledger = new RunLedger(work.runId);
    this.ledgerPath = await createLedgerFile(this.ledger, this.ledgerDir, ctx);
    return [];
  }

  catalogs(mode: DeliveryMode, ctx: TargetContext): CatalogReader[] {
    const client = (this.stac ??= { api: stacApiOf(this.target, this.deps, ctx.signal) }).api;
    if (client) return [stacApiCatalog(client)];
    if (mode !== 'publish')
      throw new ConfigurationError(`target needs \`stac_api\` to ${mode} against the live catalog`);
    ctx.logger.warning(
      'the target has no stac_api: what is published cannot be verified (add stac_api to prove the data landed)',
    );
    return [];
  }

  async write(batch: WriteBatch, ctx: TargetContext): Promise<Written[]> {
    const { ledger, endpoints } = this.opened();
    const { sns } = this.clients();
    const timeoutMs = this.target.publish_timeout_seconds * 1000;
    const sender = (this.sender ??= directPublishBatchSender(sns, { timeoutMs }));
    const loader = [...batch.collections, ...batch.items].map((o) => documentEntry(o.doc, o.origin));
    const generator = batch.requests.map((q) => itemRequestEntry(q.request, q.sourceId, q.row, q.origin));
    const { loaderTopicArn, generatorTopicArn } = endpoints;
    const rate = this.target.max_messages_per_second;
    const published = await publishToTopics(
      {
        ledger,
        ...(loaderTopicArn ? { loaderTopicArn } : {}),
        ...(generatorTopicArn ? { generatorTopicArn } : {}),
        ...(loader.length > 0 ? { loader } : {}),
        ...(generator.length > 0 ? { generator } : {}),
        ledgerDir: this.ledgerDir,
      },
      {
        sns,
        sender,
        logger: ctx.logger,
        sleep: ctx.sleep,
        now: ctx.now,
        ...(ctx.landed ? { landed: ctx.landed } : {}),
        ...(ctx.signal ? { signal: ctx.signal } : {}),
      },
      rate !== undefined ? { maxMessagesPerSecond: rate } : {},
    );
    if (published.ledgerPath) this.ledgerPath = published.ledgerPath;
    for (const r of [published.loader, published.generator]) if (r) this.publishes.push(r);
    return [...writtenFrom(ledger, loader, loaderTopicArn), ...writtenFrom(ledger, generator, generatorTopicArn)];
  }

  watch(awaited: readonly AwaitedObject[], ctx: TargetContext): Watch {
    const { ledger, endpoints: e } = this.opened();
    const queue = (queueUrl: string | undefined, dlqUrl: string | undefined): QueueUrls => ({
      ...(queueUrl ? { queueUrl } : {}),
      ...(dlqUrl ? { dlqUrl } : {}),
    });
    const queues = {
      loader: queue(e.loaderQueueUrl, e.loaderDlqUrl),
      generator: queue(e.generatorQueueUrl, e.generatorDlqUrl),
    };
    const deps = { sqs: this.clients().sqs, sleep: ctx.sleep };
    return createPipelineWatch({ ledger, awaited, queues }, deps, { waitMinutes: this.target.wait_minutes });
  }

  describe(): string {
    return `the MAAP pipeline (${this.target.stack ? `stack ${this.target.stack}` : 'configured topics'})`;
  }

  details(): Record<string, unknown> {
    const details: Record<string, unknown> = {};
    if (this.ledgerPath) details['ledger'] = this.ledgerPath;
    if (this.endpoints) details['endpoints'] = this.endpoints;
    if (this.publishes.length > 0) details['publish'] = publishDetails(this.publishes);
    return details;
  }

  async close(): Promise<void> {
    this.sender?.destroy();
    if (this.ownAws && this.aws) this.aws.destroy();
  }
}

export function createMaapTarget(
  target: MaapTarget,
  baseDir: string,
  deps: MaapTargetDeps,
  options: MaapTargetOptions = {},
): Target {
  return new MaapPipelineTarget(target, baseDir, deps, options);
}
