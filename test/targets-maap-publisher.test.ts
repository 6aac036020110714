/** Publishing against moto (real SNS -> SQS, non-raw delivery) and the run ledger on disk. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ReceiveMessageCommand } from '@aws-sdk/client-sqs';
import { startMoto, type MotoServer } from './support/moto.js';
import { createPipeline } from './support/pipeline.js';
import { createAwsClients, type AwsClients } from '../src/clients/aws.js';
import { CancelledError } from '../src/cancel.js';
import { ConfigurationError } from '../src/errors.js';
import { RecordingLogger } from '../src/logging.js';
import { documentEntry, itemRequestEntry } from '../src/targets/maap/entry.js';
import { RunLedger } from '../src/targets/maap/ledger.js';
import { publishDocuments } from '../src/targets/maap/publisher.js';
import { publishToTopics } from '../src/targets/maap/topics.js';

let moto: MotoServer;
let aws: AwsClients;
let dir: string;
beforeAll(async () => {
  moto = await startMoto();
  aws = createAwsClients({ endpoint: moto.endpoint, region: moto.region, credentials: moto.credentials });
  dir = await mkdtemp(join(tmpdir(), 'stac-ingest-publish-'));
});
afterAll(async () => {
  aws?.destroy();
  await moto?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function receiveAll(url: string): Promise<Array<Record<string, string>>> {
  const out: Array<Record<string, string>> = [];
  for (;;) {
    const r = await aws.sqs.send(
      new ReceiveMessageCommand({ QueueUrl: url, MaxNumberOfMessages: 10, VisibilityTimeout: 60, WaitTimeSeconds: 0 }),
    );
    if (!r.Messages?.length) return out;
    for (const m of r.Messages) out.push(JSON.parse(m.Body ?? '{}') as Record<string, string>);
  }
}

const collection = {
  type: 'Collection',
  id: 'demo',
  stac_version: '1.1.0',
  description: 'd',
  license: 'CC-BY-4.0',
  links: [],
  extent: { spatial: { bbox: [[-180, -90, 180, 90]] }, temporal: { interval: [[null, null]] } },
};
const item = (id: string) => ({
  type: 'Feature',
  stac_version: '1.1.0',
  id,
  collection: 'demo',
  geometry: null,
  properties: { datetime: '2024-01-01T00:00:00Z' },
  links: [],
  assets: {},
});

describe('publishing to the MAAP topics against moto', () => {
  it(
    'publishes the collection, then its items, ' + 'each received back in an SNS envelope, and writes the ledger',
    async () => {
      const loader = await createPipeline(aws.sns, aws.sqs, 'loader-a', 2);
      const docs = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((n) => ({
        doc: item(`i${n}`),
        origin: { file: 'items.ndjson', line: n, entry: 'sources[0] (demo)' },
      }));
      const logger = new RecordingLogger();
      const first = await publishToTopics(
        {
          loaderTopicArn: loader.topicArn,
          loader: [documentEntry(collection, { file: 'collection.json', entry: 'collections[0] (demo)' })],
          ledgerDir: dir,
        },
        { sns: aws.sns, logger },
      );
      const r = await publishToTopics(
        {
          ledger: first.ledger,
          loaderTopicArn: loader.topicArn,
          loader: docs.map((d) => documentEntry(d.doc, d.origin)),
          ledgerDir: dir,
        },
        { sns: aws.sns, logger },
        { concurrency: 3 },
      );
      expect(first).toMatchObject({ ok: true, published: 1 });
      expect(r).toMatchObject({ ok: true, published: 12, failed: 0, rejected: 0 });
      const received = await receiveAll(loader.queueUrl);
      expect(received).toHaveLength(13);
      for (const env of received) {
        expect(env.Type).toBe('Notification');
        expect(env.TopicArn).toBe(loader.topicArn);
        expect(typeof env.Timestamp).toBe('string');
        const rec = r.ledger.byMessageId(env.MessageId ?? '');
        expect(rec).toBeDefined();
        const doc = JSON.parse(env.Message ?? '') as { id: string; type: string };
        expect(rec?.key).toBe(doc.type === 'Collection' ? 'collection:demo' : `item:demo/${doc.id}`);
        // the exact JSON we sent
        expect(env.Message).toBe(JSON.stringify(doc.type === 'Collection' ? collection : item(doc.id)));
      }
      // the ledger on disk reads back the same
      expect(r.ledgerPath).toBe(join(dir, `ledger-${r.runId}.jsonl`));
      const back = await RunLedger.read(r.ledgerPath ?? '');
      expect(back.counts()).toEqual({ published: 13, failed: 0 });
      expect(back.get('item:demo/i7', loader.topicArn)).toMatchObject({
        origin: { file: 'items.ndjson', line: 7 },
        status: 'published',
        attempts: 1,
      });
      expect(back.get('collection:demo')?.messageId).toBe(r.ledger.get('collection:demo')?.messageId);
    },
  );

  it("inside the run's stage group, publishing opens no group of its own (Actions has one level)", async () => {
    const loader = await createPipeline(aws.sns, aws.sqs, 'loader-groups', 1);
    const logger = new RecordingLogger();
    const input = {
      loaderTopicArn: loader.topicArn,
      loader: [
        documentEntry(collection, { file: 'collection.json' }),
        documentEntry(item('g1'), { file: 'items.ndjson', line: 1 }),
      ],
      ledgerDir: null,
    };
    const r = await logger.group('publish', () => publishToTopics(input, { sns: aws.sns, logger }));
    expect(r).toMatchObject({ ok: true, published: 2 });
    const opened = logger.records.filter((x) => x.level === 'group' || x.level === 'endgroup');
    expect(opened.map((x) => `${x.level} ${x.message}`)).toEqual(['group publish', 'endgroup publish']);
    expect(logger.records.filter((x) => x.message.startsWith('-- '))).toEqual([]);
  });

  it('sends ItemRequests with exactly the five fields to the generator topic', async () => {
    const gen = await createPipeline(aws.sns, aws.sqs, 'gen-a', 5);
    const request = {
      package_name: 'stactools-demo==0.1.0',
      group_name: 'demo',
      create_item_args: ['https://example.com/a.tif'],
      create_item_options: { 'asset-key': 'data' },
      collection_id: 'demo',
    };
    const entries = [itemRequestEntry(request, 'remote-src', 1, { file: 'rows.csv', line: 2 })];
    const r = await publishToTopics(
      { generatorTopicArn: gen.topicArn, generator: entries, ledgerDir: null },
      { sns: aws.sns, logger: new RecordingLogger() },
    );
    expect(r.ok).toBe(true);
    expect(r.ledgerPath).toBeUndefined();
    const [env] = await receiveAll(gen.queueUrl);
    const msg = JSON.parse(env?.Message ?? '{}') as Record<string, unknown>;
    expect(Object.keys(msg)).toEqual([
      'package_name',
      'group_name',
      'create_item_args',
      'create_item_options',
      'collection_id',
    ]);
    expect(msg).toEqual({
      package_name: 'stactools-demo==0.1.0',
      group_name: 'demo',
      create_item_args: ['https://example.com/a.tif'],
      create_item_options: { 'asset-key': 'data' },
      collection_id: 'demo',
    });
    expect(r.ledger.get('request:remote-src#1')?.messageId).toBe(env?.MessageId);
  });

  it('a topic that does not exist: ConfigurationError naming the ARN, and the ledger still written', async () => {
    const missing = `arn:aws:sns:${moto.region}:123456789012:no-such-topic`;
    const ledger = new RunLedger('missing-topic');
    const err = await publishToTopics(
      {
        ledger,
        loaderTopicArn: missing,
        loader: [documentEntry(collection, { file: 'c.json' })],
        ledgerDir: dir,
        targetLocation: { file: 'stac-ingest.yaml', pointer: '/targets/maap/loader_topic_arn' },
      },
      { sns: aws.sns, logger: new RecordingLogger() },
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigurationError);
    expect((err as ConfigurationError).message).toContain(missing);
    expect((err as ConfigurationError).location).toEqual({
      file: 'stac-ingest.yaml',
      pointer: '/targets/maap/loader_topic_arn',
    });
    const onDisk = await RunLedger.read(join(dir, 'ledger-missing-topic.jsonl'));
    expect(onDisk.records()).toEqual([expect.objectContaining({ key: 'collection:demo', status: 'failed' })]);
    expect(onDisk.interrupted).toBe(false);
  });

  it('needs a generator topic for remote sources', async () => {
    const entry = itemRequestEntry(
      { package_name: 'p', group_name: 'g', create_item_args: [], create_item_options: {}, collection_id: null },
      's',
      1,
      { file: 'm.yaml' },
    );
    await expect(
      publishToTopics({ generator: [entry], ledgerDir: null }, { sns: aws.sns, logger: new RecordingLogger() }),
    ).rejects.toThrow(/no StactoolsItemGenerator topic/);
  });

  it('publishDocuments streams an async generator of 200 messages to moto', async () => {
    const loader = await createPipeline(aws.sns, aws.sqs, 'loader-b', 2);
    async function* gen() {
      for (let i = 0; i < 200; i++) yield documentEntry(item(`s${i}`), { file: 'big.ndjson', line: i + 1 });
    }
    const ledger = new RunLedger('stream');
    const r = await publishDocuments(
      gen(),
      { sns: aws.sns, logger: new RecordingLogger(), ledger },
      { topicArn: loader.topicArn },
    );
    expect(r.published).toBe(200);
    expect(r.calls).toBe(20);
    expect(new Set(ledger.records().map((x) => x.messageId)).size).toBe(200);
  });
});

describe('publishing cancelled (SIGINT/SIGTERM) mid-topic (issue 9)', () => {
  it('starts no PublishBatch call once the run is cancelled; the calls in flight finish and are recorded', async () => {
    const loader = await createPipeline(aws.sns, aws.sqs, 'loader-cancel', 2);
    async function* gen() {
      for (let i = 0; i < 200; i++) yield documentEntry(item(`c${i}`), { file: 'big.ndjson', line: i + 1 });
    }
    const controller = new AbortController();
    const ledger = new RunLedger('cancel');
    // the run is cancelled once 30 messages (3 calls) were accepted
    const sink = {
      record: (r: Parameters<RunLedger['record']>[0]) => {
        ledger.record(r);
        if (ledger.records().length === 30) controller.abort(new CancelledError('SIGTERM'));
      },
    };
    const published = publishDocuments(
      gen(),
      { sns: aws.sns, logger: new RecordingLogger(), ledger: sink, signal: controller.signal },
      { topicArn: loader.topicArn, concurrency: 2, adaptive: false },
    );
    await expect(published).rejects.toBeInstanceOf(CancelledError);
    // at most the 2 calls in flight when it was cancelled went on: 3 + 2 calls, never the 20 of the whole source
    const accepted = ledger.records().filter((r) => r.status === 'published' && r.messageId !== undefined);
    expect(accepted.length).toBeGreaterThanOrEqual(30);
    expect(accepted.length).toBeLessThanOrEqual(50);
    expect(ledger.records()).toHaveLength(accepted.length);
    // everything SNS accepted reached the queue, and is in the ledger
    const delivered = await receiveAll(loader.queueUrl);
    expect(delivered).toHaveLength(accepted.length);
  });
});

describe('RunLedger files', () => {
  it('a corrupt ledger file is a located ConfigurationError', async () => {
    const f = join(dir, 'ledger-bad.jsonl');
    const header = { ledger: 'stac-ingest', version: 2, runId: 'x', createdAt: 'now' };
    const bad = { record: { key: 'k', topicArn: 't', status: 'maybe', attempts: 1, origin: { file: 'a' } } };
    await writeFile(f, [header, bad, { closed: 'now' }].map((l) => JSON.stringify(l)).join('\n') + '\n');
    const err = await RunLedger.read(f).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigurationError);
    expect((err as ConfigurationError).location).toMatchObject({ file: f, line: 2 });
  });
  it('keeps earlier MessageIds findable after a re-publish, also read back from its file', async () => {
    const l = new RunLedger('r');
    await l.journalTo(dir);
    l.record({
      key: 'item:c/a',
      origin: { file: 'f' },
      topicArn: 't',
      messageId: 'm1',
      status: 'published',
      attempts: 1,
    });
    l.record({
      key: 'item:c/a',
      origin: { file: 'f' },
      topicArn: 't',
      messageId: 'm2',
      status: 'published',
      attempts: 1,
      redrives: 1,
    });
    expect(l.byMessageId('m1')?.messageId).toBe('m2');
    expect(l.get('item:c/a', 't')).toMatchObject({ previousMessageIds: ['m1'], redrives: 1 });
    await l.close();
    const back = await RunLedger.read(join(dir, 'ledger-r.jsonl'));
    expect(back.byMessageId('m1')?.key).toBe('item:c/a');
    expect(back.size).toBe(1);
  });
});
