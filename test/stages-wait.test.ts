/**
 * Waiting for the pipeline and redriving, against moto: real SNS -> SQS (non-raw) -> DLQ after
 * maxReceiveCount receives. A stand-in consumer plays the loader Lambda (accepting or failing
 * messages); it runs inside the injected `sleep`, with a fake clock, so nothing really waits.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SendMessageCommand } from '@aws-sdk/client-sqs';
import { PublishCommand } from '@aws-sdk/client-sns';
import { startMoto, type MotoServer } from './support/moto.js';
import { consumeOnce, createPipeline, queueDepth, sendForeignEnvelope, type MotoPipeline } from './support/pipeline.js';
import { createAwsClients, type AwsClients } from '../src/clients/aws.js';
import { ConfigurationError } from '../src/errors.js';
import { RecordingLogger } from '../src/logging.js';
import type { SQSClient } from '@aws-sdk/client-sqs';
import { documentEntry, itemRequestEntry } from '../src/targets/maap/entry.js';
import { keyOfDocument } from '../src/model/keys.js';
import { publishToTopics } from '../src/targets/maap/topics.js';
import type { RunLedger } from '../src/targets/maap/ledger.js';
import { createPipelineWatch, type PipelineWatchInput } from '../src/targets/maap/pipeline.js';
import type { AwaitedObject } from '../src/targets/target.js';
import { waitStage, type WaitOptions } from '../src/stages/wait.js';
import { redriveDeadLettered } from '../src/stages/redrive-dead-letters.js';
import type { Logger } from '../src/logging.js';

let moto: MotoServer;
let aws: AwsClients;
beforeAll(async () => {
  moto = await startMoto();
  aws = createAwsClients({ endpoint: moto.endpoint, region: moto.region, credentials: moto.credentials });
});
afterAll(async () => {
  aws?.destroy();
  await moto?.stop();
});

const item = (id: string, extra: Record<string, unknown> = {}) => ({
  type: 'Feature',
  stac_version: '1.1.0',
  id,
  collection: 'demo',
  geometry: null,
  properties: { datetime: '2024-01-01T00:00:00Z' },
  links: [],
  assets: {},
  ...extra,
});
const collection = {
  type: 'Collection',
  id: 'demo',
  stac_version: '1.1.0',
  description: 'd',
  license: 'CC-BY-4.0',
  links: [],
  extent: {},
};

/** The "catalog": keys the stand-in loader accepted. */
function standInLoader(pipeline: MotoPipeline, rejects: (doc: Record<string, unknown>) => boolean) {
  const catalog = new Set<string>();
  const tick = async () => {
    while (
      (await consumeOnce(aws.sqs, pipeline.queueUrl, (m) => {
        const doc = JSON.parse(m) as Record<string, unknown>;
        if (rejects(doc)) return false;
        const key = keyOfDocument(doc);
        if (key !== undefined) catalog.add(key);
        return true;
      })) > 0
    );
  };
  return { catalog, tick, checkLanded: async (keys: string[]) => new Set(keys.filter((k) => catalog.has(k))) };
}

/** The wait stage over the MAAP pipeline's watch, as the run's delivery composes them. */
async function waitForPipeline(
  input: { ledger: RunLedger; expected: AwaitedObject[]; queues: PipelineWatchInput['queues'] },
  checkLanded: (keys: string[]) => Promise<Set<string>>,
  deps: { sqs: SQSClient; logger: Logger; sleep: (ms: number) => Promise<void>; now?: () => number },
  options: WaitOptions & { peekWaitSeconds?: number },
) {
  const { peekWaitSeconds, ...waitOptions } = options;
  const watch = createPipelineWatch(
    { ledger: input.ledger, awaited: input.expected, queues: input.queues },
    { sqs: deps.sqs, sleep: deps.sleep },
    peekWaitSeconds !== undefined ? { peekWaitSeconds } : {},
  );
  const r = await waitStage({ awaited: input.expected, watch, landed: checkLanded }, deps, waitOptions);
  return {
    ...r,
    deadLettered: watch.deadLetters(),
    foreignDeadLetters: watch.foreignDeadLetters(),
    queues: watch.queues(),
  };
}

function fakeTime(onSleep: () => Promise<void>) {
  let t = Date.now();
  const sleeps: number[] = [];
  return {
    now: () => t,
    sleeps,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      t += ms;
      await onSleep();
    },
  };
}

