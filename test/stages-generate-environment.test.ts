/**
 * The worker engine's environment cache is bounded: an environment no run has used for 30 days is removed by the
 * next run that prepares one; folders the tool did not create are never touched.
 */
import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ENVIRONMENT_MAX_AGE_MS, pruneEnvironments } from '../src/stages/generate/environment.js';

const DAY = 24 * 3600_000;
let cache: string;

async function env(name: string, usedDaysAgo: number | undefined): Promise<void> {
  const dir = path.join(cache, name);
  await mkdir(path.join(dir, 'bin'), { recursive: true });
  await writeFile(path.join(dir, 'bin', 'python'), '');
  if (usedDaysAgo === undefined) return;
  const marker = path.join(dir, '.stac-ingest-ready');
  await writeFile(marker, 'x\n');
  const t = new Date(Date.now() - usedDaysAgo * DAY);
  await utimes(marker, t, t);
}

beforeEach(async () => {
  cache = await mkdtemp(path.join(tmpdir(), 'envs-'));
});
afterEach(async () => {
  await rm(cache, { recursive: true, force: true });
});

describe('pruneEnvironments', () => {
  it('removes only our environments unused for longer than the limit', async () => {
    expect(ENVIRONMENT_MAX_AGE_MS).toBe(30 * DAY);
    await env('0123456789abcdef01234567', 45); // ours, stale
    await env('89abcdef0123456789abcdef', 2); // ours, recent
    await env('fedcba9876543210fedcba98', undefined); // ours by name, no marker (an install that did not finish)
    await env('my-own-venv', 400); // not named like ours
    await env('0123456789ABCDEF01234567', 400); // not named like ours (upper case)
    const removed = await pruneEnvironments(cache);
    expect(removed.map((d) => path.basename(d))).toEqual(['0123456789abcdef01234567']);
    expect((await readdir(cache)).sort()).toEqual([
      '0123456789ABCDEF01234567',
      '89abcdef0123456789abcdef',
      'fedcba9876543210fedcba98',
      'my-own-venv',
    ]);
  });

  it('is a no-op on a cache folder that does not exist', async () => {
    expect(await pruneEnvironments(path.join(cache, 'missing'))).toEqual([]);
  });
});
