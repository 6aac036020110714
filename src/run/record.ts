/** What a run records as it goes: the result, timed stages, problems, and the documents it handled. */
import type { Logger } from '../logging.js';
import { ConfigurationError, ConfigurationErrors, describeError } from '../errors.js';
import type { LoadedDoc } from '../model/stac.js';
import type { Plan } from '../model/plan.js';
import type { Command, IngestResult, Problem } from '../model/result.js';
import { GenerationTally, summarizeCollections } from './collections.js';
import { CancelledError } from '../cancel.js';

export function problemsFrom(err: unknown, stage: string): Problem[] {
  if (err instanceof CancelledError) return []; // RunRecord.finish reports the cancellation once
  if (err instanceof ConfigurationErrors) return err.errors.flatMap((e) => problemsFrom(e, stage));
  if (err instanceof ConfigurationError) {
    const p: Problem = { severity: 'error', stage, message: err.hint ? `${err.message} (${err.hint})` : err.message };
    if (err.location) p.location = err.location;
    return [p];
  }
  return [{ severity: 'error', stage, message: describeError(err) }];
}

export class RunRecord {
  readonly result: IngestResult;
  /** Every document of the run, given or generated. */
  readonly docs: LoadedDoc[] = [];
  /** What generation made and where it failed, per collection (the items generated are among `docs` or streamed). */
  readonly generated = new GenerationTally();
  plan: Plan | undefined;
  private readonly started: number;
  private readonly cleanups: Array<() => void> = [];

  constructor(
    command: Command,
    private readonly logger: Logger,
    private readonly now: () => number,
    /** The run's cancellation: once aborted, no new stage starts and the run ends `cancelled`. */
    private readonly signal?: AbortSignal,
  ) {
    this.started = now();
    this.result = {
      ok: false,
      command,
      collections: [],
      problems: [],
      stages: [],
      startedAt: new Date(this.started).toISOString(),
      durationMs: 0,
    };
  }

  /** Runs `fn` as a named, timed stage in its own log group; throws the cancellation once the run is cancelled. */
  async stage<T>(name: string, fn: () => Promise<T>): Promise<T> {
    this.signal?.throwIfAborted();
    const t0 = this.now();
    let ok = false;
    try {
      const r = await this.logger.group(name, fn);
      ok = true;
      return r;
    } finally {
      this.result.stages.push({ name, ms: this.now() - t0, ok });
    }
  }

  /** Something to release when the run ends (SDK clients). */
  onFinish(cleanup: () => void): void {
    this.cleanups.push(cleanup);
  }

  hasErrors(): boolean {
    return this.result.problems.some((p) => p.severity === 'error');
  }

  finish(ok: boolean): IngestResult {
    for (const c of this.cleanups) c();
    const r = this.result;
    if (this.signal?.aborted && r.cancelled === undefined) {
      const reason: unknown = this.signal.reason;
      r.cancelled = reason instanceof CancelledError ? reason.reason : describeError(reason);
      const last = r.stages.at(-1);
      r.problems.push({
        severity: 'error',
        stage: 'cancel',
        message:
          `cancelled by ${r.cancelled}${last ? ` during or after '${last.name}'` : ''}: ` +
          'running steps were stopped and their processes killed; nothing more was started',
      });
    }
    r.ok = ok && !this.hasErrors();
    r.collections = summarizeCollections(this.plan, this.generated, r.validation, r.delivery);
    r.durationMs = this.now() - this.started;
    return r;
  }

  fail(err: unknown, stage: string): IngestResult {
    // an error the cancellation caused (a killed process, an aborted call) is the cancellation itself
    if (!this.signal?.aborted) this.result.problems.push(...problemsFrom(err, stage));
    return this.finish(false);
  }
}
