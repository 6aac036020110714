import path from 'node:path';
import type { MaapTarget } from '../manifest/schema.js';
import type { Logger } from '../logging.js';
import { ConfigurationError } from '../errors.js';
import { createAwsClients, type AwsClientOptions, type AwsClients } from '../clients/aws.js';
import { directPublishBatchSender } from '../clients/sns-publish-batch.js';
import { createStacApiClient, type FetchLike, type StacApiClient } from '../clients/stac-api.js';
import { resolveTargetEndpoints, type TargetEndpoints } from './discover.js';
import { documentEntry, type PublishEntry } from '../stages/publish/entry.js';
import { RunLedger } from '../stages/publish/ledger.js';
import { publishStage, requestEntries } from '../stages/publish/index.js';
import { waitForPipeline, type ExpectedObject, type WaitResult } from '../stages/wait.js';
import { createVerifier, staleReason } from '../stages/verify.js';
import { describeDifferences } from '../compare/compare.js';
import { classifyAgainstCatalog, type CatalogClassification } from '../stages/classify.js';
import { expectedFromDoc, expectedItem, type ExpectedStac } from '../model/expected.js';
import type { Origin } from '../model/stac.js';
import type { DeliveryInput, Sink, SinkContext } from './target.js';
import { stacApiCatalog } from './stac-api-catalog.js';
import type { DeliveryOutcome, ObjectStatus } from '../model/delivery.js';

export interface MaapSinkDeps {
  logger: Logger;
  fetch?: FetchLike;
  env?: NodeJS.ProcessEnv;
  /** Injected AWS clients (tests, the twin); otherwise made from the target's region/endpoint. */
  aws?: AwsClients;
  /** Injected STAC API client; otherwise made from the target's `stac_api`. */
  stacApi?: StacApiClient;
}

export interface MaapSinkOptions {
  /** Directory of the run ledger (default `<manifest dir>/.stac-ingest`). */
  ledgerDir?: string;
}

function originOf(o: Origin | undefined): Origin {
  return o ?? { file: '' };
}

/**
 * The MAAP / eoapi-cdk target: classify against the live catalog (when a STAC API is configured),
 * publish what is new or changed to the StacLoader topic (collections first) and ItemRequests to the
 * generator topic, wait until every expected object is in the STAC API or dead-lettered, and verify
 * what landed by content.
 */
