import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { SourceDoc } from '../../model/stac.js';
import { blockMemoryOf, giveBackBlockMemory } from '../../sources/block-memory.js';
import type { CheckedUnit } from './check-unit.js';
import { capYoungGenerations, YOUNG_GENERATION_MB } from './heap.js';
import type { FastShape } from './shape.js';

/** What the main thread sends a validation worker: a shape to learn, or documents to check. */
export type ToWorker = { kind: 'shape'; shape: FastShape } | { kind: 'batch'; seq: number; units: SourceDoc[] };

/** Per unit sent, the results of its documents; the memory of the blocks sent, given back. */
export interface FromWorker {
  seq: number;
  results: CheckedUnit[];
  memory: ArrayBuffer[];
}

/** Batches a worker holds (the one it checks, the next) before the main thread checks one itself. */
const WORKER_DEPTH = 2;

const WORKER_BUNDLE = path.join('validate-worker', 'index.js');

/**
 * A worker keeps nothing between batches but its validators; a small old generation makes V8 collect
 * early instead of growing the heap (and the process's memory) towards the main thread's limit. The young
 * generation holds a few documents' worth of garbage (parsed, read as Python, through the models): at 4 MB,
 * scavenges took ~20% of a worker; 1M items take 14% less CPU at 16 MB (~10 MB more peak RSS) and 16% less
 * again at 32 MB (~25 MB more).
 */
const WORKER_OPTIONS = {
  resourceLimits: { maxOldGenerationSizeMb: 48, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
};

/**
 * How to start a worker: the bundle scripts/build.mjs makes (dist/validate-worker, found by walking up
 * from this module), or, running from src/ (tsx, vitest), worker-main.ts through tsx's loader.
 */
function workerSource(): { file: URL } | { code: string } {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.ts')) {
    const tsx = pathToFileURL(
      path.join(path.dirname(here), '..', '..', '..', 'node_modules', 'tsx', 'dist', 'esm', 'api', 'index.mjs'),
    );
    const entry = pathToFileURL(path.join(path.dirname(here), 'worker-main.ts'));
    return {
      code:
        `import(${JSON.stringify(tsx.href)})` +
        `.then((m) => { m.register(); return import(${JSON.stringify(entry.href)}); });`,
    };
  }
  let dir = path.dirname(here);
  for (let i = 0; i < 4; i++) {
    const candidate = path.join(dir, WORKER_BUNDLE);
    if (existsSync(candidate)) return { file: pathToFileURL(candidate) };
    dir = path.dirname(dir);
  }
  throw new Error(`${WORKER_BUNDLE} is missing from the stac-ingest installation (looked upwards from ${here})`);
}

/**
 * Worker threads by default: one per core but one, for the main thread checks documents too whenever every
 * worker has its next batch waiting (see {@link ValidationThreads.wantsWork}); one on a single core. On 2 cores,
 * 10k items took 0.2 CPU-s less than with a second worker (its start and warm-up), and 1M items less memory.
 */
export function defaultThreadCount(): number {
  return Math.max(1, availableParallelism() - 1);
}

/** Named files of this many bytes in all start the worker threads first thing (see {@link prestartThreads}). */
export const PRESTART_BYTES = 4 << 20;

/**
 * Worker threads started before anything else when the files in `paths` hold PRESTART_BYTES or more (a few hundred
 * documents and up), so that they boot on the other cores while the command loads its modules and reads the first
 * documents; undefined for smaller input or `count` 0 (default: {@link defaultThreadCount}). The caller closes them.
 */
export function prestartThreads(paths: readonly string[], count?: number): ValidationThreads | undefined {
  const threads = count ?? defaultThreadCount();
  if (threads <= 0) return undefined;
  let bytes = 0;
  for (const p of paths) {
    try {
      const s = statSync(p, { throwIfNoEntry: false });
      if (s?.isFile()) bytes += s.size;
    } catch {
      // not readable: reading it says why
    }
  }
  return bytes >= PRESTART_BYTES ? new ValidationThreads(threads) : undefined;
}

/**
 * Worker threads that check documents (check-unit.ts) in parallel. Batches go to the least busy
 * worker; their results come back by batch number, for the caller to use in input order.
 */
export class ValidationThreads {
  private readonly workers: { worker: Worker; busy: number }[] = [];
  private readonly waiting = new Map<number, { resolve: (r: CheckedUnit[]) => void; reject: (e: unknown) => void }>();
  private seq = 0;
  private failure: unknown;

  constructor(count: number) {
    capYoungGenerations();
    const source = workerSource();
    for (let i = 0; i < count; i++) {
      const worker =
        'file' in source
          ? new Worker(source.file, WORKER_OPTIONS)
          : new Worker(source.code, { ...WORKER_OPTIONS, eval: true });
      const entry = { worker, busy: 0 };
      worker.on('message', (m: FromWorker) => {
        entry.busy--;
        for (const memory of m.memory) giveBackBlockMemory(memory);
        const w = this.waiting.get(m.seq);
        this.waiting.delete(m.seq);
        w?.resolve(m.results);
      });
      worker.on('error', (err) => this.fail(err));
      worker.on('exit', (code) => {
        if (code !== 0) this.fail(new Error(`a validation worker stopped (exit ${code})`));
      });
      this.workers.push(entry);
    }
  }

  get size(): number {
    return this.workers.length;
  }

  /** Every worker learns the fast check of a shape (before any batch sent after this call). */
  learn(shape: FastShape): void {
    for (const { worker } of this.workers) worker.postMessage({ kind: 'shape', shape } satisfies ToWorker);
  }

  /**
   * Whether a worker has fewer than WORKER_DEPTH batches to do: else the main thread checks the next batch
   * itself (the workers stay busy meanwhile, each with its next batch waiting).
   */
  wantsWork(): boolean {
    return this.workers.some((w) => w.busy < WORKER_DEPTH);
  }

  check(units: SourceDoc[]): Promise<CheckedUnit[]> {
    if (this.failure !== undefined) return Promise.reject(this.failure);
    const seq = this.seq++;
    const target = this.workers.reduce((a, b) => (b.busy < a.busy ? b : a));
    target.busy++;
    return new Promise((resolve, reject) => {
      this.waiting.set(seq, { resolve, reject });
      // a block's memory moves to the worker (see LineBlock): not copied, and not left to this thread's collector
      target.worker.postMessage({ kind: 'batch', seq, units } satisfies ToWorker, blockMemoryOf(units));
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map(({ worker }) => worker.terminate()));
  }

  private fail(err: unknown): void {
    this.failure ??= err;
    for (const w of this.waiting.values()) w.reject(err);
    this.waiting.clear();
  }
}
