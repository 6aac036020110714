/**
 * Generation benchmark: the worker engine vs. the per-item uvx command of the StactoolsItemGenerator Lambda,
 * side by side on the same machine in one run, on the demo plugin (test/fixtures/stactools-demo) and on a
 * published package (stactools-glad-glclu2020 with `with: [affine<3]`, on GeoTIFFs made here), then a
 * 10,000-row demo manifest through `stac-ingest run` (dist/cli/index.js) to a directory target.
 *
 *   npx tsx bench/generate/run.ts [--demo 200] [--published 50] [--run 10000] [--concurrency 2]
 *                                 [--skip-uvx] [--skip-published] [--skip-run]
 *
 * The worker engine runs twice: from an empty environment cache (uv's own cache stays warm, as for uvx), so its
 * first-item latency includes installing the environment, and again with that environment cached (a later run).
 * Both engines get the same jobs and `--concurrency`; their items are compared. Needs `uv` on PATH and
 * `npm run build` for the run part. Prints the load average with the figures: the machine is shared.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { createProcessRunner } from '../../src/clients/process.js';
import { RecordingLogger } from '../../src/logging.js';
import type { PackageGeneration } from '../../src/model/result.js';
import { generateItems, type GenerateJob, type GenerateOutcome } from '../../src/stages/generate/index.js';
import type { EngineName } from '../../src/stages/generate/engine.js';

const REPO = join(import.meta.dirname, '..', '..');
const FIXTURES = join(REPO, 'test', 'fixtures');
const GLAD = 'stactools-glad-glclu2020==0.1.1,affine<3';

interface Args {
  demo: number;
  published: number;
  run: number;
  concurrency: number;
  skipUvx: boolean;
  skipPublished: boolean;
  skipRun: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = {
    demo: 200,
    published: 50,
    run: 10_000,
    concurrency: 2,
    skipUvx: false,
    skipPublished: false,
    skipRun: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const num = (): number => {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n <= 0) throw new Error(`${flag} needs a positive integer`);
      return n;
    };
    if (flag === '--demo') args.demo = num();
    else if (flag === '--published') args.published = num();
    else if (flag === '--run') args.run = num();
    else if (flag === '--concurrency') args.concurrency = num();
    else if (flag === '--skip-uvx') args.skipUvx = true;
    else if (flag === '--skip-published') args.skipPublished = true;
    else if (flag === '--skip-run') args.skipRun = true;
    else throw new Error(`unknown argument ${flag}`);
  }
  return args;
}

const load = (): string =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const secs = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

interface Measured {
  engine: EngineName;
  wallMs: number;
  firstItemMs: number;
  outcomes: GenerateOutcome[];
  pkg: PackageGeneration | undefined;
}

/** Runs the jobs on one engine; the first progress update marks the first item done. */
async function measure(
  engine: EngineName,
  jobs: GenerateJob[],
  cwd: string,
  args: Args,
  cacheDir: string,
): Promise<Measured> {
  const logger = new RecordingLogger();
  let first: number | undefined;
  const started = performance.now();
  const progressed = Object.assign(logger, { progress: () => (first ??= performance.now() - started) });
  const { outcomes, packages } = await generateItems(
    jobs,
    { runner: createProcessRunner(), logger: progressed },
    { concurrency: args.concurrency, cwd, engine, workers: { cacheDir } },
  );
  const wallMs = performance.now() - started;
  const failed = outcomes.find((o) => !o.ok);
  if (failed && !failed.ok) throw new Error(`${engine}: ${failed.error}\n${failed.stderr}`);
  return { engine, wallMs, firstItemMs: first ?? wallMs, outcomes, pkg: packages[0] };
}

function docs(m: Measured): unknown[] {
  return m.outcomes.map((o) => (o.ok ? o.doc.doc : undefined));
}

function describe(label: string, m: Measured, n: number): void {
  const pool = m.pkg?.pool;
  const steady = n > 1 ? ((n - 1) * 1000) / (m.wallMs - m.firstItemMs) : 0;
  console.log(
    `${label}: ${secs(m.wallMs)}, ${((n * 1000) / m.wallMs).toFixed(1)} items/s ` +
      `(${steady.toFixed(1)} items/s after the first item)`,
  );
  console.log(
    `  first item after ${secs(m.firstItemMs)} (environment ${secs(m.pkg?.setupMs ?? 0)}, first worker ready ` +
      `${secs(pool?.firstReadyMs ?? 0)} later); peak RSS ${mb(pool?.peakWorkerRss ?? 0)} per worker, ` +
      `${mb(pool?.peakPoolRss ?? 0)} for the pool; ${pool?.started ?? 0} worker(s) started`,
  );
}

