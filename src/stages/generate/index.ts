import type { ProcessRunner } from '../../clients/process.js';
import type { LoadedDoc, Origin } from '../../model/stac.js';
import { originToLocation } from '../../model/stac.js';
import { mapBounded } from '../../limit.js';
import type { ItemRequest } from './item-request.js';
import { runCreate, type RunCreateResult } from './run-create.js';
import { createCollectionCommand, createItemCommand, type CollectionCommandSpec } from './uvx-command.js';
import type { Logger } from '../../logging.js';

/** One create-item run: the request the generator Lambda would get, where it came from, its time budget. */
export interface GenerateJob {
  request: ItemRequest;
  origin: Origin;
  timeoutMs: number;
  /**
   * `collection`: run `create-collection` with the request's args and options instead (a manifest
   * collection made by the package); the output must be a Collection, and when `collection_id`
   * is set the generated id must equal it. Default `item`.
   */
  kind?: 'item' | 'collection';
}

export type GenerateFailure<J> = {
  ok: false;
  job: J;
  error: string;
  /** The tail of the command's stderr. */
  stderr: string;
  exitCode: number | null;
  timedOut: boolean;
  durationMs: number;
  /** The command as a shell line, to reproduce the failure by hand ('' when it was not run). */
  command: string;
};

export type GenerateOutcome =
  { ok: true; job: GenerateJob; doc: LoadedDoc; durationMs: number } | GenerateFailure<GenerateJob>;

/** A manifest collection made by `stac <group> create-collection`. */
export interface GenerateCollectionJob {
  spec: CollectionCommandSpec;
  /** The id the manifest gives the collection; the generated one must match. */
  collectionId?: string;
  origin: Origin;
  timeoutMs: number;
}

export type CollectionOutcome =
  { ok: true; job: GenerateCollectionJob; doc: LoadedDoc; durationMs: number } | GenerateFailure<GenerateCollectionJob>;

export interface GenerateDeps {
  runner: ProcessRunner;
  logger: Logger;
  /** Parent of the per-run temp directories (default: the OS temp dir). */
  tmpDir?: string;
}

export interface GenerateOptions {
  /** At most this many uvx processes at once. */
  concurrency: number;
  /** Working directory of uvx: the manifest directory, so `./pkg` package paths resolve. */
  cwd: string;
  env?: NodeJS.ProcessEnv;
  signal?: AbortSignal;
  /**
   * Run the first job of each package alone before the rest, so uv resolves and caches the
   * environment once instead of once per parallel process (default true).
   */
  warmUp?: boolean;
}

function failureOf<J>(job: J, r: Extract<RunCreateResult, { ok: false }>): GenerateFailure<J> {
  return {
    ok: false,
    job,
    error: r.error,
    stderr: r.stderr,
    exitCode: r.exitCode,
    timedOut: r.timedOut,
    durationMs: r.durationMs,
    command: r.command,
  };
}

function collectionSpecOf(req: ItemRequest): CollectionCommandSpec {
  return {
    package: req.package_name,
    group: req.group_name,
    args: req.create_item_args,
    options: req.create_item_options,
  };
}

function idMismatch<J>(job: J, r: Extract<RunCreateResult, { ok: true }>, expected: string): GenerateFailure<J> {
  return {
    ok: false,
    job,
    error: `create-collection wrote collection ${JSON.stringify(r.doc['id'] ?? null)}, but the manifest names it '${expected}'`,
    stderr: '',
    exitCode: 0,
    timedOut: false,
    durationMs: r.durationMs,
    command: r.command,
  };
}

function describeOrigin(origin: Origin): string {
  return origin.entry ?? `${origin.file}${origin.line !== undefined ? `:${origin.line}` : ''}`;
}

/**
 * Runs `create-item` for every job exactly as the StactoolsItemGenerator does (protocol.md §2.3),
 * with bounded parallelism and a timeout per item, and returns one outcome per job, in job order.
 * `collection_id`, when set, overwrites the item's `collection` like the Lambda.
 * Rejects with a ConfigurationError (once, for all jobs) when uvx is not installed.
 */
