/**
 * Publish benchmark, against a local SNS-compatible endpoint with a fixed added latency per call:
 * our publisher (the direct PublishBatch sender) vs. the reference loop of MAAP's guide (sequential
 * PublishBatch of 10, one call at a time), and vs. the same publisher sending through the SDK's
 * `SNSClient` with a keep-alive `NodeHttpHandler` at the same calls in flight. The first ratio
 * mostly measures concurrency; the second is what the direct sender itself earns.
 *
 *   npx tsx bench/publish/run.ts [--n 10000,100000] [--latency 20] [--concurrency 32]
 *                                [--reference-sample 5000] [--size 1200]
 *
 * The reference loop is timed on `--reference-sample` messages (default: all of N up to
 * 10,000) and its throughput is extrapolated to N; the output says when it was.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { Agent as HttpAgent } from 'node:http';
import { PublishBatchCommand, SNSClient } from '@aws-sdk/client-sns';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { createSnsClient } from '../../src/clients/aws.js';
import {
  directPublishBatchSender,
  sdkPublishBatchSender,
  type PublishBatchSender,
} from '../../src/clients/sns-publish-batch.js';
import { ConsoleLogger } from '../../src/logging.js';
import { DEFAULT_CONCURRENCY, publishDocuments } from '../../src/targets/maap/publisher.js';
import type { PublishEntry } from '../../src/targets/maap/entry.js';
import { RunLedger, type LedgerRecord, type LedgerSink } from '../../src/targets/maap/ledger.js';
import type { FakeSnsStats } from './fake-sns.js';

interface Args {
  ns: number[];
  latency: number;
  concurrency: number;
  referenceSample: number | undefined;
  size: number;
  ledger: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = {
    ns: [10_000, 100_000],
    latency: 20,
    concurrency: DEFAULT_CONCURRENCY,
    referenceSample: undefined,
    size: 1200,
    ledger: true,
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    const num = (): number => {
      const n = Number(value);
      if (!Number.isFinite(n) || n <= 0)
        throw new Error(`${flag} needs a positive number, got ${value ?? '(nothing)'}`);
      i++;
      return n;
    };
    switch (flag) {
      case '--n':
        args.ns = (value ?? '').split(',').map((s) => Number(s.replace(/_/g, '')));
        if (args.ns.some((n) => !Number.isInteger(n) || n <= 0))
          throw new Error(`--n needs positive integers, got ${value ?? '(nothing)'}`);
        i++;
        break;
      case '--latency':
        args.latency = num();
        break;
      case '--concurrency':
        args.concurrency = num();
        break;
      case '--reference-sample':
        args.referenceSample = num();
        break;
      case '--size':
        args.size = num();
        break;
      case '--no-ledger':
        args.ledger = false;
        break;
      default:
        throw new Error(`unknown argument ${flag ?? ''}`);
    }
  }
  return args;
}

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Live heap after a full GC, sampled at a few points of each run. */
const heap = { peakLiveMiB: 0 };
function sampleLiveHeap(): void {
  gc();
  heap.peakLiveMiB = Math.max(heap.peakLiveMiB, process.memoryUsage().heapUsed / 2 ** 20);
}

/** A realistic STAC item of about `size` bytes, unique by id. Built on demand: nothing is held. */
function* items(prefix: string, n: number, size: number): Generator<PublishEntry> {
  const pad = 'x'.repeat(Math.max(0, size - 420));
  const quarter = Math.max(1, Math.floor(n / 4));
  for (let i = 0; i < n; i++) {
    if (i > 0 && i % quarter === 0) sampleLiveHeap();
    const id = `${prefix}${i}`;
    const doc = {
      type: 'Feature',
      stac_version: '1.1.0',
      id,
      collection: 'bench',
      geometry: { type: 'Point', coordinates: [-105.1 + (i % 100) / 1000, 40.0] },
      bbox: [-105.1, 40.0, -105.1, 40.0],
      properties: { datetime: '2024-01-01T00:00:00Z', note: pad },
      links: [],
      assets: { data: { href: `https://example.com/bench/${id}.tif`, type: 'image/tiff; application=geotiff' } },
    };
    yield { key: `item:bench/${id}`, origin: { file: 'bench', line: i + 1 }, message: JSON.stringify(doc) };
  }
}

/** The loop of MAAP's guide: batches of 10, one PublishBatch at a time, each awaited. */
async function referenceLoop(sns: SNSClient, topicArn: string, entries: Iterable<PublishEntry>): Promise<void> {
  let batch: { Id: string; Message: string }[] = [];
  for (const e of entries) {
    batch.push({ Id: String(batch.length), Message: e.message });
    if (batch.length === 10) {
      await sns.send(new PublishBatchCommand({ TopicArn: topicArn, PublishBatchRequestEntries: batch }));
      batch = [];
    }
  }
  if (batch.length > 0)
    await sns.send(new PublishBatchCommand({ TopicArn: topicArn, PublishBatchRequestEntries: batch }));
}

