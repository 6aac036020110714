/** The MAAP adapter's batching of loader messages into PublishBatch calls (src/targets/maap/batcher.ts). */
import { describe, expect, it } from 'vitest';
import { batchEntries, type Batch } from '../src/targets/maap/batcher.js';
import type { PublishEntry } from '../src/targets/maap/entry.js';
import { MAX_SNS_PAYLOAD_BYTES } from '../src/targets/maap/envelope-size.js';

const entry = (id: string, message = JSON.stringify({ id })): PublishEntry => ({
  message,
  key: `item:c/${id}`,
  origin: { file: 'items.ndjson' },
});

async function collect(batches: AsyncIterable<Batch>): Promise<string[][]> {
  const out: string[][] = [];
  for await (const b of batches) out.push(b.entries.map((e) => e.entry.key.slice('item:c/'.length)));
  return out;
}

describe('batchEntries', () => {
  it('puts at most 10 entries in a batch, in order', async () => {
    const ids = Array.from({ length: 23 }, (_, i) => `i${i}`);
    const batches = await collect(
      batchEntries(
        ids.map((id) => entry(id)),
        { onRejected: () => undefined },
      ),
    );
    expect(batches.map((b) => b.length)).toEqual([10, 10, 3]);
    expect(batches.flat()).toEqual(ids);
  });

  it('starts a new batch before the payload would pass 256 KiB, and counts bytes as UTF-8', async () => {
    const big = (id: string) => entry(id, JSON.stringify({ id, pad: 'é'.repeat(50_000) }));
    const batches: Batch[] = [];
    for await (const b of batchEntries(['a', 'b', 'c', 'd'].map(big), { onRejected: () => undefined })) batches.push(b);
    expect(batches.map((b) => b.entries.length)).toEqual([2, 2]);
    for (const b of batches) {
      expect(b.bytes).toBe(b.entries.reduce((n, e) => n + Buffer.byteLength(e.entry.message), 0));
      expect(b.bytes).toBeLessThanOrEqual(MAX_SNS_PAYLOAD_BYTES);
    }
  });

  it('hands messages SNS or the loader would refuse to onRejected and batches the rest', async () => {
    const rejected: Array<[string, string]> = [];
    const source = [
      entry('ok-1'),
      entry('empty', ''),
      entry('s3', JSON.stringify({ id: 's3', note: 'aws:s3' })),
      entry('huge', 'x'.repeat(MAX_SNS_PAYLOAD_BYTES + 1)),
      entry('ok-2'),
    ];
    const batches = await collect(
      batchEntries(source, { onRejected: (e, problem) => rejected.push([e.key, problem.code]) }),
    );
    expect(batches).toEqual([['ok-1', 'ok-2']]);
    expect(rejected).toEqual([
      ['item:c/empty', 'EmptyMessage'],
      ['item:c/s3', 'ContainsAwsS3'],
      ['item:c/huge', 'MessageTooLarge'],
    ]);
  });

  it('pulls from the source only as batches are taken (at most one batch held)', async () => {
    let pulled = 0;
    async function* source(): AsyncGenerator<PublishEntry> {
      for (let i = 0; i < 1000; i++) {
        pulled++;
        yield entry(`i${i}`);
      }
    }
    const batches = batchEntries(source(), { onRejected: () => undefined });
    const first = await batches.next();
    expect(first.value?.entries).toHaveLength(10);
    // the 11th entry is what showed the first batch was full
    expect(pulled).toBe(11);
    await batches.next();
    expect(pulled).toBe(21);
    await batches.return(undefined);
  });
});
