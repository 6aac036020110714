import { availableParallelism } from 'node:os';
import path from 'node:path';
import { stat } from 'node:fs/promises';
import type { Logger } from '../logging.js';
import type { ProcessRunner } from '../clients/process.js';
import { ConfigurationError, ConfigurationErrors, describeError, type SourceLocation } from '../errors.js';
import { loadManifest, type LoadedManifest } from '../manifest/load.js';
import type { Manifest, Target } from '../manifest/schema.js';
import { buildPlan } from './plan.js';
import { sourceEntryLabel, type Plan } from '../model/plan.js';
import { type ResolvedInputs } from '../model/inputs.js';
import { resolveInputs } from '../stages/resolve.js';
import { generateItems, type GenerateJob, type GenerateOutcome } from '../stages/generate/index.js';
import type { EngineName } from '../stages/generate/engine.js';
import { buildAssetItems } from '../sources/assets/asset-item.js';
import { openRequestStatusStore, statusFileFor, type RequestStatusStore } from '../sources/assets/requests-status.js';
import { uploadDpsSource } from '../sources/dps/upload-dps.js';
import { createS3Client, s3ObjectStore } from '../clients/s3.js';
import { lazyObjectStore, type LazyObjectStore } from '../clients/lazy-object-store.js';
import { itemKey } from '../model/keys.js';
import { validateDocuments } from '../stages/validate/index.js';
import { createSchemaResolver, type SchemaResolver } from '../stages/validate/schema-resolver.js';
import { bundledSchemaMirror } from '../stages/validate/bundled.js';
import { stacPathsDocs, type PathsReport } from '../sources/files.js';
import type { DirectoryOutput } from '../model/delivery.js';
import { createSink } from '../targets/index.js';
import { checkOutput, directoryOutputPolicy, type OutputPolicy } from '../targets/directory/output-dir.js';
import type { DeliveryInput, RemoteSource, Sink, SinkContext } from '../targets/target.js';
import type { DeliveryOutcome } from '../model/delivery.js';
import { originToLocation, type LoadedDoc } from '../model/stac.js';
import {
  describeCounts,
  type Command,
  type GenerationSummary,
  type IngestResult,
  type Problem,
  type StageTiming,
} from '../model/result.js';
import { summarizeCollections } from './collections.js';

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
  /** Local generation engine for every stactools source and collection (default: each entry's `engine`, else `worker`). */
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
}

