import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createProcessRunner } from '../src/clients/process.js';
import { REPO_ROOT } from './support/dataset.js';

/**
 * The young generations of a validation's threads (issue 12, memory): V8 grew the main thread's to its maximum
 * (128 MB on a machine of 24 GB with Node 24, all of it in the RSS) over a long run; capYoungGenerations stops
 * that growth at 16 MB and starts worker threads at their 32 MB. Measured in a process of its own (V8 flags are
 * the process's), allocating like a long validation.
 */
const runner = createProcessRunner();

async function sizes(cap: boolean): Promise<{ main: number; worker: number }> {
  const tsx = pathToFileURL(path.join(REPO_ROOT, 'node_modules', 'tsx', 'dist', 'esm', 'index.mjs')).href;
  const child = path.join(REPO_ROOT, 'test', 'support', 'young-generation-child.ts');
  const r = await runner.run(process.execPath, ['--import', tsx, child, ...(cap ? ['cap'] : [])], {
    cwd: REPO_ROOT,
    timeoutMs: 120_000,
  });
  expect(r.exitCode, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as { main: number; worker: number };
}

describe('young generation sizes', () => {
  it('grow past 16 MB in the main thread without the cap (the allocation is a long run)', async () => {
    expect((await sizes(false)).main).toBeGreaterThan(16);
  });

  it('stay at 16 MB in the main thread with the cap, and workers start at 32 MB', async () => {
    const s = await sizes(true);
    expect(s.main).toBeLessThanOrEqual(16);
    // a new space's size counts the semi-space in use: 16 MB of the worker's 32
    expect(s.worker).toBe(16);
  });
});
