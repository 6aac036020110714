import type { ProcessRunner } from '../../clients/process.js';
import type { WorkerPoolFigures } from '../../model/result.js';
import { StactoolsWorker, type WorkerReply } from './worker.js';

export interface PoolLimits {
  /** Most workers at once (default: one per core). */
  size: number;
  /** Retire a worker after this many items (memory a package leaks per call is given back). */
  maxItemsPerWorker: number;
  /** Retire a worker whose resident memory is above this after an item. */
  maxRssBytes: number;
}

export const DEFAULT_MAX_ITEMS_PER_WORKER = 1000;
export const DEFAULT_MAX_RSS_BYTES = 1024 * 1024 * 1024;

export type PoolStats = WorkerPoolFigures;

export type PoolRun = ({ ok: true } & WorkerReply) | { ok: false; error: string; stderr: string };

export interface PoolOptions {
  runner: ProcessRunner;
  python: string;
  script: string;
  cwd: string;
  /** The workers' base environment (default: the runner's, the allow-listed part of ours). */
  env: NodeJS.ProcessEnv | undefined;
  /** Directory for the workers' capture files. */
  scratch: string;
  limits: PoolLimits;
}

/**
 * Long-lived stactools workers for one environment. `run` takes an idle worker or starts one (up to `size`), and
 * replaces a worker that died or was killed on an item; a worker that cannot start makes every run fail with why.
 * Every worker is killed when the process exits, whatever the path (the process runner registers their groups).
 */
export class WorkerPool {
  readonly stats: PoolStats = {
    started: 0,
    replaced: 0,
    recycled: 0,
    peakWorkerRss: 0,
    peakPoolRss: 0,
    firstReadyMs: undefined,
  };
  private readonly idle: StactoolsWorker[] = [];
  private readonly live = new Set<StactoolsWorker>();
  private readonly retiring = new Map<StactoolsWorker, Promise<void>>();
  private readonly waiting: Array<() => void> = [];
  private broken: { error: string; stderr: string } | undefined;
  private readonly created = Date.now();

  constructor(private readonly options: PoolOptions) {}

  async run(
    argv: string[],
    output: string,
    timeoutMs: number,
    signal?: AbortSignal,
    maxBytes?: number,
  ): Promise<PoolRun> {
    const worker = await this.acquire();
    if (!(worker instanceof StactoolsWorker)) return worker;
    const reply = await worker.run(argv, output, timeoutMs, signal, maxBytes);
    if (reply.lost) {
      this.live.delete(worker);
      this.stats.replaced++;
    } else {
      this.stats.peakWorkerRss = Math.max(this.stats.peakWorkerRss, worker.rss);
      this.stats.peakPoolRss = Math.max(
        this.stats.peakPoolRss,
        [...this.live].reduce((n, w) => n + w.rss, 0),
      );
      const { maxItemsPerWorker, maxRssBytes } = this.options.limits;
      if (worker.items >= maxItemsPerWorker || worker.rss > maxRssBytes) this.retire(worker);
      else this.idle.push(worker);
    }
    this.waiting.shift()?.();
    return { ok: true, ...reply };
  }

  private retire(worker: StactoolsWorker): void {
    this.live.delete(worker);
    this.stats.recycled++;
    this.retiring.set(
      worker,
      worker.close().finally(() => this.retiring.delete(worker)),
    );
  }

  private async acquire(): Promise<StactoolsWorker | Extract<PoolRun, { ok: false }>> {
    for (;;) {
      if (this.broken) return { ok: false, ...this.broken };
      const idle = this.idle.pop();
      if (idle) return idle;
      if (this.live.size < this.options.limits.size) return this.start();
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
  }

  private async start(): Promise<StactoolsWorker | Extract<PoolRun, { ok: false }>> {
    const { runner, python, script, cwd, env, scratch } = this.options;
    const name = `worker-${++this.stats.started}`;
    const worker = new StactoolsWorker(runner, python, script, { cwd, env, scratch, name });
    this.live.add(worker);
    const ready = await worker.ready;
    if (ready.ok) {
      this.stats.firstReadyMs ??= Date.now() - this.created;
      return worker;
    }
    this.live.delete(worker);
    this.broken ??= { error: ready.error, stderr: ready.stderr };
    for (const wake of this.waiting.splice(0)) wake();
    return { ok: false, ...this.broken };
  }

  /** Closes every worker (they exit at the end of their input; killed after the grace time) and waits for them. */
  async close(): Promise<void> {
    const closing = [...this.live].map((w) => w.close());
    this.live.clear();
    this.idle.length = 0;
    await Promise.all([...closing, ...this.retiring.values()]);
  }
}