describe('waiting for the MAAP pipeline, and redriveDeadLettered', () => {
  it(
    'accounts for landed and dead-lettered objects, ignores other publishers in the DLQ, ' + 'and redrives only ours',
    async () => {
      const loader = await createPipeline(aws.sns, aws.sqs, 'loader-w', 2);
      // other publishers' dead letters, already there: one with the same item id as ours, one not JSON
      await sendForeignEnvelope(aws.sqs, loader.dlqUrl, JSON.stringify(item('i1')));
      await sendForeignEnvelope(aws.sqs, loader.dlqUrl, JSON.stringify(item('x9')));
      await aws.sqs.send(new SendMessageCommand({ QueueUrl: loader.dlqUrl, MessageBody: 'not an envelope' }));

      const docs = [collection, item('i1'), item('i2'), item('bad', { properties: { datetime: 'yesterday' } })];
      const origins = docs.map((_, i) => ({
        file: i === 0 ? 'collection.json' : 'items.ndjson',
        line: i,
        entry: i === 0 ? 'collections[0] (demo)' : 'sources[0] (demo)',
      }));
      const pub = await publishToTopics(
        {
          loaderTopicArn: loader.topicArn,
          loader: docs.map((d, i) => documentEntry(d, origins[i]!)),
          ledgerDir: null,
        },
        { sns: aws.sns, logger: new RecordingLogger() },
      );
      expect(pub.ok).toBe(true);

      let fixed = false;
      const stand = standInLoader(
        loader,
        (doc) => !fixed && (doc.properties as { datetime?: string } | undefined)?.datetime === 'yesterday',
      );
      const time = fakeTime(stand.tick);
      const expected: AwaitedObject[] = ['collection:demo', 'item:demo/i1', 'item:demo/i2', 'item:demo/bad'].map(
        (key) => ({ key }),
      );
      const logger = new RecordingLogger();
      const waited = await waitForPipeline(
        {
          ledger: pub.ledger,
          expected,
          queues: { loader: { queueUrl: loader.queueUrl, dlqUrl: loader.dlqUrl } },
        },
        stand.checkLanded,
        { sqs: aws.sqs, logger, sleep: time.sleep, now: time.now },
        { timeoutMs: 600_000, pollIntervalMs: 1000, peekWaitSeconds: 0 },
      );
      expect(waited.state).toBe('settled');
      expect(waited.landed.sort()).toEqual(['collection:demo', 'item:demo/i1', 'item:demo/i2']);
      expect(waited.pending).toEqual([]);
      expect(waited.deadLettered).toHaveLength(1);
      const dl = waited.deadLettered[0]!;
      expect(dl).toMatchObject({
        key: 'item:demo/bad',
        queue: 'loader',
        matchedBy: 'message-id',
        snsMessageId: pub.ledger.get('item:demo/bad')?.messageId,
        origin: origins[3],
      });
      expect(dl.reason).toContain('rejected by the StacLoader after 2 receives');
      expect(waited.foreignDeadLetters).toBe(3);
      expect(waited.queues.find((q) => q.role === 'dlq')).toBeDefined();
      // peeked, never deleted
      expect(await queueDepth(aws.sqs, loader.dlqUrl)).toBe(4);
      // polls are spaced with backoff, never beyond the deadline
      expect(time.sleeps[0]).toBe(1000);

      // the fix is in: redrive only ours
      fixed = true;
      const oldId = pub.ledger.get('item:demo/bad')?.messageId;
      const redriven = await redriveDeadLettered(
        { ledger: pub.ledger, queues: { loader: { dlqUrl: loader.dlqUrl, topicArn: loader.topicArn } } },
        { sns: aws.sns, sqs: aws.sqs, logger: new RecordingLogger(), sleep: time.sleep, now: time.now },
        { waitTimeSeconds: 0 },
      );
      expect(redriven.redriven).toEqual([
        expect.objectContaining({ key: 'item:demo/bad', oldMessageId: oldId, deleted: 1 }),
      ]);
      expect(redriven.ignored).toBe(3);
      expect(redriven.failed).toEqual([]);
      const rec = pub.ledger.get('item:demo/bad');
      expect(rec?.messageId).toBe(redriven.redriven[0]?.newMessageId);
      expect(rec?.messageId).not.toBe(oldId);
      expect(rec).toMatchObject({ previousMessageIds: [oldId], redrives: 1, status: 'published' });
      // the foreign messages are still there (and were released at once)
      expect(await queueDepth(aws.sqs, loader.dlqUrl)).toBe(3);

      // and wait again: now it lands
      const again = await waitForPipeline(
        {
          ledger: pub.ledger,
          expected,
          queues: { loader: { queueUrl: loader.queueUrl, dlqUrl: loader.dlqUrl } },
        },
        stand.checkLanded,
        { sqs: aws.sqs, logger: new RecordingLogger(), sleep: time.sleep, now: time.now },
        { timeoutMs: 600_000, pollIntervalMs: 1000, peekWaitSeconds: 0 },
      );
      expect(again.state).toBe('complete');
      expect(again.landed).toHaveLength(4);
      expect(again.foreignDeadLetters).toBe(3);
    },
  );

  it('times out when an expected object never shows up, never sleeping past the deadline', async () => {
    const loader = await createPipeline(aws.sns, aws.sqs, 'loader-t', 2);
    const pub = await publishToTopics(
      { loaderTopicArn: loader.topicArn, loader: [documentEntry(item('slow'), { file: 'a.json' })], ledgerDir: null },
      { sns: aws.sns, logger: new RecordingLogger() },
    );
    const time = fakeTime(async () => undefined); // no consumer: the message stays queued
    const started = time.now();
    const r = await waitForPipeline(
      {
        ledger: pub.ledger,
        expected: [{ key: 'item:demo/slow' }],
        queues: { loader: { queueUrl: loader.queueUrl, dlqUrl: loader.dlqUrl } },
      },
      async () => new Set(),
      { sqs: aws.sqs, logger: new RecordingLogger(), sleep: time.sleep, now: time.now },
      { timeoutMs: 60_000, pollIntervalMs: 5000, maxPollIntervalMs: 20_000 },
    );
    expect(r.state).toBe('timeout');
    expect(r.pending).toEqual(['item:demo/slow']);
    expect(time.now() - started).toBe(60_000);
    expect(Math.max(...time.sleeps)).toBeLessThanOrEqual(20_000);
    expect(r.queues.find((q) => q.role === 'queue')).toMatchObject({ visible: 1, inFlight: 0 });
  });

  it(
    'remote generation: a dead-lettered ItemRequest accounts for its item; ' +
      'a generated item in the loader DLQ is matched by id',
    async () => {
      const gen = await createPipeline(aws.sns, aws.sqs, 'gen-r', 5);
      const loader = await createPipeline(aws.sns, aws.sqs, 'loader-r', 2);
      const base = {
        package_name: 'stactools-demo',
        group_name: 'demo',
        create_item_options: {},
        collection_id: 'demo',
      };
      const entries = [
        itemRequestEntry({ ...base, create_item_args: ['broken'] }, 'remote', 1, { file: 'rows.csv', line: 2 }),
        itemRequestEntry({ ...base, create_item_args: ['fine'] }, 'remote', 2, { file: 'rows.csv', line: 3 }),
      ];
      const expected: AwaitedObject[] = [
        { key: 'item:demo/r1', origin: { file: 'rows.csv', line: 2 }, requestKey: 'request:remote#1' },
        { key: 'item:demo/r2', origin: { file: 'rows.csv', line: 3 }, requestKey: 'request:remote#2' },
      ];
      const pub = await publishToTopics(
        { generatorTopicArn: gen.topicArn, generator: entries, ledgerDir: null },
        { sns: aws.sns, logger: new RecordingLogger() },
      );
      expect(pub.ok).toBe(true);
      // stand-in generator: 'broken' fails (-> generator DLQ after 5), 'fine' publishes item r2 to the loader topic,
      // which the stand-in loader then rejects (-> loader DLQ after 2)
      const tick = async () => {
        while (
          (await consumeOnce(aws.sqs, gen.queueUrl, (m) => {
            const req = JSON.parse(m) as { create_item_args: string[] };
            if (req.create_item_args[0] === 'broken') return false;
            void aws.sns.send(
              new PublishCommand({
                TopicArn: loader.topicArn,
                Message: JSON.stringify(item('r2', { properties: { datetime: 'bad' } })),
              }),
            );
            return true;
          })) > 0
        );
        while ((await consumeOnce(aws.sqs, loader.queueUrl, () => false)) > 0);
      };
      const time = fakeTime(tick);
      const r = await waitForPipeline(
        {
          ledger: pub.ledger,
          expected,
          queues: {
            generator: { queueUrl: gen.queueUrl, dlqUrl: gen.dlqUrl },
            loader: { queueUrl: loader.queueUrl, dlqUrl: loader.dlqUrl },
          },
        },
        async () => new Set(),
        { sqs: aws.sqs, logger: new RecordingLogger(), sleep: time.sleep, now: time.now },
        { timeoutMs: 600_000, pollIntervalMs: 1000, peekWaitSeconds: 0 },
      );
      expect(r.state).toBe('settled');
      const byKey = new Map(r.deadLettered.map((d) => [d.key, d]));
      expect(byKey.get('request:remote#1')).toMatchObject({ queue: 'generator', matchedBy: 'message-id' });
      expect(byKey.get('item:demo/r1')).toMatchObject({
        queue: 'generator',
        matchedBy: 'request',
        origin: { file: 'rows.csv', line: 2 },
      });
      expect(byKey.get('item:demo/r1')?.reason).toMatch(
        /its ItemRequest request:remote#1 was dead-lettered: the StactoolsItemGenerator failed it after 5 receives/,
      );
      expect(byKey.get('item:demo/r2')).toMatchObject({ queue: 'loader', matchedBy: 'object-id' });
    },
  );

  it('a queue that does not exist is a ConfigurationError naming its URL', async () => {
    const url = `${moto.endpoint}/123456789012/no-such-queue`;
    const pub = await publishToTopics({ ledgerDir: null }, { sns: aws.sns, logger: new RecordingLogger() });
    const err = await waitForPipeline(
      {
        ledger: pub.ledger,
        expected: [{ key: 'item:demo/x' }],
        queues: { loader: { queueUrl: url } },
      },
      async () => new Set(),
      { sqs: aws.sqs, logger: new RecordingLogger(), sleep: async () => undefined },
      { timeoutMs: 1000 },
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigurationError);
    expect((err as Error).message).toContain(url);
  });
});
