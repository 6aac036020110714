/**
 * Publisher under faults. The faults come from our fake SNS endpoint (bench/publish/fake-sns.ts)
 * in fault mode: a real HTTP server speaking the SNS Query protocol on 127.0.0.1, reached by
 * the real @aws-sdk/client-sns. moto cannot be made to throttle or fail single batch entries.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { SNSClient } from '@aws-sdk/client-sns';
import { startFakeSns, type FakeSns, type FakeSnsCall, type FaultDecision } from '../bench/publish/fake-sns.js';
import { createSnsClient } from '../src/clients/aws.js';
import { directPublishBatchSender } from '../src/clients/sns-publish-batch.js';
import { ConfigurationError } from '../src/errors.js';
import { RecordingLogger } from '../src/logging.js';
import type { PublishEntry } from '../src/targets/maap/entry.js';
import { MAX_SNS_PAYLOAD_BYTES } from '../src/targets/maap/envelope-size.js';
import { RunLedger } from '../src/targets/maap/ledger.js';
import { publishDocuments } from '../src/targets/maap/publisher.js';

const TOPIC = 'arn:aws:sns:us-west-2:123456789012:loader';
const fakeTime = () => {
  let t = 0;
  const sleeps: number[] = [];
  return {
    now: () => t,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      t += ms;
    },
    sleeps,
  };
};

function item(id: string, extra: Record<string, unknown> = {}): PublishEntry {
  return {
    key: `item:c/${id}`,
    origin: { file: 'items.ndjson', line: Number(id.replace(/\D/g, '')) || 1, entry: 'sources[0] (demo)' },
    message: JSON.stringify({ type: 'Feature', id, collection: 'c', ...extra }),
  };
}
function* many(n: number, prefix = 'i'): Generator<PublishEntry> {
  for (let i = 0; i < n; i++) yield item(`${prefix}${i}`);
}

let fake: FakeSns | undefined;
let sns: SNSClient | undefined;
async function withFake(faults?: (c: FakeSnsCall) => FaultDecision, latencyMs = 0, topics?: string[]) {
  fake = await startFakeSns({ latencyMs, ...(faults ? { faults } : {}), ...(topics ? { topics } : {}) });
  sns = createSnsClient({
    endpoint: fake.endpoint,
    region: 'us-west-2',
    credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'secret-not-printed' },
  });
  return { fake, sns };
}
afterEach(async () => {
  sns?.destroy();
  await fake?.stop();
  fake = undefined;
  sns = undefined;
});

describe('publishDocuments against a fault-injecting SNS endpoint', () => {
  it('sends batches of at most 10 and 256 KiB, every message exactly once', async () => {
    const { fake, sns } = await withFake();
    const big = 'x'.repeat(100_000);
    const entries = [...many(23), item('big1', { pad: big }), item('big2', { pad: big }), item('big3', { pad: big })];
    const ledger = new RunLedger('run1');
    const r = await publishDocuments(
      entries,
      { sns, logger: new RecordingLogger(), ledger },
      { topicArn: TOPIC, concurrency: 4 },
    );
    expect(r).toMatchObject({ published: 26, failed: 0, rejected: 0 });
    const stats = fake.stats();
    expect(stats.maxEntries).toBe(10);
    expect(stats.maxPayloadBytes).toBeLessThanOrEqual(MAX_SNS_PAYLOAD_BYTES);
    expect(stats.duplicated).toBe(0);
    for (const e of entries) expect(fake.count(JSON.parse(e.message).id)).toBe(1);
    expect(ledger.counts()).toEqual({ published: 26, failed: 0 });
    const rec = ledger.get('item:c/i7', TOPIC);
    expect(rec?.messageId).toMatch(/^[0-9a-f-]{36}$/);
    expect(rec?.origin).toEqual({ file: 'items.ndjson', line: 7, entry: 'sources[0] (demo)' });
  });

  it(
    'retries only the entries a batch reports as Failed with SenderFault=false, ' +
      'and records SenderFault=true as failed',
    async () => {
      const seen = new Map<string, number>();
      const { fake, sns } = await withFake((call) => {
        const failed = new Map<number, { code: string; message: string; senderFault: boolean }>();
        call.entries.forEach((e, i) => {
          const id = JSON.parse(e.message).id as string;
          const n = (seen.get(id) ?? 0) + 1;
          seen.set(id, n);
          if (id === 'i3' && n <= 2) failed.set(i, { code: 'InternalError', message: 'try again', senderFault: false });
          if (id === 'i5') failed.set(i, { code: 'InvalidParameter', message: 'Message too long', senderFault: true });
        });
        return failed.size > 0 ? { kind: 'partial', failed } : { kind: 'ok' };
      });
      const time = fakeTime();
      const ledger = new RunLedger('run2');
      const logger = new RecordingLogger();
      const r = await publishDocuments(
        many(12),
        { sns, logger, ledger, sleep: time.sleep, now: time.now },
        { topicArn: TOPIC, concurrency: 1 },
      );
      expect(r.published).toBe(11);
      expect(r.failed).toBe(1);
      expect(r.entryRetries).toBe(2);
      expect(seen.get('i3')).toBe(3);
      expect(seen.get('i5')).toBe(1); // never resent
      expect(seen.get('i4')).toBe(1); // its batch-mates were not resent
      for (let i = 0; i < 12; i++) if (i !== 5) expect(fake.count(`i${i}`)).toBe(1);
      expect(ledger.get('item:c/i5', TOPIC)).toMatchObject({
        status: 'failed',
        error: { code: 'InvalidParameter', senderFault: true },
        attempts: 1,
      });
      expect(ledger.get('item:c/i3', TOPIC)).toMatchObject({ status: 'published', attempts: 3 });
      expect(time.sleeps.length).toBe(2);
      const err = logger.records.find((x) => x.level === 'error');
      expect(err?.message).toContain('item:c/i5');
      expect(err?.location).toMatchObject({ file: 'items.ndjson', line: 5 });
    },
  );

  it('backs off on throttling and 5xx of the whole call, then succeeds without duplicates', async () => {
    const { fake, sns } = await withFake((call) =>
      call.call <= 2
        ? { kind: 'error', status: 400, code: 'Throttling', message: 'Rate exceeded' }
        : call.call === 3
          ? { kind: 'error', status: 503, code: 'ServiceUnavailable', message: 'down' }
          : { kind: 'ok' },
    );
    const time = fakeTime();
    const r = await publishDocuments(
      many(10),
      { sns, logger: new RecordingLogger(), sleep: time.sleep, now: time.now, random: () => 1 },
      { topicArn: TOPIC, concurrency: 1, backoff: { baseMs: 100 } },
    );
    expect(r).toMatchObject({ published: 10, failed: 0, throttledOrServerErrors: 3, calls: 4 });
    expect(time.sleeps).toEqual([100, 200, 400]);
    expect(fake.stats().duplicated).toBe(0);
  });

  it('gives up after maxAttempts and records every entry of the batch as failed', async () => {
    const { sns } = await withFake(() => ({
      kind: 'error',
      status: 400,
      code: 'Throttling',
      message: 'Rate exceeded',
    }));
    const time = fakeTime();
    const ledger = new RunLedger('run3');
    const r = await publishDocuments(
      many(15),
      { sns, logger: new RecordingLogger(), ledger, sleep: time.sleep, now: time.now },
      { topicArn: TOPIC, maxAttempts: 3, concurrency: 2 },
    );
    expect(r).toMatchObject({ published: 0, failed: 15, calls: 6 });
    expect(ledger.counts()).toEqual({ published: 0, failed: 15 });
    expect(ledger.get('item:c/i0', TOPIC)).toMatchObject({
      status: 'failed',
      attempts: 3,
      error: { code: 'Throttling' },
    });
  });

  it('rejects a message over 256 KiB before sending, naming the entry', async () => {
    const { fake, sns } = await withFake();
    const logger = new RecordingLogger();
    const ledger = new RunLedger('run4');
    const r = await publishDocuments(
      [item('i1'), item('i2', { pad: 'y'.repeat(MAX_SNS_PAYLOAD_BYTES) }), item('i3')],
      { sns, logger, ledger },
      { topicArn: TOPIC },
    );
    expect(r).toMatchObject({ published: 2, rejected: 1, failed: 0 });
    expect(fake.count('i2')).toBe(0);
    expect(r.failures[0]).toMatchObject({ key: 'item:c/i2', code: 'MessageTooLarge' });
    expect(r.failures[0]?.message).toContain('262144');
    expect(ledger.get('item:c/i2', TOPIC)?.status).toBe('failed');
    expect(logger.records.some((x) => x.level === 'error' && x.location?.line === 2)).toBe(true);
  });

  it('a topic that does not exist stops the publish with a ConfigurationError naming the ARN', async () => {
    const { sns } = await withFake(undefined, 0, ['arn:aws:sns:us-west-2:123456789012:other']);
    const ledger = new RunLedger('run5');
    const err = await publishDocuments(
      many(30),
      { sns, logger: new RecordingLogger(), ledger },
      { topicArn: TOPIC, concurrency: 1 },
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigurationError);
    expect((err as Error).message).toContain(TOPIC);
    expect((err as Error).message).toContain('does not exist');
    expect(ledger.counts().published).toBe(0);
    expect(ledger.counts().failed).toBe(10); // the in-flight batch; the rest were never pulled
  });

  it('keeps at most `concurrency` calls in flight and pulls lazily from a generator', async () => {
    const { fake, sns } = await withFake(undefined, 15);
    let pulled = 0;
    let maxAhead = 0;
    let done = 0;
    const ledger = {
      record: () => {
        done++;
      },
    };
    function* gen() {
      for (let i = 0; i < 400; i++) {
        pulled++;
        maxAhead = Math.max(maxAhead, pulled - done);
        yield item(`g${i}`);
      }
    }
    const r = await publishDocuments(
      gen(),
      { sns, logger: new RecordingLogger(), ledger },
      { topicArn: TOPIC, concurrency: 4 },
    );
    expect(r.published).toBe(400);
    expect(fake.stats().peakConcurrentCalls).toBe(4);
    // 4 batches in flight + one being filled
    expect(maxAhead).toBeLessThanOrEqual(4 * 10 + 11);
  });

  it('maxMessagesPerSecond caps the rate', async () => {
    const { sns } = await withFake();
    const time = fakeTime();
    const r = await publishDocuments(
      many(100),
      { sns, logger: new RecordingLogger(), sleep: time.sleep, now: time.now },
      { topicArn: TOPIC, maxMessagesPerSecond: 20 },
    );
    expect(r.published).toBe(100);
    // 20 burst, then 80 more at 20/s
    expect(time.now()).toBeGreaterThanOrEqual(4000);
  });
});

describe('calls that get no answer in time (issue 11, defect 6)', () => {
  // SNS accepts every message of a late call (the fake counts it at once) but answers after the client gave up
  const late = { kind: 'late', delayMs: 400 } as const;
  const idOf = (key: string) => key.slice('item:c/'.length);

  async function publishLate(
    faults: (c: FakeSnsCall) => FaultDecision,
    landed?: (fake: FakeSns, keys: string[]) => Set<string>,
  ) {
    const { fake, sns } = await withFake(faults, 0);
    const sender = directPublishBatchSender(sns, { timeoutMs: 150 });
    const time = fakeTime();
    const ledger = new RunLedger('late');
    try {
      const result = await publishDocuments(
        many(25),
        {
          sns,
          sender,
          logger: new RecordingLogger(),
          ledger,
          sleep: time.sleep,
          now: time.now,
          ...(landed ? { landed: async (keys: string[]) => landed(fake, keys) } : {}),
        },
        { topicArn: TOPIC, concurrency: 4 },
      );
      return { fake, ledger, result };
    } finally {
      sender.destroy();
    }
  }

  it('an unanswered call is unknown, not failed: sent once more at most, never reported "not published"', async () => {
    const { fake, ledger, result } = await publishLate(() => late);
    // before: 6 attempts, 6 copies of every message accepted, and all 25 recorded as failed
    for (let i = 0; i < 25; i++) expect(fake.count(`i${i}`)).toBeLessThanOrEqual(2);
    expect(fake.stats().accepted).toBe(50);
    expect(result).toMatchObject({ published: 0, failed: 0, unknown: 25, unanswered: 6, failures: [] });
    expect(ledger.get('item:c/i3', TOPIC)).toMatchObject({ status: 'unknown', error: { code: 'TimeoutError' } });
    expect(ledger.counts()).toEqual({ published: 0, failed: 0, unknown: 25 });
    expect(ledger.inDoubt().sort()).toEqual([...many(25)].map((e) => e.key).sort());
  });

  it('entries the catalog holds after an unanswered call are not sent again', async () => {
    // a stand-in for the catalog: what the endpoint accepted (test/e2e-twin-publish.test.ts asks the real STAC API)
    const held = (fake: FakeSns, keys: string[]) => new Set(keys.filter((k) => fake.count(idOf(k)) > 0));
    const out = await publishLate(() => late, held);
    for (let i = 0; i < 25; i++) expect(out.fake.count(`i${i}`)).toBe(1);
    expect(out.result).toMatchObject({ published: 25, reconciled: 25, unknown: 0, failed: 0, unanswered: 3 });
    expect(out.ledger.get('item:c/i0', TOPIC)).toMatchObject({ status: 'published' });
    expect(out.ledger.inDoubt()).toEqual([]);
  });

  it('an entry answered after an unanswered call is published, with at most one extra copy', async () => {
    const { fake, ledger, result } = await publishLate((c) => (c.call <= 3 ? late : { kind: 'ok' }));
    for (let i = 0; i < 25; i++) expect(fake.count(`i${i}`)).toBeLessThanOrEqual(2);
    expect(result).toMatchObject({ published: 25, failed: 0, unknown: 0, unanswered: 3 });
    expect(ledger.get('item:c/i24', TOPIC)?.messageId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('a later definitive failure of an entry that may have gone through leaves it unknown, not failed', async () => {
    const refuse = { code: 'InternalError', message: 'no', senderFault: true };
    const { result, ledger } = await publishLate((c) =>
      c.call <= 3 ? late : { kind: 'partial', failed: new Map(c.entries.map((_, i) => [i, refuse])) },
    );
    expect(result).toMatchObject({ published: 0, failed: 0, unknown: 25 });
    expect(ledger.get('item:c/i1', TOPIC)?.status).toBe('unknown');
  });
});

describe('adaptive concurrency', () => {
  it('halves the calls in flight while SNS throttles and grows them again while calls are fast', async () => {
    const { fake, sns } = await withFake(
      (c) =>
        c.call <= 6 ? { kind: 'error', status: 400, code: 'Throttling', message: 'Rate exceeded' } : { kind: 'ok' },
      2,
    );
    const time = fakeTime();
    const r = await publishDocuments(
      many(800),
      { sns, logger: new RecordingLogger(), sleep: time.sleep, now: time.now },
      { topicArn: TOPIC, concurrency: 16 },
    );
    expect(r).toMatchObject({ published: 800, failed: 0 });
    expect(fake.stats().duplicated).toBe(0);
    expect(r.concurrency).toMatchObject({ adaptive: true, configured: 16, highest: 16 });
    expect(r.concurrency.lowest).toBeLessThanOrEqual(8);
    expect(r.concurrency.final).toBeGreaterThan(r.concurrency.lowest);
    expect(r.concurrency.decreases).toBeGreaterThanOrEqual(1);
    expect(r.concurrency.increases).toBeGreaterThanOrEqual(1);
  });

  it('fixed mode keeps the configured concurrency whatever happens', async () => {
    const { sns } = await withFake((c) =>
      c.call <= 6 ? { kind: 'error', status: 400, code: 'Throttling', message: 'Rate exceeded' } : { kind: 'ok' },
    );
    const time = fakeTime();
    const r = await publishDocuments(
      many(100),
      { sns, logger: new RecordingLogger(), sleep: time.sleep, now: time.now },
      { topicArn: TOPIC, concurrency: 16, adaptive: false },
    );
    expect(r.concurrency).toMatchObject({ adaptive: false, configured: 16, lowest: 16, final: 16, decreases: 0 });
  });
});

describe('credentials', () => {
  let saved: NodeJS.ProcessEnv;
  beforeAll(() => {
    saved = { ...process.env };
  });
  afterAll(() => {
    process.env = saved;
  });
  it('missing credentials give a ConfigurationError that says how to configure them', async () => {
    const f = await startFakeSns({ latencyMs: 0 });
    fake = f;
    for (const k of [
      'AWS_ACCESS_KEY_ID',
      'AWS_SECRET_ACCESS_KEY',
      'AWS_SESSION_TOKEN',
      'AWS_PROFILE',
      'AWS_WEB_IDENTITY_TOKEN_FILE',
      'AWS_ROLE_ARN',
      'AWS_CONTAINER_CREDENTIALS_FULL_URI',
      'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI',
    ])
      delete process.env[k];
    process.env.AWS_SHARED_CREDENTIALS_FILE = '/nonexistent/credentials';
    process.env.AWS_CONFIG_FILE = '/nonexistent/config';
    process.env.AWS_EC2_METADATA_DISABLED = 'true';
    const client = createSnsClient({ endpoint: f.endpoint, region: 'us-west-2' });
    sns = client;
    const err = await publishDocuments(
      many(3),
      { sns: client, logger: new RecordingLogger() },
      { topicArn: TOPIC, topicLocation: { file: 'stac-ingest.yaml', pointer: '/targets/maap' } },
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigurationError);
    const ce = err as ConfigurationError;
    expect(ce.message).toContain('no AWS credentials');
    expect(ce.hint).toContain('aws-actions/configure-aws-credentials');
    expect(ce.hint).toContain('AWS_PROFILE');
    expect(ce.location).toEqual({ file: 'stac-ingest.yaml', pointer: '/targets/maap' });
    expect(f.stats().calls).toBe(0);
  });
});
