/**
 * Verify benchmark: our verifier (chunked `POST /search` by ids, concurrent chunks, content
 * comparison) vs. the loop a script would write (one `GET /collections/{c}/items/{id}` after
 * the other, same content comparison), side by side in one run against a local
 * stac-fastapi-pgstac over pgstac holding N items loaded the StacLoader's way.
 *
 *   npx tsx bench/verify/run.ts [--n 10000] [--naive-sample 1000] [--chunk 250]
 *                               [--concurrency 4] [--rtt 0,25] [--twin]
 *
 * `--rtt` lists added round-trip latencies in ms to measure at (default 0: plain loopback).
 * A latency > 0 puts a small proxy in front of the API that holds every request that long,
 * modelling the network between a CI runner and a hosted STAC API; both sides go through it.
 * By default it starts private services (test/support/stac-services.ts: needs
 * `bash twin/install.sh`); `--twin` uses the running twin (.twin/run/env.json) instead.
 * The naive loop is timed on `--naive-sample` items and extrapolated to N; the output says so.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { createStacApiClient } from '../../src/clients/stac-api.js';
import { stacApiCatalog } from '../../src/targets/stac-api-catalog.js';
import { ConsoleLogger } from '../../src/logging.js';
import { verifyExpected } from '../../src/stages/verify.js';
import { compareStac } from '../../src/compare/compare.js';
import { expectedFromDoc, type ExpectedStac } from '../../src/model/expected.js';
import type { StacObject } from '../../src/model/stac.js';
import { startStacServices, TWIN_HOME, type StacServices } from '../../test/support/stac-services.js';
import { startFaultProxy } from '../../test/support/fault-proxy.js';
import { collectionDoc, itemDoc } from '../../test/support/stac-docs.js';

interface Args {
  n: number;
  naiveSample: number;
  chunk: number;
  concurrency: number;
  twin: boolean;
  rtts: number[];
}

function parseArgs(argv: string[]): Args {
  const args: Args = { n: 10_000, naiveSample: 1000, chunk: 250, concurrency: 4, twin: false, rtts: [0] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const num = (): number => {
      const v = Number(argv[++i]);
      if (!Number.isInteger(v) || v <= 0) throw new Error(`${a} needs a positive integer`);
      return v;
    };
    if (a === '--n') args.n = num();
    else if (a === '--naive-sample') args.naiveSample = num();
    else if (a === '--chunk') args.chunk = num();
    else if (a === '--concurrency') args.concurrency = num();
    else if (a === '--twin') args.twin = true;
    else if (a === '--rtt') {
      args.rtts = (argv[++i] ?? '').split(',').map(Number);
      if (args.rtts.some((r) => !Number.isFinite(r) || r < 0))
        throw new Error('--rtt needs comma-separated non-negative numbers');
    } else throw new Error(`unknown argument ${a}`);
  }
  args.naiveSample = Math.min(args.naiveSample, args.n);
  return args;
}

function loadWith(dsn: string, docs: readonly object[]): Promise<void> {
  const python = join(TWIN_HOME, 'venvs', 'stac-loader', 'bin', 'python');
  const script = join(import.meta.dirname, '..', '..', 'test', 'support', 'pgstac_load.py');
  return new Promise((resolve, reject) => {
    const child = spawn(python, [script, dsn], { stdio: ['pipe', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err = (err + d.toString()).slice(-4000)));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`load failed (${code}): ${err}`))));
    child.stdin.on('error', () => undefined); // an early exit is reported by its exit code
    child.stdin.end(docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
  });
}

const fmt = (ms: number): string => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`);

async function measure(
  url: string,
  rtt: number,
  collection: string,
  docs: StacObject[],
  expected: ExpectedStac[],
  args: Args,
): Promise<void> {
  console.log(
    `\n-- ${rtt > 0 ? `${rtt} ms added round-trip latency per request (proxy)` : 'plain loopback, no added latency'}`,
  );
  // ours
  const logger = new ConsoleLogger();
  const api = createStacApiClient({ baseUrl: url, logger, searchChunkSize: args.chunk, concurrency: args.concurrency });
  const t2 = performance.now();
  const cpu0 = process.cpuUsage();
  const report = await verifyExpected(expected, { catalog: stacApiCatalog(api), logger });
  const oursMs = performance.now() - t2;
  const cpu = process.cpuUsage(cpu0);
  const oursCpuMs = (cpu.user + cpu.system) / 1000;
  if (report.counts.verified !== args.n)
    throw new Error(`ours verified ${report.counts.verified} of ${args.n}: ${JSON.stringify(report.counts)}`);

  // the naive loop, on a sample
  const sample = docs.slice(0, args.naiveSample);
  const base = url.endsWith('/') ? url : url + '/';
  let naiveVerified = 0;
  const t3 = performance.now();
  for (const doc of sample) {
    const res = await fetch(
      `${base}collections/${encodeURIComponent(collection)}/items/${encodeURIComponent(String(doc.id))}`,
    );
    if (res.status !== 200) continue;
    const actual = (await res.json()) as StacObject;
    if (compareStac(doc, actual, { linkBase: base }).equal) naiveVerified++;
  }
  const naiveSampleMs = performance.now() - t3;
  if (naiveVerified !== sample.length) throw new Error(`naive loop verified ${naiveVerified} of ${sample.length}`);
  const naiveMs = (naiveSampleMs / sample.length) * args.n;
  const extrapolated = sample.length < args.n;

  const rows: [string, string, string, string][] = [
    ['', 'time', 'items/s', 'requests'],
    ['ours (batched search)', fmt(oursMs), String(Math.round((args.n / oursMs) * 1000)), String(report.requests)],
    [
      `naive GET loop${extrapolated ? ` (${sample.length} timed, extrapolated)` : ''}`,
      `${fmt(naiveMs)}${extrapolated ? ` (${fmt(naiveSampleMs)} for ${sample.length})` : ''}`,
      String(Math.round((sample.length / naiveSampleMs) * 1000)),
      String(args.n),
    ],
  ];
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  for (const r of rows) console.log(r.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join('  '));
  const ratio = naiveMs / oursMs;
  console.log(
    `ours used ${fmt(oursCpuMs)} of client CPU (fetch, JSON, zod, comparison); the rest is the API and pgstac`,
  );
  console.log(`ratio: ${ratio.toFixed(1)}x faster (target >= 20x): ${ratio >= 20 ? 'met' : 'NOT met'}`);
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  let services: StacServices | undefined;
  let apiUrl: string;
  let dsn: string;
  const t0 = performance.now();
  if (args.twin) {
    const env = JSON.parse(readFileSync(join(TWIN_HOME, 'run', 'env.json'), 'utf8')) as {
      stac_api_url: string;
      pg_dsn: string;
    };
    apiUrl = env.stac_api_url;
    dsn = env.pg_dsn;
  } else {
    services = await startStacServices();
    apiUrl = services.apiUrl;
    dsn = services.dsn;
  }
  const startMs = performance.now() - t0;
  try {
    const collection = `bench-verify-${randomUUID().slice(0, 8)}`;
    const docs: StacObject[] = Array.from({ length: args.n }, (_, i) =>
      itemDoc(collection, `item-${String(i).padStart(6, '0')}`, i),
    );
    const t1 = performance.now();
    await loadWith(dsn, [collectionDoc(collection), ...docs]);
    const loadMs = performance.now() - t1;
    const expected = docs.map((d) => expectedFromDoc(d)).filter((e): e is ExpectedStac => e !== undefined);

    const services = args.twin ? 'running twin' : `private services, started in ${fmt(startMs)}`;
    console.log(
      `verify benchmark: ${args.n} items in ${collection} at ${apiUrl} (${services}; ` +
        `loaded the StacLoader's way in ${fmt(loadMs)})`,
    );
    console.log(
      `node ${process.version}, ${cpus().length} CPUs, load average ${loadavg()[0]!.toFixed(1)}; ours: POST ` +
        `/search, ${args.chunk} ids per request, ${args.concurrency} in flight; naive: sequential GET ` +
        `/collections/{c}/items/{id}`,
    );

    // one untimed pass first, so both sides meet warm Postgres caches and a warm JIT (the naive
    // loop runs after ours and would otherwise get the warm caches alone)
    const tw = performance.now();
    await verifyExpected(expected, {
      catalog: stacApiCatalog(createStacApiClient({ baseUrl: apiUrl, logger: new ConsoleLogger() })),
      logger: new ConsoleLogger(),
    });
    console.log(`warm-up: one untimed verify pass (${fmt(performance.now() - tw)})`);

    for (const rtt of args.rtts) {
      const proxy = rtt > 0 ? await startFaultProxy(apiUrl) : undefined;
      proxy?.setFaults(() => ({ kind: 'pass', delayMs: rtt }));
      try {
        await measure(proxy?.url ?? apiUrl, rtt, collection, docs, expected, args);
      } finally {
        await proxy?.close();
      }
    }
    if (args.twin) console.log(`note: ${args.n} bench items were left in the twin's collection ${collection}`);
  } finally {
    await services?.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
  process.exitCode = 1;
});
