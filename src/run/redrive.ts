import path from 'node:path';
import { readdir } from 'node:fs/promises';
import type { Logger } from '../logging.js';
import { ConfigurationError, describeError } from '../errors.js';
import { loadManifest } from '../manifest/load.js';
import { createAwsClients, type AwsClients } from '../clients/aws.js';
import { createStacApiClient, type StacApiClient } from '../clients/stac-api.js';
import { resolveTargetEndpoints } from '../targets/discover.js';
import { stacApiCatalog } from '../targets/stac-api-catalog.js';
import { RunLedger } from '../targets/maap/ledger.js';
import { createPipelineWatch } from '../targets/maap/pipeline.js';
import { redriveDeadLettered } from '../stages/redrive-dead-letters.js';
import { waitStage } from '../stages/wait.js';
import { createVerifier } from '../stages/verify.js';
import { expectedItem, type ExpectedStac } from '../model/expected.js';
import { selectTarget } from './ingest.js';
import type { IngestResult } from '../model/result.js';
import type { ObjectStatus } from '../model/delivery.js';
import { summarizeCollections } from './collections.js';

export interface RedriveOptions {
  manifestPath: string;
  target?: string;
  /** A ledger file; default: the newest `.stac-ingest/ledger-*.json` next to the manifest. */
  ledgerFile?: string;
  /** Only list what would be re-published. */
  dryRun?: boolean;
}

export interface RedriveDeps {
  logger: Logger;
  aws?: AwsClients;
  stacApi?: StacApiClient;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

async function newestLedger(dir: string): Promise<string> {
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => /^ledger-.+\.json$/.test(n)).sort();
  const last = names.at(-1);
  if (!last)
    throw new ConfigurationError(`no run ledger in ${dir}`, {
      hint: 'redrive works on the ledger a `run` wrote; pass --ledger FILE to name one',
    });
  return path.join(dir, last);
}

/**
 * Sends this run's dead-lettered messages (only those, found through the run ledger) back to
 * their topic, then waits until they are in the STAC API (or dead-lettered again).
 */