export interface IngestDeps {
  logger: Logger;
  runner: ProcessRunner;
  fetch?: typeof fetch;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
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
        hint: `the manifest defines ${known.length ? known.join(', ') : 'no targets'}; 'local' writes to ${DEFAULT_LOCAL_TARGET.type === 'directory' ? DEFAULT_LOCAL_TARGET.path : ''}`,
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

class Timer {
  readonly stages: StageTiming[] = [];
  constructor(private readonly now: () => number) {}
  async stage<T>(logger: Logger, name: string, fn: () => Promise<T>): Promise<T> {
    const t0 = this.now();
    let ok = false;
    try {
      const r = await logger.group(name, fn);
      ok = true;
      return r;
    } finally {
      this.stages.push({ name, ms: this.now() - t0, ok });
    }
  }
}

function problemsFrom(err: unknown, stage: string): Problem[] {
  if (err instanceof ConfigurationErrors) return err.errors.flatMap((e) => problemsFrom(e, stage));
  if (err instanceof ConfigurationError) {
    const p: Problem = { severity: 'error', stage, message: err.hint ? `${err.message} (${err.hint})` : err.message };
    if (err.location) p.location = err.location;
    return [p];
  }
  return [{ severity: 'error', stage, message: describeError(err) }];
}

/** The STAC files under the given paths; unreadable files and skipped non-STAC JSON become problems. */
async function readStacPaths(paths: string[], problems: Problem[], logger: Logger): Promise<LoadedDoc[]> {
  const docs: LoadedDoc[] = [];
  const report: PathsReport = {
    error: (err) => problems.push(...problemsFrom(err, 'read')),
    skipped: (file) => {
      problems.push({
        severity: 'warning',
        stage: 'read',
        message: `${file} is not STAC (no type or stac_version): skipped`,
        location: { file },
      });
      logger.info(`skipped ${file}: not STAC (no type or stac_version)`);
    },
  };
  for await (const d of stacPathsDocs(paths, process.cwd(), report)) docs.push(d);
  return docs;
}

/**
 * Where schemas come from, in this order: the manifest's mirrors, the command line's (or the Action's),
 * the schemas bundled with stac-ingest, the cache (the command line's, else the manifest's), then the
 * network unless either turns it off. A mirror folder that does not exist is an error.
 */
async function schemaResolver(
  options: IngestOptions,
  deps: IngestDeps,
  loaded?: LoadedManifest,
): Promise<SchemaResolver> {
  const settings = loaded?.manifest.validation;
  const dir = loaded?.dir ?? process.cwd();
  const mirrors: { dir: string; given: string; location?: SourceLocation }[] = [
    ...(settings?.schema_mirrors ?? []).map((m, i) => ({
      dir: path.resolve(dir, m),
      given: `validation.schema_mirrors '${m}'`,
      ...(loaded ? { location: loaded.locationOf(['validation', 'schema_mirrors', i]) } : {}),
    })),
    ...options.schemaMirrors.map((m) => ({ dir: path.resolve(m), given: `schema mirror '${m}'` })),
  ];
  const missing: ConfigurationError[] = [];
  for (const m of mirrors) {
    const st = await stat(m.dir).catch(() => undefined);
    if (st?.isDirectory()) continue;
    missing.push(
      new ConfigurationError(`${m.given} ${st ? 'is not a folder' : 'does not exist'} (${m.dir})`, {
        ...(m.location ? { location: m.location } : {}),
        hint: 'a schema mirror is a folder laid out as <host>/<path> of the schema URLs; create it or drop the option',
      }),
    );
  }
  if (missing.length > 0) throw new ConfigurationErrors(missing);
  const cacheDir =
    options.schemaCache ??
    (settings?.schema_cache !== undefined ? path.resolve(dir, settings.schema_cache) : undefined);
  const bundled = bundledSchemaMirror();
  return createSchemaResolver({
    mirrors: mirrors.map((m) => m.dir),
    ...(bundled !== undefined ? { bundled } : {}),
    ...(cacheDir !== undefined ? { cacheDir } : {}),
    network: (options.network ?? true) && (settings?.network ?? true),
    ...(deps.fetch ? { fetch: deps.fetch } : {}),
    logger: deps.logger,
  });
}

/**
 * The core of stac-ingest: manifest -> inputs -> plan -> (generate) -> validate -> write.
 * Never throws for user or stage errors: they come back as `problems` with `ok: false`.
 */
export async function ingest(options: IngestOptions, deps: IngestDeps): Promise<IngestResult> {
  const now = deps.now ?? Date.now;
  const t0 = now();
  const timer = new Timer(now);
  const { logger } = deps;
  const result: IngestResult = {
    ok: false,
    command: options.command,
    collections: [],
    problems: [],
    stages: timer.stages,
    startedAt: new Date(t0).toISOString(),
    durationMs: 0,
  };
  const docs: LoadedDoc[] = [];
  let outcomes: GenerateOutcome[] = [];
  let plan: Plan | undefined;
  let s3: LazyObjectStore | undefined;
  const finish = (ok: boolean): IngestResult => {
    s3?.destroy();
    result.ok = ok && !result.problems.some((p) => p.severity === 'error');
    result.collections = summarizeCollections(plan, outcomes, result.validation, result.delivery);
    result.durationMs = now() - t0;
    return result;
  };
  const fail = (err: unknown, stage: string): IngestResult => {
    result.problems.push(...problemsFrom(err, stage));
    return finish(false);
  };
  // validate STAC files directly, without a manifest
  if (options.command === 'validate' && options.paths && options.paths.length > 0) {
    let resolver: SchemaResolver;
    try {
      resolver = await schemaResolver(options, deps);
    } catch (err) {
      return fail(err, 'validate');
    }
    const read = await timer.stage(logger, 'read', () => readStacPaths(options.paths ?? [], result.problems, logger));
    for (const d of read) docs.push(d);
    for (const p of result.problems) if (p.severity === 'error') logger.error(p.message, p.location);
    return finish(await validateStage(docs, options, resolver, timer, result, logger));
  }

  let loaded: LoadedManifest;
  try {
    loaded = await timer.stage(logger, 'manifest', () => loadManifest(options.manifestPath));
  } catch (err) {
    return fail(err, 'manifest');
  }
  result.manifest = options.manifestPath;
  let effectiveResolver: SchemaResolver;
  try {
    effectiveResolver = await schemaResolver(options, deps, loaded);
  } catch (err) {
    return fail(err, 'manifest');
  }
  const maxWarnings = options.maxWarnings ?? loaded.manifest.validation?.max_warnings;
  const validateOptions: IngestOptions = { ...options };
  if (maxWarnings !== undefined) validateOptions.maxWarnings = maxWarnings;

  let selected: { name: string; target: Target };
  let inputs: ResolvedInputs;
  let outputPolicy: OutputPolicy | undefined;
  try {
    selected = selectTarget(loaded.manifest, options.target, options.output);
    const target = selected.target;
    if (target.type === 'directory') {
      outputPolicy = directoryOutputPolicy(loaded, selected.name, options);
      await checkOutput(path.resolve(loaded.dir, target.path), outputPolicy);
    }
    // S3 is only reached for s3:// inputs (DPS catalogs, asset collections) and DPS uploads
    s3 = lazyObjectStore(() =>
      s3ObjectStore(
        createS3Client(
          target.type === 'maap'
            ? {
                ...(target.region ? { region: target.region } : {}),
                ...(target.endpoint ? { endpoint: target.endpoint } : {}),
              }
            : {},
        ),
      ),
    );
    const store = s3;
    inputs = await timer.stage(logger, 'inputs', () =>
      resolveInputs(loaded, { s3: store, logger, runner: deps.runner, ...(deps.fetch ? { fetch: deps.fetch } : {}) }),
    );
    plan = buildPlan(options.manifestPath, inputs, selected.name, selected.target);
    result.plan = plan;
    result.target = plan.target;
  } catch (err) {
    return fail(err, 'plan');
  }
  // a plan against a live catalog needs the documents (generated ones too) to compare
  const liveCatalog =
    selected.target.type === 'pgstac' || ('stac_api' in selected.target && selected.target.stac_api !== undefined);
  if (options.command === 'plan' && !liveCatalog) return finish(true);
  if (options.command === 'verify' && !liveCatalog)
    return fail(new ConfigurationError(`target '${selected.name}' has no stac_api to verify against`), 'verify');

  for (const c of inputs.collections) if (c.kind === 'file') docs.push(c.doc);
  for (const s of inputs.sources) if ('docs' in s) for (const d of s.docs) docs.push(d);
  // DPS jobs with upload_to, delivered to a MAAP target: uploaded for the DPS generator, not published by us
  const uploads =
    selected.target.type === 'maap' && options.command === 'run'
      ? inputs.sources.filter((s) => s.kind === 'dps' && s.upload)
      : [];
  const uploadedDocs = new Set(uploads.flatMap((s) => ('docs' in s ? s.docs : [])));
  const assetSources = inputs.sources.filter((s) => s.kind === 'assets');
  const status =
    assetSources.length > 0
      ? await openRequestStatusStore(statusFileFor(path.join(loaded.dir, '.stac-ingest', 'report.json')))
      : undefined;

  const wantGenerate = options.command !== 'validate' || options.generate === true;
  if (wantGenerate) {
    const jobs: GenerateJob[] = [];
    const engineOf = (entry: EngineName | undefined): { engine?: EngineName } => {
      const engine = options.engine ?? entry;
      return engine ? { engine } : {};
    };
    for (const c of inputs.collections) {
      if (c.kind === 'stactools')
        jobs.push({
          request: c.request.request,
          origin: c.request.origin,
          timeoutMs: c.request.timeoutMs,
          kind: 'collection',
          ...engineOf(c.entry.stactools?.engine),
        });
    }
    for (const s of inputs.sources) {
      if (s.kind !== 'stactools') continue;
      if (s.mode === 'remote' && selected.target.type !== 'directory' && options.command !== 'validate') continue;
      const engine = engineOf(s.entry.stactools?.engine);
      for (const r of s.requests)
        jobs.push({
          request: r.request,
          origin: { ...r.origin, sourceId: s.entry.id },
          timeoutMs: r.timeoutMs,
          ...engine,
        });
    }
    const assetRequests = assetSources.reduce((n, s) => n + (s.kind === 'assets' ? s.requests.length : 0), 0);
    const generation: GenerationSummary = { attempted: jobs.length + assetRequests, succeeded: 0, failed: [] };
    if (generation.attempted > 0) result.generation = generation;
    for (const s of assetSources) {
      if (s.kind !== 'assets' || !s.entry.assets) continue;
      const source = s.entry.assets;
      const label = sourceEntryLabel(s.index, s.entry.id);
      try {
        const built = await timer.stage(logger, `build ${s.entry.id}`, () =>
          buildAssetItems(
            source,
            loaded.dir,
            label,
            {
              runner: deps.runner,
              logger,
              ...(s3 ? { s3 } : {}),
              ...(deps.fetch ? { fetch: deps.fetch } : {}),
              ...(status ? { status } : {}),
            },
            { concurrency: options.concurrency ?? 4, sourceId: s.entry.id },
          ),
        );
        for (const b of built) {
          if (b.ok) {
            generation.succeeded++;
            docs.push(b.doc);
            continue;
          }
          const location = originToLocation(b.origin);
          generation.failed.push({
            entry: b.origin.entry ?? label,
            collection: s.collectionId,
            message: describeError(b.error),
            stderr: b.stderr,
            exitCode: null,
            timedOut: false,
            location,
          });
          result.problems.push({
            severity: 'error',
            stage: 'generate',
            message: `${b.requestId} (${b.itemId}): ${describeError(b.error)}`,
            location,
            ...(b.stderr ? { detail: b.stderr } : {}),
          });
        }
      } catch (err) {
        return fail(err, 'generate');
      }
    }
    if (jobs.length > 0) {
      try {
        const concurrency = options.concurrency ?? availableParallelism();
        const generated = await timer.stage(logger, 'generate', () =>
          generateItems(jobs, { runner: deps.runner, logger }, { concurrency, cwd: loaded.dir }),
        );
        outcomes = generated.outcomes;
        generation.packages = generated.packages;
      } catch (err) {
        return fail(err, 'generate');
      }
      for (const o of outcomes) {
        if (o.ok) {
          generation.succeeded++;
          docs.push(o.doc);
        } else {
          const location = {
            ...(o.job.origin.file ? { file: o.job.origin.file } : {}),
            ...(o.job.origin.line !== undefined ? { line: o.job.origin.line } : {}),
            ...(o.job.origin.entry ? { entry: o.job.origin.entry } : {}),
          };
          generation.failed.push({
            entry: o.job.origin.entry ?? '',
            collection: o.job.request.collection_id,
            message: o.error,
            stderr: o.stderr,
            exitCode: o.exitCode,
            timedOut: o.timedOut,
            location,
          });
          result.problems.push({
            severity: 'error',
            stage: 'generate',
            message: o.error,
            location,
            ...(o.stderr ? { detail: o.stderr } : {}),
          });
        }
      }
    }
  }

  const valid = await validateStage(docs, validateOptions, effectiveResolver, timer, result, logger);
  if (!valid || result.problems.some((p) => p.severity === 'error')) {
    if (options.command === 'run')
      logger.error('nothing was written or published: fix the problems above and run again');
    return finish(false);
  }
  if (options.command === 'validate') return finish(true);

  // run: deliver to the target
  const remote: RemoteSource[] = [];
  if (selected.target.type !== 'directory') {
    for (const s of inputs.sources) {
      if (s.kind !== 'stactools' || s.mode !== 'remote') continue;
      const expect = s.entry.stactools?.expect;
      const r: RemoteSource = {
        sourceId: s.entry.id,
        entry: sourceEntryLabel(s.index, s.entry.id),
        collection: s.entry.collection ?? null,
        requests: s.requests,
      };
      if (expect)
        r.expect = {
          ...(expect.count !== undefined ? { count: expect.count } : {}),
          ...(expect.ids !== undefined ? { ids: expect.ids } : {}),
        };
      remote.push(r);
    }
  }
  let sink: Sink | undefined;
  try {
    for (const u of uploads) {
      if (u.kind !== 'dps' || !u.entry.dps?.upload_to || !s3) continue;
      const dps = { ...u.entry.dps, upload_to: u.entry.dps.upload_to };
      const store = s3;
      const up = await timer.stage(logger, `upload ${u.entry.id}`, () =>
        uploadDpsSource(dps, loaded.dir, sourceEntryLabel(u.index, u.entry.id), { s3: store, logger }),
      );
      logger.info(
        `uploaded ${up.keys.length} file(s) to s3://${up.bucket}/${up.jobPrefix}; the DPS generator publishes them into '${up.collectionId}'`,
      );
      const byCollection = new Map<string, string[]>();
      for (const e of up.expected) byCollection.set(e.collection, [...(byCollection.get(e.collection) ?? []), e.id]);
      for (const [collection, ids] of byCollection)
        remote.push({
          sourceId: u.entry.id,
          entry: sourceEntryLabel(u.index, u.entry.id),
          collection,
          requests: [],
          expect: { ids },
        });
    }
    sink = await createSink(selected.target, loaded.dir, {
      logger,
      ...(deps.fetch ? { fetch: deps.fetch } : {}),
      ...(outputPolicy ? { outputPolicy } : {}),
    });
    const input: DeliveryInput = {
      runId: options.runId ?? new Date(t0).toISOString().replace(/[:.]/g, '-'),
      collections: docs.filter((d) => d.doc['type'] === 'Collection'),
      items: docs.filter((d) => d.doc['type'] === 'Feature' && !uploadedDocs.has(d)),
      remote,
      force: options.force ?? false,
      mode: options.command === 'plan' ? 'plan' : options.command === 'verify' ? 'verify' : 'publish',
    };
    const ctx: SinkContext = {
      logger,
      stage: (name, fn) => timer.stage(logger, name, fn),
      now,
      sleep: deps.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms))),
    };
    const delivery = await sink.deliver(input, ctx);
    result.delivery = delivery;
    if (status) await recordRequestStatuses(status, assetSources, delivery);
    const output = delivery.details?.['output'];
    if (output) result.output = output as DirectoryOutput;
    for (const o of delivery.objects) {
      if (o.state === 'failed' || o.state === 'missing' || o.state === 'stale' || o.state === 'dead-lettered') {
        result.problems.push({
          severity: 'error',
          stage: 'deliver',
          message: `${o.key} is ${o.state}${o.reason ? `: ${o.reason}` : ''}`,
          location: originToLocation(o.origin),
        });
      }
    }
    return finish(delivery.ok);
  } catch (err) {
    return fail(err, 'deliver');
  } finally {
    if (sink?.close) {
      try {
        await sink.close();
      } catch (err) {
        logger.warning(`closing the ${sink.type} target failed: ${describeError(err)}`);
      }
    }
  }
}

