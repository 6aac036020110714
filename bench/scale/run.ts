/**
 * Scale bench (issue 12), one run, side by side: validation throughput of stac-ingest, stac-node-validator and
 * stac-validator on the same realistic NDJSON corpus (bench/scale/corpus.ts: ~4.7 KB items, four extensions),
 * start-up CPU, peak RSS of `validate` at 10k and 1M items, and `plan` / `run` to a directory target.
 *
 *   npx tsx bench/scale/run.ts [--n 10000,100000] [--big 1000000] [--run-n 1000000] [--maap-n 100000]
 *                              [--py-n 1000] [--catalog-n 100000] [--keep] [--maap-only] [--catalog-only]
 *                              [--remote-n 100000] [--remote-only] [--pgstac-n 100000] [--pgstac-only]
 *                              [--cli dist/cli/index.js]
 *
 * Every command runs in a child process of its own under /usr/bin/time (wall, user + system CPU, peak RSS); the
 * throughput table shows, per tool and size, the median of 5 runs taken in turn with the other tool's.
 * stac-ingest runs from dist/ (build first). Node 24 (the Action's runtime; stac-node-validator 2 asks for
 * >= 22.12) comes from the npm package node@24 installed on demand into bench/.results/scale-tools, as does
 * stac-node-validator; stac-validator runs through uvx. --big 0 / --run-n 0 skip the 1M runs. `run` to the twin's
 * maap target (--maap-n items; 0 skips it; then `plan` and `verify` of them against its STAC API, and the run
 * ledger's bytes per item) needs the twin running in this checkout (`python3 twin/twin.py start`);
 * --maap-only runs nothing else. `validate` and `plan` of a catalog source (a static catalog tree of --catalog-n item
 * files; 0 skips it): peak RSS; --catalog-only runs only that (with this node), --cli another build (e.g. an older
 * dist, for before/after). A stactools source with a rows file (the demo package, worker engine): `plan` of --rows-n
 * rows (nothing generated) and `run` of --rows-run-n rows to a directory (each row generated), peak RSS; 0 skips
 * either; --rows-only runs only that (with this node). `plan` of --remote-n rows of a `generate: remote` source
 * against the twin's maap target (its ItemRequests planned window by window, nothing sent; 0 skips it): peak RSS;
 * --remote-only runs only that (with this node; --cli for another build). `run` of --pgstac-n items to a pgstac target
 * on a private PostgreSQL + pgstac and stac-fastapi-pgstac (test/support/stac-services.ts; needs `bash
 * twin/install.sh`), then `plan` and `verify` of them: peak RSS; 0 skips it; --pgstac-only runs only that.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, open, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { scaleCollection, scaleItem, writeCatalogTree, writeNdjson } from './corpus.js';
import { TWIN_ENV_FILE, twinEnv, twinTargetYaml } from '../../test/support/twin.js';
import { startStacServices, stacServicesUnavailable } from '../../test/support/stac-services.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const TOOLS = path.join(REPO, 'bench/.results/scale-tools');
let CLI = path.join(REPO, 'dist/cli/index.js');
const SCHEMAS = path.join(REPO, 'stac-schemas');
const SNV_VERSION = '2.0.0';
const STAC_VALIDATOR = 'stac-validator==4.1.2';
const SNV_BATCH = 10_000;

interface Args {
  ns: number[];
  big: number;
  runN: number;
  maapN: number;
  pyN: number;
  catalogN: number;
  rowsN: number;
  rowsRunN: number;
  rowsOnly: boolean;
  remoteN: number;
  remoteOnly: boolean;
  pgstacN: number;
  pgstacOnly: boolean;
  catalogOnly: boolean;
  keep: boolean;
  maapOnly: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = {
    ...{ ns: [10_000, 100_000], big: 1_000_000, runN: 1_000_000, maapN: 100_000, pyN: 1000, catalogN: 100_000 },
    ...{ rowsN: 1_000_000, rowsRunN: 2000, rowsOnly: false, catalogOnly: false, keep: false, maapOnly: false },
    ...{ remoteN: 100_000, remoteOnly: false, pgstacN: 100_000, pgstacOnly: false },
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (
      ['--keep', '--maap-only', '--catalog-only', '--rows-only', '--remote-only', '--pgstac-only'].includes(a ?? '')
    ) {
      if (a === '--keep') args.keep = true;
      else if (a === '--pgstac-only') args.pgstacOnly = true;
      else if (a === '--maap-only') args.maapOnly = true;
      else if (a === '--rows-only') args.rowsOnly = true;
      else if (a === '--remote-only') args.remoteOnly = true;
      else args.catalogOnly = true;
      continue;
    }
    const value = argv[++i] ?? '';
    if (a === '--n') args.ns = value.split(',').map(Number);
    else if (a === '--big') args.big = Number(value);
    else if (a === '--run-n') args.runN = Number(value);
    else if (a === '--maap-n') args.maapN = Number(value);
    else if (a === '--py-n') args.pyN = Number(value);
    else if (a === '--catalog-n') args.catalogN = Number(value);
    else if (a === '--rows-n') args.rowsN = Number(value);
    else if (a === '--rows-run-n') args.rowsRunN = Number(value);
    else if (a === '--remote-n') args.remoteN = Number(value);
    else if (a === '--pgstac-n') args.pgstacN = Number(value);
    else if (a === '--cli') CLI = path.resolve(value);
    else throw new Error(`unknown argument ${a}`);
  }
  const counts = [...args.ns, args.pyN];
  const sizes = [args.big, args.runN, args.maapN, args.catalogN, args.rowsN, args.rowsRunN, args.remoteN, args.pgstacN];
  if (counts.some((n) => !Number.isInteger(n) || n <= 0) || !sizes.every((n) => n >= 0))
    throw new Error('--n takes positive integers separated by commas; --big, --run-n, --maap-n, --py-n integers');
  return args;
}

interface Measured {
  wallS: number;
  cpuS: number;
  rssMb: number;
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `cmd args` under /usr/bin/time; stdout and stderr go to files, so a long run holds nothing here. */
async function timed(
  work: string,
  cmd: string,
  args: string[],
  cwd = work,
  env: NodeJS.ProcessEnv = process.env,
): Promise<Measured> {
  const times = path.join(work, 'time.txt');
  const out = path.join(work, 'stdout.txt');
  const errFile = path.join(work, 'stderr.txt');
  const [o, e] = await Promise.all([open(out, 'w'), open(errFile, 'w')]);
  try {
    const code = await new Promise<number>((resolve, reject) => {
      const child = spawn('/usr/bin/time', ['-f', '%e %U %S %M', '-o', times, cmd, ...args], {
        cwd,
        env,
        stdio: ['ignore', o.fd, e.fd],
      });
      child.on('error', reject);
      child.on('exit', (c) => resolve(c ?? 1));
    });
    const lines = (await readFile(times, 'utf8')).trim().split('\n');
    const [wall, user, sys, rssKb] = (lines.at(-1) ?? '').split(' ').map(Number);
    return {
      wallS: wall ?? NaN,
      cpuS: (user ?? NaN) + (sys ?? NaN),
      rssMb: (rssKb ?? NaN) / 1024,
      code,
      stdout: await tail(out),
      stderr: await tail(errFile),
    };
  } finally {
    await Promise.all([o.close(), e.close()]);
  }
}

