import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { Logger } from '../logging.js';
import type { ProcessRunner } from '../clients/process.js';
import { ConfigurationError, ConfigurationErrors, describeError } from '../errors.js';
import { loadManifest, type LoadedManifest } from '../manifest/load.js';
import type { Manifest, Target } from '../manifest/schema.js';
import { buildPlan, planWork, type RunWork } from './plan.js';
import { resolveInputs, schemaFolderErrors } from '../stages/resolve.js';
import type { EngineName } from '../stages/generate/engine.js';
import { openRequestStatusStore, statusFileFor, type RequestStatusStore } from '../sources/assets/requests-status.js';
import { lazyObjectStore, type LazyObjectStore } from '../clients/lazy-object-store.js';
import { itemKey } from '../model/keys.js';
import type { SchemaResolver } from '../stages/validate/schema-resolver.js';
import { DELIVERY_PROBLEMS, type DeliveryOutcome, type DirectoryOutput } from '../model/delivery.js';
import { createTarget } from '../targets/index.js';
import { checkOutput, directoryOutputPolicy, type OutputPolicy } from '../targets/directory/output-dir.js';
import type { Target as TargetAdapter, TargetContext } from '../targets/target.js';
import { originToLocation, type LoadedDoc, type SourceDoc } from '../model/stac.js';
import type { StreamedDocs } from '../model/inputs.js';
import type { Command, IngestResult } from '../model/result.js';
import { deliver, deliverStreamed, type DeliveryInput } from './deliver.js';
import { RunRecord } from './record.js';
import { generateStep, uploadStep } from './steps.js';
import { validateStep } from './validate-step.js';
import { schemaResolver, validatePaths } from './validate-paths.js';
import { defaultPolicy, type TrustedPolicy } from '../security/policy.js';
import { policyViolations } from '../security/manifest-policy.js';
import { workspaceGuard, workspaceOf, type PathGuard } from '../security/workspace.js';
import { gatePullRequestCode } from '../security/untrusted.js';
import { unknownCollectionProblems } from './unknown-collections.js';
import { abortableSleep, realSleep } from '../retry.js';
import { readShards, shardWork, writeShardBundle, type Shard } from './shards.js';
import type { ValidationThreads } from '../stages/validate/threads.js';

export interface IngestOptions {
  command: Command;
  /** Path of the manifest (default `stac-ingest.yaml`). */
  manifestPath: string;
  /** `validate` only: STAC files or directories to validate without a manifest. */
  paths?: string[];
  /** Target name from the manifest; default: the manifest's default_target, else `local`. */
  target?: string;
  /** Overrides the path of a directory target. */
  output?: string;
  /** `validate` only: also generate stactools items locally and validate them. */
  generate?: boolean;
  /** Items generated at once (default: one per core) and parallel asset reads (default 4). */
  concurrency?: number;
  /** Validation worker threads (default: one per core but one, for large inputs; 0: none). */
  threads?: number;
  /** Local generation engine for every stactools source and collection (default: each entry's own, else `worker`). */
  engine?: EngineName;
  maxWarnings?: number;
  schemaMirrors: string[];
  schemaCache?: string;
  network?: boolean;
  /** `run`: publish even what the catalog already holds unchanged. */
  force?: boolean;
  /** Names the run's ledger and report (default: the start time). */
  runId?: string;
  /** A directory target's output must lie inside this folder (default: the repository holding the manifest). */
  workspace?: string;
  /** Let a directory target write outside the workspace. */
  allowOutsideWorkspace?: boolean;
  /** What may run, be read and fetched, and where credentials may go (default: least privilege in `workspace`). */
  policy?: TrustedPolicy;
  /** `run` / `validate`: do only this shard of the plan; `run` writes a shard bundle instead of delivering. */
  shard?: Shard;
  /** Where shard bundles are written (`run --shard`) and read (`publish-shards`); default `.stac-ingest/shards`. */
  shardsDir?: string;
}

export interface IngestDeps {
  logger: Logger;
  runner: ProcessRunner;
  fetch?: typeof fetch;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /**
   * The run's cancellation (the entries abort it on SIGINT/SIGTERM): running steps stop (their processes are
   * killed, waits end), no new one starts, and the result is `cancelled`.
   */
  signal?: AbortSignal;
  /** Validation worker threads the entry started first thing (`validate` of large files; the entry closes them). */
  validationThreads?: ValidationThreads | undefined;
}

