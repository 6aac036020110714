import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProcessRunner } from '../src/clients/process.js';
import type { ItemRequest } from '../src/model/item-request.js';
import { RecordingLogger } from '../src/logging.js';
import { generateItems, type GenerateJob, type GenerateOutcome } from '../src/stages/generate/index.js';
import type { EngineName } from '../src/stages/generate/engine.js';
import { processesInheriting, processesMentioning } from './support/processes.js';

/** The worker engine against the per-item uvx reference, on the demo plugin (test/fixtures/stactools-demo). */
const FIXTURES = join(import.meta.dirname, 'fixtures');
const runner = createProcessRunner();
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'stac-ingest-engines-test-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function sceneJobs(
  prefix: string,
  n: number,
  extra: (i: number) => Partial<ItemRequest> = () => ({}),
): Promise<GenerateJob[]> {
  const jobs: GenerateJob[] = [];
  for (let i = 1; i <= n; i++) {
    const file = join(dir, `${prefix}-${i}.txt`);
    await writeFile(
      file,
      `id=${prefix}-${i}\ndatetime=2024-05-${String(i).padStart(2, '0')}T10:00:00Z\nbbox=${i},48,${i + 2},50\n`,
    );
    jobs.push({
      request: {
        package_name: './stactools-demo',
        group_name: 'demo',
        create_item_args: [file],
        create_item_options: {},
        collection_id: null,
        ...extra(i),
      },
      origin: { file },
      timeoutMs: 120_000,
    });
  }
  return jobs;
}

function docs(outcomes: GenerateOutcome[]): unknown[] {
  return outcomes.map((o) => {
    if (!o.ok) throw new Error(`${o.error}\n${o.stderr}`);
    return o.doc.doc;
  });
}

async function run(
  jobs: GenerateJob[],
  engine: EngineName,
  extra: { env?: NodeJS.ProcessEnv; limits?: { maxItemsPerWorker?: number; maxRssBytes?: number } } = {},
) {
  return generateItems(
    jobs,
    { runner, logger: new RecordingLogger() },
    {
      concurrency: 1,
      cwd: FIXTURES,
      engine,
      ...(extra.env ? { env: extra.env } : {}),
      workers: { limits: extra.limits ?? {} },
    },
  );
}

describe('the worker engine', () => {
  it('writes exactly the items the per-item uvx command writes (options, collection_id overwrite)', async () => {
    const jobs = await sceneJobs('same', 8, (i) => ({
      create_item_options: { platform: `sat-${i}`, constellation: 'c' },
      collection_id: i % 3 === 0 ? 'other' : null,
    }));
    const worker = await run(jobs, 'worker');
    const uvx = await generateItems(
      jobs,
      { runner, logger: new RecordingLogger() },
      { concurrency: 4, cwd: FIXTURES, engine: 'uvx' },
    );
    expect(docs(worker.outcomes)).toEqual(docs(uvx.outcomes));
    expect(docs(worker.outcomes).map((d) => (d as { id: string }).id)).toEqual(jobs.map((_, i) => `same-${i + 1}`));
  });

  it('retires a worker after maxItemsPerWorker items, and after every item above the RSS limit', async () => {
    const jobs = await sceneJobs('recycle', 5);
    const byCount = await run(jobs, 'worker', { limits: { maxItemsPerWorker: 2 } });
    expect(docs(byCount.outcomes)).toHaveLength(5);
    expect(byCount.packages[0]?.pool).toMatchObject({ started: 3, recycled: 2, replaced: 0 });
    const byMemory = await run(jobs.slice(0, 3), 'worker', { limits: { maxRssBytes: 1 } });
    expect(docs(byMemory.outcomes)).toHaveLength(3);
    expect(byMemory.packages[0]?.pool).toMatchObject({ started: 3, recycled: 3, replaced: 0 });
  });

  it('replaces a hung worker: the timeout kills it, the next item runs on a new one', async () => {
    const [ok1, ok2] = await sceneJobs('after-hang', 2);
    const hangFile = join(dir, 'hang.txt');
    await writeFile(hangFile, 'id=h\nHANG\n');
    const hang: GenerateJob = {
      ...(ok1 as GenerateJob),
      request: { ...(ok1 as GenerateJob).request, create_item_args: [hangFile] },
      timeoutMs: 4_000,
    };
    const token = randomUUID();
    const { outcomes, packages } = await run([ok1 as GenerateJob, hang, ok2 as GenerateJob], 'worker', {
      env: { ...process.env, STAC_INGEST_TEST_RUN: token },
    });
    expect(outcomes.map((o) => (o.ok ? 'ok' : o.error))).toEqual([
      'ok',
      'stac demo create-item timed out after 4 s and was killed',
      'ok',
    ]);
    expect(packages[0]?.pool).toMatchObject({ started: 2, replaced: 1 });
    expect(await processesInheriting(token)).toEqual([]);
  });

  it.each([
    ['worker', 'stactools_worker.py'],
    ['uvx', 'create-item'],
  ] as const)(
    'leaves no %s process behind when stac-ingest itself is killed (SIGKILL) mid-item',
    async (engine, needle) => {
      const hangFile = join(dir, `hang-killed-${engine}.txt`);
      await writeFile(hangFile, 'id=k\nHANG\n');
      const token = randomUUID();
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', join(import.meta.dirname, 'support', 'generate-child.ts'), FIXTURES, hangFile, engine],
        {
          env: { ...process.env, STAC_INGEST_TEST_RUN: token },
          stdio: ['ignore', 'pipe', 'inherit'],
        },
      );
      const exited = new Promise((resolve) => child.on('exit', resolve));
      // wait until the item's process runs (and hangs)
      let started: number[] = [];
      for (let i = 0; i < 450 && started.length === 0; i++) {
        await new Promise((r) => setTimeout(r, 200));
        const mine = new Set(await processesInheriting(token));
        started = (await processesMentioning(needle)).filter((pid) => mine.has(pid));
      }
      expect(started.length).toBeGreaterThan(0);
      await new Promise((r) => setTimeout(r, 3_000));
      child.kill('SIGKILL');
      await exited;
      let left = started;
      for (let i = 0; i < 50 && left.length > 0; i++) {
        await new Promise((r) => setTimeout(r, 200));
        left = await processesInheriting(token);
      }
      expect(left).toEqual([]);
    },
    150_000,
  );
});
