import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProcessRunner, type ProcessRunner } from '../src/clients/process.js';
import { ConfigurationError } from '../src/errors.js';
import type { ItemRequest } from '../src/model/item-request.js';
import { RecordingLogger } from '../src/logging.js';
import {
  generateCollection,
  generateItems,
  type GenerateJob,
  type GenerateOutcome,
} from '../src/stages/generate/index.js';
import type { EngineName } from '../src/stages/generate/engine.js';
import { processesInheriting, processesMentioning } from './support/processes.js';

/** The demo plugin lives at test/fixtures/stactools-demo; uvx and the workers run with the fixtures dir as cwd. */
const FIXTURES = join(import.meta.dirname, 'fixtures');
const DEMO = './stactools-demo';
const runner = createProcessRunner();

let dir: string;
let inputs: string;
let scratch: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'stac-ingest-generate-test-'));
  inputs = join(dir, 'inputs');
  scratch = join(dir, 'scratch');
  await mkdir(inputs);
  await mkdir(scratch);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function input(name: string, text: string): Promise<string> {
  const path = join(inputs, name);
  await writeFile(path, text);
  return path;
}

function scene(id: string, day = 1): string {
  return `# demo scene\nid=${id}\ndatetime=2024-05-${String(day).padStart(2, '0')}T10:00:00Z\nbbox=10,48,12,50\n`;
}

function job(file: string, extra: Partial<ItemRequest> = {}, timeoutMs = 120_000): GenerateJob {
  return {
    request: {
      package_name: DEMO,
      group_name: 'demo',
      create_item_args: [file],
      create_item_options: {},
      collection_id: null,
      ...extra,
    },
    origin: { file, entry: `sources[0] (demo) ${file.split('/').pop() ?? ''}` },
    timeoutMs,
  };
}

function failure(o: GenerateOutcome | undefined) {
  if (!o || o.ok) throw new Error(`expected a failure, got ${JSON.stringify(o)}`);
  return o;
}

const ENGINES: EngineName[] = ['worker', 'uvx'];

/** A fresh token in the run's environment: every process the run starts inherits it (see processesInheriting). */
function tokenEnv(): { token: string; env: NodeJS.ProcessEnv } {
  const token = `STAC_INGEST_TEST_RUN=${randomUUID()}`;
  return { token, env: { ...process.env, STAC_INGEST_TEST_RUN: token.split('=')[1] } };
}