function report(
  title: string,
  n: number,
  cold: Measured,
  warm: Measured,
  uvx: Measured | undefined,
  goal: number,
): void {
  console.log(`\n== ${title}: ${n} items; load average now ${load()}`);
  describe('worker engine, new environment', cold, n);
  describe('worker engine, cached environment', warm, n);
  if (!uvx) return;
  console.log(
    `uvx per item: ${secs(uvx.wallMs)}, ${((n * 1000) / uvx.wallMs).toFixed(2)} items/s ` +
      `(first item after ${secs(uvx.firstItemMs)})`,
  );
  // throughput: items/s once the first item is done (the environment build is the first-item latency above)
  const steady = (m: Measured) => (n - 1) / (m.wallMs - m.firstItemMs);
  console.log(`uvx per item after the first item: ${(steady(uvx) * 1000).toFixed(2)} items/s`);
  const runs: Array<[string, Measured]> = [
    ['new environment', cold],
    ['cached environment', warm],
  ];
  for (const [label, m] of runs) {
    const throughput = steady(m) / steady(uvx);
    const whole = uvx.wallMs / m.wallMs;
    console.log(
      `ratio, ${label}: ${throughput.toFixed(0)}x in items/s ` +
        `(goal >= ${goal}x: ${throughput >= goal ? 'met' : 'NOT met'}); ` +
        `${whole.toFixed(1)}x over the whole run including the environment build`,
    );
  }
  const identical = isDeepStrictEqual(docs(cold), docs(uvx)) && isDeepStrictEqual(docs(warm), docs(uvx));
  console.log(`items identical between the engines: ${identical ? 'yes' : 'NO'}`);
}

async function demoJobs(dir: string, n: number): Promise<GenerateJob[]> {
  const jobs: GenerateJob[] = [];
  for (let i = 1; i <= n; i++) {
    const file = join(dir, `scene-${i}.txt`);
    const day = String((i % 28) + 1).padStart(2, '0');
    await writeFile(file, `id=scene-${i}\ndatetime=2024-05-${day}T10:00:00Z\nbbox=${i % 170},40,${(i % 170) + 1},41\n`);
    jobs.push({
      request: {
        package_name: './stactools-demo',
        group_name: 'demo',
        create_item_args: [file],
        create_item_options: { platform: `sat-${i % 3}` },
        collection_id: i % 2 ? 'demo-collection' : null,
      },
      origin: { file },
      timeoutMs: 600_000,
    });
  }
  return jobs;
}

function run(command: string, args: string[], cwd: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-8000)));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

/** 5 years x n/5 tiles of tiny GeoTIFFs under dir/data/{year}/{loc}.tif (glad's href-format). */
async function publishedJobs(dir: string, n: number): Promise<GenerateJob[]> {
  const years = ['2000', '2005', '2010', '2015', '2020'];
  const tiles = Math.ceil(n / years.length);
  const made = join(dir, 'made');
  await mkdir(made, { recursive: true });
  const jobs: GenerateJob[] = [];
  for (let t = 0; t < tiles; t++) {
    const west = 10 * t - 170;
    const loc = `50N_${String(Math.abs(west)).padStart(3, '0')}${west < 0 ? 'W' : 'E'}`;
    const tif = join(made, `${loc}.tif`);
    const script = join(FIXTURES, 'make-geotiff.py');
    const r = await run(
      'uv',
      ['run', '--no-project', '--with', 'rasterio', '--with', 'numpy<2.3.0', 'python', script, tif, String(west), '50'],
      dir,
    );
    if (r.code !== 0) throw new Error(`making a GeoTIFF failed: ${r.stderr}`);
    for (const year of years) {
      if (jobs.length >= n) break;
      await mkdir(join(dir, 'data', year), { recursive: true });
      await copyFile(tif, join(dir, 'data', year, `${loc}.tif`));
      jobs.push({
        request: {
          package_name: GLAD,
          group_name: 'gladglclu2020',
          create_item_args: [join(dir, 'data', year, `${loc}.tif`)],
          create_item_options: { 'href-format': join(dir, 'data', '{year}', '{loc}.tif') },
          collection_id: null,
        },
        origin: { file: 'tiles.csv', line: jobs.length + 2 },
        timeoutMs: 600_000,
      });
    }
  }
  return jobs;
}

async function compare(title: string, jobs: GenerateJob[], cwd: string, args: Args, scratch: string, goal: number) {
  const cacheDir = await mkdtemp(join(scratch, 'envs-'));
  const cold = await measure('worker', jobs, cwd, args, cacheDir);
  const warm = await measure('worker', jobs, cwd, args, cacheDir);
  const uvx = args.skipUvx ? undefined : await measure('uvx', jobs, cwd, args, cacheDir);
  report(title, jobs.length, cold, warm, uvx, goal);
}