class CountingSink implements LedgerSink {
  published = 0;
  failed = 0;
  record(r: LedgerRecord): void {
    if (r.status === 'published') this.published++;
    else this.failed++;
  }
}

class Server {
  private seq = 0;
  private readonly waiting = new Map<number, (msg: Record<string, unknown>) => void>();
  private constructor(
    private readonly child: ChildProcess,
    readonly endpoint: string,
  ) {
    child.on('message', (raw) => {
      const msg = raw as { seq?: number };
      if (msg.seq !== undefined) {
        this.waiting.get(msg.seq)?.(msg as Record<string, unknown>);
        this.waiting.delete(msg.seq);
      }
    });
  }
  static start(latency: number): Promise<Server> {
    const here = dirname(fileURLToPath(import.meta.url));
    const child = fork(join(here, 'server.ts'), [], {
      execArgv: ['--import', 'tsx'],
      env: { ...process.env, FAKE_SNS_LATENCY_MS: String(latency) },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    return new Promise((resolve, reject) => {
      child.once('error', reject);
      child.once('exit', (code) => reject(new Error(`fake SNS server exited with ${code}`)));
      child.once('message', (raw) => resolve(new Server(child, (raw as { endpoint: string }).endpoint)));
    });
  }
  ask(req: Record<string, unknown>): Promise<Record<string, unknown>> {
    const seq = ++this.seq;
    return new Promise((resolve) => {
      this.waiting.set(seq, resolve);
      this.child.send({ ...req, seq });
    });
  }
  async stats(): Promise<FakeSnsStats & { cpuMs: number }> {
    const r = await this.ask({ type: 'stats' });
    return { ...(r.stats as FakeSnsStats), cpuMs: r.cpuMs as number };
  }
  async missing(prefix: string, n: number): Promise<number> {
    return (await this.ask({ type: 'missing', prefix, n })).missing as number;
  }
  async stop(): Promise<void> {
    this.child.removeAllListeners('exit');
    await this.ask({ type: 'stop' });
  }
}

/** Samples RSS every 20 ms while `fn` runs; returns the peak in MiB. */
async function withPeakRss<T>(fn: () => Promise<T>): Promise<{ value: T; peakRssMiB: number; startRssMiB: number }> {
  gc();
  const start = process.memoryUsage.rss();
  let peak = start;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 20);
  try {
    const value = await fn();
    peak = Math.max(peak, process.memoryUsage.rss());
    return { value, peakRssMiB: peak / 2 ** 20, startRssMiB: start / 2 ** 20 };
  } finally {
    clearInterval(timer);
  }
}

interface Row {
  label: string;
  n: number;
  seconds: number;
  perSecond: number;
  lost: number;
  duplicated: number;
  calls: number;
  peakConcurrentCalls: number;
  peakRssMiB: number;
  rssGrowthMiB: number;
  /** Growth of the live heap (after GC, sampled at each quarter of the run). */
  liveGrowthMiB: number;
  /** CPU time of this (publisher) process per PublishBatch call. */
  clientCpuMsPerCall: number;
  /** CPU time of the fake SNS process per call. */
  serverCpuMsPerCall: number;
  note: string;
}

const fmt = (n: number, digits = 0): string =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

const TOPIC_ARN = 'arn:aws:sns:us-west-2:000000000000:bench-loader';
const BENCH_CREDENTIALS = { accessKeyId: 'bench', secretAccessKey: 'bench' };

/** The SDK's own client as a user would tune it: keep-alive sockets, as many as our calls in flight. */
function keepAliveSdkClient(endpoint: string, concurrency: number): SNSClient {
  const httpAgent = new HttpAgent({ keepAlive: true, maxSockets: Math.max(64, concurrency) });
  return new SNSClient({
    endpoint,
    region: 'us-west-2',
    credentials: BENCH_CREDENTIALS,
    maxAttempts: 1,
    requestHandler: new NodeHttpHandler({ httpAgent }),
  });
}

/** Runs `fn` once and measures it: throughput, CPU per call on both sides, memory, lost/duplicated. */
async function measureRun(server: Server, label: string, n: number, note: string, fn: () => Promise<void>) {
  const serverCpu0 = (await server.stats()).cpuMs;
  gc();
  const liveBefore = process.memoryUsage().heapUsed / 2 ** 20;
  heap.peakLiveMiB = liveBefore;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const { peakRssMiB, startRssMiB } = await withPeakRss(fn);
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const stats = await server.stats();
  const calls = Math.max(1, stats.calls);
  const row: Row = {
    label,
    n,
    seconds,
    perSecond: n / seconds,
    lost: 0,
    duplicated: stats.duplicated,
    calls: stats.calls,
    peakConcurrentCalls: stats.peakConcurrentCalls,
    peakRssMiB,
    rssGrowthMiB: peakRssMiB - startRssMiB,
    liveGrowthMiB: heap.peakLiveMiB - liveBefore,
    clientCpuMsPerCall: (cpu.user + cpu.system) / 1000 / calls,
    serverCpuMsPerCall: (stats.cpuMs - serverCpu0) / calls,
    note,
  };
  process.stderr.write(
    `  ${label} N=${fmt(n)}: ${fmt(row.perSecond)} msg/s in ${fmt(seconds, 2)} s ` +
      `(CPU per call: client ${fmt(row.clientCpuMsPerCall, 2)} ms, server ${fmt(row.serverCpuMsPerCall, 2)} ms)\n`,
  );
  return row;
}

interface Bench {
  args: Args;
  server: Server;
  /** The SNS client the direct sender and the reference loop use. */
  sns: SNSClient;
  direct: PublishBatchSender;
  /** The publisher's sender through the SDK's keep-alive client. */
  sdk: PublishBatchSender;
  logger: ConsoleLogger;
  rows: Row[];
  runs: number;
}

/** One measured run under a fresh id prefix; the row joins the table. */
async function measure(b: Bench, label: string, n: number, note: string, fn: (prefix: string) => Promise<void>) {
  await b.server.ask({ type: 'reset' });
  const prefix = `r${++b.runs}-`;
  const row = await measureRun(b.server, label, n, note, () => fn(prefix));
  row.lost = await b.server.missing(prefix, n);
  b.rows.push(row);
  return row;
}

/** Our publisher over `n` generated items with `sender`; checks every message was published and recorded. */
function publishWith(b: Bench, sender: PublishBatchSender, n: number, ledger?: RunLedger) {
  return async (prefix: string): Promise<void> => {
    const sink = ledger ?? new CountingSink();
    // a RunLedger journals to disk as a run's does (fsync before each call and after each answer)
    const dir = ledger ? await mkdtemp(join(tmpdir(), 'stac-ingest-bench-ledger-')) : undefined;
    if (ledger && dir) await ledger.journalTo(dir);
    const r = await publishDocuments(
      items(prefix, n, b.args.size),
      { sns: b.sns, sender, logger: b.logger, ledger: sink },
      { topicArn: TOPIC_ARN, concurrency: b.args.concurrency },
    ).finally(async () => {
      await ledger?.close();
      if (dir) await rm(dir, { recursive: true, force: true });
    });
    const recorded = sink instanceof RunLedger ? sink.counts().published : sink.published;
    if (r.published !== n || recorded !== n) throw new Error(`published ${r.published}/${n}, recorded ${recorded}`);
  };
}

interface Result {
  n: number;
  ours: Row;
  oursLedger?: Row;
  sdk: Row;
  ref: Row;
  refExtrapolated: boolean;
}

async function measureN(b: Bench, n: number): Promise<Result> {
  const ours = await measure(b, 'ours (direct sender, counting sink)', n, '', publishWith(b, b.direct, n));
  let oursLedger: Row | undefined;
  if (b.args.ledger) {
    const note = 'ledger holds one record per message, journaled to disk with fsync';
    oursLedger = await measure(
      b,
      'ours + RunLedger',
      n,
      note,
      publishWith(b, b.direct, n, new RunLedger(`bench-${n}`)),
    );
  }
  const sdkNote = `same publisher and ${b.args.concurrency} calls in flight, keep-alive NodeHttpHandler`;
  const sdk = await measure(b, 'SDK SNSClient', n, sdkNote, publishWith(b, b.sdk, n));
  const sample = Math.min(n, b.args.referenceSample ?? 10_000);
  const refExtrapolated = sample < n;
  const refNote = refExtrapolated ? `timed on ${fmt(sample)} of ${fmt(n)} messages, extrapolated` : '';
  const ref = await measure(b, 'reference loop', sample, refNote, (p) =>
    referenceLoop(b.sns, TOPIC_ARN, items(p, sample, b.args.size)),
  );
  return { n, ours, ...(oursLedger ? { oursLedger } : {}), sdk, ref, refExtrapolated };
}

function renderTable(rows: Row[], results: Result[]): string[] {
  const out = [
    '| N | publisher | messages timed | seconds | msg/s | lost | duplicated | calls | peak in-flight ' +
      '| client CPU ms/call | server CPU ms/call | peak RSS MiB | RSS growth MiB | live heap growth MiB |',
    '|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of rows) {
    const n = results.find((x) => [x.ours, x.oursLedger, x.sdk, x.ref].includes(r))?.n ?? r.n;
    const cells = [
      fmt(n),
      `${r.label}${r.note ? ` (${r.note})` : ''}`,
      fmt(r.n),
      fmt(r.seconds, 2),
      fmt(r.perSecond),
      r.lost,
      r.duplicated,
      fmt(r.calls),
      r.peakConcurrentCalls,
      fmt(r.clientCpuMsPerCall, 2),
      fmt(r.serverCpuMsPerCall, 2),
      fmt(r.peakRssMiB, 1),
      fmt(r.rssGrowthMiB, 1),
      fmt(r.liveGrowthMiB, 1),
    ];
    out.push(`| ${cells.join(' | ')} |`);
  }
  return out;
}

/** The two ratios per N, and whether the target holds (>= 20x the reference loop, nothing lost). */
function renderRatios(results: Result[]): { lines: string[]; ok: boolean } {
  const lines: string[] = [];
  let ok = true;
  for (const x of results) {
    const vsRef = x.ours.perSecond / x.ref.perSecond;
    const vsSdk = x.ours.perSecond / x.sdk.perSecond;
    const refSeconds = x.n / x.ref.perSecond;
    const extrapolated = x.refExtrapolated ? `, EXTRAPOLATED from a ${fmt(x.ref.n)}-message sample` : '';
    const bad = [x.ours, x.oursLedger, x.sdk].reduce((t, r) => t + (r ? r.lost + r.duplicated : 0), 0);
    if (vsRef < 20 || bad > 0) ok = false;
    lines.push(
      `N=${fmt(x.n)}: ours ${fmt(x.ours.perSecond)} msg/s (${fmt(x.ours.seconds, 2)} s); lost ${x.ours.lost}, ` +
        `duplicated ${x.ours.duplicated}`,
      `  vs reference loop ${fmt(x.ref.perSecond)} msg/s (${fmt(refSeconds, 1)} s${extrapolated}): ${fmt(vsRef, 1)}x`,
      `  vs SDK SNSClient at the same concurrency ${fmt(x.sdk.perSecond)} msg/s: ${fmt(vsSdk, 2)}x; ` +
        `client CPU per call ${fmt(x.ours.clientCpuMsPerCall, 2)} ms vs ${fmt(x.sdk.clientCpuMsPerCall, 2)} ms ` +
        `(${fmt(x.sdk.clientCpuMsPerCall / x.ours.clientCpuMsPerCall, 2)}x less)`,
    );
  }
  return { lines, ok };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const server = await Server.start(args.latency);
  const sns = createSnsClient({ endpoint: server.endpoint, region: 'us-west-2', credentials: BENCH_CREDENTIALS });
  const sdkClient = keepAliveSdkClient(server.endpoint, args.concurrency);
  // what the MAAP target uses: PublishBatch signed by the SDK's SigV4 signer, without the SDK's middleware stack
  const direct = directPublishBatchSender(sns);
  const b: Bench = {
    args,
    server,
    sns,
    direct,
    sdk: sdkPublishBatchSender(sdkClient),
    logger: new ConsoleLogger(),
    rows: [],
    runs: 0,
  };
  try {
    process.stderr.write(
      `fake SNS at ${server.endpoint}, ${args.latency} ms added per call, messages ~${args.size} bytes, ` +
        `concurrency ${args.concurrency}\n`,
    );
    // warm-up of both senders: connections, JIT
    await measure(b, 'warm-up', 10_000, '', publishWith(b, b.direct, 10_000));
    await measure(b, 'warm-up', 10_000, '', publishWith(b, b.sdk, 10_000));
    b.rows.length = 0;
    const results: Result[] = [];
    for (const n of args.ns) results.push(await measureN(b, n));
    const { lines, ok } = renderRatios(results);
    const out = [
      '',
      `publish benchmark: ${args.latency} ms added latency per PublishBatch call, ~${args.size}-byte messages, ` +
        `our concurrency ${args.concurrency}`,
      '',
      ...renderTable(b.rows, results),
      '',
      ...lines,
      '',
      ok
        ? 'target met: ours >= 20x the reference loop, nothing lost or duplicated'
        : 'TARGET MISSED: ours < 20x the reference loop, or messages lost/duplicated',
    ];
    process.stdout.write(out.join('\n') + '\n');
    process.exitCode = ok ? 0 : 1;
  } finally {
    direct.destroy();
    sdkClient.destroy();
    sns.destroy();
    await server.stop();
  }
}

await main();
