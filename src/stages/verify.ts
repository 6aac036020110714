/**
 * The verify stage: is every expected collection and item in the catalog, as sent?
 * Reads through the target's live catalog (a STAC API, a pgstac database), compares by content
 * (compareWithCatalog) and classifies each expected object as `verified`, `stale` (present,
 * different; with the differing JSON pointers) or `missing`. A `Verifier` keeps its state between
 * calls so the wait stage can poll only what has not been verified yet. The verify stage reads in chunks,
 * each retried when the catalog cannot be read (a 502 burst, a hanging response: past the client's own
 * retries); what still cannot be read is `unverified`, with why, never `missing`.
 */
import type { StacObject } from '../model/stac.js';
import { CancelledError } from '../cancel.js';
import { ConfigurationError, describeError, StageError } from '../errors.js';
import type { Logger } from '../logging.js';
import { realClock, realSleep, withRetry, type Clock, type Sleep } from '../retry.js';
import {
  compareWithCatalog,
  copyHash,
  describeDifferences,
  differsAt,
  type CompareOptions,
  type Difference,
} from '../compare/compare.js';
import { dedupeExpected, type ExpectedStac } from '../model/expected.js';
import type { ObjectStatus } from '../model/delivery.js';
import type { CatalogReader } from '../targets/target.js';

export type VerifyStatus = 'verified' | 'stale' | 'missing';

export interface VerifyEntry extends ExpectedStac {
  status: VerifyStatus;
  /** For `stale`: where the catalog's copy differs from what was sent. */
  differences: Difference[];
  /** More differences than listed. */
  truncated: boolean;
  /** `false` when there was no document to compare with (presence was all that was checked). */
  contentCompared: boolean;
  /** For `stale`: the fingerprint of the catalog's copy (copyHash), to tell an old copy from a new one. */
  copyHash?: string;
}

export interface VerifyCounts {
  expected: number;
  verified: number;
  stale: number;
  missing: number;
}

export interface VerifyReport {
  entries: VerifyEntry[];
  counts: VerifyCounts;
  /** Counts per collection id (a collection's own entry counts under its id). */
  byCollection: Record<string, VerifyCounts>;
  /** Keys checked by the last call (all of them for a full check). */
  checked: number;
  /** STAC API requests made by the last call. */
  requests: number;
  elapsedMs: number;
}

export interface VerifyDeps {
  catalog: CatalogReader;
  logger: Logger;
  now?: Clock;
}

export interface VerifyOptions {
  /** How documents are compared (links, collection extents, …). `linkBase` defaults to the API root. */
  compare?: CompareOptions;
}

export interface Verifier {
  /** Checks every expected object again. */
  verifyAll(): Promise<VerifyReport>;
  /** Checks only the objects not verified so far (given `keys`: only those of them); returns the full report. */
  verifyPending(keys?: readonly string[]): Promise<VerifyReport>;
  /** For the wait stage's poll: which of `keys` are verified now. A stale copy does not count as landed. */
  checkLanded(keys: readonly string[]): Promise<Set<string>>;
  /**
   * Which of `keys` arrived: verified, or stale in a copy that is not the one `before` holds (the catalog's
   * fingerprint of each object before it was sent, `null`: absent; a key not in `before`: only verified counts).
   */
  checkArrived(keys: readonly string[], before: ReadonlyMap<string, string | null>): Promise<Set<string>>;
  /** The current state, without asking the API. */
  report(): VerifyReport;
}

const zero = (): VerifyCounts => ({ expected: 0, verified: 0, stale: 0, missing: 0 });

/** What the catalog holds for `objects`; a catalog that cannot be read is a StageError of `stage`. */
export async function readCatalog(
  catalog: CatalogReader,
  objects: readonly ExpectedStac[],
  stage: string,
): Promise<Map<string, StacObject>> {
  try {
    return await catalog.read(objects);
  } catch (err) {
    if (err instanceof ConfigurationError || err instanceof StageError) throw err;
    throw new StageError(stage, `cannot read ${catalog.name}`, { cause: err });
  }
}

/** Compares each entry with the catalog's copy and records its status there. */
async function checkEntries(
  entries: VerifyEntry[],
  catalog: CatalogReader,
  compareOptions: CompareOptions,
): Promise<void> {
  const found = await readCatalog(catalog, entries, 'verify');
  for (const entry of entries) {
    const cmp = compareWithCatalog(entry.doc, found.get(entry.key), compareOptions);
    entry.status = cmp.outcome === 'absent' ? 'missing' : cmp.outcome === 'equal' ? 'verified' : 'stale';
    entry.differences = cmp.differences;
    entry.truncated = cmp.truncated;
    entry.contentCompared = cmp.contentCompared;
    const copy = found.get(entry.key);
    if (entry.status === 'stale' && copy !== undefined) entry.copyHash = copyHash(copy);
    else delete entry.copyHash;
  }
}