/** The implicit `local` target: a directory under the manifest's folder. */
export const DEFAULT_LOCAL_TARGET: Target = { type: 'directory', path: '.stac-ingest/out', format: 'both' };

export function selectTarget(
  manifest: Manifest,
  name: string | undefined,
  output: string | undefined,
): { name: string; target: Target } {
  const chosen = name ?? manifest.default_target ?? 'local';
  let target = manifest.targets[chosen];
  if (!target) {
    if (chosen !== 'local') {
      const known = Object.keys(manifest.targets);
      throw new ConfigurationError(`unknown target '${chosen}'`, {
        hint:
          `the manifest defines ${known.length ? known.join(', ') : 'no targets'}; ` +
          `'local' writes to ${DEFAULT_LOCAL_TARGET.type === 'directory' ? DEFAULT_LOCAL_TARGET.path : ''}`,
      });
    }
    target = DEFAULT_LOCAL_TARGET;
  }
  if (output !== undefined) {
    if (target.type !== 'directory')
      throw new ConfigurationError(`--output applies to directory targets; target '${chosen}' is ${target.type}`);
    target = { ...target, path: output };
  }
  return { name: chosen, target };
}

/** What every command shares once the manifest is read: the target, and the work the plan decided. */
interface Prepared {
  loaded: LoadedManifest;
  name: string;
  target: Target;
  work: RunWork;
  s3: LazyObjectStore;
  /** Local reads stay inside the workspace (and the allowed paths). */
  guard: PathGuard;
  /** What a directory target may replace. */
  outputPolicy?: OutputPolicy;
  /** Builds the plan again: a source counted by its first use (RunWork streams) is counted once it was read. */
  replan: () => void;
}

/** A plan or verify against a live catalog needs the documents (generated ones too) to compare. */
function hasLiveCatalog(target: Target): boolean {
  return target.type === 'pgstac' || ('stac_api' in target && target.stac_api !== undefined);
}

/**
 * The core of stac-ingest, one stage list per command (redrive: src/run/redrive.ts):
 * - validate: manifest → inputs + plan → generate (with --generate) → validate
 * - plan:     manifest → inputs + plan → [live catalog: generate → validate → compare]
 * - run:      manifest → inputs + plan → generate → validate → upload (DPS) → compare, publish, wait, verify
 * - verify:   manifest → inputs + plan → generate → validate → verify
 * Never throws for user or stage errors: they come back as `problems` with `ok: false`.
 */
export async function ingest(options: IngestOptions, deps: IngestDeps): Promise<IngestResult> {
  const { logger } = deps;
  const run = new RunRecord(options.command, logger, deps.now ?? Date.now, deps.signal);
  if (options.command === 'validate' && options.paths && options.paths.length > 0)
    return validatePaths(run, options.paths, options, deps);
  let loaded: LoadedManifest;
  try {
    loaded = await run.stage('manifest', () => loadManifest(options.manifestPath));
  } catch (err) {
    return run.fail(err, 'manifest');
  }
  run.result.manifest = options.manifestPath;
  const policy = options.policy ?? defaultPolicy(workspaceOf(loaded.path, options.workspace));
  const violations = [
    ...(await policyViolations(loaded, policy, options.command)),
    ...(await schemaFolderErrors(loaded, workspaceGuard(policy))),
  ];
  if (violations.length > 0) return run.fail(new ConfigurationErrors(violations), 'policy');
  let resolver: SchemaResolver;
  try {
    resolver = await schemaResolver(options, deps, loaded);
  } catch (err) {
    return run.fail(err, 'manifest');
  }
  let p: Prepared;
  try {
    p = await planStep(run, loaded, { ...options, policy }, deps);
  } catch (err) {
    return run.fail(err, 'plan');
  }
  if (options.command === 'publish-shards') return publishShards(run, p, options, deps, resolver);
  if (options.shard) {
    if (options.command !== 'run')
      return run.fail(new ConfigurationError(`--shard applies to run, not ${options.command}`), 'plan');
    p.work = shardWork(p.work, options.shard);
  }
  const live = hasLiveCatalog(p.target);
  if (options.command === 'plan' && !live) return run.finish(true);
  if (options.command === 'verify' && !live)
    return run.fail(new ConfigurationError(`target '${p.name}' has no stac_api to verify against`), 'verify');
  for (const d of p.work.docs) run.docs.push(d);
  const status =
    p.work.assets.length > 0
      ? await openRequestStatusStore(statusFileFor(path.join(loaded.dir, '.stac-ingest', 'report.json')))
      : undefined;
  const optional = { ...(deps.signal ? { signal: deps.signal } : {}) };
  const stepDeps = { logger, runner: deps.runner, s3: p.s3, guard: p.guard, fetchPolicy: policy.fetch, ...optional };
  try {
    const generated = await generateStep(
      run,
      p.work,
      { ...stepDeps, ...(status ? { status } : {}) },
      {
        concurrency: options.concurrency ?? availableParallelism(),
        assetConcurrency: options.concurrency ?? 4,
        baseDir: loaded.dir,
      },
    );
    // generated items come after the documents given as they are, before those of the other streamed sources
    if (generated) p.work.streams = [generated, ...(p.work.streams ?? [])];
  } catch (err) {
    return run.fail(err, 'generate');
  }
  if (deps.signal?.aborted) return run.finish(false);
  if (!(await validateRun(run, p, options, resolver, logger))) return run.finish(false);
  if (options.command === 'validate') {
    await unknownCollectionsStep(run, p, options, logger);
    return run.finish(true);
  }
  if (options.shard) return writeShard(run, p, options.shard, options, logger);
  return deliverStep(run, p, options, deps, status);
}