/** Writes a dataset of n demo rows with a directory target into `dir`. */
async function writeDemoDataset(dir: string, n: number): Promise<void> {
  await mkdir(join(dir, 'inputs'), { recursive: true });
  const rows = ['file,platform'];
  for (let i = 1; i <= n; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    await writeFile(
      join(dir, 'inputs', `s${i}.txt`),
      `id=s${i}\ndatetime=2024-05-${day}T10:00:00Z\nbbox=${i % 170},40,${(i % 170) + 1},41\n`,
    );
    rows.push(`s${i}.txt,sat-${i % 3}`);
  }
  await writeFile(join(dir, 'scenes.csv'), rows.join('\n') + '\n');
  await copyFile(
    join(REPO, 'examples', 'demo', 'collections', 'demo-collection.json'),
    join(dir, 'demo-collection.json'),
  );
  const manifest = [
    'version: 1',
    'collections:',
    '  - id: demo-collection',
    '    file: demo-collection.json',
    'sources:',
    '  - id: scenes',
    '    collection: demo-collection',
    '    stactools:',
    `      package: ${join(FIXTURES, 'stactools-demo')}`,
    '      group: demo',
    '      rows: scenes.csv',
    '      args: ["inputs/{file}"]',
    '      options: { platform: "{platform}" }',
    'targets:',
    '  out: { type: directory, path: out, format: both }',
    'default_target: out',
    '',
  ].join('\n');
  await writeFile(join(dir, 'stac-ingest.yaml'), manifest);
}

interface RunReport {
  totals: { written: number };
  stages: Array<{ name: string; ms: number }>;
  generation: {
    packages: Array<{ ms_per_item: number; setup_ms?: number; workers?: { peak_pool_rss_bytes: number } }>;
  };
}

/** A manifest of n demo rows with a directory target, run by the built CLI. */
async function fullRun(n: number, scratch: string, args: Args): Promise<void> {
  const dir = join(scratch, 'dataset');
  await writeDemoDataset(dir, n);
  const reportFile = join(scratch, 'report.json');
  const cli = join(REPO, 'dist', 'cli', 'index.js');
  const before = load();
  const started = performance.now();
  const argv = [
    cli,
    'run',
    '-m',
    'stac-ingest.yaml',
    '--offline',
    '-j',
    String(args.concurrency),
    '--report-file',
    reportFile,
    // the trusted policy: the demo package lives outside the dataset's workspace
    '--allow-package',
    join(FIXTURES, 'stactools-demo'),
  ];
  // GNU time, when there, gives the CPU seconds of the run and everything it waited for (workers, uv)
  const timed = existsSync('/usr/bin/time');
  const r = timed
    ? await run('/usr/bin/time', ['-f', 'cpu %U %S', process.execPath, ...argv], dir)
    : await run(process.execPath, argv, dir);
  const wallMs = performance.now() - started;
  if (r.code !== 0) throw new Error(`stac-ingest run failed (${r.code}): ${r.stderr}`);
  const rep = JSON.parse(await readFile(reportFile, 'utf8')) as RunReport;
  console.log(
    `\n== stac-ingest run: ${n}-row demo manifest to a directory target (-j ${args.concurrency}); ` +
      `load before ${before}, after ${load()}`,
  );
  console.log(
    `wall ${secs(wallMs)} (goal < 60 s: ${wallMs < 60_000 ? 'met' : 'NOT met'}); ${rep.totals.written} items written`,
  );
  console.log(`stages: ${rep.stages.map((s) => `${s.name} ${secs(s.ms)}`).join(', ')}`);
  const cpu = /cpu ([\d.]+) ([\d.]+)\s*$/.exec(r.stderr);
  if (cpu) {
    const total = Number(cpu[1]) + Number(cpu[2]);
    console.log(
      `CPU time of the run and its subprocesses: ${total.toFixed(1)} s (user ${cpu[1]} s, system ${cpu[2]} s): ` +
        `${(total / args.concurrency).toFixed(1)} s of wall time on ${args.concurrency} otherwise idle cores`,
    );
  }
  const p = rep.generation.packages[0];
  if (p)
    console.log(
      `generation: ${p.ms_per_item} ms per item per worker, environment ${secs(p.setup_ms ?? 0)}, ` +
        `pool peak RSS ${mb(p.workers?.peak_pool_rss_bytes ?? 0)}`,
    );
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  console.log(
    `machine: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}); load average ${load()}; ` +
      `concurrency ${args.concurrency}`,
  );
  const scratch = await mkdtemp(join(tmpdir(), 'stac-ingest-bench-generate-'));
  try {
    const demoDir = join(scratch, 'demo');
    await mkdir(demoDir);
    await compare('demo package', await demoJobs(demoDir, args.demo), FIXTURES, args, scratch, 100);
    if (!args.skipPublished) {
      const pubDir = join(scratch, 'published');
      await mkdir(pubDir);
      await compare(
        `published package ${GLAD}`,
        await publishedJobs(pubDir, args.published),
        pubDir,
        args,
        scratch,
        10,
      );
    }
    if (!args.skipRun) await fullRun(args.run, scratch, args);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

await main();