describe.each(ENGINES)('generateItems with the demo stactools plugin, engine %s', (engine) => {
  it('generates N items in parallel, in job order, with options and the collection_id overwrite', async () => {
    const jobs: GenerateJob[] = [];
    for (let i = 1; i <= 6; i++) {
      const file = await input(`${engine}-scene-${i}.txt`, scene(`scene-${i}`, i));
      jobs.push(
        job(file, {
          create_item_options: { platform: `sat-${i}`, constellation: 'demo-sats' },
          collection_id: i % 2 === 0 ? 'my-collection' : null,
        }),
      );
    }
    const logger = new RecordingLogger();
    const { outcomes, packages } = await generateItems(
      jobs,
      { runner, logger, tmpDir: scratch },
      { concurrency: 3, cwd: FIXTURES, engine },
    );

    expect(outcomes.map((o) => o.ok)).toEqual([true, true, true, true, true, true]);
    const docs = outcomes.map((o) => (o.ok ? o.doc.doc : {}));
    expect(docs.map((d) => d['id'])).toEqual(['scene-1', 'scene-2', 'scene-3', 'scene-4', 'scene-5', 'scene-6']);
    expect(docs.map((d) => d['type'])).toEqual(Array(6).fill('Feature'));
    expect(docs.map((d) => (d['properties'] as Record<string, unknown>)['platform'])).toEqual([
      'sat-1',
      'sat-2',
      'sat-3',
      'sat-4',
      'sat-5',
      'sat-6',
    ]);
    expect((docs[0]?.['properties'] as Record<string, unknown>)['datetime']).toBe('2024-05-01T10:00:00Z');
    // collection_id overwrites when set (even jobs), the package's own value is kept otherwise
    expect(docs.map((d) => d['collection'])).toEqual([
      'demo-collection',
      'my-collection',
      'demo-collection',
      'my-collection',
      'demo-collection',
      'my-collection',
    ]);
    // each doc keeps its origin, and every temp dir is gone
    expect(outcomes.map((o) => (o.ok ? o.doc.origin.file : ''))).toEqual(jobs.map((j) => j.origin.file));
    expect(await readdir(scratch)).toEqual([]);
    expect(logger.text()).toMatch(new RegExp(`generated 6 of 6 documents with ${engine}`));
    // the per-package timing of the report
    expect(packages).toHaveLength(1);
    expect(packages[0]).toMatchObject({ package: DEMO, engine, items: 6, failed: 0 });
    expect(packages[0]?.itemMs).toBe(outcomes.reduce((n, o) => n + o.durationMs, 0));
    if (engine === 'worker') {
      expect(packages[0]?.setupMs).toBeGreaterThan(0);
      expect(packages[0]?.pool?.started).toBeLessThanOrEqual(3);
      expect(packages[0]?.pool?.peakWorkerRss).toBeGreaterThan(10 * 1024 * 1024);
    }
  });

  it(
    'reports failures, a timeout, a crash and bad output per item without blocking the others; ' +
      'leaves no process behind',
    async () => {
      const ok1 = await input(`${engine}-ok-1.txt`, scene('ok-1'));
      const fail = await input(`${engine}-fail.txt`, 'id=x\nFAIL\n');
      const hang = await input(`${engine}-hang.txt`, 'id=h\nHANG\n');
      const garbage = await input(`${engine}-garbage.txt`, 'GARBAGE\n');
      const nothing = await input(`${engine}-nothing.txt`, 'NOTHING\n');
      const wrongType = await input(`${engine}-collection.txt`, 'COLLECTION\n');
      const badInput = await input(`${engine}-bad-input.txt`, 'id=y\n');
      const crash = await input(`${engine}-crash.txt`, 'id=c\nCRASH\n');
      const ok2 = await input(`${engine}-ok-2.txt`, scene('ok-2'));
      const HANG_TIMEOUT = 15_000;
      const jobs = [
        job(ok1),
        job(fail),
        job(hang, {}, HANG_TIMEOUT),
        job(garbage),
        job(nothing),
        job(wrongType),
        job(badInput),
        job(crash),
        job(ok2),
      ];
      const { token, env } = tokenEnv();

      const started = Date.now();
      const { outcomes, packages } = await generateItems(
        jobs,
        { runner, logger: new RecordingLogger(), tmpDir: scratch },
        { concurrency: 4, cwd: FIXTURES, env, engine },
      );
      const elapsed = Date.now() - started;

      expect(outcomes.map((o) => o.ok)).toEqual([true, false, false, false, false, false, false, false, true]);

      const f = failure(outcomes[1]);
      expect(f.exitCode).toBe(3);
      expect(f.timedOut).toBe(false);
      expect(f.error).toBe(
        'stac demo create-item exited with code 3: demo: refusing ' + fail + ': the input asks to FAIL',
      );
      expect(f.stderr).toContain('the input asks to FAIL');
      // the command to reproduce it by hand is the generator's, whatever the engine
      expect(f.command).toContain(
        "--with 'requests,numpy<2.3.0,./stactools-demo' --from stactools stac demo create-item " + fail,
      );

      const h = failure(outcomes[2]);
      expect(h.timedOut).toBe(true);
      expect(h.error).toBe('stac demo create-item timed out after 15 s and was killed');
      expect(h.stderr).toContain('asks to HANG');
      expect(h.durationMs).toBeGreaterThanOrEqual(HANG_TIMEOUT);
      expect(h.durationMs).toBeLessThan(HANG_TIMEOUT + 5_000);
      // the other items did not wait for the hanging one
      for (const i of [0, 1, 3, 4, 5, 6, 7, 8]) expect(outcomes[i]?.durationMs).toBeLessThan(HANG_TIMEOUT);
      expect(elapsed).toBeLessThan(HANG_TIMEOUT * 3);

      const g = failure(outcomes[3]);
      expect(g.exitCode).toBe(0);
      expect(g.error).toMatch(
        new RegExp(
          /^stac demo create-item exited 0 but wrote invalid JSON to .*\.json: /.source +
            /.*starts with "<<not json>>"; stdout: "%%% this is not STAC %%%"$/.source,
        ),
      );

      expect(failure(outcomes[4]).error).toMatch(
        /^stac demo create-item exited 0 but wrote nothing to .*\.json; stdout: "demo: wrote nothing"$/,
      );
      expect(failure(outcomes[5]).error).toBe(
        'stac demo create-item wrote a document of type "Collection", expected "Feature"',
      );
      const b = failure(outcomes[6]);
      expect(b.exitCode).toBe(1);
      expect(b.error).toBe('stac demo create-item exited with code 1: Error: input is missing `datetime=`');
      const c = failure(outcomes[7]);
      expect(c.error).toMatch(
        new RegExp(
          `^stac demo create-item (was killed by SIGKILL|exited with code 137): demo: ${crash} asks to CRASH$`,
        ),
      );
      expect(c.timedOut).toBe(false);

      if (engine === 'worker') {
        // the hung and the crashed worker were replaced; the items after them ran on new workers
        expect(packages[0]?.pool?.replaced).toBe(2);
        expect(packages[0]?.pool?.started).toBeGreaterThanOrEqual(3);
      }
      expect(packages[0]).toMatchObject({ items: 9, failed: 7 });
      // every process the run started is gone (the hanging item's whole process group was killed)
      expect(await processesInheriting(token)).toEqual([]);
      expect(await processesMentioning(hang)).toEqual([]);
      expect(await readdir(scratch)).toEqual([]);
    },
  );

  it('fails every job of a package uv cannot install once, and skips running the rest', async () => {
    const files = await Promise.all([1, 2, 3].map((i) => input(`${engine}-np-${i}.txt`, scene(`np-${i}`))));
    const jobs = files.map((f) => job(f, { package_name: './no-such-package' }));
    const { outcomes } = await generateItems(
      jobs,
      { runner, logger: new RecordingLogger(), tmpDir: scratch },
      { concurrency: 3, cwd: FIXTURES, engine },
    );
    const first = failure(outcomes[0]);
    const tool = engine === 'uvx' ? 'uvx' : 'uv';
    if (engine === 'uvx') {
      expect(first.error).toMatch(
        new RegExp(
          /^uvx could not set up the environment for stac demo create-item: /.source +
            /Failed to resolve `--with` requirement: Distribution not found at: file:\/\/.*no-such-package$/.source,
        ),
      );
    } else {
      expect(first.error).toMatch(
        new RegExp(
          /^uv could not set up the environment for stac demo create-item: uv pip compile failed: /.source +
            /.*Distribution not found at: file:\/\/.*no-such-package$/.source,
        ),
      );
    }
    for (const o of outcomes.slice(1)) {
      const f = failure(o);
      expect(f.error).toBe(
        `not run: ${tool} could not set up the environment for ./no-such-package ` +
          `(see the failure of ${jobs[0]?.origin.entry ?? ''})`,
      );
      expect(f.command).toBe('');
    }
  });

  it('rejects once with the install hint when uv/uvx is not on PATH', async () => {
    const files = await Promise.all([1, 2, 3, 4].map((i) => input(`${engine}-nouvx-${i}.txt`, scene(`nouvx-${i}`))));
    const calls: string[] = [];
    const counting: ProcessRunner = {
      run: (command, args, options) => {
        calls.push(command);
        return runner.run(command, args, options);
      },
      start: (command, args, options) => {
        calls.push(command);
        return runner.start(command, args, options);
      },
    };
    const err = await generateItems(
      files.map((f) => job(f)),
      { runner: counting, logger: new RecordingLogger(), tmpDir: scratch },
      { concurrency: 4, cwd: FIXTURES, env: { ...process.env, PATH: '' }, engine },
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigurationError);
    const tool = engine === 'uvx' ? 'uvx' : 'uv';
    expect((err as ConfigurationError).message).toBe(
      `${tool} not found on PATH: in a workflow add \`- uses: astral-sh/setup-uv@v6\`; locally \`pip install uv\``,
    );
    expect((err as ConfigurationError).location?.entry).toBe(`sources[0] (demo) ${engine}-nouvx-1.txt`);
    // found out on the first (warm-up) job, not once per item
    expect(calls).toEqual([tool]);
    expect(await readdir(scratch)).toEqual([]);
  });

  it('runs without the warm-up too (every job at once)', async () => {
    const files = await Promise.all([1, 2].map((i) => input(`${engine}-nowarm-${i}.txt`, scene(`nowarm-${i}`))));
    const { outcomes } = await generateItems(
      files.map((f) => job(f)),
      { runner, logger: new RecordingLogger(), tmpDir: scratch },
      { concurrency: 2, cwd: FIXTURES, warmUp: false, engine },
    );
    expect(outcomes.map((o) => (o.ok ? o.doc.doc['id'] : o.error))).toEqual(['nowarm-1', 'nowarm-2']);
  });

  it('reports an output over the size cap as too large, with its size and the cap (not as removed)', async () => {
    // the real cap is 500 MiB (V8 strings end at 512 MiB); a 200-byte cap makes the demo item (~1 KB) too large
    const file = await input(`${engine}-big.txt`, scene('big'));
    const { outcomes } = await generateItems(
      [job(file)],
      { runner, logger: new RecordingLogger(), tmpDir: scratch },
      { concurrency: 1, cwd: FIXTURES, engine, maxOutputBytes: 200 },
    );
    expect(failure(outcomes[0]).error).toMatch(
      /^stac demo create-item exited 0 but its output \S+ is too large \(\d{3,} bytes, cap 200 bytes: /,
    );
  });

  it('refuses an output that is not UTF-8, naming its line and byte (issue 9, not replaced by U+FFFD)', async () => {
    // the demo package writes the item in Latin-1 with the title 'Zürich': 0xFC where UTF-8 needs 0xC3 0xBC
    const file = await input(`${engine}-latin1.txt`, scene('latin1') + '# LATIN1\n');
    const { outcomes } = await generateItems(
      [job(file)],
      { runner, logger: new RecordingLogger(), tmpDir: scratch },
      { concurrency: 1, cwd: FIXTURES, engine },
    );
    expect(failure(outcomes[0]).error).toMatch(
      new RegExp(
        '^stac demo create-item exited 0 but its output is not UTF-8 \\(nothing is replaced\\): \\S+: ' +
          'line \\d+ is not valid UTF-8 at byte offset \\d+ \\(byte \\d+ of the line\\): ' +
          '0xFC 0x72 0x69 0x63 is no UTF-8',
      ),
    );
  });

  it("runs a kind: 'collection' job through generateItems, with no collection overwrite", async () => {
    const item = await input(`${engine}-mixed.txt`, scene('mixed'));
    const jobs: GenerateJob[] = [
      { ...job('stac-ingest.yaml', { create_item_args: [], collection_id: 'demo-collection' }), kind: 'collection' },
      job(item, { collection_id: 'demo-collection' }),
      { ...job('stac-ingest.yaml', { create_item_args: [], collection_id: 'not-this' }), kind: 'collection' },
    ];
    const { outcomes } = await generateItems(
      jobs,
      { runner, logger: new RecordingLogger(), tmpDir: scratch },
      { concurrency: 2, cwd: FIXTURES, engine },
    );
    expect(outcomes[0]?.ok && outcomes[0].doc.doc['type']).toBe('Collection');
    expect(outcomes[0]?.ok && outcomes[0].doc.doc['collection']).toBeUndefined();
    expect(outcomes[1]?.ok && outcomes[1].doc.doc['type']).toBe('Feature');
    expect(failure(outcomes[2]).error).toBe(
      `create-collection wrote collection "demo-collection", but the manifest names it 'not-this'`,
    );
  });

  it('kills running items and does not start queued ones when the signal aborts', async () => {
    const files = await Promise.all([1, 2, 3].map((i) => input(`${engine}-cancel-${i}.txt`, `id=c${i}\nHANG\n`)));
    const controller = new AbortController();
    const jobs = files.map((f) => job(f, {}, 120_000));
    const { token, env } = tokenEnv();
    setTimeout(() => controller.abort(), 3_000);
    const started = Date.now();
    const { outcomes } = await generateItems(
      jobs,
      { runner, logger: new RecordingLogger(), tmpDir: scratch },
      { concurrency: 1, cwd: FIXTURES, env, signal: controller.signal, engine },
    );
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(failure(outcomes[0]).error).toBe('stac demo create-item was cancelled');
    expect(outcomes.slice(1).map((o) => failure(o).error)).toEqual([
      'not run: generation was cancelled',
      'not run: generation was cancelled',
    ]);
    expect(await processesInheriting(token)).toEqual([]);
  });
});

describe('generated collections', () => {
  it('runs create-collection with --key value options and checks the id', async () => {
    const deps = { runner, logger: new RecordingLogger(), tmpDir: scratch };
    const spec = { package: DEMO, group: 'demo', args: [], options: { title: 'Demo from test' } };
    const origin = { file: 'stac-ingest.yaml', line: 4, entry: 'collections[0] (demo-collection)' };
    const ok = await generateCollection({ spec, collectionId: 'demo-collection', origin, timeoutMs: 120_000 }, deps, {
      cwd: FIXTURES,
    });
    if (!ok.ok) throw new Error(ok.error);
    expect(ok.doc.doc['type']).toBe('Collection');
    expect(ok.doc.doc['title']).toBe('Demo from test');
    expect(ok.doc.origin).toEqual(origin);

    const wrong = await generateCollection({ spec, collectionId: 'other', origin, timeoutMs: 120_000 }, deps, {
      cwd: FIXTURES,
    });
    expect(wrong.ok ? '' : wrong.error).toBe(
      `create-collection wrote collection "demo-collection", but the manifest names it 'other'`,
    );
  });
});
