/**
 * The verify stage: is every expected collection and item in the catalog, as sent?
 * Reads through the STAC API (batched by id), compares by content (see verify/normalize.ts)
 * and classifies each expected object as `verified`, `stale` (present, different; with the
 * differing JSON pointers) or `missing`. A `Verifier` keeps its state between calls so the
 * wait stage can poll only what has not been verified yet.
 */
import type { StacObject } from '../model/stac.js';
import { StageError } from '../errors.js';
import type { Logger } from '../logging.js';
import { realClock, type Clock } from '../retry.js';
import { StacApiError, type StacApiClient } from '../clients/stac-api.js';
import { compareStac, type CompareOptions, type Difference } from '../compare/compare.js';
import { dedupeExpected, itemsByCollection, type ExpectedStac } from '../compare/expected.js';

export type VerifyStatus = 'verified' | 'stale' | 'missing';

export interface VerifyEntry extends ExpectedStac {
  status: VerifyStatus;
  /** For `stale`: where the catalog's copy differs from what was sent. */
  differences: Difference[];
  /** More differences than listed. */
  truncated: boolean;
  /** `false` when there was no document to compare with (presence was all that was checked). */
  contentCompared: boolean;
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
  api: StacApiClient;
  logger: Logger;
  now?: Clock;
}

export interface VerifyOptions {
  /** How documents are compared (links, collection extents, …). `linkBase` defaults to the API root. */
  compare?: CompareOptions;
  /** Collections fetched at once (default 4). */
  concurrency?: number;
}

export interface Verifier {
  /** Checks every expected object again. */
  verifyAll(): Promise<VerifyReport>;
  /** Checks only the objects not verified so far (given `keys`: only those of them); returns the full report. */
  verifyPending(keys?: readonly string[]): Promise<VerifyReport>;
  /** For the wait stage's poll: which of `keys` are verified now. A stale copy does not count as landed. */
  checkLanded(keys: readonly string[]): Promise<Set<string>>;
  /** The current state, without asking the API. */
  report(): VerifyReport;
}

const zero = (): VerifyCounts => ({ expected: 0, verified: 0, stale: 0, missing: 0 });

function wrap(err: unknown): never {
  if (err instanceof StacApiError) throw new StageError('verify', 'cannot read the STAC API', { cause: err });
  throw err;
}

export function createVerifier(
  expected: readonly ExpectedStac[],
  deps: VerifyDeps,
  options: VerifyOptions = {},
): Verifier {
  const now = deps.now ?? realClock;
  const { kept, duplicates } = dedupeExpected(expected);
  if (duplicates.length > 0)
    deps.logger.warning(
      `verify: ${duplicates.length} expected object(s) listed more than once (e.g. ${duplicates[0]}); the first of each is checked`,
    );
  const compareOptions: CompareOptions = { linkBase: deps.api.baseUrl, ...options.compare };
  const concurrency = Math.max(1, options.concurrency ?? 4);
  const state = new Map<string, VerifyEntry>(
    kept.map((e) => [e.key, { ...e, status: 'missing', differences: [], truncated: false, contentCompared: false }]),
  );
  let last = { checked: 0, requests: 0, elapsedMs: 0 };

  function judge(entry: VerifyEntry, actual: StacObject | undefined): void {
    entry.differences = [];
    entry.truncated = false;
    entry.contentCompared = false;
    if (actual === undefined) {
      entry.status = 'missing';
      return;
    }
    if (entry.doc === undefined) {
      entry.status = 'verified';
      return;
    }
    const cmp = compareStac(entry.doc, actual, compareOptions);
    entry.contentCompared = true;
    entry.status = cmp.equal ? 'verified' : 'stale';
    entry.differences = cmp.differences;
    entry.truncated = cmp.truncated;
  }

  async function check(entries: VerifyEntry[]): Promise<void> {
    const collections = entries.filter((e) => e.kind === 'collection');
    for (let i = 0; i < collections.length; i += concurrency) {
      const batch = collections.slice(i, i + concurrency);
      const docs = await Promise.all(batch.map((e) => deps.api.getCollection(e.id)));
      batch.forEach((e, j) => judge(e, docs[j]));
    }
    for (const [collection, items] of itemsByCollection(entries)) {
      const found = new Map<string, StacObject>();
      for await (const doc of deps.api.searchByIds(
        collection,
        items.map((e) => e.id),
      )) {
        found.set(doc.id as string, doc);
      }
      for (const e of items) judge(e, found.get(e.id));
    }
  }

  function report(): VerifyReport {
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

  async function run(targets: VerifyEntry[]): Promise<VerifyReport> {
    const started = now();
    const before = deps.api.stats().requests;
    try {
      await check(targets);
    } catch (err) {
      wrap(err);
    }
    last = { checked: targets.length, requests: deps.api.stats().requests - before, elapsedMs: now() - started };
    const r = report();
    deps.logger.debug(
      `verify: checked ${targets.length} in ${last.requests} request(s), ${last.elapsedMs} ms: ${r.counts.verified} verified, ${r.counts.stale} stale, ${r.counts.missing} missing`,
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

/** One line per non-verified entry, for logs: `stale item:c/x (sources[0] …): /properties/datetime, /assets/data/href`. */
export function describeVerifyEntry(e: VerifyEntry): string {
  const where = e.origin
    ? ` (${e.origin.entry ?? e.origin.file}${e.origin.line !== undefined ? `:${e.origin.line}` : ''})`
    : '';
  if (e.status !== 'stale') return `${e.status} ${e.key}${where}`;
  const paths = e.differences.slice(0, 5).map((d) => d.path || '/');
  const more = e.differences.length > 5 || e.truncated ? ', …' : '';
  return `stale ${e.key}${where}: differs at ${paths.join(', ')}${more}`;
}