export function createMaapSink(
  target: MaapTarget,
  baseDir: string,
  deps: MaapSinkDeps,
  options: MaapSinkOptions = {},
): Sink {
  const env = deps.env ?? process.env;
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
  const api = (): StacApiClient | undefined => {
    if (deps.stacApi) return deps.stacApi;
    if (target.stac_api === undefined) return undefined;
    const headers: Record<string, string> = {};
    if (target.stac_api_auth_env !== undefined) {
      const value = env[target.stac_api_auth_env];
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
  };

  let sender: ReturnType<typeof directPublishBatchSender> | undefined;
  return {
    type: 'maap',
    async deliver(given: DeliveryInput, ctx: SinkContext): Promise<DeliveryOutcome> {
      const { logger } = ctx;
      const input = { ...given, mode: given.mode ?? 'publish' };
      const stac = api();
      const planned: Array<ExpectedStac & { doc: NonNullable<ExpectedStac['doc']> }> = [];
      for (const d of [...input.collections, ...input.items]) {
        const e = expectedFromDoc(d.doc, d.origin);
        if (e?.doc) planned.push({ ...e, doc: e.doc });
      }
      const objects = new Map<string, ObjectStatus>();
      const put = (o: ObjectStatus) => objects.set(o.key, o);
      for (const p of planned)
        put({
          key: p.key,
          kind: p.kind,
          collection: p.collection,
          id: p.id,
          origin: originOf(p.origin),
          state: 'published',
        });

      // plan against the live catalog
      let classification: CatalogClassification | undefined;
      if (stac) {
        const owned = target.owns_collections ? [...new Set(planned.map((p) => p.collection))] : [];
        classification = await ctx.stage('compare with catalog', () =>
          classifyAgainstCatalog(
            planned,
            { catalog: stacApiCatalog(stac), logger },
            { force: input.force, ownedCollections: owned },
          ),
        );
        for (const c of classification.objects) {
          const o = objects.get(c.key);
          if (!o) continue;
          o.change = c.status;
          if (c.status === 'changed' && c.differences.length)
            o.reason = `differs at ${describeDifferences(c.differences)}`;
        }
        for (const orphan of classification.orphans)
          put({
            key: orphan.key,
            kind: 'item',
            collection: orphan.collection,
            id: orphan.id,
            origin: { file: '' },
            state: 'orphan',
            reason: 'in the catalog but not in the manifest',
          });
        const counts = classification.counts;
        logger.info(
          `against the catalog: ${counts.new} new, ${counts.changed} changed, ${counts.unchanged} unchanged, ${counts.orphan} orphan(s)`,
        );
      } else if (input.mode !== 'publish') {
        throw new ConfigurationError(`target needs \`stac_api\` to ${input.mode} against the live catalog`);
      } else {
        logger.warning(
          'the target has no stac_api: what is published cannot be verified (add stac_api to prove the data landed)',
        );
      }

      if (input.mode === 'plan') {
        for (const o of objects.values())
          if (o.state === 'published') o.state = o.change === 'unchanged' && !input.force ? 'unchanged' : 'planned';
        for (const r of input.remote) {
          r.requests.forEach((req, i) =>
            put({
              key: `request:${r.sourceId}#${i + 1}`,
              kind: 'request',
              collection: r.collection,
              id: null,
              origin: req.origin,
              state: 'planned',
            }),
          );
        }
        return {
          ok: true,
          summary: summarizeClassification(classification),
          objects: [...objects.values()],
          details: { classification: classification?.counts },
        };
      }

      const toPublish =
        input.mode === 'verify'
          ? new Set<string>()
          : new Set(classification ? classification.toPublish : planned.map((p) => p.key));
      const expected: ExpectedStac[] = [];
      const waitExpected: ExpectedObject[] = [];
      for (const p of planned) {
        const o = objects.get(p.key)!;
        if (!toPublish.has(p.key)) {
          if (input.mode === 'publish') o.state = 'unchanged';
          else expected.push(p); // verify: everything must be there, as sent
          continue;
        }
        expected.push(p);
        waitExpected.push({ key: p.key, ...(p.origin ? { origin: p.origin } : {}) });
      }

      // remote generation: ItemRequests, and the items the manifest says they produce
      const requestBatches: PublishEntry[] = [];
      for (const r of input.remote) {
        const collection = r.collection ?? '';
        const { entries, expected: exp } = requestEntries(r.sourceId, collection, r.requests, r.expect?.ids);
        if (input.mode === 'publish') requestBatches.push(...entries);
        for (const e of exp) {
          const id = e.key.slice(`item:${collection}/`.length);
          expected.push(expectedItem(collection, id, e.origin));
          if (input.mode === 'publish') waitExpected.push(e);
          put({
            key: e.key,
            kind: 'item',
            collection,
            id,
            origin: originOf(e.origin),
            state: input.mode === 'publish' ? 'published' : 'missing',
          });
        }
        if (exp.length === 0)
          logger.warning(
            `${r.entry}: remote generation without expect.ids or expect.id_template: its items cannot be waited for one by one`,
          );
        if (input.mode === 'publish') {
          entries.forEach((entry) =>
            put({ key: entry.key, kind: 'request', collection, id: null, origin: entry.origin, state: 'published' }),
          );
        }
      }

      let endpoints: TargetEndpoints | undefined;
      let ledger: RunLedger | undefined;
      let ledgerPath: string | undefined;
      let wait: WaitResult | undefined;
      const progress: NonNullable<DeliveryOutcome['progress']> = [];
      const t0 = ctx.now();
      if (input.mode === 'publish') {
        const clients = awsClients();
        endpoints = await ctx.stage('resolve target', () => resolveTargetEndpoints(target, { cfn: clients.cfn }));
        const collections = planned
          .filter((p) => p.kind === 'collection' && toPublish.has(p.key))
          .map((p) => documentEntry(p.doc, originOf(p.origin)));
        const items = planned
          .filter((p) => p.kind === 'item' && toPublish.has(p.key))
          .map((p) => documentEntry(p.doc, originOf(p.origin)));
        ledger = new RunLedger(input.runId);
        const publishOptions =
          target.max_messages_per_second !== undefined ? { maxMessagesPerSecond: target.max_messages_per_second } : {};
        const ledgerDir = options.ledgerDir ?? path.join(baseDir, '.stac-ingest');
        const topics = {
          ...(endpoints.loaderTopicArn ? { loaderTopicArn: endpoints.loaderTopicArn } : {}),
          ...(endpoints.generatorTopicArn ? { generatorTopicArn: endpoints.generatorTopicArn } : {}),
        };
        sender ??= directPublishBatchSender(clients.sns);
        const publishDeps = { sns: clients.sns, sender, logger, sleep: ctx.sleep, now: ctx.now };
        // Collections first, and (when the catalog can be read) only once they are visible: a loader
        // invocation handling items of a collection it cannot see yet writes a placeholder collection,
        // which can land after, and over, the real one when two invocations run at once.
        const waitForCollections =
          stac !== undefined &&
          target.wait_minutes > 0 &&
          collections.length > 0 &&
          items.length + requestBatches.length > 0;
        let published = await ctx.stage('publish collections', () =>
          publishStage({ ledger: ledger!, ...topics, collections, ledgerDir }, publishDeps, publishOptions),
        );
        let collectionsReady = published.ok;
        if (published.ok && waitForCollections) {
          const keys = planned.filter((p) => p.kind === 'collection' && toPublish.has(p.key));
          const verifier = createVerifier(keys, { catalog: stacApiCatalog(stac!), logger, now: ctx.now });
          const seen = await ctx.stage('wait for collections', () =>
            waitForPipeline(
              {
                ledger: ledger!,
                expected: keys.map((k) => ({ key: k.key })),
                queues: { loader: { ...(endpoints!.loaderDlqUrl ? { dlqUrl: endpoints!.loaderDlqUrl } : {}) } },
                checkLanded: (k) => verifier.checkLanded(k),
              },
              { sqs: clients.sqs, logger, sleep: ctx.sleep, now: ctx.now },
              { timeoutMs: target.wait_minutes * 60_000, pollIntervalMs: Math.min(target.poll_seconds, 5) * 1000 },
            ),
          );
          collectionsReady = seen.state === 'complete';
          if (!collectionsReady)
            logger.error(`collections did not appear in the STAC API (${seen.state}); not publishing their items`);
        }
        if (collectionsReady) {
          published = await ctx.stage('publish', () =>
            publishStage(
              { ledger: ledger!, ...topics, items, itemRequests: requestBatches, ledgerDir },
              publishDeps,
              publishOptions,
            ),
          );
        } else {
          published.skippedAfterCollectionFailures = true;
        }
        ledgerPath = published.ledgerPath;
        for (const rec of ledger.records()) {
          const o = objects.get(rec.key);
          if (!o) continue;
          if (rec.messageId) o.ref = rec.messageId;
          if (rec.status === 'failed') {
            o.state = 'failed';
            o.reason = rec.error ? `${rec.error.code ?? ''} ${rec.error.message ?? ''}`.trim() : 'not published';
          }
        }
        if (published.skippedAfterCollectionFailures) {
          for (const o of objects.values())
            if (o.kind !== 'collection' && o.state === 'published' && !o.ref)
              Object.assign(o, { state: 'failed', reason: 'not sent: its collection failed to publish' });
        }
      }

      if (stac && (input.mode === 'verify' || (target.wait_minutes > 0 && waitExpected.length > 0))) {
        const verifier = createVerifier(expected, { catalog: stacApiCatalog(stac), logger, now: ctx.now });
        if (input.mode === 'publish' && ledger && endpoints) {
          const clients = awsClients();
          const total = waitExpected.length;
          wait = await ctx.stage('wait', () =>
            waitForPipeline(
              {
                ledger: ledger!,
                expected: waitExpected,
                queues: {
                  loader: {
                    ...(endpoints!.loaderQueueUrl ? { queueUrl: endpoints!.loaderQueueUrl } : {}),
                    ...(endpoints!.loaderDlqUrl ? { dlqUrl: endpoints!.loaderDlqUrl } : {}),
                  },
                  generator: {
                    ...(endpoints!.generatorQueueUrl ? { queueUrl: endpoints!.generatorQueueUrl } : {}),
                    ...(endpoints!.generatorDlqUrl ? { dlqUrl: endpoints!.generatorDlqUrl } : {}),
                  },
                },
                checkLanded: async (keys) => {
                  const landed = await verifier.checkLanded(keys);
                  const verified = verifier.report().counts.verified;
                  progress.push({ atMs: ctx.now() - t0, verified: Math.min(verified, total), expected: total });
                  logger.progress?.('verified', Math.min(verified, total), total);
                  return landed;
                },
              },
              { sqs: clients.sqs, logger, sleep: ctx.sleep, now: ctx.now },
              { timeoutMs: target.wait_minutes * 60_000, pollIntervalMs: target.poll_seconds * 1000 },
            ),
          );
        }
        const report = await ctx.stage('verify', () => verifier.verifyAll());
        for (const e of report.entries) {
          const o = objects.get(e.key);
          if (!o || o.state === 'failed') continue;
          if (e.status === 'verified') o.state = 'verified';
          else if (e.status === 'stale') {
            o.state = 'stale';
            o.reason = staleReason('the catalog', e.differences, e.truncated);
          } else o.state = 'missing';
        }
        for (const d of wait?.deadLettered ?? []) {
          const o = objects.get(d.key);
          if (o) Object.assign(o, { state: 'dead-lettered', reason: d.reason });
        }
        if (wait?.state === 'timeout') {
          for (const key of wait.pending) {
            const o = objects.get(key);
            if (o && o.state === 'missing') o.reason = `not in the STAC API after ${target.wait_minutes} min`;
          }
        }
        // requests whose items all landed count as verified
        for (const o of objects.values()) {
          if (o.kind !== 'request' || o.state !== 'published') continue;
          const items = waitExpected.filter((w) => w.requestKey === o.key).map((w) => objects.get(w.key));
          if (items.length && items.every((i) => i?.state === 'verified')) o.state = 'verified';
        }
      }

      const list = [...objects.values()];
      const bad = list.filter(
        (o) => o.state === 'failed' || o.state === 'missing' || o.state === 'stale' || o.state === 'dead-lettered',
      );
      const count = (s: ObjectStatus['state']) => list.filter((o) => o.state === s).length;
      const summary =
        input.mode === 'verify'
          ? `verified ${count('verified')} of ${expected.length}; ${count('missing')} missing, ${count('stale')} stale`
          : `published ${list.filter((o) => o.ref).length} message(s); ${count('verified')} verified, ${count('unchanged')} unchanged, ${count('missing')} missing, ${count('stale')} stale, ${count('dead-lettered')} dead-lettered, ${count('failed')} failed`;
      logger.info(summary);
      const details: Record<string, unknown> = {};
      if (ledgerPath) details['ledger'] = ledgerPath;
      if (endpoints) details['endpoints'] = endpoints;
      if (wait)
        details['wait'] = {
          state: wait.state,
          polls: wait.polls,
          elapsedMs: wait.elapsedMs,
          foreignDeadLetters: wait.foreignDeadLetters,
        };
      if (classification) details['classification'] = classification.counts;
      return { ok: bad.length === 0, summary, objects: list, ...(progress.length ? { progress } : {}), details };
    },
    async close() {
      sender?.destroy();
      if (ownAws && aws) aws.destroy();
    },
  };
}

function summarizeClassification(c: CatalogClassification | undefined): string {
  if (!c) return 'no live catalog to compare with';
  return `${c.counts.new} new, ${c.counts.changed} changed, ${c.counts.unchanged} unchanged, ${c.counts.orphan} orphan(s)`;
}