async function tail(file: string): Promise<string> {
  const text = await readFile(file, 'utf8');
  return text.length > 4000 ? text.slice(-4000) : text;
}

/** Installs `spec` with npm into TOOLS/<dir> unless it is there. */
async function npmTool(work: string, dir: string, spec: string, probe: string): Promise<string | undefined> {
  const prefix = path.join(TOOLS, dir);
  const target = path.join(prefix, 'node_modules', probe);
  if (!existsSync(target)) {
    await mkdir(prefix, { recursive: true });
    const flags = ['--no-save', '--no-package-lock', '--no-audit', '--no-fund'];
    const r = await timed(work, 'npm', ['install', '--prefix', prefix, ...flags, spec]);
    if (r.code !== 0 || !existsSync(target)) {
      console.log(`could not install ${spec}: ${r.stderr.slice(-500)}`);
      return undefined;
    }
  }
  return target;
}

interface Tools {
  node: string;
  nodeVersion: string;
  snv: string | undefined;
  stacValidator: boolean;
}

async function tools(work: string): Promise<Tools> {
  const node24 = await npmTool(work, 'node24', 'node@24', 'node/bin/node');
  const node = node24 ?? process.execPath;
  const version = await timed(work, node, ['--version']);
  const snv = await npmTool(work, 'snv', `stac-node-validator@${SNV_VERSION}`, 'stac-node-validator');
  const sv = await timed(work, 'uvx', ['--from', STAC_VALIDATOR, 'stac-validator', '--help']);
  return { node, nodeVersion: version.stdout.trim(), snv, stacValidator: sv.code === 0 };
}

/** One validator's figures on `items` items. */
interface Row {
  tool: string;
  corpus: string;
  items: number;
  m: Measured;
  note?: string;
}