/** Asset requests: published / verified / failed, from where their items ended up. */
async function recordRequestStatuses(
  status: RequestStatusStore,
  sources: ResolvedInputs['sources'],
  delivery: DeliveryOutcome,
): Promise<void> {
  const byKey = new Map(delivery.objects.map((o) => [o.key, o]));
  for (const s of sources) {
    if (s.kind !== 'assets') continue;
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

async function validateStage(
  docs: LoadedDoc[],
  options: IngestOptions,
  resolver: SchemaResolver,
  timer: Timer,
  result: IngestResult,
  logger: Logger,
): Promise<boolean> {
  try {
    const report = await timer.stage(logger, 'validate', () =>
      validateDocuments(docs, {
        resolver,
        ...(options.maxWarnings !== undefined ? { maxWarnings: options.maxWarnings } : {}),
      }),
    );
    result.validation = {
      checked: report.checked,
      invalid: report.invalid,
      byCollection: report.byCollection,
      errors: report.errors,
      warnings: report.warnings,
      findings: report.findings,
      ...(options.maxWarnings !== undefined ? { maxWarnings: options.maxWarnings } : {}),
    };
    for (const f of report.findings) {
      if (f.severity === 'error') logger.error(`${f.rule}: ${f.message}`, f.location);
      else logger.warning(`${f.rule}: ${f.message}`, f.location);
    }
    if (options.maxWarnings !== undefined && report.warnings > options.maxWarnings) {
      result.problems.push({
        severity: 'error',
        stage: 'validate',
        message: `${report.warnings} warnings exceed --max-warnings ${options.maxWarnings}`,
      });
    }
    if (report.errors > 0)
      result.problems.push({
        severity: 'error',
        stage: 'validate',
        message: `${report.errors} validation error(s) in ${describeCounts(report.invalid, report.checked)}`,
      });
    return report.ok;
  } catch (err) {
    result.problems.push(...problemsFrom(err, 'validate'));
    return false;
  }
}
