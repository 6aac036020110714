import type { ProcessRunner } from '../../clients/process.js';
import type { PackageGeneration } from '../../model/result.js';
import type { LoadedDoc, Origin } from '../../model/stac.js';
import { originToLocation } from '../../model/stac.js';
import { streamBounded } from '../../limit.js';
import type { ItemRequest } from '../../model/item-request.js';
import { runCreate, type RunCreateResult } from './run-create.js';
import { createCollectionCommand, type CollectionCommandSpec, type StacCommandSpec } from './uvx-command.js';
import type { Logger } from '../../logging.js';
import { uvxEngine, workerEngine, type CreateEngine, type EngineName, type WorkerEngineOptions } from './engine.js';
import { withCollection } from '../../sources/with-collection.js';

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
  /** Overrides the run's engine for this job. */
  engine?: EngineName;
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

/** The outcomes in job order, and the per-package timing. */
export interface GenerateResult {
  outcomes: GenerateOutcome[];
  packages: PackageGeneration[];
}

export interface GenerateOptions {
  /** At most this many items at once (uvx processes, or busy workers of the worker engine). */
  concurrency: number;
  /** Default `worker`; a job's own `engine` wins. */
  engine?: EngineName;
  /** Worker engine: environment cache and pool limits (the pool size defaults to `concurrency`). */
  workers?: WorkerEngineOptions;
  /** Working directory of uvx: the manifest directory, so `./pkg` package paths resolve. */
  cwd: string;
  env?: NodeJS.ProcessEnv;
  signal?: AbortSignal;
  /** Cap on one create command's output file (default MAX_OUTPUT_BYTES, under V8's string limit). */
  maxOutputBytes?: number;
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
    error:
      `create-collection wrote collection ${JSON.stringify(r.doc['id'] ?? null)}, but the ` +
      `manifest names it '${expected}'`,
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

function notRun<J>(job: J, error: string): GenerateFailure<J> {
  return {
    ok: false,
    job,
    error: `not run: ${error}`,
    stderr: '',
    exitCode: null,
    timedOut: false,
    durationMs: 0,
    command: '',
  };
}

function specOf(job: GenerateJob): StacCommandSpec {
  return { ...collectionSpecOf(job.request), sub: job.kind === 'collection' ? 'create-collection' : 'create-item' };
}

/** An item's result as an outcome: the collection-id checks and the `collection_id` overwrite. */
function outcomeOf(job: GenerateJob, r: RunCreateResult): GenerateOutcome {
  if (!r.ok) return failureOf(job, r);
  const collection = job.kind === 'collection';
  if (collection && job.request.collection_id && r.doc['id'] !== job.request.collection_id)
    return idMismatch(job, r, job.request.collection_id);
  // the Lambda sets `collection` only; STAC then wants a collection link, added as for files and catalogs
  const doc = !collection && job.request.collection_id ? withCollection(r.doc, job.request.collection_id) : r.doc;
  return { ok: true, job, doc: { doc, origin: job.origin }, durationMs: r.durationMs };
}

/** Per engine and package: items run, failed, their summed time. */
class Timings {
  private readonly rows = new Map<
    string,
    { engine: EngineName; package: string; items: number; failed: number; itemMs: number }
  >();
  add(engine: EngineName, o: GenerateOutcome): void {
    const key = `${engine} ${o.job.request.package_name}`;
    const row = this.rows.get(key) ?? { engine, package: o.job.request.package_name, items: 0, failed: 0, itemMs: 0 };
    row.items++;
    if (!o.ok) row.failed++;
    row.itemMs += o.durationMs;
    this.rows.set(key, row);
  }
  /** The rows, with what each engine reports for the package. */
  withEngineStats(engines: CreateEngine[]): PackageGeneration[] {
    const stats = engines.flatMap((e) => e.stats());
    return [...this.rows.values()].map((r) => ({
      ...stats.find((s) => s.engine === r.engine && s.package === r.package),
      ...r,
    }));
  }
}

/** create-item calls read as they run instead of held (the rows of streamed sources), and how many. */
export interface StreamedJobs {
  count: number;
  jobs(): AsyncIterable<GenerateJob>;
}

/**
 * Runs `create-item` (or `create-collection`) for every job as the StactoolsItemGenerator does (protocol.md §2.3),
 * on the worker engine (the default) or uvx, with bounded parallelism and a timeout per item; returns one outcome
 * per job, in job order, and the time spent per package. `collection_id`, when set, overwrites the item's
 * `collection` like the Lambda. Rejects with a ConfigurationError (once, for all jobs) when uv/uvx is not installed.
 * Every worker is stopped before it returns or rejects.
 */
export async function generateItems(
  jobs: GenerateJob[],
  deps: GenerateDeps,
  opts: GenerateOptions,
): Promise<GenerateResult> {
  const outcomes: GenerateOutcome[] = [];
  const packages = await generateEach({ count: jobs.length, jobs: () => jobs }, deps, opts, (o) => {
    outcomes.push(o);
  });
  return { outcomes, packages };
}

/**
 * {@link generateItems} over jobs read as they run: each outcome goes to `take`, in job order, as soon as it and
 * those before it are done (one at a time: the next waits for `take`), and is not kept. Jobs run at most a few
 * times `concurrency` ahead of the first not yet taken, so what is held stays bounded. Returns the time spent per
 * package.
 */
export async function generateEach(
  source: { count: number; jobs(): Iterable<GenerateJob> | AsyncIterable<GenerateJob> },
  deps: GenerateDeps,
  opts: GenerateOptions,
  take: (o: GenerateOutcome) => void | Promise<void>,
): Promise<PackageGeneration[]> {
  const started = Date.now();
  const controller = new AbortController();
  const onOuterAbort = () => controller.abort();
  opts.signal?.addEventListener('abort', onOuterAbort, { once: true });
  const engines = new EnginePool(deps, opts);
  const order = new InOrder(take, Math.max(16, 8 * opts.concurrency));
  const gates = new PackageGates(opts.warmUp ?? true);
  let done = 0;
  let failed = 0;
  const runJob = async (job: GenerateJob, index: number): Promise<void> => {
    await order.room(index);
    let o: GenerateOutcome;
    try {
      o = await gates.run(job.request.package_name, () => engines.runJob(job, controller));
    } catch (err) {
      order.fail(err);
      throw err;
    }
    if (!o.ok) failed++;
    done++;
    deps.logger.progress?.('generated', done, source.count);
    await order.put(index, o);
  };
  try {
    for await (const finished of streamBounded(source.jobs(), opts.concurrency, runJob)) void finished;
  } finally {
    opts.signal?.removeEventListener('abort', onOuterAbort);
    await engines.close();
  }
  deps.logger.info(
    `generated ${done - failed} of ${done} document${done === 1 ? '' : 's'} ` +
      `with ${engines.used() || 'no engine'} in ${((Date.now() - started) / 1000).toFixed(1)} ` +
      `s${failed ? ` (${failed} failed)` : ''}`,
  );
  return engines.packages();
}

/** The engines of one generation, made as jobs ask for them, and what their runs found out. */
class EnginePool {
  private readonly engines = new Map<EngineName, CreateEngine>();
  /** engine + package -> origin of the job whose failure showed that environment cannot be built */
  private readonly brokenEnvironment = new Map<string, Origin>();
  private readonly timings = new Timings();