/** Runs of each validator per corpus size in the throughput table (the median is shown). */
const REPEAT = 5;

/** The run of median wall time (its CPU: the median too), with the range of the walls in a note. */
function medianRow(runs: Row[]): Row {
  const mid = <T>(xs: T[], key: (x: T) => number): T => [...xs].sort((a, b) => key(a) - key(b))[xs.length >> 1] as T;
  const row = mid(runs, (r) => r.m.wallS);
  const walls = runs.map((r) => r.m.wallS);
  const cpuS = mid(runs, (r) => r.m.cpuS).m.cpuS;
  const range = `${f2(Math.min(...walls))}-${f2(Math.max(...walls))}`;
  const note = `median of ${runs.length} runs of ${f0(row.items)}; walls ${range} s`;
  return { ...row, m: { ...row.m, cpuS }, note: row.note ? `${row.note}; ${note}` : note };
}

const itemsPerS = (r: Row): number => r.items / r.m.wallS;
const itemsPerCpuS = (r: Row): number => r.items / r.m.cpuS;

function fail(what: string, m: Measured): never {
  throw new Error(`${what} exited ${m.code}:\n${m.stdout.slice(-1500)}\n${m.stderr.slice(-1500)}`);
}

async function stacIngestValidate(work: string, t: Tools, file: string, items: number): Promise<Row> {
  const m = await timed(work, t.node, [CLI, 'validate', file, '--offline']);
  if (m.code !== 0) fail(`stac-ingest validate ${path.basename(file)}`, m);
  const checked = /(\d+) items checked: 0 error/.exec(m.stdout);
  if (Number(checked?.[1]) !== items) fail(`stac-ingest validate ${items} (checked ${checked?.[1]})`, m);
  return { tool: 'stac-ingest', corpus: path.basename(file), items, m };
}

async function snvValidate(work: string, t: Tools, file: string, items: number): Promise<Row | undefined> {
  if (!t.snv) return undefined;
  const runner = path.join(REPO, 'bench/scale/snv-runner.mjs');
  const m = await timed(work, t.node, [runner, t.snv, file, SCHEMAS, String(SNV_BATCH)]);
  if (m.code !== 0) fail('stac-node-validator', m);
  const r = JSON.parse(m.stdout.trim().split('\n').at(-1) ?? '{}') as { checked: number; invalid: number };
  if (r.checked !== items || r.invalid !== 0) fail(`stac-node-validator: ${JSON.stringify(r)}`, m);
  return { tool: 'stac-node-validator', corpus: path.basename(file), items, m };
}

/** stac-validator's `--schema-config`: every bundled schema file under the URL it mirrors. */
async function schemaConfig(work: string): Promise<string> {
  const schemas: Record<string, string> = {};
  const walk = async (dir: string): Promise<void> => {
    for (const e of await readdir(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.name.endsWith('.json')) schemas[`https://${path.relative(SCHEMAS, p).split(path.sep).join('/')}`] = p;
    }
  };
  await walk(SCHEMAS);
  const file = path.join(work, 'schema-config.json');
  await writeFile(file, JSON.stringify({ schemas }));
  return file;
}

/** stac-validator (one process, one core: `validate --item-collection`, the mode `--schema-config` works in). */
async function stacValidatorValidate(work: string, t: Tools, n: number): Promise<Row | undefined> {
  if (!t.stacValidator) return undefined;
  const fc = path.join(work, `items-${n}.geojson`);
  await writeFile(
    fc,
    JSON.stringify({ type: 'FeatureCollection', features: Array.from({ length: n }, (_, i) => scaleItem(i)) }),
  );
  const config = await schemaConfig(work);
  const args = ['--from', STAC_VALIDATOR, 'stac-validator', 'validate', fc, '--item-collection'];
  const m = await timed(work, 'uvx', [...args, '--schema-config', config, '--no_output']);
  if (m.code !== 0) fail('stac-validator', m);
  const note = `first ${n} items as one FeatureCollection; items/s extrapolated as constant per item`;
  return { tool: 'stac-validator', corpus: path.basename(fc), items: n, m, note };
}

const f1 = (x: number): string => x.toFixed(1);
const f2 = (x: number): string => x.toFixed(2);
const f0 = (x: number): string => Math.round(x).toLocaleString('en-US');