/** Verified, or stale in a copy other than the one the catalog held before (see `checkArrived`). */
function arrived(e: VerifyEntry, before: ReadonlyMap<string, string | null>): boolean {
  if (e.status === 'verified') return true;
  if (e.status !== 'stale' || !before.has(e.key)) return false;
  return before.get(e.key) !== e.copyHash;
}

type LastCheck = Pick<VerifyReport, 'checked' | 'requests' | 'elapsedMs'>;

function reportOf(state: ReadonlyMap<string, VerifyEntry>, last: LastCheck): VerifyReport {
  const entries = [...state.values()];
  const counts = zero();
  const byCollection: Record<string, VerifyCounts> = {};
  for (const e of entries) {
    const c = (byCollection[e.collection] ??= zero());
    for (const t of [counts, c]) {
      t.expected++;
      t[e.status]++;
    }
  }
  return { entries, counts, byCollection, ...last };
}

/** One entry per expected key, all `missing` until checked (duplicates are warned about; the first counts). */
function initialState(expected: readonly ExpectedStac[], logger: Logger): Map<string, VerifyEntry> {
  const { kept, duplicates } = dedupeExpected(expected);
  if (duplicates.length > 0)
    logger.warning(
      `verify: ${duplicates.length} expected object(s) listed more than once (e.g. ${duplicates[0]}); ` +
        'the first of each is checked',
    );
  return new Map<string, VerifyEntry>(
    kept.map((e) => [e.key, { ...e, status: 'missing', differences: [], truncated: false, contentCompared: false }]),
  );
}

export function createVerifier(
  expected: readonly ExpectedStac[],
  deps: VerifyDeps,
  options: VerifyOptions = {},
): Verifier {
  const now = deps.now ?? realClock;
  const state = initialState(expected, deps.logger);
  const compareOptions: CompareOptions = {
    ...(deps.catalog.linkBase !== undefined ? { linkBase: deps.catalog.linkBase } : {}),
    ...options.compare,
  };
  let last: LastCheck = { checked: 0, requests: 0, elapsedMs: 0 };
  const report = (): VerifyReport => reportOf(state, last);

  async function run(targets: VerifyEntry[]): Promise<VerifyReport> {
    const started = now();
    const requests = (): number => deps.catalog.requests?.() ?? 0;
    const before = requests();
    await checkEntries(targets, deps.catalog, compareOptions);
    last = { checked: targets.length, requests: requests() - before, elapsedMs: now() - started };
    const r = report();
    deps.logger.debug(
      `verify: checked ${targets.length} in ${last.requests} request(s), ${last.elapsedMs} ms: ` +
        `${r.counts.verified} verified, ${r.counts.stale} stale, ${r.counts.missing} missing`,
    );
    return r;
  }

  return {
    verifyAll: () => run([...state.values()]),
    verifyPending: (keys) => {
      const pick =
        keys === undefined
          ? [...state.values()]
          : keys.map((k) => state.get(k)).filter((e): e is VerifyEntry => e !== undefined);
      return run(pick.filter((e) => e.status !== 'verified'));
    },
    checkLanded: async (keys) => {
      const pick = keys
        .map((k) => state.get(k))
        .filter((e): e is VerifyEntry => e !== undefined && e.status !== 'verified');
      const r = await run(pick);
      const wanted = new Set(keys);
      return new Set(r.entries.filter((e) => e.status === 'verified' && wanted.has(e.key)).map((e) => e.key));
    },
    checkArrived: async (keys, before) => {
      const pick = keys
        .map((k) => state.get(k))
        .filter((e): e is VerifyEntry => e !== undefined && !arrived(e, before));
      await run(pick);
      return new Set(keys.filter((k) => state.get(k) !== undefined && arrived(state.get(k)!, before)));
    },
    report,
  };
}

/** Checks every expected object once. */
export async function verifyExpected(
  expected: readonly ExpectedStac[],
  deps: VerifyDeps,
  options: VerifyOptions = {},
): Promise<VerifyReport> {
  return createVerifier(expected, deps, options).verifyAll();
}

/**
 * One line per non-verified entry, for logs:
 * `stale item:c/x (sources[0] …): differs at /properties/datetime, /assets/data/href`.
 */
export function describeVerifyEntry(e: VerifyEntry): string {
  const where = e.origin
    ? ` (${e.origin.entry ?? e.origin.file}${e.origin.line !== undefined ? `:${e.origin.line}` : ''})`
    : '';
  if (e.status !== 'stale') return `${e.status} ${e.key}${where}`;
  return `stale ${e.key}${where}: differs at ${describeDifferences(e.differences, e.truncated)}`;
}