export async function redriveRun(options: RedriveOptions, deps: RedriveDeps): Promise<IngestResult> {
  const now = deps.now ?? Date.now;
  const t0 = now();
  const { logger } = deps;
  const result: IngestResult = {
    ok: false,
    command: 'redrive',
    manifest: options.manifestPath,
    collections: [],
    problems: [],
    stages: [],
    startedAt: new Date(t0).toISOString(),
    durationMs: 0,
  };
  let aws = deps.aws;
  const ownAws = aws === undefined;
  try {
    const loaded = await loadManifest(options.manifestPath);
    const { name, target } = selectTarget(loaded.manifest, options.target, undefined);
    if (target.type !== 'maap')
      throw new ConfigurationError(`redrive works on a MAAP target; '${name}' is ${target.type}`);
    result.target = {
      name,
      type: target.type,
      description: `redrive dead-lettered messages (${target.stack ?? target.loader_topic_arn ?? ''})`,
    };
    const file = options.ledgerFile ?? (await newestLedger(path.join(loaded.dir, '.stac-ingest')));
    const ledger = await RunLedger.read(file);
    logger.info(`ledger ${file} (run ${ledger.runId})`);
    aws ??= createAwsClients({
      ...(target.region ? { region: target.region } : {}),
      ...(target.endpoint ? { endpoint: target.endpoint } : {}),
    });
    const clients = aws;
    const endpoints = await resolveTargetEndpoints(target, { cfn: clients.cfn });
    const queues: Parameters<typeof redriveDeadLettered>[0]['queues'] = {};
    if (endpoints.loaderDlqUrl && endpoints.loaderTopicArn)
      queues.loader = { dlqUrl: endpoints.loaderDlqUrl, topicArn: endpoints.loaderTopicArn };
    if (endpoints.generatorDlqUrl && endpoints.generatorTopicArn)
      queues.generator = { dlqUrl: endpoints.generatorDlqUrl, topicArn: endpoints.generatorTopicArn };
    const redriven = await logger.group('redrive', () =>
      redriveDeadLettered(
        { ledger, queues },
        { sns: clients.sns, sqs: clients.sqs, logger, ...(deps.sleep ? { sleep: deps.sleep } : {}), now },
        { dryRun: options.dryRun ?? false },
      ),
    );
    await ledger.write(path.dirname(file));
    logger.info(
      `re-published ${redriven.redriven.length} message(s); ${redriven.failed.length} failed; ${redriven.ignored} other publishers' message(s) left alone`,
    );
    const objects: ObjectStatus[] = [];
    const expected: ExpectedStac[] = [];
    for (const r of redriven.redriven) {
      const rec = ledger.get(r.key, r.topicArn);
      const m = /^item:([^/]*)\/(.+)$/.exec(r.key);
      objects.push({
        key: r.key,
        kind: m ? 'item' : r.key.startsWith('request:') ? 'request' : 'collection',
        collection: m?.[1] ?? null,
        id: m?.[2] ?? null,
        origin: rec?.origin ?? { file: '' },
        state: 'published',
        ...(r.newMessageId ? { ref: r.newMessageId } : {}),
      });
      if (m) expected.push(expectedItem(m[1]!, m[2]!, rec?.origin));
    }
    for (const f of redriven.failed)
      objects.push({
        key: f.key,
        kind: 'item',
        collection: null,
        id: null,
        origin: { file: '' },
        state: 'failed',
        reason: f.error,
      });
    const stac =
      deps.stacApi ?? (target.stac_api ? createStacApiClient({ baseUrl: target.stac_api, logger }) : undefined);
    if (stac && expected.length && !options.dryRun) {
      const verifier = createVerifier(expected, { catalog: stacApiCatalog(stac), logger, now });
      const awaited = expected.map((e) => ({ key: e.key, ...(e.origin ? { origin: e.origin } : {}) }));
      const loader = {
        ...(endpoints.loaderQueueUrl ? { queueUrl: endpoints.loaderQueueUrl } : {}),
        ...(endpoints.loaderDlqUrl ? { dlqUrl: endpoints.loaderDlqUrl } : {}),
      };
      const sleep = deps.sleep ? { sleep: deps.sleep } : {};
      const watch = createPipelineWatch({ ledger, awaited, queues: { loader } }, { sqs: clients.sqs, ...sleep });
      const wait = await logger.group('wait', () =>
        waitStage(
          { awaited, watch, landed: (keys) => verifier.checkLanded(keys) },
          { logger, ...sleep, now },
          { timeoutMs: target.wait_minutes * 60_000, pollIntervalMs: target.poll_seconds * 1000 },
        ),
      );
      const landed = new Set(wait.landed);
      const settled = new Map(wait.settled.map((d) => [d.key, d]));
      for (const o of objects) {
        const s = settled.get(o.key);
        if (landed.has(o.key)) o.state = 'verified';
        else if (s) Object.assign(o, { state: s.state, ...(s.reason ? { reason: s.reason } : {}) });
        else if (o.kind === 'item' && o.state === 'published') o.state = 'missing';
      }
    }
    const bad = objects.filter((o) => o.state === 'failed' || o.state === 'missing' || o.state === 'dead-lettered');
    for (const o of bad)
      result.problems.push({
        severity: 'error',
        stage: 'redrive',
        message: `${o.key} is ${o.state}${o.reason ? `: ${o.reason}` : ''}`,
      });
    result.delivery = {
      ok: bad.length === 0,
      summary: `redrove ${redriven.redriven.length} message(s)`,
      objects,
      details: { ledger: file },
    };
    result.collections = summarizeCollections(undefined, [], undefined, result.delivery);
    result.ok = bad.length === 0;
  } catch (err) {
    const message = describeError(err);
    result.problems.push({
      severity: 'error',
      stage: 'redrive',
      message,
      ...(err instanceof ConfigurationError && err.location ? { location: err.location } : {}),
    });
  } finally {
    if (ownAws && aws) aws.destroy();
    result.durationMs = now() - t0;
  }
  return result;
}