  constructor(
    private readonly deps: GenerateDeps,
    private readonly opts: GenerateOptions,
  ) {}

  private engineFor(name: EngineName): CreateEngine {
    let e = this.engines.get(name);
    if (!e) {
      const { deps, opts } = this;
      const ctx = { runner: deps.runner, cwd: opts.cwd, env: opts.env, tmpDir: deps.tmpDir };
      const workers = { ...opts.workers, limits: { size: opts.concurrency, ...opts.workers?.limits } };
      this.engines.set(name, (e = name === 'uvx' ? uvxEngine(ctx) : workerEngine(ctx, workers)));
    }
    return e;
  }

  /** One job's outcome; an engine that cannot run at all aborts the generation (and rejects). */
  async runJob(job: GenerateJob, controller: AbortController): Promise<GenerateOutcome> {
    const engine = this.engineFor(job.engine ?? this.opts.engine ?? 'worker');
    const pkg = job.request.package_name;
    const envKey = `${engine.name} ${pkg}`;
    const broken = this.brokenEnvironment.get(envKey);
    if (controller.signal.aborted) return notRun(job, 'generation was cancelled');
    if (broken !== undefined) {
      const tool = engine.name === 'uvx' ? 'uvx' : 'uv';
      const see = `see the failure of ${describeOrigin(broken)}`;
      return notRun(job, `${tool} could not set up the environment for ${pkg} (${see})`);
    }
    const r = await engine
      .run({
        spec: specOf(job),
        timeoutMs: job.timeoutMs,
        location: originToLocation(job.origin),
        signal: controller.signal,
        maxOutputBytes: this.opts.maxOutputBytes,
      })
      .catch((err: unknown) => {
        controller.abort();
        throw err;
      });
    if (!r.ok && r.environmentFailure && !this.brokenEnvironment.has(envKey))
      this.brokenEnvironment.set(envKey, job.origin);
    const o = outcomeOf(job, r);
    this.timings.add(engine.name, o);
    const what = o.ok
      ? `${String(o.doc.doc['type'])} ${String(o.doc.doc['id'])} in ${o.durationMs} ms`
      : `${o.error} (${o.command})`;
    this.deps.logger.debug(`${describeOrigin(job.origin)}: ${what}`);
    return o;
  }