export async function generateItems(
  jobs: GenerateJob[],
  deps: GenerateDeps,
  opts: GenerateOptions,
): Promise<GenerateOutcome[]> {
  const started = Date.now();
  const outcomes = new Array<GenerateOutcome>(jobs.length);
  const controller = new AbortController();
  const onOuterAbort = () => controller.abort();
  opts.signal?.addEventListener('abort', onOuterAbort, { once: true });
  /** package -> index of the job whose failure showed uv cannot build that environment */
  const brokenEnvironment = new Map<string, number>();

  let done = 0;
  const runOne = async (index: number): Promise<void> => {
    try {
      await runJob(index);
    } finally {
      deps.logger.progress?.('generated', ++done, jobs.length);
    }
  };
  const runJob = async (index: number): Promise<void> => {
    const job = jobs[index] as GenerateJob;
    const pkg = job.request.package_name;
    if (controller.signal.aborted) {
      outcomes[index] = {
        ok: false,
        job,
        error: 'not run: generation was cancelled',
        stderr: '',
        exitCode: null,
        timedOut: false,
        durationMs: 0,
        command: '',
      };
      return;
    }
    const broken = brokenEnvironment.get(pkg);
    if (broken !== undefined) {
      const first = jobs[broken] as GenerateJob;
      outcomes[index] = {
        ok: false,
        job,
        error: `not run: uvx could not set up the environment for ${pkg} (see the failure of ${describeOrigin(first.origin)})`,
        stderr: '',
        exitCode: null,
        timedOut: false,
        durationMs: 0,
        command: '',
      };
      return;
    }
    const collection = job.kind === 'collection';
    let r: RunCreateResult;
    try {
      r = await runCreate(deps.runner, {
        build: (out) =>
          collection
            ? createCollectionCommand(collectionSpecOf(job.request), out)
            : createItemCommand(job.request, out),
        what: `stac ${job.request.group_name} ${collection ? 'create-collection' : 'create-item'}`,
        expectType: collection ? 'Collection' : 'Feature',
        timeoutMs: job.timeoutMs,
        cwd: opts.cwd,
        env: opts.env,
        tmpDir: deps.tmpDir,
        signal: controller.signal,
        location: originToLocation(job.origin),
      });
    } catch (err) {
      controller.abort();
      throw err;
    }
    if (r.ok && collection && job.request.collection_id && r.doc['id'] !== job.request.collection_id) {
      outcomes[index] = idMismatch(job, r, job.request.collection_id);
    } else if (r.ok) {
      if (!collection && job.request.collection_id) r.doc['collection'] = job.request.collection_id;
      outcomes[index] = { ok: true, job, doc: { doc: r.doc, origin: job.origin }, durationMs: r.durationMs };
      deps.logger.debug(
        `${describeOrigin(job.origin)}: ${collection ? 'collection' : 'item'} ${String(r.doc['id'])} in ${r.durationMs} ms`,
      );
    } else {
      if (r.environmentFailure && !brokenEnvironment.has(pkg)) brokenEnvironment.set(pkg, index);
      outcomes[index] = failureOf(job, r);
      deps.logger.debug(`${describeOrigin(job.origin)}: ${r.error} (${r.command})`);
    }
  };

  try {
    const indices = jobs.map((_, i) => i);
    if (opts.warmUp ?? true) {
      const firstOfPackage = new Map<string, number>();
      for (const i of indices) {
        const pkg = (jobs[i] as GenerateJob).request.package_name;
        if (!firstOfPackage.has(pkg)) firstOfPackage.set(pkg, i);
      }
      const warm = new Set(firstOfPackage.values());
      await mapBounded([...warm], opts.concurrency, runOne);
      await mapBounded(
        indices.filter((i) => !warm.has(i)),
        opts.concurrency,
        runOne,
      );
    } else {
      await mapBounded(indices, opts.concurrency, runOne);
    }
  } finally {
    opts.signal?.removeEventListener('abort', onOuterAbort);
  }
  const failed = outcomes.filter((o) => !o.ok).length;
  deps.logger.info(
    `generated ${jobs.length - failed} of ${jobs.length} document${jobs.length === 1 ? '' : 's'} with uvx in ${((Date.now() - started) / 1000).toFixed(1)} s${failed ? ` (${failed} failed)` : ''}`,
  );
  return outcomes;
}

/**
 * Runs `stac <group> create-collection` the same way and checks that it wrote a Collection,
 * with the manifest's id when one is given. Rejects with a ConfigurationError when uvx is missing.
 */
export async function generateCollection(
  job: GenerateCollectionJob,
  deps: GenerateDeps,
  opts: Omit<GenerateOptions, 'concurrency' | 'warmUp'>,
): Promise<CollectionOutcome> {
  const r = await runCreate(deps.runner, {
    build: (out) => createCollectionCommand(job.spec, out),
    what: `stac ${job.spec.group} create-collection`,
    expectType: 'Collection',
    timeoutMs: job.timeoutMs,
    cwd: opts.cwd,
    env: opts.env,
    tmpDir: deps.tmpDir,
    signal: opts.signal,
    location: originToLocation(job.origin),
  });
  if (!r.ok) return failureOf(job, r);
  const id = r.doc['id'];
  if (job.collectionId !== undefined && id !== job.collectionId) return idMismatch(job, r, job.collectionId);
  deps.logger.debug(`${describeOrigin(job.origin)}: collection ${String(id)} in ${r.durationMs} ms`);
  return { ok: true, job, doc: { doc: r.doc, origin: job.origin }, durationMs: r.durationMs };
}