function throughputTable(rows: Row[]): string[] {
  const ours = new Map(rows.filter((r) => r.tool === 'stac-ingest').map((r) => [r.items, r]));
  const best = rows.find((r) => r.tool === 'stac-ingest');
  const lines = [
    '| tool | corpus | items | wall s | CPU s | items/s | items/CPU-s | peak RSS MB | ' +
      'ours/them items/s | ours/them per CPU-s |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const r of rows) {
    const base = ours.get(r.items) ?? best;
    const ratio = (f: (r: Row) => number): string =>
      r.tool === 'stac-ingest' || !base ? '' : `${(f(base) / f(r)).toFixed(1)}x`;
    lines.push(
      `| ${r.tool} | ${r.corpus} | ${f0(r.items)} | ${f2(r.m.wallS)} | ${f2(r.m.cpuS)} | ${f0(itemsPerS(r))} | ` +
        `${f0(itemsPerCpuS(r))} | ${f0(r.m.rssMb)} | ${ratio(itemsPerS)} | ${ratio(itemsPerCpuS)} |`,
    );
  }
  for (const r of rows) if (r.note) lines.push(`(${r.tool}: ${r.note})`);
  return lines;
}

/** The corpus of `n` items, in the dataset folder of the plan/run manifest (a files source reads inside it only). */
async function corpus(work: string, n: number): Promise<string> {
  await mkdir(path.join(work, 'dataset', 'items'), { recursive: true });
  const file = path.join(work, 'dataset', 'items', `items-${n}.ndjson`);
  await writeNdjson(file, n);
  return file;
}

async function throughput(
  work: string,
  t: Tools,
  args: Args,
): Promise<{ lines: string[]; files: Map<number, string> }> {
  const rows: Row[] = [];
  const files = new Map<number, string>();
  for (const n of args.ns) {
    const file = await corpus(work, n);
    files.set(n, file);
    // each tool REPEAT times, interleaved (ours, theirs, ours, ...), so that a change of load hits both alike
    const ours: Row[] = [];
    const theirs: Row[] = [];
    for (let i = 0; i < REPEAT; i++) {
      ours.push(await stacIngestValidate(work, t, file, n));
      const snv = await snvValidate(work, t, file, n);
      if (snv) theirs.push(snv);
    }
    rows.push(medianRow(ours));
    if (theirs.length > 0) rows.push(medianRow(theirs));
  }
  const sv = await stacValidatorValidate(work, t, args.pyN);
  if (sv) rows.push(sv);
  return { lines: throughputTable(rows), files };
}

/** `--help` and a one-item `validate`, CPU seconds (best of 3, the least disturbed by other load). */
async function startup(work: string, t: Tools): Promise<string[]> {
  const one = path.join(work, 'one-item.json');
  await writeFile(one, JSON.stringify(scaleItem(0)));
  const best = async (args: string[]): Promise<Measured> => {
    const runs: Measured[] = [];
    for (let i = 0; i < 3; i++) runs.push(await timed(work, t.node, [CLI, ...args]));
    return runs.reduce((a, b) => (b.cpuS < a.cpuS ? b : a));
  };
  const help = await best(['--help']);
  const validate = await best(['validate', one, '--offline']);
  if (validate.code !== 0) fail('one-item validate', validate);
  return [
    `start-up (best of 3): --help ${help.cpuS.toFixed(2)} CPU-s (${f0(help.rssMb)} MB); ` +
      `one-item validate ${validate.cpuS.toFixed(2)} CPU-s (${f0(validate.rssMb)} MB); ` +
      'before (issue 12, main of then): 0.6 and ~2.1 CPU-s',
  ];
}

/** Peak RSS of `validate` at `big` items against 10k items (goal: < 300 MB and within 1.5x). */
async function bigValidate(work: string, t: Tools, args: Args, files: Map<number, string>): Promise<string[]> {
  if (args.big === 0) return ['1M validate: skipped (--big 0)'];
  const small = files.get(10_000) ?? (await corpus(work, 10_000));
  const base = await stacIngestValidate(work, t, small, 10_000);
  const file = files.get(args.big) ?? (await corpus(work, args.big));
  files.set(args.big, file);
  const big = await stacIngestValidate(work, t, file, args.big);
  return [
    `validate ${f0(args.big)} items: peak RSS ${f0(big.m.rssMb)} MB (goal < 300), ${f1(big.m.wallS)} s wall, ` +
      `${f1(big.m.cpuS)} CPU-s (${f0(itemsPerS(big))} items/s, ${f0(itemsPerCpuS(big))} items/CPU-s); ` +
      `10k: ${f0(base.m.rssMb)} MB; ratio ${(big.m.rssMb / base.m.rssMb).toFixed(2)}x (goal <= 1.5x)`,
  ];
}