/** Validates the run's documents (held, then streamed); false, having said so, when anything is wrong. */
async function validateRun(
  run: RunRecord,
  p: Prepared,
  options: IngestOptions,
  resolver: SchemaResolver,
  logger: Logger,
): Promise<boolean> {
  const maxWarnings = options.maxWarnings ?? p.loaded.manifest.validation?.max_warnings;
  const docs = documentsOf(run.docs, p.work.streams);
  const valid = await validateStep(run, docs, { resolver, logger, maxWarnings, threads: options.threads });
  if (p.work.streams?.some((s) => s.countedByFirstUse)) p.replan();
  if (valid && !run.hasErrors()) return true;
  if (options.command === 'run') logger.error('nothing was written or published: fix the problems above and run again');
  return false;
}

/** The run's documents for validation: those held, then those of the streamed sources, read again. */
async function* documentsOf(held: LoadedDoc[], streams: StreamedDocs[] = []): AsyncGenerator<SourceDoc> {
  yield* held;
  for (const s of streams) yield* s.units();
}

/** `validate`: collections items name that the manifest does not define, looked up in the target's STAC API. */
async function unknownCollectionsStep(run: RunRecord, p: Prepared, options: IngestOptions, logger: Logger) {
  const held = [...run.docs, ...(p.work.streams ?? []).flatMap((s) => s.held)];
  const defined = new Set([
    ...p.loaded.manifest.collections.map((c) => c.id),
    ...held.flatMap((d) => (d.doc['type'] === 'Collection' && typeof d.doc['id'] === 'string' ? [d.doc['id']] : [])),
  ]);
  const url = 'stac_api' in p.target ? p.target.stac_api : undefined;
  let catalog: { name: string; has: (id: string) => Promise<boolean> } | undefined;
  if (url !== undefined && options.network !== false) {
    const { createStacApiClient } = await import('../clients/stac-api.js');
    const api = createStacApiClient({ baseUrl: url, logger, maxAttempts: 2 });
    catalog = { name: `the STAC API at ${url}`, has: async (id) => (await api.getCollection(id)) !== undefined };
  }
  const streamed = (p.work.streams ?? []).flatMap((s) => [...s.held, ...(s.firsts ?? [])]);
  for (const problem of await unknownCollectionProblems([...run.docs, ...streamed], defined, catalog)) {
    logger.warning(problem.message, problem.location);
    run.result.problems.push(problem);
  }
}

function shardsDirOf(p: Prepared, options: IngestOptions): string {
  return path.resolve(p.loaded.dir, options.shardsDir ?? path.join('.stac-ingest', 'shards'));
}

