/**
 * The wait stage, shared by every target and by redrive: polls until every awaited object has
 * landed or settled otherwise (dead-lettered, a failed ingestion), or the deadline passes.
 * Each poll asks the target's watch first (what it knows: dead-letter queues, ingestion status;
 * its errors end the wait), then, when landing is seen in the live catalog, which of the rest the
 * catalog now holds as sent (a catalog briefly unreachable is retried at the next poll, up to
 * three times in a row). Polls back off 1.5x per quiet poll up to `maxPollIntervalMs`, start
 * again from `pollIntervalMs` on progress, and never sleep past the deadline.
 */
import { StageError } from '../errors.js';
import type { Logger } from '../logging.js';
import { realClock, realSleep, type Clock, type Sleep } from '../retry.js';
import type { AwaitedObject, Settled, Watch } from '../targets/target.js';

export interface WaitInput {
  awaited: readonly AwaitedObject[];
  /** What the target itself tells (absent: only the catalog can tell). */
  watch?: Watch;
  /** The keys (of those given) the live catalog now holds as sent. */
  landed?: (pending: string[]) => Promise<Set<string>>;
}

export interface WaitOptions {
  /** Give up after this long (ms). */
  timeoutMs: number;
  /** First pause between polls (default 5 s); grows 1.5x per quiet poll up to maxPollIntervalMs. */
  pollIntervalMs?: number;
  /** Default 30 s. */
  maxPollIntervalMs?: number;
}

export interface WaitDeps {
  logger: Logger;
  sleep?: Sleep;
  now?: Clock;
}

/**
 * `complete`: everything landed; `settled`: all accounted for, some did not land; `timeout`: the
 * deadline passed first.
 */
export type WaitState = 'complete' | 'settled' | 'timeout';

export interface WaitResult {
  state: WaitState;
  landed: string[];
  /** Objects that settled without landing (dead-lettered, failed...), with why. */
  settled: Settled[];
  /** Neither landed nor settled (non-empty only on timeout). */
  pending: string[];
  polls: number;
  elapsedMs: number;
  /** Landed-count samples, for the summary chart. */
  progress: Array<{ atMs: number; verified: number; expected: number }>;
}

const MAX_CHECK_FAILURES = 3;

/** Counts per state: `2 dead-lettered, 1 failed`. */
function describeSettled(settled: Iterable<Settled>): string {
  const counts = new Map<string, number>();
  for (const s of settled) counts.set(s.state, (counts.get(s.state) ?? 0) + 1);
  return [...counts].map(([state, n]) => `, ${n} ${state}`).join('');
}

export async function waitStage(input: WaitInput, deps: WaitDeps, options: WaitOptions): Promise<WaitResult> {
  const sleep = deps.sleep ?? realSleep;
  const now = deps.now ?? realClock;
  const started = now();
  const deadline = started + options.timeoutMs;
  const baseInterval = options.pollIntervalMs ?? 5000;
  const maxInterval = Math.max(baseInterval, options.maxPollIntervalMs ?? 30_000);
  const awaited = new Set(input.awaited.map((a) => a.key));
  const landed = new Set<string>();
  const settled = new Map<string, Settled>();
  const progress: WaitResult['progress'] = [];
  const pending = (): string[] => [...awaited].filter((k) => !landed.has(k) && !settled.has(k));
  const checker = catalogChecker(input.landed, deps.logger);
  let polls = 0;
  let interval = baseInterval;

  const finish = (state: WaitState): WaitResult => ({
    state,
    landed: [...landed],
    settled: [...settled.values()],
    pending: pending(),
    polls,
    elapsedMs: now() - started,
    progress,
  });

  for (;;) {
    polls++;
    const before = landed.size + settled.size;
    // the watch may also settle objects not awaited themselves (a dead-lettered ItemRequest)
    for (const s of input.watch && pending().length > 0 ? await input.watch.poll(pending()) : []) {
      if (landed.has(s.key) || settled.has(s.key)) continue;
      if (s.state !== 'verified') settled.set(s.key, s);
      else if (awaited.has(s.key)) landed.add(s.key);
    }
    for (const k of await checker(pending())) if (awaited.has(k)) landed.add(k);
    progress.push({ atMs: now() - started, verified: landed.size, expected: awaited.size });
    deps.logger.progress?.('verified', landed.size, awaited.size);
    const extra = input.watch?.describe?.();
    deps.logger.debug(
      `poll ${polls}: landed ${landed.size}${describeSettled(settled.values())}, ` +
        `pending ${pending().length} of ${awaited.size}${extra ? `; ${extra}` : ''}`,
    );
    if (pending().length === 0) {
      deps.logger.info(`done waiting: ${landed.size} landed${describeSettled(settled.values())}`);
      return finish(settled.size > 0 ? 'settled' : 'complete');
    }
    const t = now();
    if (t >= deadline) {
      const waited = Math.round((t - started) / 1000);
      deps.logger.warning(
        `gave up waiting after ${waited} s: ${pending().length} object(s) neither landed nor settled`,
      );
      return finish('timeout');
    }
    if (landed.size + settled.size > before) {
      interval = baseInterval;
      deps.logger.info(`landed ${landed.size}${describeSettled(settled.values())}, waiting for ${pending().length}`);
    }
    await sleep(Math.max(0, Math.min(interval, deadline - t)));
    interval = Math.min(maxInterval, interval * 1.5);
  }
}

/**
 * The catalog check of a poll: a catalog briefly unreachable is retried at the next poll; one that
 * stays down ends the wait.
 */
function catalogChecker(landed: WaitInput['landed'], logger: Logger): (pending: string[]) => Promise<Iterable<string>> {
  let failures = 0;
  return async (pending) => {
    if (landed === undefined || pending.length === 0) return [];
    try {
      const got = await landed(pending);
      failures = 0;
      return got;
    } catch (err) {
      if (++failures >= MAX_CHECK_FAILURES)
        throw new StageError('wait', `cannot check what landed in the catalog (${failures} attempts in a row failed)`, {
          cause: err,
        });
      const message = err instanceof Error ? err.message : String(err);
      logger.warning(`checking what landed failed (attempt ${failures} of ${MAX_CHECK_FAILURES}): ${message}`);
      return [];
    }
  };
}