/** `plan` and `run` of a manifest with one collection and one NDJSON files source, to a directory target. */
async function directoryRun(work: string, t: Tools, args: Args, files: Map<number, string>): Promise<string[]> {
  if (args.runN === 0) return ['plan/run to a directory: skipped (--run-n 0)'];
  const ds = path.join(work, 'dataset');
  await mkdir(path.join(ds, 'items'), { recursive: true });
  await writeFile(path.join(ds, 'collection.json'), JSON.stringify(scaleCollection()));
  files.set(args.runN, files.get(args.runN) ?? (await corpus(work, args.runN)));
  const manifest = [
    'version: 1',
    'collections:',
    '  - id: scale-bench',
    '    file: collection.json',
    'sources:',
    '  - id: items',
    `    files: items/items-${args.runN}.ndjson`,
    'targets:',
    '  local: { type: directory, path: out, format: ndjson }',
    '',
  ].join('\n');
  await writeFile(path.join(ds, 'stac-ingest.yaml'), manifest);
  const lines: string[] = [];
  for (const command of ['plan', 'run']) {
    const m = await timed(work, t.node, [CLI, command, '--offline'], ds);
    const outcome = m.code === 0 ? 'ok' : `FAILED (exit ${m.code}: ${lastLine(m)})`;
    lines.push(
      `${command} ${f0(args.runN)} items to a directory: ${outcome}; peak RSS ${f0(m.rssMb)} MB (goal < 400), ` +
        `${f1(m.wallS)} s wall, ${f1(m.cpuS)} CPU-s`,
    );
  }
  await rm(path.join(ds, 'out'), { recursive: true, force: true });
  return lines;
}

/**
 * `run` of `maapN` items (one NDJSON files source) to the running twin's maap target: published to its SNS topic,
 * loaded by the real StacLoader into pgstac, awaited and verified in its STAC API. A new collection id each time
 * (the items are put in it by the source's `collection`), so nothing is unchanged from an earlier run.
 */
async function maapRun(work: string, t: Tools, args: Args, files: Map<number, string>): Promise<string[]> {
  if (args.maapN === 0) return ['run to the twin maap target: skipped (--maap-n 0)'];
  if (!existsSync(TWIN_ENV_FILE)) return [`run to the twin maap target: skipped (no twin: ${TWIN_ENV_FILE})`];
  const env = twinEnv();
  const ds = path.join(work, 'dataset');
  files.set(args.maapN, files.get(args.maapN) ?? (await corpus(work, args.maapN)));
  const id = `scale-bench-${Date.now()}`;
  await writeFile(path.join(ds, 'maap-collection.json'), JSON.stringify({ ...scaleCollection(), id }));
  const manifest = [
    'version: 1',
    'collections:',
    `  - id: ${id}`,
    '    file: maap-collection.json',
    'sources:',
    '  - id: items',
    `    files: items/items-${args.maapN}.ndjson`,
    `    collection: ${id}`,
    twinTargetYaml(env).replace('wait_minutes: 3', 'wait_minutes: 120').replace('poll_seconds: 1', 'poll_seconds: 5'),
  ].join('\n');
  await writeFile(path.join(ds, 'maap.yaml'), manifest);
  const aws = twinAws(env);
  const load = loadavg().map(f1).join(' ');
  // the twin's endpoints are on loopback: credentials go there only when it is named an auth host
  const cli = (command: string) => [CLI, command, '--manifest', 'maap.yaml', '--auth-host', '127.0.0.1'];
  const m = await timed(work, t.node, cli('run'), ds, { ...process.env, ...aws });
  const verified = /(\d+) verified/.exec(m.stdout)?.[1];
  const outcome = m.code === 0 ? `ok, ${verified ?? '?'} verified` : `FAILED (exit ${m.code}: ${lastLine(m)})`;
  const lines = [
    `run ${f0(args.maapN)} items to the twin maap target: ${outcome}; peak RSS ${f0(m.rssMb)} MB (goal < 400), ` +
      `${f1(m.wallS)} s wall, ${f1(m.cpuS)} CPU-s (load before ${load}, after ${loadavg().map(f1).join(' ')}); ` +
      `run ledger ${f0((await newestLedgerBytes(ds)) / args.maapN)} bytes per item on disk`,
  ];
  // then plan and verify against the live catalog, window by window
  for (const command of ['plan', 'verify']) {
    const c = await timed(work, t.node, cli(command), ds, { ...process.env, ...aws });
    const ok = c.code === 0 ? 'ok' : `FAILED (exit ${c.code}: ${lastLine(c)})`;
    lines.push(
      `${command} of the same ${f0(args.maapN)} items against the twin's STAC API: ${ok}; peak RSS ` +
        `${f0(c.rssMb)} MB, ${f1(c.wallS)} s wall, ${f1(c.cpuS)} CPU-s`,
    );
  }
  return lines;
}