/** `run --shard k/n` after generate and validate: the shard's documents go to its bundle, not to the target. */
async function writeShard(
  run: RunRecord,
  p: Prepared,
  shard: Shard,
  options: IngestOptions,
  logger: Logger,
): Promise<IngestResult> {
  try {
    const { dir, documents } = await run.stage('shard', () =>
      writeShardBundle(shardsDirOf(p, options), p.loaded.path, shard, p.work, run.docs),
    );
    logger.info(`shard ${shard.index} of ${shard.count}: ${documents} document(s) in ${dir}`);
    return run.finish(true);
  } catch (err) {
    return run.fail(err, 'shard');
  }
}

/** `publish-shards`: the bundles of every shard, checked against the plan, validated and delivered as one run. */
async function publishShards(
  run: RunRecord,
  p: Prepared,
  options: IngestOptions,
  deps: IngestDeps,
  resolver: SchemaResolver,
): Promise<IngestResult> {
  try {
    const read = await run.stage('shards', () => readShards(shardsDirOf(p, options), p.loaded.path, p.work));
    for (const d of read.held) run.docs.push(d);
    // the bundles' documents take the place of the sources': streamed where a plain run streams, else held
    p.work = { ...p.work, docs: [], streams: [] };
    if (streamsSources(p.target, { ...options, command: 'run' })) p.work.streams = [read.stream];
    else for await (const d of read.stream.units()) run.docs.push(d as LoadedDoc);
  } catch (err) {
    return run.fail(err, 'shards');
  }
  const maxWarnings = options.maxWarnings ?? p.loaded.manifest.validation?.max_warnings;
  const valid = await validateStep(run, documentsOf(run.docs, p.work.streams), {
    resolver,
    logger: deps.logger,
    maxWarnings,
    threads: options.threads,
  });
  if (!valid || run.hasErrors()) {
    deps.logger.error('nothing was written or published: fix the problems above and run the shards again');
    return run.finish(false);
  }
  return deliverStep(run, p, options, deps, undefined);
}

/**
 * Whether files and catalog sources are read where they are used instead of held: a validate (checked as they are
 * read), a run or plan to a directory (written as it is read), a run to any other target (maap, pgstac, ingestor:
 * published in bounded windows), a plan or verify against its live catalog (compared or checked window by window).
 */
function streamsSources(target: Target, options: IngestOptions): boolean {
  // a shard's documents are written to its bundle as they are read
  if (options.shard) return options.command === 'run';
  // publish-shards reads its sources for their keys, and streams the bundles as a run would
  const command = options.command === 'publish-shards' ? 'run' : options.command;
  if (command === 'validate') return true;
  if (target.type === 'directory') return command === 'run' || command === 'plan';
  return command === 'run' || ((command === 'plan' || command === 'verify') && hasLiveCatalog(target));
}

/** The target, the inputs read, and the plan: what is generated where, what is delivered and awaited. */
async function planStep(
  run: RunRecord,
  loaded: LoadedManifest,
  options: IngestOptions,
  deps: IngestDeps,
): Promise<Prepared> {
  const { name, target } = selectTarget(loaded.manifest, options.target, options.output);
  let outputPolicy: OutputPolicy | undefined;
  if (target.type === 'directory') {
    outputPolicy = directoryOutputPolicy(loaded, name, options);
    await checkOutput(path.resolve(loaded.dir, target.path), outputPolicy);
  }
  // S3 is only reached for s3:// inputs (DPS catalogs, asset collections) and DPS uploads
  const region = target.type === 'maap' && target.region ? { region: target.region } : {};
  const endpoint = target.type === 'maap' && target.endpoint ? { endpoint: target.endpoint } : {};
  const s3 = lazyObjectStore(async () => {
    const { createS3Client, s3ObjectStore } = await import('../clients/s3.js');
    return s3ObjectStore(createS3Client({ ...region, ...endpoint }));
  });
  run.onFinish(() => s3.destroy());
  const { logger, runner } = deps;
  const policy = options.policy ?? defaultPolicy(workspaceOf(loaded.path, options.workspace));
  const guard = workspaceGuard(policy);
  const streamSources = streamsSources(target, options);
  // a shard's part of the generation is chosen from every call of the plan (run/shards.ts): those are held
  const streamRows = streamSources && options.shard === undefined && options.command !== 'publish-shards';
  const reads = { s3, guard, fetchPolicy: policy.fetch };
  // a validate reads each catalog source once: that read counts it
  const countOnFirstUse = options.command === 'validate';
  const inputs = await run.stage('inputs', () =>
    resolveInputs(loaded, { ...reads, logger, runner, streamSources, streamRows, countOnFirstUse }),
  );
  const gated = gatePullRequestCode(inputs, policy, options.command);
  const replan = () => {
    run.plan = buildPlan(options.manifestPath, inputs, name, target);
    run.plan.skipped = gated.skipped;
    run.result.plan = run.plan;
    run.result.target = run.plan.target;
  };
  replan();
  const generate = options.command !== 'validate' || options.generate === true;
  // publish-shards delivers what `run` would; the shards generated it
  const command = options.command === 'publish-shards' ? 'run' : options.command;
  const work = planWork(gated.inputs, target, command, {
    generate,
    ...(options.engine ? { engine: options.engine } : {}),
  });
  return { loaded, name, target, s3, guard, work, replan, ...(outputPolicy ? { outputPolicy } : {}) };
}

