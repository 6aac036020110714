import path from 'node:path';
import { readdir } from 'node:fs/promises';
import type { Logger } from '../logging.js';
import { ConfigurationError, ConfigurationErrors } from '../errors.js';
import { loadManifest } from '../manifest/load.js';
import { createAwsClients, type AwsClients } from '../clients/aws.js';
import { createStacApiClient, type StacApiClient } from '../clients/stac-api.js';
import { resolveTargetEndpoints, type TargetEndpoints } from '../targets/discover.js';
import { stacApiCatalog } from '../targets/stac-api-catalog.js';
import { RunLedger } from '../targets/maap/ledger.js';
import { createPipelineWatch } from '../targets/maap/pipeline.js';
import { redriveDeadLettered, type RedriveInput, type RedriveResult } from '../stages/redrive-dead-letters.js';
import { waitStage } from '../stages/wait.js';
import { createVerifier } from '../stages/verify.js';
import { expectedItem, type ExpectedStac } from '../model/expected.js';
import { selectTarget } from './ingest.js';
import type { IngestResult } from '../model/result.js';
import type { MaapTarget } from '../manifest/schema.js';
import { abortableSleep } from '../retry.js';
import { RunRecord } from './record.js';
import type { ObjectStatus } from '../model/delivery.js';
import { defaultPolicy, type TrustedPolicy } from '../security/policy.js';
import { policyViolations } from '../security/manifest-policy.js';

export interface RedriveOptions {
  manifestPath: string;
  target?: string;
  /** A ledger file; default: the newest `.stac-ingest/ledger-*.jsonl` next to the manifest. */
  ledgerFile?: string;
  /** Only list what would be re-published. */
  dryRun?: boolean;
  /** Where credentials may go (default: least privilege in the cwd). */
  policy?: TrustedPolicy;
}

export interface RedriveDeps {
  logger: Logger;
  aws?: AwsClients;
  stacApi?: StacApiClient;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /**
   * The run's cancellation (the CLI aborts it on SIGINT/SIGTERM): pauses end at once, no new stage starts, and the
   * result is `cancelled`.
   */
  signal?: AbortSignal;
}

async function newestLedger(dir: string): Promise<string> {
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => /^ledger-.+\.jsonl$/.test(n)).sort();
  const last = names.at(-1);
  if (!last)
    throw new ConfigurationError(`no run ledger in ${dir}`, {
      hint: 'redrive works on the ledger a `run` wrote; pass --ledger FILE to name one',
    });
  return path.join(dir, last);
}

/** The objects a redrive re-published (or failed to), and the items it waits for again. */
function redrivenObjects(
  redriven: RedriveResult,
  ledger: RunLedger,
  dryRun: boolean,
): { objects: ObjectStatus[]; expected: ExpectedStac[] } {
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
      ...(dryRun
        ? { state: 'planned' as const, reason: 'would be re-published (dry run)' }
        : { state: 'published' as const, sent: true as const }),
      ...(r.newMessageId ? { ref: r.newMessageId } : {}),
    });
    if (m) expected.push(expectedItem(m[1]!, m[2]!, rec?.origin));
  }
  for (const f of redriven.failed) {
    const { key, error: reason } = f;
    objects.push({ key, kind: 'item', collection: null, id: null, origin: { file: '' }, state: 'failed', reason });
  }
  return { objects, expected };
}

interface Redrive {
  target: MaapTarget;
  /** The ledger file, and the ledger it holds. */
  file: string;
  ledger: RunLedger;
  endpoints: TargetEndpoints;
  clients: AwsClients;
}

/** The wait stage again, over the MAAP queues, for what was re-published; then where each object stands. */
async function waitAgain(
  run: RunRecord,
  r: Redrive,
  stac: StacApiClient,
  found: { objects: ObjectStatus[]; expected: ExpectedStac[] },
  deps: RedriveDeps,
): Promise<void> {
  const { logger } = deps;
  const now = deps.now ?? Date.now;
  const verifier = createVerifier(found.expected, { catalog: stacApiCatalog(stac), logger, now });
  const awaited = found.expected.map((e) => ({ key: e.key, ...(e.origin ? { origin: e.origin } : {}) }));
  const { loaderQueueUrl: queueUrl, loaderDlqUrl: dlqUrl } = r.endpoints;
  const loader = { ...(queueUrl ? { queueUrl } : {}), ...(dlqUrl ? { dlqUrl } : {}) };
  const sleep = deps.sleep ? { sleep: deps.sleep } : {};
  const watch = createPipelineWatch(
    { ledger: r.ledger, awaited, queues: { loader } },
    { sqs: r.clients.sqs, ...sleep },
  );
  const wait = await run.stage('wait', () =>
    waitStage(
      { awaited, watch, landed: (keys) => verifier.checkLanded(keys) },
      { logger, ...sleep, now },
      { timeoutMs: r.target.wait_minutes * 60_000, pollIntervalMs: r.target.poll_seconds * 1000 },
    ),
  );
  const landed = new Set(wait.landed);
  const settled = new Map(wait.settled.map((d) => [d.key, d]));
  for (const o of found.objects) {
    const s = settled.get(o.key);
    if (landed.has(o.key)) o.state = 'verified';
    else if (s) Object.assign(o, { state: s.state, ...(s.reason ? { reason: s.reason } : {}) });
    else if (o.kind === 'item' && o.state === 'published') o.state = 'missing';
  }
}