/**
 * `run` of `pgstacN` items (one NDJSON files source) to a pgstac target on a private PostgreSQL + pgstac with
 * stac-fastapi-pgstac in front: upserted in windows, each verified in pgstac and through the STAC API; then `plan`
 * (every item unchanged) and `verify` of the same items against it, window by window.
 */
async function pgstacRun(work: string, node: string, args: Args, files: Map<number, string>): Promise<string[]> {
  if (args.pgstacN === 0) return ['run to a pgstac target: skipped (--pgstac-n 0)'];
  const unavailable = stacServicesUnavailable();
  if (unavailable) return [`run to a pgstac target: skipped (${unavailable})`];
  const ds = path.join(work, 'dataset');
  files.set(args.pgstacN, files.get(args.pgstacN) ?? (await corpus(work, args.pgstacN)));
  await writeFile(path.join(ds, 'pgstac-collection.json'), JSON.stringify({ ...scaleCollection(), id: 'pg-bench' }));
  const services = await startStacServices();
  try {
    const target = `{ type: pgstac, dsn_env: STAC_INGEST_BENCH_DSN, stac_api: ${services.apiUrl} }`;
    const manifest = [
      ...['version: 1', 'collections:', '  - id: pg-bench', '    file: pgstac-collection.json', 'sources:'],
      ...['  - id: items', `    files: items/items-${args.pgstacN}.ndjson`, '    collection: pg-bench'],
      ...['targets:', `  db: ${target}`, 'default_target: db', ''],
    ];
    await writeFile(path.join(ds, 'pgstac.yaml'), manifest.join('\n'));
    const env = { ...process.env, STAC_INGEST_BENCH_DSN: services.dsn };
    const lines: string[] = [];
    for (const command of ['run', 'plan', 'verify']) {
      const argv = [CLI, command, '--manifest', 'pgstac.yaml', '--offline', '--auth-host', '127.0.0.1'];
      const load = loadavg().map(f1).join(' ');
      const m = await timed(work, node, argv, ds, env);
      const windows = /in (\d+) window\(s\)/.exec(m.stdout + m.stderr)?.[1] ?? '?';
      const outcome = m.code === 0 ? `ok, ${windows} windows` : `FAILED (exit ${m.code}: ${lastLine(m)})`;
      lines.push(
        `${command} ${f0(args.pgstacN)} items ${command === 'run' ? 'to' : 'against'} a pgstac target: ${outcome}; ` +
          `peak RSS ${f0(m.rssMb)} MB, ${f1(m.wallS)} s wall, ${f1(m.cpuS)} CPU-s (load before ${load})`,
      );
    }
    return lines;
  } finally {
    await services.stop();
  }
}

/** The twin's credentials, for the environment of a command that talks to it. */
function twinAws(env: ReturnType<typeof twinEnv>): NodeJS.ProcessEnv {
  return {
    AWS_ACCESS_KEY_ID: env.aws_access_key_id,
    AWS_SECRET_ACCESS_KEY: env.aws_secret_access_key,
    AWS_REGION: env.region,
  };
}

/**
 * `plan` of `remoteN` rows of a `generate: remote` source (a published stactools package, one ItemRequest per row)
 * against the running twin's maap target: the requests are built as the rows are read and planned window by window;
 * nothing is generated or sent.
 */