/** One object of a delivery for the verify stage: the status it sets, and what the catalog should hold. */
export interface VerifiedObject {
  status: ObjectStatus;
  expected: ExpectedStac;
}

export interface VerifyStageContext {
  logger: Logger;
  now?: Clock;
  /** The pauses between reads of a catalog that could not be read (the run's cancellable sleep). */
  sleep?: Sleep;
  /** Runs `fn` as a named, timed stage of the run. */
  stage<T>(name: string, fn: () => Promise<T>): Promise<T>;
}

/** Objects per read of the verify stage: a read that fails for good leaves only its chunk and those after it. */
export const VERIFY_CHUNK = 2000;

/**
 * Reads of one chunk before its objects are left unverified, and the pauses between them (5, 10, 20 s): with the
 * client's own retries of each request, an outage of about a minute is ridden out.
 */
export const VERIFY_RETRY = { maxAttempts: 4, backoff: { baseMs: 5000, factor: 2, jitter: 'none' as const } };

/** Errors that end the verify stage at once: the user's configuration, the run's cancellation. */
const stops = (err: unknown): boolean => err instanceof ConfigurationError || err instanceof CancelledError;

/**
 * Verifies `keys` with `verifier` chunk by chunk, each read retried (VERIFY_RETRY). Returns the keys that could
 * not be read (the failed chunk and every one after it: the catalog is not asked again once it failed that long)
 * and why; a ConfigurationError (e.g. credentials refused) or the run's cancellation is thrown.
 */
async function verifyInChunks(
  verifier: Verifier,
  keys: readonly string[],
  catalog: CatalogReader,
  ctx: VerifyStageContext,
): Promise<{ unread: string[]; why?: string }> {
  // what the catalog client said (the StageError around it only says that the catalog could not be read)
  const why = (err: unknown) => {
    const told = err instanceof StageError && err.cause !== undefined ? err.cause : err;
    return told instanceof Error ? told.message : describeError(told);
  };
  for (let i = 0; i < keys.length; i += VERIFY_CHUNK) {
    const chunk = keys.slice(i, i + VERIFY_CHUNK);
    try {
      await withRetry(() => verifier.verifyPending(chunk), {
        ...VERIFY_RETRY,
        sleep: ctx.sleep ?? realSleep,
        isRetryable: (err) => !stops(err),
        onRetry: (err, n, delay) =>
          ctx.logger.warning(
            `verify: ${why(err)}; reading ${catalog.name} again in ${Math.round(delay / 1000)} s ` +
              `(retry ${n} of ${VERIFY_RETRY.maxAttempts - 1})`,
          ),
      });
    } catch (err) {
      if (stops(err)) throw err;
      return { unread: keys.slice(i), why: `${why(err)} (read ${VERIFY_RETRY.maxAttempts} times)` };
    }
  }
  return { unread: [] };
}

/**
 * The verify stage over a delivery's objects: each catalog in turn (a later one checks only what
 * the earlier ones verified, e.g. pgstac's database, then its STAC API) sets `verified`, `stale`
 * (with where its copy differs) or `missing`; `unverified` (with why) when the catalog could not be read.
 */
export async function verifyStage(
  objects: readonly VerifiedObject[],
  catalogs: readonly CatalogReader[],
  ctx: VerifyStageContext,
  options: VerifyOptions = {},
): Promise<void> {
  let checkable = [...objects];
  for (const catalog of catalogs) {
    if (checkable.length === 0) return;
    const expected = checkable.map((o) => o.expected);
    const deps: VerifyDeps = { catalog, logger: ctx.logger, ...(ctx.now ? { now: ctx.now } : {}) };
    const verifier = createVerifier(expected, deps, options);
    const keys = [...new Set(expected.map((e) => e.key))];
    const read = await ctx.stage(`verify in ${catalog.name}`, () => verifyInChunks(verifier, keys, catalog, ctx));
    const unread = new Set(read.unread);
    const byKey = new Map(verifier.report().entries.map((e) => [e.key, e]));
    for (const { status } of checkable) {
      const e = byKey.get(status.key);
      if (e === undefined) continue;
      if (unread.has(status.key)) {
        status.state = 'unverified';
        status.reason = `could not verify in ${catalog.name}: ${read.why ?? 'not read'}`;
        continue;
      }
      status.state = e.status;
      if (e.status === 'stale') status.reason = differsAt(catalog.copy, e.differences, e.truncated);
      else if (e.status === 'missing' && catalog.absent !== undefined) status.reason = catalog.absent;
      else delete status.reason;
    }
    checkable = checkable.filter((o) => o.status.state === 'verified');
  }
}
