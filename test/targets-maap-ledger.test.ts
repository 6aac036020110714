/**
 * The run ledger is a write-ahead journal (src/targets/maap/ledger.ts, journal.ts): before each
 * PublishBatch call its intent, and after each answer its MessageIds, are on disk before the
 * publisher sends anything more. Checked against moto (real SNS -> SQS) by reading the file from
 * disk at the moment of every call.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendFile, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import v8 from 'node:v8';
import vm from 'node:vm';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startMoto, type MotoServer } from './support/moto.js';
import { createPipeline } from './support/pipeline.js';
import { createAwsClients, type AwsClients } from '../src/clients/aws.js';
import { sdkPublishBatchSender, type PublishBatchSender } from '../src/clients/sns-publish-batch.js';
import { RecordingLogger } from '../src/logging.js';
import { documentEntry } from '../src/targets/maap/entry.js';
import { RunLedger, type LedgerRecord } from '../src/targets/maap/ledger.js';
import { publishToTopics } from '../src/targets/maap/topics.js';
import { validItem } from './support/stac-docs.js';

let moto: MotoServer;
let aws: AwsClients;
let dir: string;
beforeAll(async () => {
  moto = await startMoto();
  aws = createAwsClients({ endpoint: moto.endpoint, region: moto.region, credentials: moto.credentials });
  dir = await mkdtemp(join(tmpdir(), 'stac-ingest-ledger-'));
});
afterAll(async () => {
  aws?.destroy();
  await moto?.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('the run ledger is written ahead', () => {
  it('at every PublishBatch call, the file on disk holds every earlier answer and this call as in doubt', async () => {
    const loader = await createPipeline(aws.sns, aws.sqs, 'ledger-wal', 1);
    const real = sdkPublishBatchSender(aws.sns);
    const answered: Array<{ key: string; messageId: string }> = [];
    const checks: string[] = [];
    const ledgerFile = join(dir, 'ledger-wal.jsonl');
    const sender: PublishBatchSender = {
      async publishBatch(topicArn, entries) {
        // the answers given before this call began (another call's answer may come while the file is read)
        const before = [...answered];
        const onDisk = await RunLedger.read(ledgerFile);
        const keys = entries.map((e) => `item:c1/${(JSON.parse(e.Message) as { id: string }).id}`);
        for (const a of before) if (onDisk.get(a.key)?.messageId !== a.messageId) checks.push(`lost ${a.key}`);
        for (const k of keys) if (!onDisk.inDoubt().includes(k)) checks.push(`intent of ${k} not on disk`);
        const out = await real.publishBatch(topicArn, entries);
        for (const s of out.Successful) answered.push({ key: keys[Number(s.Id)] ?? '', messageId: s.MessageId ?? '' });
        return out;
      },
    };
    const items = Array.from({ length: 95 }, (_, i) =>
      documentEntry(validItem('c1', `i${i}`, i), { file: 'items.ndjson', line: i + 1 }),
    );
    const r = await publishToTopics(
      { ledger: new RunLedger('wal'), loaderTopicArn: loader.topicArn, loader: items, ledgerDir: dir },
      { sns: aws.sns, sender, logger: new RecordingLogger() },
      { concurrency: 3 },
    );
    expect(r.published).toBe(95);
    expect(answered).toHaveLength(95);
    expect(checks).toEqual([]);
    const back = await RunLedger.read(ledgerFile);
    expect(back.inDoubt()).toEqual([]);
    expect(back.interrupted).toBe(false);
    expect(back.counts()).toEqual({ published: 95, failed: 0 });
  });

  it('reads a ledger whose writer was killed: a torn last line is dropped, unanswered calls are in doubt', async () => {
    const f = join(dir, 'ledger-killed.jsonl');
    const lines = [
      { ledger: 'stac-ingest', version: 2, runId: 'killed', createdAt: '2026-01-01T00:00:00Z' },
      { sending: { topicArn: 't', keys: ['item:c/a', 'item:c/b'] } },
      {
        record: {
          key: 'item:c/a',
          origin: { file: 'x' },
          topicArn: 't',
          messageId: 'm-a',
          status: 'published',
          attempts: 1,
        },
      },
    ];
    await writeFile(f, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
    await appendFile(f, '{"record":{"key":"item:c/b","orig');
    const ledger = await RunLedger.read(f);
    expect(ledger.byMessageId('m-a')?.key).toBe('item:c/a');
    expect(ledger.inDoubt()).toEqual(['item:c/b']);
    expect(ledger.interrupted).toBe(true);
    // a torn line anywhere but last is corruption, not a kill
    await writeFile(f, (await readFile(f, 'utf8')) + '\n' + JSON.stringify({ closed: 'now' }) + '\n');
    await expect(RunLedger.read(f)).rejects.toThrow(/line 4 of the run ledger is not valid JSON/);
  });
});

describe('the run ledger in memory', () => {
  const loader = 'arn:aws:sns:us-west-2:123456789012:MAAP-STAC-prod-pgSTAC-loader-topic';
  const generator = 'arn:aws:sns:us-west-2:123456789012:MAAP-STAC-prod-pgSTAC-item-gen-topic';

  it('keeps each record as recorded, found by topic and key and by every MessageId it was published with', async () => {
    const [first, second] = [randomUUID(), randomUUID()];
    const origin = { file: 'items/scenes.ndjson', line: 3, entry: 'sources[0] (scenes)', sourceId: 'scenes' };
    const a: LedgerRecord = {
      key: 'item:c/a',
      origin,
      topicArn: loader,
      messageId: first,
      status: 'published',
      attempts: 1,
      publishedAt: new Date().toISOString(),
    };
    const b: LedgerRecord = {
      key: 'item:c/b',
      origin: { file: 'fc.json', pointer: '/features/2' },
      topicArn: loader,
      status: 'unknown',
      error: { code: 'TimeoutError', message: 'no answer in 10 s' },
      attempts: 2,
    };
    const request: LedgerRecord = {
      key: 'request:gen#1',
      origin: { file: 'stac-ingest.yaml', line: -1, entry: 'sources[1] (gen)' },
      topicArn: generator,
      messageId: 'not-a-uuid',
      status: 'published',
      attempts: 3,
      publishedAt: '2026-01-01T00:00:00Z',
    };
    const failed: LedgerRecord = {
      key: 'item:c/f',
      origin: { file: '' },
      topicArn: loader,
      status: 'failed',
      attempts: 1,
    };
    const ledger = new RunLedger('in-memory');
    const file = await ledger.journalTo(dir);
    for (const r of [a, b, request, failed]) ledger.record(r);
    ledger.record({ ...a, messageId: second, redrives: 1 });
    await ledger.close();
    const redriven = { ...a, messageId: second, previousMessageIds: [first], redrives: 1 };
    for (const l of [ledger, await RunLedger.read(file)]) {
      expect(l.records()).toEqual([redriven, b, request, failed]);
      expect(l.get('item:c/a', loader)).toEqual(redriven);
      expect(l.get('item:c/a', generator)).toBeUndefined();
      expect(l.get('request:gen#1')).toEqual(request);
      expect([first, second, 'not-a-uuid', randomUUID()].map((m) => l.byMessageId(m)?.key)).toEqual([
        'item:c/a',
        'item:c/a',
        'request:gen#1',
        undefined,
      ]);
      expect(l.inDoubt()).toEqual(['item:c/b']);
      expect(l.counts()).toEqual({ published: 2, failed: 1, unknown: 1 });
    }
  });

  /** Bytes per record in memory and on disk of a ledger of `n` records, published 500 at a time. */
  async function recordSizes(
    n: number,
    topicArn: string,
    recordOf: (i: number) => Pick<LedgerRecord, 'key' | 'origin'>,
  ) {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    const heap = () => {
      gc();
      return process.memoryUsage().heapUsed;
    };
    const before = heap();
    const ledger = new RunLedger(`sizes-${topicArn.length}-${Date.now()}`);
    const file = await ledger.journalTo(dir);
    for (let i = 0; i < n; i += 500) {
      const records = Array.from({ length: 500 }, (_, j) => recordOf(i + j));
      ledger.sending(
        topicArn,
        records.map((r) => r.key),
      );
      await ledger.flush();
      for (const r of records) {
        const publishedAt = new Date().toISOString();
        ledger.record({ ...r, topicArn, messageId: randomUUID(), status: 'published', attempts: 1, publishedAt });
      }
      await ledger.flush();
    }
    const inMemory = (heap() - before) / n;
    await ledger.close();
    expect(ledger.size).toBe(n);
    return { inMemory, onDisk: (await stat(file)).size / n };
  }

  it('keeps 50,000 records in under 160 bytes each, and writes under 500 bytes each to disk', async () => {
    const { inMemory, onDisk } = await recordSizes(50_000, loader, (i) => ({
      key: `item:sentinel-2-l2a/S2B_MSIL2A_20240101T000000_R${i}`,
      origin: { file: 'items/scenes.ndjson', line: i + 1, entry: 'sources[0] (scenes)', sourceId: 'scenes' },
    }));
    expect(inMemory, `${inMemory.toFixed(0)} bytes per record in memory`).toBeLessThan(160);
    expect(onDisk, `${onDisk.toFixed(0)} bytes per record on disk`).toBeLessThan(500);
  });

  it('keeps 50,000 ItemRequests of remote generation (an entry per row) in under 110 bytes each', async () => {
    const { inMemory } = await recordSizes(50_000, generator, (i) => ({
      key: `request:tiles#${i + 1}`,
      origin: { file: 'tiles.csv', line: i + 2, entry: `sources[0] (tiles) row ${i + 1}`, sourceId: 'tiles' },
    }));
    expect(inMemory, `${inMemory.toFixed(0)} bytes per record in memory`).toBeLessThan(110);
    const ledger = new RunLedger('entries');
    const file = await ledger.journalTo(dir);
    const origins = ['row 0', 'row 007', 'row 12345678901', 'row 5\n6', '7'].map((entry, i) => ({
      file: 'r',
      entry,
      line: i,
    }));
    for (const [i, origin] of origins.entries())
      ledger.record({ key: `request:r#${i}`, origin, topicArn: generator, status: 'failed', attempts: 1 });
    await ledger.close();
    for (const l of [ledger, await RunLedger.read(file)]) expect(l.records().map((r) => r.origin)).toEqual(origins);
  });
});