  used(): string {
    return [...this.engines.keys()].join(' and ');
  }

  packages(): PackageGeneration[] {
    return this.timings.withEngineStats([...this.engines.values()]);
  }

  async close(): Promise<void> {
    await Promise.all([...this.engines.values()].map((e) => e.close()));
  }
}

/**
 * With `warmUp` (the default), the first job of each package runs before the others of that package start, so its
 * environment is built once instead of once per parallel process.
 */
class PackageGates {
  private readonly first = new Map<string, Promise<unknown>>();

  constructor(private readonly warmUp: boolean) {}

  async run<T>(pkg: string, fn: () => Promise<T>): Promise<T> {
    if (!this.warmUp) return fn();
    const gate = this.first.get(pkg);
    if (gate !== undefined) {
      await gate.catch(() => undefined);
      return fn();
    }
    const p = fn();
    this.first.set(pkg, p);
    return p;
  }
}

/**
 * Hands results that finish out of order to `take` in order, one at a time. `room(index)` waits while `index` is
 * `ahead` or more past the first result not yet taken, which bounds what waits here.
 */
class InOrder<T> {
  private next = 0;
  private readonly waiting = new Map<number, T>();
  private flushing: Promise<void> = Promise.resolve();
  private readonly moved: Array<() => void> = [];
  private failure: { err: unknown } | undefined;

  constructor(
    private readonly take: (value: T) => void | Promise<void>,
    private readonly ahead: number,
  ) {}

  async room(index: number): Promise<void> {
    for (;;) {
      if (this.failure !== undefined) throw this.failure.err;
      if (index - this.next < this.ahead) return;
      await new Promise<void>((resolve) => this.moved.push(resolve));
    }
  }

  /** After a failure (of `take`, or of a result that will never come): nothing more is taken, `room` throws. */
  fail(err: unknown): void {
    this.failure ??= { err };
    for (const wake of this.moved.splice(0)) wake();
  }

  /** Resolves once `value` and all before it were taken (rejects with what `take` threw). */
  put(index: number, value: T): Promise<void> {
    this.waiting.set(index, value);
    this.flushing = this.flushing.then(async () => {
      while (this.waiting.has(this.next)) {
        const v = this.waiting.get(this.next) as T;
        this.waiting.delete(this.next);
        await this.take(v);
        this.next++;
        for (const wake of this.moved.splice(0)) wake();
      }
    });
    this.flushing.catch((err: unknown) => this.fail(err));
    return this.flushing;
  }
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
