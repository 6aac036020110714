/**
 * The run's steps before delivery, each a stage of src/stages/ (or a source builder) with what the
 * run records of it: generate (asset items, create-item/create-collection) and the DPS
 * uploads whose items the DPS generator publishes.
 */
import type { Logger } from '../logging.js';
import type { ProcessRunner } from '../clients/process.js';
import type { LazyObjectStore } from '../clients/lazy-object-store.js';
import { describeError } from '../errors.js';
import { originToLocation } from '../model/stac.js';
import { sourceEntryLabel } from '../model/plan.js';
import type { GenerationSummary, PackageGeneration } from '../model/result.js';
import type { StreamedDocs } from '../model/inputs.js';
import { generateEach, generateItems, type GenerateOutcome } from '../stages/generate/index.js';
import { GeneratedSpill } from '../stages/generate/spill.js';
import type { FetchPolicy } from '../security/fetch-policy.js';
import { buildAssetItems, type AssetRequestResult } from '../sources/assets/asset-item.js';
import type { RequestStatusStore } from '../sources/assets/requests-status.js';
import type { PathGuard } from '../security/workspace.js';
import { uploadDpsSource } from '../sources/dps/upload-dps.js';
import type { RemoteSource } from './deliver.js';
import type { RunWork } from './plan.js';
import type { RunRecord } from './record.js';

export interface StepDeps {
  logger: Logger;
  runner: ProcessRunner;
  s3?: LazyObjectStore;
  /** Remote reads of asset sources (collection and metadata files) are checked against it. */
  fetchPolicy?: FetchPolicy;
  status?: RequestStatusStore;
  /** Workspace containment of local reads (asset metadata files, local assets). */
  guard?: PathGuard;
  signal?: AbortSignal;
}

/** Records one asset request's outcome: its item, or a located generation failure. */
function recordAsset(run: RunRecord, generation: GenerationSummary, collection: string, entry: string) {
  return (b: AssetRequestResult): void => {
    if (b.ok) {
      generation.succeeded++;
      run.docs.push(b.doc);
      return;
    }
    const location = originToLocation(b.origin);
    const message = describeError(b.error);
    generation.failed.push({
      entry: b.origin.entry ?? entry,
      collection,
      message,
      stderr: b.stderr,
      exitCode: null,
      timedOut: false,
      location,
    });
    run.result.problems.push({
      severity: 'error',
      stage: 'generate',
      message: `${b.requestId} (${b.itemId}): ${message}`,
      location,
      ...(b.stderr ? { detail: b.stderr } : {}),
    });
  };
}

interface GenerateStepOptions {
  concurrency: number;
  assetConcurrency: number;
  baseDir: string;
}

/**
 * Builds asset items and runs create-item / create-collection here; failures become located problems. The items of
 * streamed sources (`work.generateStreamed`) are spilled as they come and returned as a source read where it is used
 * (the caller puts it first among the run's streams: they come after the held documents, as generated items did).
 */
export async function generateStep(
  run: RunRecord,
  work: RunWork,
  deps: StepDeps,
  options: GenerateStepOptions,
): Promise<StreamedDocs | undefined> {
  const assetRequests = work.assets.reduce((n, s) => n + s.requests.length, 0);
  const streamed = work.generateStreamed?.count ?? 0;
  const attempted = work.generate.length + streamed + assetRequests;
  const generation: GenerationSummary = { attempted, succeeded: 0, failed: [] };
  if (generation.attempted > 0) run.result.generation = generation;
  for (const s of work.assets) await buildAssets(run, generation, s, deps, options);
  if (work.generate.length === 0 && streamed === 0) return undefined;
  const record = recordOutcome(run, generation, deps.signal);
  const generateOptions = {
    concurrency: options.concurrency,
    cwd: options.baseDir,
    ...(deps.signal ? { signal: deps.signal } : {}),
  };
  const generateDeps = { runner: deps.runner, logger: deps.logger };
  const jobs = work.generateStreamed;
  const spill = jobs ? await GeneratedSpill.open() : undefined;
  if (spill) run.onFinish(() => spill.remove());
  generation.packages = await run.stage('generate', async () => {
    const packages: PackageGeneration[] = [];
    if (work.generate.length > 0) {
      const held = await generateItems(work.generate, generateDeps, generateOptions);
      packages.push(...held.packages);
      for (const o of held.outcomes) if (record(o)) run.docs.push(o.doc);
    }
    if (jobs && spill) {
      const take = async (o: GenerateOutcome) => {
        if (record(o)) await spill.add(o.doc);
      };
      packages.push(...(await generateEach(jobs, generateDeps, generateOptions, take)));
    }
    return packages;
  });
  return spill?.close();
}