async function remotePlan(work: string, node: string, args: Args): Promise<string[]> {
  if (args.remoteN === 0) return ['plan of remote generation: skipped (--remote-n 0)'];
  if (!existsSync(TWIN_ENV_FILE)) return [`plan of remote generation: skipped (no twin: ${TWIN_ENV_FILE})`];
  const ds = path.join(work, 'remote-dataset');
  await mkdir(ds, { recursive: true });
  const id = `remote-bench-${Date.now()}`;
  await writeFile(path.join(ds, 'collection.json'), JSON.stringify({ ...scaleCollection(), id }));
  const rows = ['loc'];
  for (let i = 1; i <= args.remoteN; i++) rows.push(`${(i % 90) + 10}N_${String(i).padStart(7, '0')}E`);
  await writeFile(path.join(ds, 'tiles.csv'), rows.join('\n') + '\n');
  const source = [
    ...['  - id: tiles', `    collection: ${id}`, '    stactools:', '      package: stactools-glad-glclu2020==0.1.1'],
    ...['      group: gladglclu2020', '      rows: tiles.csv', '      args: ["https://example.com/2020/{loc}.tif"]'],
    ...['      generate: remote', '      expect: { id_template: "2020_{loc}" }'],
  ];
  const collection = ['collections:', `  - id: ${id}`, '    file: collection.json'];
  const manifest = ['version: 1', ...collection, 'sources:', ...source, twinTargetYaml(twinEnv())];
  await writeFile(path.join(ds, 'remote.yaml'), manifest.join('\n'));
  const argv = [CLI, 'plan', '--manifest', 'remote.yaml', '--auth-host', '127.0.0.1'];
  const m = await timed(work, node, argv, ds, { ...process.env, ...twinAws(twinEnv()) });
  const windows = /in (\d+) window\(s\)/.exec(m.stdout + m.stderr)?.[1] ?? '?';
  const outcome = m.code === 0 ? `ok, ${windows} windows` : `FAILED (exit ${m.code}: ${lastLine(m)})`;
  await rm(ds, { recursive: true, force: true });
  return [
    `plan of ${f0(args.remoteN)} rows of a remote-generation source against the twin maap target: ${outcome}; ` +
      `peak RSS ${f0(m.rssMb)} MB, ${f1(m.wallS)} s wall, ${f1(m.cpuS)} CPU-s (${path.relative(REPO, CLI)})`,
  ];
}

/** The size of the newest run ledger in the dataset's `.stac-ingest` folder (0: none). */
async function newestLedgerBytes(ds: string): Promise<number> {
  const dir = path.join(ds, '.stac-ingest');
  const names = (await readdir(dir).catch(() => [])).filter((n) => n.startsWith('ledger-')).sort();
  const last = names.at(-1);
  return last === undefined ? 0 : (await stat(path.join(dir, last))).size;
}

/** `validate` and `plan` (to a directory) of a manifest with one catalog source: a tree of `catalogN` item files. */
async function catalogRun(work: string, node: string, args: Args): Promise<string[]> {
  if (args.catalogN === 0) return ['validate/plan of a catalog source: skipped (--catalog-n 0)'];
  const ds = path.join(work, 'catalog-dataset');
  const bytes = await writeCatalogTree(path.join(ds, 'catalog'), args.catalogN);
  const manifest = ['version: 1', 'sources:', '  - id: scenes', '    catalog: catalog/catalog.json', ''];
  await writeFile(path.join(ds, 'stac-ingest.yaml'), manifest.join('\n'));
  const lines: string[] = [];
  for (const command of ['validate', 'plan']) {
    const m = await timed(work, node, [CLI, command, '--offline'], ds);
    const outcome = m.code === 0 ? 'ok' : `FAILED (exit ${m.code}: ${lastLine(m)})`;
    lines.push(
      `${command} of a catalog of ${f0(args.catalogN)} item files (${f0(bytes / 2 ** 20)} MB): ${outcome}; ` +
        `peak RSS ${f0(m.rssMb)} MB, ${f1(m.wallS)} s wall, ${f1(m.cpuS)} CPU-s (${path.relative(REPO, CLI)})`,
    );
  }
  await rm(ds, { recursive: true, force: true });
  return lines;
}

/** A rows file of `n` rows for the demo package (`file,platform`), and the manifest of a source reading it. */
async function rowsDataset(ds: string, name: string, n: number): Promise<string> {
  const rows = [`file,platform`];
  for (let i = 1; i <= n; i++) rows.push(`s${i}.txt,sat-${i % 3}`);
  await writeFile(path.join(ds, `${name}.csv`), rows.join('\n') + '\n');
  const manifest = [
    'version: 1',
    'collections:',
    '  - id: rows-bench',
    '    file: collection.json',
    'sources:',
    '  - id: scenes',
    '    collection: rows-bench',
    '    stactools:',
    '      package: ./packages/stactools-demo',
    '      group: demo',
    `      rows: ${name}.csv`,
    '      args: ["inputs/{file}"]',
    '      options: { platform: "{platform}" }',
    '      engine: worker',
    'targets:',
    '  local: { type: directory, path: out, format: ndjson }',
    '',
  ];
  await writeFile(path.join(ds, `${name}.yaml`), manifest.join('\n'));
  return `${name}.yaml`;
}

