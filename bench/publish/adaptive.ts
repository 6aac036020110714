/**
 * Adaptive vs fixed concurrency (issue 11, defect 6), against the local fake SNS endpoint in two shapes:
 * a healthy one (fixed latency) and a saturated one that serves `--capacity` calls at once and queues the
 * rest (latency grows with the calls in flight), still taking the messages of calls its client gave up on.
 * The client timeout is scaled down with the latency (`--timeout`, in place of the 30 s of a real run).
 *
 *   npx tsx bench/publish/adaptive.ts [--n 3000] [--latency 50] [--capacity 4] [--timeout 300] [--concurrency 32]
 *
 * Prints one line per mode: time, messages per second, copies SNS took beyond one per message, entries left
 * in doubt, unanswered calls, and the calls in flight (lowest/highest/final); then the ratios.
 */
import { createSnsClient } from '../../src/clients/aws.js';
import { directPublishBatchSender } from '../../src/clients/sns-publish-batch.js';
import { ConsoleLogger } from '../../src/logging.js';
import { DEFAULT_CONCURRENCY, publishDocuments, type PublishResult } from '../../src/targets/maap/publisher.js';
import type { PublishEntry } from '../../src/targets/maap/entry.js';
import { startFakeSns } from './fake-sns.js';

const TOPIC = 'arn:aws:sns:us-west-2:123456789012:bench-adaptive';

interface Args {
  n: number;
  latency: number;
  capacity: number;
  timeout: number;
  concurrency: number;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { n: 3000, latency: 50, capacity: 4, timeout: 300, concurrency: DEFAULT_CONCURRENCY };
  for (let i = 0; i < argv.length; i += 2) {
    const name = (argv[i] ?? '').replace(/^--/, '');
    const value = Number(argv[i + 1]);
    if (!(name in args) || !Number.isFinite(value) || value <= 0)
      throw new Error(`usage: --n N --latency MS --capacity CALLS --timeout MS --concurrency CALLS (got ${argv[i]})`);
    args[name as keyof Args] = value;
  }
  return args;
}

function* items(prefix: string, n: number): Generator<PublishEntry> {
  for (let i = 0; i < n; i++) {
    const id = `${prefix}${i}`;
    const doc = { type: 'Feature', stac_version: '1.1.0', id, collection: 'bench', properties: {}, links: [] };
    yield { key: `item:bench/${id}`, origin: { file: 'bench', line: i + 1 }, message: JSON.stringify(doc) };
  }
}

interface Line {
  seconds: number;
  perSecond: number;
  extraCopies: number;
  result: PublishResult;
}

async function once(args: Args, saturated: boolean, adaptive: boolean): Promise<Line> {
  const { latency, capacity } = args;
  const fake = await startFakeSns({
    latencyMs: saturated ? (inFlight) => latency * Math.max(1, inFlight / capacity) : latency,
  });
  const credentials = { accessKeyId: 'AKIDBENCH', secretAccessKey: 'bench-secret' };
  const sns = createSnsClient({ endpoint: fake.endpoint, region: 'us-west-2', credentials });
  const sender = directPublishBatchSender(sns, { timeoutMs: args.timeout });
  try {
    const t0 = performance.now();
    const result = await publishDocuments(
      items('m', args.n),
      { sns, sender, logger: new ConsoleLogger() },
      { topicArn: TOPIC, concurrency: args.concurrency, adaptive },
    );
    const seconds = (performance.now() - t0) / 1000;
    const stats = fake.stats();
    return { seconds, perSecond: args.n / seconds, extraCopies: stats.accepted - stats.distinct, result };
  } finally {
    sender.destroy();
    sns.destroy();
    await fake.stop();
  }
}

const fmt = (x: number, digits = 0): string => x.toLocaleString('en-US', { maximumFractionDigits: digits });

function describe(label: string, l: Line): string {
  const r = l.result;
  const c = r.concurrency;
  return (
    `${label.padEnd(30)} ${fmt(l.seconds, 2)} s, ${fmt(l.perSecond)} msg/s; extra copies ${l.extraCopies}, ` +
    `in doubt ${r.unknown}, failed ${r.failed}, unanswered calls ${r.unanswered}, calls ${r.calls}; ` +
    `in flight ${c.lowest}/${c.highest}/${c.final} (lowest/highest/final), peak ${c.peakInFlight}`
  );
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  console.log(
    `N=${fmt(args.n)}, ${args.concurrency} calls at most, latency ${args.latency} ms, ` +
      `client timeout ${args.timeout} ms; saturated: ${args.capacity} calls served at once, the rest queue`,
  );
  const healthyFixed = await once(args, false, false);
  console.log(describe('healthy, fixed', healthyFixed));
  const healthyAdaptive = await once(args, false, true);
  console.log(describe('healthy, adaptive', healthyAdaptive));
  const saturatedFixed = await once(args, true, false);
  console.log(describe('saturated, fixed', saturatedFixed));
  const saturatedAdaptive = await once(args, true, true);
  console.log(describe('saturated, adaptive', saturatedAdaptive));
  const ratio = (a: Line, b: Line) => fmt(a.perSecond / b.perSecond, 2);
  console.log(
    `adaptive/fixed throughput: healthy ${ratio(healthyAdaptive, healthyFixed)}x, ` +
      `saturated ${ratio(saturatedAdaptive, saturatedFixed)}x; extra copies saturated: ` +
      `${saturatedAdaptive.extraCopies} vs ${saturatedFixed.extraCopies} of ${fmt(args.n)}`,
  );
}

await main();
