import { availableParallelism } from 'node:os';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { ProcessRunner } from '../../clients/process.js';
import { leftovers } from '../../cancel.js';
import type { PackageGeneration } from '../../model/result.js';
import type { SourceLocation } from '../../errors.js';
import {
  exitMessage,
  formatSeconds,
  checkCreatedOutput,
  MAX_OUTPUT_BYTES,
  readCreatedOutput,
  tooLargeMessage,
  runCreate,
  STDERR_TAIL_CHARS,
  tail,
  type RunCreateResult,
} from './run-create.js';
import { formatCommand, stacArgs, stacCommand, type StacCommandSpec } from './uvx-command.js';
import { prepareEnvironment, type EnvironmentOutcome } from './environment.js';
import { DEFAULT_MAX_ITEMS_PER_WORKER, DEFAULT_MAX_RSS_BYTES, WorkerPool, type PoolLimits } from './pool.js';
import { workerScriptPath } from './worker.js';

/**
 * `worker`: long-lived Python workers per package environment, running the generator's click command in-process.
 * `uvx`: one `uvx ... stac <group> create-item` process per item, exactly as the StactoolsItemGenerator Lambda.
 */
export type EngineName = PackageGeneration['engine'];
const ENGINES: readonly EngineName[] = ['worker', 'uvx'];

/** Checks an engine name given on the command line or as an Action input (`what` names it in the error). */
export function engineName(value: string, what: string): EngineName {
  if ((ENGINES as readonly string[]).includes(value)) return value as EngineName;
  throw new Error(`${what} takes ${ENGINES.join(' or ')}, got '${value}'`);
}

export interface CreateCall {
  spec: StacCommandSpec;
  timeoutMs: number;
  location?: SourceLocation | undefined;
  signal?: AbortSignal | undefined;
  /** Cap on the output file's size (default MAX_OUTPUT_BYTES). */
  maxOutputBytes?: number | undefined;
}

/** What an engine spent on one package: environment set-up, and the worker pool's figures. */
export type PackageEngineStats = Pick<PackageGeneration, 'package' | 'engine' | 'setupMs' | 'pool'>;

export interface CreateEngine {
  readonly name: EngineName;
  /** Runs one create command. Rejects only when the tool itself is missing (a ConfigurationError). */
  run(call: CreateCall): Promise<RunCreateResult>;
  stats(): PackageEngineStats[];
  /** Stops everything the engine started and removes its scratch files. */
  close(): Promise<void>;
}

export interface EngineContext {
  runner: ProcessRunner;
  cwd: string;
  env?: NodeJS.ProcessEnv | undefined;
  tmpDir?: string | undefined;
}

export function uvxEngine(ctx: EngineContext): CreateEngine {
  const used = new Set<string>();
  return {
    name: 'uvx',
    run: (call) => {
      used.add(call.spec.package);
      return runCreate(ctx.runner, {
        build: (out) => stacCommand(call.spec, out),
        what: `stac ${call.spec.group} ${call.spec.sub}`,
        expectType: call.spec.sub === 'create-item' ? 'Feature' : 'Collection',
        timeoutMs: call.timeoutMs,
        cwd: ctx.cwd,
        env: ctx.env,
        tmpDir: ctx.tmpDir,
        signal: call.signal,
        location: call.location,
        maxOutputBytes: call.maxOutputBytes,
      });
    },
    stats: () => [...used].map((p) => ({ package: p, engine: 'uvx' as const })),
    close: async () => undefined,
  };
}

export interface WorkerEngineOptions {
  /** Parent of the cached environments (default: `defaultEnvironmentCache()`). */
  cacheDir?: string | undefined;
  limits?: Partial<PoolLimits> | undefined;
}

type PoolEntry = { ok: true; pool: WorkerPool; setupMs: number } | Extract<EnvironmentOutcome, { ok: false }>;

