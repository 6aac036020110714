/**
 * The MAAP target adapter, driven by the run's delivery (src/run/deliver.ts), against moto (real
 * SNS -> SQS non-raw -> DLQ after maxReceiveCount receives) and a real stac-fastapi-pgstac over
 * pgstac. The StacLoader is a LOCAL STAND-IN here (the real handler runs in the twin,
 * test/e2e-twin.test.ts): it takes messages off the loader queue and loads the documents into
 * pgstac the way the loader does (stac-pydantic + pypgstac, test/support/stac-services.ts), and
 * leaves the ones it rejects for SQS to dead-letter. It runs inside the injected sleep, with a
 * fake clock, so nothing really waits.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ReceiveMessageCommand } from '@aws-sdk/client-sqs';
import { createAwsClients, type AwsClients } from '../src/clients/aws.js';
import { ConfigurationError } from '../src/errors.js';
import { RecordingLogger } from '../src/logging.js';
import { maapTargetSchema } from '../src/manifest/schema.js';
import type { LoadedDoc, StacObject } from '../src/model/stac.js';
import { keyOfDocument } from '../src/model/keys.js';
import { deliver, deliverStreamed, type DeliveryInput, type RemoteSource } from '../src/run/deliver.js';
import type { ObjectStatus } from '../src/model/delivery.js';
import { createMaapTarget } from '../src/targets/maap/index.js';
import { RunLedger } from '../src/targets/maap/ledger.js';
import type { TargetContext } from '../src/targets/target.js';
import { startMoto, type MotoServer } from './support/moto.js';
import { consumeOnce, createPipeline, queueDepth, type MotoPipeline } from './support/pipeline.js';
import { collectionDoc, itemDoc } from './support/stac-docs.js';
import { streamedDocs } from './support/streamed-docs.js';
import { startStacServices, stacServicesUnavailable, type StacServices } from './support/stac-services.js';

const unavailable = stacServicesUnavailable();
if (unavailable) console.warn(`skipping test/targets-maap.test.ts: ${unavailable}`);

describe.skipIf(unavailable !== undefined)('maap target (moto + real stac-fastapi-pgstac, stand-in loader)', () => {
  let moto: MotoServer;
  let aws: AwsClients;
  let services: StacServices;
  let loader: MotoPipeline;
  let generator: MotoPipeline;
  let dir: string;

  beforeAll(async () => {
    [moto, services] = await Promise.all([startMoto(), startStacServices()]);
    aws = createAwsClients({ endpoint: moto.endpoint, region: moto.region, credentials: moto.credentials });
    loader = await createPipeline(aws.sns, aws.sqs, 'maap-loader', 2);
    generator = await createPipeline(aws.sns, aws.sqs, 'maap-gen', 5);
    dir = await mkdtemp(path.join(tmpdir(), 'stac-ingest-maap-'));
  });
  afterAll(async () => {
    aws?.destroy();
    await moto?.stop();
    await services?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const settings = (extra: Record<string, unknown> = {}) =>
    maapTargetSchema.parse({
      type: 'maap',
      region: moto.region,
      endpoint: moto.endpoint,
      loader_topic_arn: loader.topicArn,
      loader_queue_url: loader.queueUrl,
      loader_dlq_url: loader.dlqUrl,
      stac_api: services.apiUrl,
      wait_minutes: 10,
      poll_seconds: 1,
      ...extra,
    });

  /** The stand-in StacLoader: what it loaded, in order, and whether an item ever came before its collection. */
  function standInLoader(rejects: (doc: StacObject) => boolean) {
    const loaded: string[] = [];
    const early: string[] = [];
    const tick = async (): Promise<void> => {
      const accepted: StacObject[] = [];
      while (
        (await consumeOnce(aws.sqs, loader.queueUrl, (message) => {
          const doc = JSON.parse(message) as StacObject;
          if (rejects(doc)) return false;
          const collection = doc.type === 'Feature' ? `collection:${String(doc['collection'])}` : undefined;
          if (collection !== undefined && !loaded.includes(collection)) early.push(keyOfDocument(doc) ?? '');
          accepted.push(doc);
          return true;
        })) > 0
      );
      if (accepted.length === 0) return;
      await services.load(accepted);
      for (const doc of accepted) loaded.push(keyOfDocument(doc) ?? '');
    };
    return { loaded, early, tick };
  }

  function context(logger: RecordingLogger, onSleep: () => Promise<void> = async () => undefined): TargetContext {
    let t = Date.now();
    return {
      logger,
      stage: (_name, fn) => fn(),
      now: () => t,
      sleep: async (ms) => {
        t += ms;
        await onSleep();
      },
    };
  }

  const loadedDoc = (doc: StacObject, line: number): LoadedDoc => ({
    doc,
    origin: { file: 'items.ndjson', line, entry: 'sources[0] (maap)' },
  });

  function input(docs: StacObject[], extra: Partial<DeliveryInput> = {}): DeliveryInput {
    const loaded = docs.map((d, i) => loadedDoc(d, i + 1));
    return {
      runId: `maap-${Date.now()}`,
      collections: loaded.filter((d) => d.doc.type === 'Collection'),
      items: loaded.filter((d) => d.doc.type === 'Feature'),
      remote: [],
      force: false,
      ...extra,
    };
  }

  const states = (objects: Array<{ key: string; state: string }>) =>
    Object.fromEntries(objects.map((o) => [o.key, o.state]));

  const ledgerFiles = async () => (await readdir(dir)).filter((n) => n.startsWith('ledger-')).sort();

  it(
    'publishes the collection, then its items once the catalog holds it; ' +
      'waits, verifies, and reports a dead letter',
    async () => {
      const stand = standInLoader((doc) => doc.id === 'm-bad');
      const logger = new RecordingLogger();
      const adapter = createMaapTarget(settings(), dir, { logger, aws }, { ledgerDir: dir });
      const docs = [collectionDoc('mc'), itemDoc('mc', 'm-1', 1), itemDoc('mc', 'm-2', 2), itemDoc('mc', 'm-bad', 3)];
      try {
        const outcome = await deliver(adapter, input(docs), context(logger, stand.tick));
        expect(states(outcome.objects)).toEqual({
          'collection:mc': 'verified',
          'item:mc/m-1': 'verified',
          'item:mc/m-2': 'verified',
          'item:mc/m-bad': 'dead-lettered',
        });
        expect(outcome.ok).toBe(false);
        const bad = outcome.objects.find((o) => o.key === 'item:mc/m-bad');
        expect(bad?.reason).toContain('rejected by the StacLoader after 2 receives');
        expect(bad?.origin).toMatchObject({ file: 'items.ndjson', line: 4 });
        // collections first: no item reached the loader before its collection was in the catalog
        expect(stand.loaded[0]).toBe('collection:mc');
        expect(stand.early).toEqual([]);
        // every message is in the run's ledger, on disk
        const ledgerPath = outcome.details?.['ledger'] as string;
        expect(path.dirname(ledgerPath)).toBe(dir);
        const ledger = await RunLedger.read(ledgerPath);
        expect(ledger.records().map((r) => r.key)).toEqual(docs.map((d) => keyOfDocument(d)));
        expect(outcome.objects.find((o) => o.key === 'item:mc/m-1')?.ref).toBe(ledger.get('item:mc/m-1')?.messageId);
        // m-1 and m-bad hold the collection's datetime bounds and go first (pgstac's partition constraints), m-1
        // lands in that wave's wait: the last wait is for m-2 and m-bad
        expect(outcome.progress?.at(-1)).toMatchObject({ expected: 2 });
      } finally {
        await adapter.close?.();
      }
    },
  );

  it(
    'sends nothing for what the catalog already holds as it is here, ' + 'and still leaves the run its ledger',
    async () => {
      const logger = new RecordingLogger();
      const adapter = createMaapTarget(settings(), dir, { logger, aws }, { ledgerDir: dir });
      const before = await ledgerFiles();
      const docs = [collectionDoc('mc'), itemDoc('mc', 'm-1', 1), itemDoc('mc', 'm-2', 2)];
      try {
        const outcome = await deliver(adapter, input(docs), context(logger));
        expect(outcome.ok).toBe(true);
        expect(Object.values(states(outcome.objects))).toEqual(['unchanged', 'unchanged', 'unchanged']);
        expect(await queueDepth(aws.sqs, loader.queueUrl)).toBe(0);
        const added = (await ledgerFiles()).filter((f) => !before.includes(f));
        expect(added).toHaveLength(1);
        expect((await RunLedger.read(path.join(dir, added[0]!))).records()).toEqual([]);
      } finally {
        await adapter.close?.();
      }
    },
  );

  it('plan and verify only read the STAC API (nothing is sent); without stac_api they say what to add', async () => {
    const logger = new RecordingLogger();
    const changed = itemDoc('mc', 'm-2', 2, { properties: { datetime: '2023-03-03T00:00:00Z' } });
    const docs = [collectionDoc('mc'), itemDoc('mc', 'm-1', 1), changed, itemDoc('mc', 'm-new', 9)];
    const adapter = createMaapTarget(settings({ owns_collections: true }), dir, { logger, aws }, { ledgerDir: dir });
    const plan = await deliver(adapter, input(docs, { mode: 'plan' }), context(logger));
    expect(plan.objects.map((o) => [o.key, o.state, o.change])).toEqual([
      ['collection:mc', 'unchanged', 'unchanged'],
      ['item:mc/m-1', 'unchanged', 'unchanged'],
      ['item:mc/m-2', 'planned', 'changed'],
      ['item:mc/m-new', 'planned', 'new'],
    ]);
    expect(plan.objects[2]?.reason).toMatch(/^the STAC API's copy differs at .*\/properties\/datetime/);
    const verify = await deliver(adapter, input(docs, { mode: 'verify' }), context(logger));
    expect(verify.ok).toBe(false);
    expect(verify.objects.map((o) => o.state)).toEqual(['verified', 'verified', 'stale', 'missing']);
    expect(await queueDepth(aws.sqs, loader.queueUrl)).toBe(0);
    const without = createMaapTarget(settings({ stac_api: undefined }), dir, { logger, aws });
    const err = await deliver(without, input(docs, { mode: 'plan' }), context(logger)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigurationError);
    expect((err as Error).message).toContain('stac_api');
  });

  it('plans, verifies and publishes streamed in windows to a target owning its collections as held', async () => {
    const logger = new RecordingLogger();
    await services.load([
      collectionDoc('sc'),
      ...['s-1', 's-2', 's-3', 'o-1', 's-4', 'o-2'].map((id, i) => itemDoc('sc', id, i)),
    ]);
    const changed = itemDoc('sc', 's-2', 1, { properties: { datetime: '2023-03-03T00:00:00Z' } });
    const items = [itemDoc('sc', 's-1', 0), changed, itemDoc('sc', 's-3', 2), itemDoc('sc', 's-4', 4)];
    const docs = [collectionDoc('sc'), ...items, itemDoc('sc', 's-5', 5), itemDoc('sc', 's-6', 6)];
    const held = (mode: 'plan' | 'verify') => input(docs, { mode });
    const streamed = (mode: DeliveryInput['mode']) => {
      const all = input(docs, mode ? { mode } : {});
      const streams = [streamedDocs(all.items)];
      return [{ ...all, items: [] as LoadedDoc[] }, streams] as const;
    };
    const small = { items: 2, bytes: 2 ** 20 };
    const adapter = createMaapTarget(settings({ owns_collections: true }), dir, { logger, aws }, { ledgerDir: dir });
    const view = (objects: ObjectStatus[]) => objects.map((o) => [o.key, o.state, o.change, o.reason, o.origin]);
    try {
      const plan = await deliver(adapter, held('plan'), context(logger));
      expect(plan.objects.filter((o) => o.state === 'orphan').map((o) => o.key)).toEqual([
        'item:sc/o-1',
        'item:sc/o-2',
      ]);
      const windows = await deliverStreamed(adapter, ...streamed('plan'), context(logger), small);
      expect(windows.details?.['windows']).toBe(3);
      expect(view(windows.objects)).toEqual(view(plan.objects));
      expect(windows.details?.['classification']).toEqual(plan.details?.['classification']);
      expect(windows.ok).toBe(plan.ok);
      const verify = await deliver(adapter, held('verify'), context(logger));
      const checked = await deliverStreamed(adapter, ...streamed('verify'), context(logger), small);
      expect(view(checked.objects)).toEqual(view(verify.objects));
      expect(checked.ok).toBe(false);
      expect(await queueDepth(aws.sqs, loader.queueUrl)).toBe(0);

      const stand = standInLoader(() => false);
      const run = await deliverStreamed(adapter, ...streamed(undefined), context(logger, stand.tick), small);
      expect(run.objects.filter((o) => o.state === 'orphan').map((o) => o.key)).toEqual(['item:sc/o-1', 'item:sc/o-2']);
      expect(states(run.objects.filter((o) => o.state !== 'orphan'))).toEqual({
        'collection:sc': 'unchanged',
        ...Object.fromEntries(['s-1', 's-3', 's-4'].map((id) => [`item:sc/${id}`, 'unchanged'])),
        ...Object.fromEntries(['s-2', 's-5', 's-6'].map((id) => [`item:sc/${id}`, 'verified'])),
      });
      expect(run.ok).toBe(true);
    } finally {
      await adapter.close?.();
    }
  });

  it('sends ItemRequests to the generator topic, each with the item it is expected to make', async () => {
    const logger = new RecordingLogger();
    const request = {
      package_name: 'stactools-demo==0.1.0',
      group_name: 'demo',
      create_item_args: ['https://example.com/a.tif'],
      create_item_options: {},
      collection_id: 'mc',
    };
    const remote: RemoteSource = {
      sourceId: 'gen',
      entry: 'sources[1] (gen)',
      collection: 'mc',
      requests: [{ request, origin: { file: 'rows.csv', line: 2 }, timeoutMs: 1000, expectedId: 'g-1' }],
    };
    const target = settings({ generator_topic_arn: generator.topicArn, wait_minutes: 0 });
    const adapter = createMaapTarget(target, dir, { logger, aws }, { ledgerDir: dir });
    try {
      const outcome = await deliver(adapter, input([], { remote: [remote] }), context(logger));
      expect(outcome.objects.map((o) => [o.key, o.state, o.origin])).toEqual([
        ['item:mc/g-1', 'published', { file: 'rows.csv', line: 2, sourceId: 'gen' }],
        ['request:gen#1', 'published', { file: 'rows.csv', line: 2, sourceId: 'gen' }],
      ]);
      const received = await aws.sqs.send(
        new ReceiveMessageCommand({ QueueUrl: generator.queueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 0 }),
      );
      const envelope = JSON.parse(received.Messages?.[0]?.Body ?? '{}') as { MessageId: string; Message: string };
      expect(JSON.parse(envelope.Message)).toEqual(request);
      expect(outcome.objects.find((o) => o.key === 'request:gen#1')?.ref).toBe(envelope.MessageId);
    } finally {
      await adapter.close?.();
    }
    const noTopic = createMaapTarget(settings({ wait_minutes: 0 }), dir, { logger, aws }, { ledgerDir: dir });
    const err = await deliver(noTopic, input([], { remote: [remote] }), context(logger)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigurationError);
    expect((err as Error).message).toContain('no StactoolsItemGenerator topic');
  });

  it(
    'sends the ItemRequests of a streamed remote source in windows, holding no more than a window of them, ' +
      'with the objects of the held delivery; plan and verify go window by window too',
    async () => {
      const logger = new RecordingLogger();
      const request = (i: number) => ({
        package_name: 'stactools-demo==0.1.0',
        group_name: 'demo',
        create_item_args: [`https://example.com/w-${i}.tif`],
        create_item_options: {},
        collection_id: 'wc',
      });
      const requests = Array.from({ length: 7 }, (_, i) => ({
        request: request(i + 1),
        origin: { file: 'rows.csv', line: i + 2, entry: `sources[1] (gen) row ${i + 1}` },
        timeoutMs: 1000,
        expectedId: `w-${i + 1}`,
      }));
      const source = { sourceId: 'gen', entry: 'sources[1] (gen)', collection: 'wc', expect: { ids: ['w-2', 'x-1'] } };
      const held: RemoteSource = { ...source, requests };
      const runId = `remote-windows-${Date.now()}`;
      const ledgerFile = path.join(dir, `ledger-${runId}.jsonl`);
      // what the stream has handed out and the ledger does not hold yet, at each request it hands out
      const outstanding: number[] = [];
      const streamed: RemoteSource = {
        ...source,
        requests: [],
        stream: {
          count: requests.length,
          requests: async function* () {
            for (const [i, q] of requests.entries()) {
              const ledger = await RunLedger.read(ledgerFile).catch(() => undefined);
              const published = ledger?.records().filter((r) => r.key.startsWith('request:')).length ?? 0;
              outstanding.push(i - published);
              yield q;
            }
          },
        },
      };
      const target = settings({ generator_topic_arn: generator.topicArn, wait_minutes: 0 });
      const adapter = createMaapTarget(target, dir, { logger, aws }, { ledgerDir: dir });
      const small = { items: 2, bytes: 2 ** 20, inFlight: 2 };
      const view = (objects: ObjectStatus[]) =>
        objects.map((o) => JSON.stringify([o.key, o.state, o.reason, o.origin])).sort();
      try {
        for (const mode of ['plan', 'verify'] as const) {
          const before = await deliver(adapter, input([], { mode, remote: [held] }), context(logger));
          const windows = await deliverStreamed(
            adapter,
            input([], { mode, remote: [streamed] }),
            [],
            context(logger),
            small,
          );
          expect(windows.details?.['windows']).toBe(5);
          expect(view(windows.objects)).toEqual(view(before.objects));
        }
        outstanding.length = 0;
        const published = new RecordingLogger();
        const runInput = input([], { runId, remote: [streamed] });
        const run = await deliverStreamed(adapter, runInput, [], context(published), small);
        expect(run.details?.['windows']).toBe(5);
        expect(published.records.map((r) => r.message).filter((m) => /^window \d+: /.test(m))).toEqual([
          'window 2: 2 ItemRequest(s)',
          'window 3: 2 ItemRequest(s)',
          'window 4: 2 ItemRequest(s)',
          'window 5: 1 ItemRequest(s)',
        ]);
        // a window is published before the next is read: never more than a window and the request after it held
        expect(Math.max(...outstanding)).toBeLessThanOrEqual(small.items + 1);
        expect(states(run.objects)).toEqual({
          ...Object.fromEntries(requests.map((_, i) => [`item:wc/w-${i + 1}`, 'published'])),
          ...Object.fromEntries(requests.map((_, i) => [`request:gen#${i + 1}`, 'published'])),
          'item:wc/x-1': 'published',
        });
        expect(run.objects.filter((o) => o.key === 'item:wc/w-2')).toHaveLength(1);
        const ledger = await RunLedger.read(ledgerFile);
        expect(ledger.records().map((r) => [r.key, r.origin.line, r.status])).toEqual(
          requests.map((_, i) => [`request:gen#${i + 1}`, i + 2, 'published']),
        );
      } finally {
        await adapter.close?.();
        while ((await consumeOnce(aws.sqs, generator.queueUrl, () => true)) > 0);
      }
    },
  );

  it('an ItemRequest dead-lettered in a later window is reported at its row; the other items verify', async () => {
    const logger = new RecordingLogger();
    await services.load([collectionDoc('dc')]);
    const requests = Array.from({ length: 5 }, (_, i) => ({
      request: {
        package_name: 'stactools-demo==0.1.0',
        group_name: 'demo',
        create_item_args: [`d-${i + 1}`],
        create_item_options: {},
        collection_id: 'dc',
      },
      origin: { file: 'rows.csv', line: i + 2, entry: `sources[1] (gen) row ${i + 1}` },
      timeoutMs: 1000,
      expectedId: `d-${i + 1}`,
    }));
    const rows = {
      count: requests.length,
      requests: async function* () {
        yield* requests;
      },
    };
    const source: RemoteSource = {
      sourceId: 'gen',
      entry: 'sources[1] (gen)',
      collection: 'dc',
      requests: [],
      stream: rows,
    };
    // stand-in generator: makes the item a request names and loads it, but fails d-4 (-> its DLQ after 5 receives)
    const tick = async () => {
      const made: StacObject[] = [];
      while (
        (await consumeOnce(aws.sqs, generator.queueUrl, (m) => {
          const id = (JSON.parse(m) as { create_item_args: string[] }).create_item_args[0]!;
          if (id === 'd-4') return false;
          made.push(itemDoc('dc', id, Number(id.slice(2))));
          return true;
        })) > 0
      );
      if (made.length > 0) await services.load(made);
    };
    const target = settings({
      generator_topic_arn: generator.topicArn,
      generator_queue_url: generator.queueUrl,
      generator_dlq_url: generator.dlqUrl,
    });
    const adapter = createMaapTarget(target, dir, { logger, aws }, { ledgerDir: dir });
    const runId = `remote-dlq-${Date.now()}`;
    try {
      const run = await deliverStreamed(adapter, input([], { runId, remote: [source] }), [], context(logger, tick), {
        items: 2,
        bytes: 2 ** 20,
        inFlight: 2,
      });
      expect(run.details?.['windows']).toBe(4);
      const byKey = new Map(run.objects.map((o) => [o.key, o]));
      for (const i of [1, 2, 3, 5]) {
        expect(byKey.get(`item:dc/d-${i}`)?.state).toBe('verified');
        expect(byKey.get(`request:gen#${i}`)?.state).toBe('verified');
      }
      expect(byKey.get('request:gen#4')).toMatchObject({
        state: 'dead-lettered',
        origin: { file: 'rows.csv', line: 5, entry: 'sources[1] (gen) row 4', sourceId: 'gen' },
      });
      expect(byKey.get('item:dc/d-4')?.state).toBe('dead-lettered');
      expect(byKey.get('item:dc/d-4')?.reason).toMatch(/its ItemRequest request:gen#4 was dead-lettered/);
      expect(run.ok).toBe(false);
      // what a redrive starts from: the ledger has the request at its row, with the MessageId the DLQ copy carries
      const ledger = await RunLedger.read(path.join(dir, `ledger-${runId}.jsonl`));
      expect(ledger.get('request:gen#4')).toMatchObject({ status: 'published', origin: { line: 5 } });
      expect(ledger.get('request:gen#4')?.messageId).toBe(byKey.get('request:gen#4')?.ref);
    } finally {
      await adapter.close?.();
      while ((await consumeOnce(aws.sqs, generator.dlqUrl, () => true)) > 0);
    }
  });
});
