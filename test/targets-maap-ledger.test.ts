/**
 * The run ledger is a write-ahead journal (src/targets/maap/ledger.ts, journal.ts): before each
 * PublishBatch call its intent, and after each answer its MessageIds, are on disk before the
 * publisher sends anything more. Checked against moto (real SNS -> SQS) by reading the file from
 * disk at the moment of every call.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startMoto, type MotoServer } from './support/moto.js';
import { createPipeline } from './support/pipeline.js';
import { createAwsClients, type AwsClients } from '../src/clients/aws.js';
import { sdkPublishBatchSender, type PublishBatchSender } from '../src/clients/sns-publish-batch.js';
import { RecordingLogger } from '../src/logging.js';
import { documentEntry } from '../src/targets/maap/entry.js';
import { RunLedger } from '../src/targets/maap/ledger.js';
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
        const onDisk = await RunLedger.read(ledgerFile);
        const keys = entries.map((e) => `item:c1/${(JSON.parse(e.Message) as { id: string }).id}`);
        for (const a of answered) if (onDisk.get(a.key)?.messageId !== a.messageId) checks.push(`lost ${a.key}`);
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
