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
import type { Target, TargetContext, WriteBatch, Written } from '../target.js';
import { documentEntry, itemRequestEntry, type PublishEntry } from './entry.js';
import { RunLedger } from './ledger.js';
import { publishToTopics, writeLedger } from './topics.js';
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
function stacApiOf(target: MaapTarget, deps: MaapTargetDeps): StacApiClient | undefined {
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
    headers,
  });
}

/** What became of each entry, from the ledger records of its topic. */
function writtenFrom(ledger: RunLedger, entries: readonly PublishEntry[], topicArn: string | undefined): Written[] {
  return entries.map((e): Written => {
    const rec = topicArn === undefined ? undefined : ledger.get(e.key, topicArn);
    if (rec?.status !== 'published') {
      const why = rec?.error ? `${rec.error.code ?? ''} ${rec.error.message ?? ''}`.trim() : '';
      return { key: e.key, state: 'failed', reason: why || 'not published' };
    }
    return { key: e.key, state: 'published', ...(rec.messageId ? { ref: rec.messageId } : {}) };
  });
}

export function createMaapTarget(
  target: MaapTarget,
  baseDir: string,
  deps: MaapTargetDeps,
  options: MaapTargetOptions = {},
): Target {
  let aws = deps.aws;
  const ownAws = aws === undefined;
  const awsClients = (): AwsClients => {
    if (!aws) {
      const opts: AwsClientOptions = {};
      if (target.region !== undefined) opts.region = target.region;
      if (target.endpoint !== undefined) opts.endpoint = target.endpoint;
      aws = createAwsClients(opts);
    }
    return aws;
  };
  let stac: { api: StacApiClient | undefined } | undefined;
  const api = (): StacApiClient | undefined => (stac ??= { api: stacApiOf(target, deps) }).api;
  const ledgerDir = options.ledgerDir ?? path.join(baseDir, '.stac-ingest');
  let endpoints: TargetEndpoints | undefined;
  let ledger: RunLedger | undefined;
  let ledgerPath: string | undefined;
  let sender: ReturnType<typeof directPublishBatchSender> | undefined;
  const opened = (): { ledger: RunLedger; endpoints: TargetEndpoints } => {
    if (!ledger || !endpoints) throw new Error('the maap target was not opened for publishing');
    return { ledger, endpoints };
  };

  return {
    type: 'maap',
    generatesRemotely: true,
    skipsUnchanged: true,
    ownsCollections: target.owns_collections,
    wait: { timeoutMs: target.wait_minutes * 60_000, pollIntervalMs: target.poll_seconds * 1000, landing: 'catalog' },

    async open(work, ctx) {
      if (work.mode !== 'publish') return [];
      const clients = awsClients();
      endpoints = await ctx.stage('resolve target', () => resolveTargetEndpoints(target, { cfn: clients.cfn }));
      // the run's ledger exists from the start, also when nothing turns out to need publishing
      ledger = new RunLedger(work.runId);
      ledgerPath = await writeLedger(ledger, ledgerDir, ctx);
      return [];
    },

    catalogs(mode, ctx) {
      const client = api();
      if (client) return [stacApiCatalog(client)];
      if (mode !== 'publish')
        throw new ConfigurationError(`target needs \`stac_api\` to ${mode} against the live catalog`);
      ctx.logger.warning(
        'the target has no stac_api: what is published cannot be verified (add stac_api to prove the data landed)',
      );
      return [];
    },

    async write(batch: WriteBatch, ctx: TargetContext) {
      const { ledger, endpoints } = opened();
      const clients = awsClients();
      sender ??= directPublishBatchSender(clients.sns);
      const loader = [...batch.collections, ...batch.items].map((o) => documentEntry(o.doc, o.origin));
      const generator = batch.requests.map((q) => itemRequestEntry(q.request, q.sourceId, q.row, q.origin));
      const { loaderTopicArn, generatorTopicArn } = endpoints;
      const published = await publishToTopics(
        {
          ledger,
          ...(loaderTopicArn ? { loaderTopicArn } : {}),
          ...(generatorTopicArn ? { generatorTopicArn } : {}),
          ...(loader.length > 0 ? { loader } : {}),
          ...(generator.length > 0 ? { generator } : {}),
          ledgerDir,
        },
        { sns: clients.sns, sender, logger: ctx.logger, sleep: ctx.sleep, now: ctx.now },
        target.max_messages_per_second !== undefined ? { maxMessagesPerSecond: target.max_messages_per_second } : {},
      );
      if (published.ledgerPath) ledgerPath = published.ledgerPath;
      return [...writtenFrom(ledger, loader, loaderTopicArn), ...writtenFrom(ledger, generator, generatorTopicArn)];
    },

    watch(awaited, ctx) {
      const { ledger, endpoints: e } = opened();
      const queue = (queueUrl: string | undefined, dlqUrl: string | undefined): QueueUrls => ({
        ...(queueUrl ? { queueUrl } : {}),
        ...(dlqUrl ? { dlqUrl } : {}),
      });
      return createPipelineWatch(
        {
          ledger,
          awaited,
          queues: {
            loader: queue(e.loaderQueueUrl, e.loaderDlqUrl),
            generator: queue(e.generatorQueueUrl, e.generatorDlqUrl),
          },
        },
        { sqs: awsClients().sqs, sleep: ctx.sleep },
        { waitMinutes: target.wait_minutes },
      );
    },

    describe: () => `the MAAP pipeline (${target.stack ? `stack ${target.stack}` : 'configured topics'})`,

    details() {
      const details: Record<string, unknown> = {};
      if (ledgerPath) details['ledger'] = ledgerPath;
      if (endpoints) details['endpoints'] = endpoints;
      return details;
    },

    async close() {
      sender?.destroy();
      if (ownAws && aws) aws.destroy();
    },
  };
}