/** `plan` of `rowsN` rows of a stactools source (nothing generated), and `run` of `rowsRunN` rows (generated). */
async function rowsRun(work: string, node: string, args: Args): Promise<string[]> {
  const ds = path.join(work, 'rows-dataset');
  await mkdir(path.join(ds, 'inputs'), { recursive: true });
  await cp(path.join(REPO, 'test/fixtures/stactools-demo'), path.join(ds, 'packages/stactools-demo'), {
    recursive: true,
  });
  await writeFile(path.join(ds, 'collection.json'), JSON.stringify({ ...scaleCollection(), id: 'rows-bench' }));
  for (let i = 1; i <= args.rowsRunN; i++) {
    const input = `id=scene-${i}\ndatetime=2024-05-01T10:00:00Z\nbbox=${i % 170},40.0,${(i % 170) + 1},41.0\n`;
    await writeFile(path.join(ds, 'inputs', `s${i}.txt`), input);
  }
  const lines: string[] = [];
  for (const [command, n] of [
    ['plan', args.rowsN],
    ['run', args.rowsRunN],
  ] as const) {
    if (n === 0) {
      lines.push(`${command} of a rows-driven stactools source: skipped (0 rows)`);
      continue;
    }
    const manifest = await rowsDataset(ds, `${command}-${n}`, n);
    const m = await timed(work, node, [CLI, command, '--offline', '--manifest', manifest], ds);
    const outcome = m.code === 0 ? 'ok' : `FAILED (exit ${m.code}: ${lastLine(m)})`;
    lines.push(
      `${command} of ${f0(n)} rows of a stactools source${command === 'run' ? ' (generated, to a directory)' : ''}: ` +
        `${outcome}; peak RSS ${f0(m.rssMb)} MB (goal < 400), ${f1(m.wallS)} s wall, ${f1(m.cpuS)} CPU-s`,
    );
  }
  await rm(ds, { recursive: true, force: true });
  return lines;
}

function lastLine(m: Measured): string {
  const text = `${m.stdout}\n${m.stderr}`.trim().split('\n');
  return (text.findLast((l) => /error|heap|memory/i.test(l)) ?? text.at(-1) ?? '').trim().slice(0, 200);
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: npm run build first`);
  const work = await mkdtemp(path.join(tmpdir(), 'stac-ingest-bench-scale-'));
  try {
    if (args.catalogOnly) {
      for (const l of await catalogRun(work, process.execPath, args)) console.log(l);
      return;
    }
    if (args.rowsOnly) {
      for (const l of await rowsRun(work, process.execPath, args)) console.log(l);
      return;
    }
    if (args.remoteOnly) {
      for (const l of await remotePlan(work, process.execPath, args)) console.log(l);
      return;
    }
    if (args.pgstacOnly) {
      for (const l of await pgstacRun(work, process.execPath, args, new Map())) console.log(l);
      return;
    }
    const t = await tools(work);
    if (args.maapOnly) {
      for (const l of await maapRun(work, t, args, new Map())) console.log(l);
      return;
    }
    const cpu = cpus()[0]?.model ?? '?';
    console.log(`# bench/scale: ${cpus().length} cores (${cpu}), load ${loadavg().map(f1).join(' ')}`);
    console.log(
      `node ${t.nodeVersion} (${t.node === process.execPath ? 'this node' : 'npm node@24'}); ` +
        `corpus: ${f1((await stat(await corpus(work, 1000))).size / 1000 / 1000)} kB/item, eo+proj+raster+view`,
    );
    console.log(
      `stac-node-validator ${SNV_VERSION}: programmatic API, schemaMap to ${path.relative(REPO, SCHEMAS)}/, ` +
        `batches of ${SNV_BATCH} (one ajv compile per batch), first error only`,
    );
    console.log(
      `stac-validator (${STAC_VALIDATOR}): --schema-config mapping every URL to ${path.relative(REPO, SCHEMAS)}/`,
    );
    console.log(
      'stac-ingest: dist/cli/index.js validate <file> --offline ' +
        '(worker threads: one per core but one, the main thread checking too)\n',
    );
    const { lines, files } = await throughput(work, t, args);
    for (const l of lines) console.log(l);
    console.log('');
    for (const l of await startup(work, t)) console.log(l);
    for (const l of await bigValidate(work, t, args, files)) console.log(l);
    for (const l of await directoryRun(work, t, args, files)) console.log(l);
    for (const l of await maapRun(work, t, args, files)) console.log(l);
    for (const l of await catalogRun(work, t.node, args)) console.log(l);
    for (const l of await rowsRun(work, t.node, args)) console.log(l);
    for (const l of await remotePlan(work, t.node, args)) console.log(l);
    for (const l of await pgstacRun(work, t.node, args, files)) console.log(l);
    console.log(`load after: ${loadavg().map(f1).join(' ')}`);
  } finally {
    if (!args.keep) await rm(work, { recursive: true, force: true });
    else console.log(`kept ${work}`);
  }
}

await main();