async function buildAssets(
  run: RunRecord,
  generation: GenerationSummary,
  s: RunWork['assets'][number],
  deps: StepDeps,
  options: GenerateStepOptions,
): Promise<void> {
  const { source } = s;
  const label = sourceEntryLabel(s.index, s.entry.id);
  const { logger, runner } = deps;
  const buildDeps = {
    runner,
    logger,
    ...(deps.s3 ? { s3: deps.s3 } : {}),
    ...(deps.fetchPolicy ? { fetchPolicy: deps.fetchPolicy } : {}),
    ...(deps.status ? { status: deps.status } : {}),
    ...(deps.guard ? { guard: deps.guard } : {}),
  };
  const built = await run.stage(`build ${s.entry.id}`, () =>
    buildAssetItems(source, options.baseDir, label, buildDeps, {
      concurrency: options.assetConcurrency,
      sourceId: s.entry.id,
    }),
  );
  built.forEach(recordAsset(run, generation, s.collectionId, label));
}

/** Records one create-item / create-collection outcome; true for a document to keep. */
function recordOutcome(run: RunRecord, generation: GenerationSummary, signal: AbortSignal | undefined) {
  return (o: GenerateOutcome): o is Extract<GenerateOutcome, { ok: true }> => {
    run.generated.add(o);
    if (o.ok) {
      generation.succeeded++;
      return true;
    }
    const { file, line, entry } = o.job.origin;
    const location = {
      ...(file ? { file } : {}),
      ...(line !== undefined ? { line } : {}),
      ...(entry ? { entry } : {}),
    };
    const { error: message, stderr, exitCode, timedOut } = o;
    const collection = o.job.request.collection_id;
    generation.failed.push({ entry: entry ?? '', collection, message, stderr, exitCode, timedOut, location });
    if (signal?.aborted && /\bcancelled$/.test(message)) return false; // the run reports its cancellation once
    const detail = stderr ? { detail: stderr } : {};
    run.result.problems.push({ severity: 'error', stage: 'generate', message, location, ...detail });
    return false;
  };
}

/**
 * Uploads the outputs of DPS jobs with `upload_to` for the DPS generator, which publishes them;
 * returns what the delivery waits for (their items, by id).
 */
export async function uploadStep(
  run: RunRecord,
  work: RunWork,
  deps: { logger: Logger; s3: LazyObjectStore },
  baseDir: string,
): Promise<RemoteSource[]> {
  const remote: RemoteSource[] = [];
  for (const u of work.uploads) {
    if (!u.entry.dps?.upload_to) continue;
    const dps = { ...u.entry.dps, upload_to: u.entry.dps.upload_to };
    const entry = sourceEntryLabel(u.index, u.entry.id);
    const up = await run.stage(`upload ${u.entry.id}`, () => uploadDpsSource(dps, baseDir, entry, deps));
    deps.logger.info(
      `uploaded ${up.keys.length} file(s) to s3://${up.bucket}/${up.jobPrefix}; ` +
        `the DPS generator publishes them into '${up.collectionId}'`,
    );
    const byCollection = new Map<string, string[]>();
    for (const e of up.expected) byCollection.set(e.collection, [...(byCollection.get(e.collection) ?? []), e.id]);
    for (const [collection, ids] of byCollection)
      remote.push({ sourceId: u.entry.id, entry, collection, requests: [], expect: { ids } });
  }
  return remote;
}