/** Delivers the run's documents (and remote generation) to the target in the command's mode. */
async function deliverStep(
  run: RunRecord,
  p: Prepared,
  options: IngestOptions,
  deps: IngestDeps,
  status: RequestStatusStore | undefined,
): Promise<IngestResult> {
  const { logger } = deps;
  let target: TargetAdapter | undefined;
  try {
    const remote = [...p.work.remote, ...(await uploadStep(run, p.work, { logger, s3: p.s3 }, p.loaded.dir))];
    target = await createTarget(p.target, p.loaded.dir, {
      logger,
      ...(deps.fetch ? { fetch: deps.fetch } : {}),
      ...(p.outputPolicy ? { outputPolicy: p.outputPolicy } : {}),
    });
    const streams = p.work.streams ?? [];
    const held = [...run.docs, ...streams.flatMap((s) => s.held)];
    const input: DeliveryInput = {
      runId: options.runId ?? run.result.startedAt.replace(/[:.]/g, '-'),
      collections: held.filter((d) => d.doc['type'] === 'Collection'),
      items: run.docs.filter((d) => d.doc['type'] === 'Feature' && !p.work.uploaded.has(d)),
      remote,
      force: options.force ?? false,
      mode: options.command === 'plan' ? 'plan' : options.command === 'verify' ? 'verify' : 'publish',
    };
    const ctx: TargetContext = {
      logger,
      stage: (name, fn) => run.stage(name, fn),
      now: deps.now ?? Date.now,
      sleep: deps.signal ? abortableSleep(deps.signal, deps.sleep) : (deps.sleep ?? realSleep),
      ...(deps.signal ? { signal: deps.signal } : {}),
    };
    const delivery =
      streams.length > 0 ? await deliverStreamed(target, input, streams, ctx) : await deliver(target, input, ctx);
    run.result.delivery = delivery;
    if (status) await recordRequestStatuses(status, p.work.assets, delivery);
    const output = delivery.details?.['output'];
    if (output) run.result.output = output as DirectoryOutput;
    for (const o of delivery.objects) {
      if (!DELIVERY_PROBLEMS.has(o.state)) continue;
      const message = `${o.key} is ${o.state}${o.reason ? `: ${o.reason}` : ''}`;
      run.result.problems.push({ severity: 'error', stage: 'deliver', message, location: originToLocation(o.origin) });
    }
    return run.finish(delivery.ok);
  } catch (err) {
    return run.fail(err, 'deliver');
  } finally {
    await target?.close?.().catch((err: unknown) => {
      logger.warning(`closing the ${target?.type} target failed: ${describeError(err)}`);
    });
  }
}

/** Asset requests: published / verified / failed, from where their items ended up. */
async function recordRequestStatuses(
  status: RequestStatusStore,
  sources: RunWork['assets'],
  delivery: DeliveryOutcome,
): Promise<void> {
  const byKey = new Map(delivery.objects.map((o) => [o.key, o]));
  for (const s of sources) {
    for (const r of s.requests) {
      if (status.get(r.requestId)?.status === 'failed') continue;
      const o = byKey.get(itemKey(s.collectionId, r.itemId));
      if (!o) continue;
      if (o.state === 'verified' || o.state === 'unchanged') await status.update(r.requestId, 'verified');
      else if (o.state === 'written' || o.state === 'published') await status.update(r.requestId, 'published');
      else if (o.state !== 'planned')
        await status.update(r.requestId, 'failed', { error: `${o.state}${o.reason ? `: ${o.reason}` : ''}` });
    }
  }
}