/** The persistent engine: one environment and one worker pool per package spec, made on first use. */
export function workerEngine(ctx: EngineContext, options: WorkerEngineOptions = {}): CreateEngine {
  const limits: PoolLimits = {
    size: options.limits?.size ?? availableParallelism(),
    maxItemsPerWorker: options.limits?.maxItemsPerWorker ?? DEFAULT_MAX_ITEMS_PER_WORKER,
    maxRssBytes: options.limits?.maxRssBytes ?? DEFAULT_MAX_RSS_BYTES,
  };
  const pools = new Map<string, Promise<PoolEntry>>();
  let scratch: Promise<string> | undefined;
  let outputs = 0;
  const scratchDir = () => (scratch ??= leftovers.tempDir('stac-ingest-workers-', ctx.tmpDir));

  const poolFor = (call: CreateCall): Promise<PoolEntry> => {
    let entry = pools.get(call.spec.package);
    if (!entry) {
      const env = {
        runner: ctx.runner,
        cwd: ctx.cwd,
        env: ctx.env,
        cacheDir: options.cacheDir,
        location: call.location,
      };
      entry = Promise.all([prepareEnvironment(call.spec.package, env), scratchDir()]).then(
        ([prepared, dir]): PoolEntry => {
          if (!prepared.ok) return prepared;
          const { python } = prepared.environment;
          const pool = new WorkerPool({
            runner: ctx.runner,
            python,
            script: workerScriptPath(),
            cwd: ctx.cwd,
            env: ctx.env,
            scratch: dir,
            limits,
          });
          return { ok: true, pool, setupMs: prepared.environment.setupMs };
        },
      );
      pools.set(call.spec.package, entry);
    }
    return entry;
  };
  const stats: PackageEngineStats[] = [];
  return {
    name: 'worker',
    run: async (call) => {
      const entry = await poolFor(call);
      // the worker creates, reads and deletes it; a killed worker's is removed with the scratch folder
      return runInPool(entry, call, path.join(await scratchDir(), `output-${++outputs}.json`));
    },
    stats: () => stats,
    close: async () => {
      for (const [pkg, entry] of pools) {
        const e = await entry.catch(() => undefined); // a missing uv: the run already rejected with it
        if (e?.ok) await e.pool.close();
        if (e)
          stats.push({ package: pkg, engine: 'worker', setupMs: e.setupMs, ...(e.ok ? { pool: e.pool.stats } : {}) });
      }
      pools.clear();
      if (scratch) await leftovers.removeDir(await scratch);
    },
  };
}

async function runInPool(entry: PoolEntry, call: CreateCall, out: string): Promise<RunCreateResult> {
  const what = `stac ${call.spec.group} ${call.spec.sub}`;
  const command = formatCommand(stacCommand(call.spec, out));
  const started = Date.now();
  const fail = (
    error: string,
    r: { stderr: string; exitCode?: number | null; timedOut?: boolean },
    environmentFailure = false,
  ): RunCreateResult => ({
    ok: false,
    error,
    stderr: tail(r.stderr, STDERR_TAIL_CHARS),
    exitCode: r.exitCode ?? null,
    timedOut: r.timedOut ?? false,
    environmentFailure,
    command,
    durationMs: Date.now() - started,
  });
  if (!entry.ok) return fail(`uv could not set up the environment for ${what}: ${entry.error}`, entry, true);
  const cap = call.maxOutputBytes ?? MAX_OUTPUT_BYTES;
  const r = await entry.pool.run(stacArgs(call.spec, out), out, call.timeoutMs, call.signal, cap);
  if (!r.ok) return fail(`the stactools worker for ${what} could not start: ${r.error}`, r, true);
  if (r.timedOut) return fail(`${what} timed out after ${formatSeconds(call.timeoutMs)} and was killed`, r);
  if (call.signal?.aborted) return fail(`${what} was cancelled`, r);
  if (r.exitCode !== 0) return fail(exitMessage(what, r.exitCode, r.signal, r.stderr), r);
  if (r.tooLarge !== undefined) return fail(tooLargeMessage(what, out, r.tooLarge, cap), r);
  if (r.notUtf8 === true) {
    const read = await readCreatedOutput(out, what);
    await rm(out, { force: true });
    return fail('error' in read ? read.error : `${what}: the worker found its output not UTF-8`, r);
  }
  const checked = checkCreatedOutput(
    r.output,
    out,
    what,
    call.spec.sub === 'create-item' ? 'Feature' : 'Collection',
    r.stdout,
  );
  return checked.ok
    ? { ok: true, doc: checked.doc, command, durationMs: Date.now() - started }
    : fail(checked.error, r);
}
