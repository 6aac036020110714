/**
 * Issue 11, the 2,000-item run: 380 items never reached pgstac although every StacLoader invocation
 * logged "successfully loaded" and deleted its messages. The cause, made deterministic here with the
 * twin's real handler, pypgstac 0.9.9 and pgstac (test/support/partition_cutoff.py): pgstac (use_queue,
 * as MAAP runs it) sets a partition's CHECK constraint when pg_cron runs its query queue, to the range
 * of the rows stored then; a batch whose bounds were read before and that inserts after hits a
 * CheckViolation, and pypgstac's retry re-runs the insert with the batch's iterator already used up.
 * The cron run is placed in that window, before the last batch. Sending each collection's bound items
 * first (boundsFirst, src/stages/loader-waves.ts) keeps every later constraint around every item.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { boundsFirst } from '../src/stages/loader-waves.js';
import { REPO_ROOT } from './support/dataset.js';
import { twinEnv } from './support/twin.js';

const PYTHON = path.join(REPO_ROOT, '.twin', 'venvs', 'stac-loader', 'bin', 'python');
const DRIVER = path.join(REPO_ROOT, 'test', 'support', 'partition_cutoff.py');
const run = Date.now().toString(36);

interface Cutoff {
  failures: unknown[][];
  stored: number[];
  retried: string[];
}

/** Loads the batches of item numbers through the real handler, pg_cron's queue run before the last one. */
function throughLoader(collection: string, batches: number[][]): Cutoff {
  const env = twinEnv();
  const out = execFileSync(PYTHON, [DRIVER, env.pg_dsn, env.pg_admin_dsn, collection], {
    input: JSON.stringify(batches),
    encoding: 'utf8',
    stdio: ['pipe', 'pipe', 'pipe'], // the handler's log lines go to stderr
  });
  return JSON.parse(out) as Cutoff;
}

/** Item n of the driver: 2024-01-01T00:00:00Z + n seconds. */
const doc = (n: number) => ({
  collection: 'c',
  n,
  doc: { type: 'Feature', properties: { datetime: new Date(Date.UTC(2024, 0, 1) + n * 1000).toISOString() } },
});
const numbers = (length: number, from = 0) => Array.from({ length }, (_, i) => from + i);

describe('the StacLoader and a partition constraint set between reading and inserting (real loader, twin)', () => {
  it('loses a whole batch silently when items arrive in time order: the handler reports no failure', () => {
    const r = throughLoader(`cut-${run}`, [numbers(10), numbers(10, 10)]);
    expect(r.retried).toContain('CheckViolation');
    expect(r.failures).toEqual([[], []]);
    expect(r.stored).toEqual(numbers(10));
  });

  it("stores every item when each collection's earliest and latest items go first (boundsFirst)", () => {
    const { bounds, rest } = boundsFirst(numbers(20).map(doc));
    expect(bounds.map((d) => d.n)).toEqual([0, 19]);
    const others = rest.map((d) => d.n);
    const r = throughLoader(`bounds-${run}`, [bounds.map((d) => d.n), others.slice(0, 9), others.slice(9)]);
    expect(r.retried).toEqual([]);
    expect(r.failures).toEqual([[], [], []]);
    expect(r.stored).toEqual(numbers(20));
  });
});