/** The MAAP target of the manifest, its run ledger, and the endpoints to redrive through. */
async function openRedrive(
  run: RunRecord,
  options: RedriveOptions,
  aws: (target: MaapTarget) => AwsClients,
): Promise<Redrive> {
  const loaded = await loadManifest(options.manifestPath);
  const violations = await policyViolations(loaded, options.policy ?? defaultPolicy(process.cwd()), 'redrive');
  if (violations.length > 0) throw new ConfigurationErrors(violations);
  const { name, target } = selectTarget(loaded.manifest, options.target, undefined);
  if (target.type !== 'maap')
    throw new ConfigurationError(`redrive works on a MAAP target; '${name}' is ${target.type}`);
  const description = `redrive dead-lettered messages (${target.stack ?? target.loader_topic_arn ?? ''})`;
  run.result.target = { name, type: target.type, description };
  const file = options.ledgerFile ?? (await newestLedger(path.join(loaded.dir, '.stac-ingest')));
  const ledger = await RunLedger.read(file);
  const clients = aws(target);
  const endpoints = await resolveTargetEndpoints(target, { cfn: clients.cfn });
  return { target, file, ledger, endpoints, clients };
}

/** Re-publishes this run's dead letters through the ledger, recording the new MessageIds in it. */
async function redriveStep(run: RunRecord, r: Redrive, options: RedriveOptions, deps: RedriveDeps) {
  const { logger } = deps;
  const { sns, sqs } = r.clients;
  const e = r.endpoints;
  const queues: RedriveInput['queues'] = {};
  if (e.loaderDlqUrl && e.loaderTopicArn) queues.loader = { dlqUrl: e.loaderDlqUrl, topicArn: e.loaderTopicArn };
  if (e.generatorDlqUrl && e.generatorTopicArn)
    queues.generator = { dlqUrl: e.generatorDlqUrl, topicArn: e.generatorTopicArn };
  // new MessageIds go to the same write-ahead journal; in-doubt items' dead letters are matched by id
  if (!options.dryRun) await r.ledger.journalTo(path.dirname(r.file));
  const redriven = await run
    .stage('redrive', () =>
      redriveDeadLettered(
        { ledger: r.ledger, queues, generatedKeys: new Set(r.ledger.inDoubt()) },
        { sns, sqs, logger, ...(deps.sleep ? { sleep: deps.sleep } : {}), now: deps.now ?? Date.now },
        { dryRun: options.dryRun ?? false },
      ),
    )
    .finally(() => r.ledger.close());
  if (options.dryRun) {
    logger.info(
      `dry run: would re-publish ${redriven.redriven.length} message(s); nothing was sent and the DLQ is as it was; ` +
        `${redriven.ignored} other publishers' message(s) left alone`,
    );
    return redriven;
  }
  logger.info(
    `re-published ${redriven.redriven.length} message(s); ${redriven.failed.length} failed; ` +
      `${redriven.ignored} other publishers' message(s) left alone`,
  );
  return redriven;
}

/**
 * Sends this run's dead-lettered messages (only those, found through the run ledger) back to
 * their topic, then waits until they are in the STAC API (or dead-lettered again).
 * The stage list: manifest and ledger → redrive → wait.
 */
export async function redriveRun(options: RedriveOptions, given: RedriveDeps): Promise<IngestResult> {
  const { signal } = given;
  const deps = signal ? { ...given, sleep: abortableSleep(signal, given.sleep) } : given;
  const { logger } = deps;
  const run = new RunRecord('redrive', logger, deps.now ?? Date.now, signal);
  run.result.manifest = options.manifestPath;
  let aws = deps.aws;
  if (aws === undefined) run.onFinish(() => aws?.destroy());
  const clients = (target: MaapTarget): AwsClients =>
    (aws ??= createAwsClients({
      ...(target.region ? { region: target.region } : {}),
      ...(target.endpoint ? { endpoint: target.endpoint } : {}),
    }));
  try {
    const r = await openRedrive(run, options, clients);
    logger.info(`ledger ${r.file} (run ${r.ledger.runId})`);
    const redriven = await redriveStep(run, r, options, deps);
    const found = redrivenObjects(redriven, r.ledger, options.dryRun ?? false);
    const stac =
      deps.stacApi ?? (r.target.stac_api ? createStacApiClient({ baseUrl: r.target.stac_api, logger }) : undefined);
    if (stac && found.expected.length && !options.dryRun) await waitAgain(run, r, stac, found, deps);
    const bad = found.objects.filter(
      (o) => o.state === 'failed' || o.state === 'missing' || o.state === 'dead-lettered',
    );
    for (const o of bad) {
      const message = `${o.key} is ${o.state}${o.reason ? `: ${o.reason}` : ''}`;
      run.result.problems.push({ severity: 'error', stage: 'redrive', message });
    }
    const summary = options.dryRun
      ? `dry run: would redrive ${redriven.redriven.length} message(s)`
      : `redrove ${redriven.redriven.length} message(s)`;
    run.result.delivery = { ok: bad.length === 0, summary, objects: found.objects, details: { ledger: r.file } };
    return run.finish(bad.length === 0);
  } catch (err) {
    return run.fail(err, 'redrive');
  }
}
