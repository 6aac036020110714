import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bundleDocuments, readShardBundles, writeShardBundle } from '../src/run/shards.js';
import type { RunWork } from '../src/run/plan.js';
import type { StreamedDocs } from '../src/model/inputs.js';
import type { LoadedDoc } from '../src/model/stac.js';
import { validItem } from './support/stac-docs.js';

/**
 * A shard bundle is written as its streamed documents are read (issue 12), beside the bundle it replaces, and swapped
 * in once complete: a read that fails half-way (a source changed between reads, a disk full) leaves the previous
 * bundle as it was and no partial one. The stream here is a generator over real documents that fails when told to.
 */
let dir = '';
let manifest = '';

const doc = (i: number): LoadedDoc => ({ doc: validItem('c1', `i${i}`), origin: { file: `items/i${i}.json` } });

function work(items: number, failAt?: number): RunWork {
  const stream: StreamedDocs = {
    counts: new Map([['c1', items]]),
    held: [],
    bounds: [],
    units: () => stream.items(),
    items: async function* () {
      for (let i = 0; i < items; i++) {
        if (i === failAt) throw new Error('the source changed while it was read');
        yield doc(i);
      }
    },
  };
  return { docs: [], uploaded: new Set(), generate: [], assets: [], uploads: [], remote: [], streams: [stream] };
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'shard-bundle-'));
  manifest = path.join(dir, 'stac-ingest.yaml');
  await writeFile(manifest, 'version: 1\n');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeShardBundle', () => {
  it('writes the streamed documents, and a failed write leaves the previous bundle whole', async () => {
    const shards = path.join(dir, 'shards');
    const shard = { index: 1, count: 1 };
    const held = [doc(100)];
    const written = await writeShardBundle(shards, manifest, shard, work(5), held);
    expect(written.documents).toBe(6);
    const [bundle] = await readShardBundles(shards);
    const ids: unknown[] = [];
    for await (const d of bundleDocuments(bundle!)) ids.push(d.doc['id']);
    expect(ids).toEqual(['i100', 'i0', 'i1', 'i2', 'i3', 'i4']);
    expect(bundle?.bundle.planned).toEqual(['i0', 'i1', 'i2', 'i3', 'i4'].map((id) => `item:c1/${id}`));
    const before = await readFile(path.join(written.dir, 'documents.ndjson'), 'utf8');

    await expect(writeShardBundle(shards, manifest, shard, work(3000, 2500), [])).rejects.toThrow(/changed/);
    expect(await readFile(path.join(written.dir, 'documents.ndjson'), 'utf8')).toBe(before);
    expect(await readdir(shards)).toEqual(['shard-1-of-1']);
  });
});

describe('writeShardBundle in a process that exits while writing', () => {
  it('leaves no half-written bundle folder behind', async () => {
    const shards = path.join(dir, 'exits');
    const child = path.join(import.meta.dirname, 'support', 'shard-bundle-child.ts');
    const r = spawnSync(process.execPath, ['--import', 'tsx', child, shards, manifest], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(130);
    expect(await readdir(shards)).toEqual([]);
  }, 60_000);

  it('removes what a SIGKILLed write of the shard left: its folder being written, an old bundle aside', async () => {
    const shards = path.join(dir, 'killed');
    const left = ['.shard-1-of-1.stac-ingest-new-Ab12Cd', '.shard-1-of-1.stac-ingest-new-Ef34Gh-old'];
    for (const name of [...left, '.shard-2-of-2.stac-ingest-new-Ij56Kl', 'notes'])
      await mkdir(path.join(shards, name), { recursive: true });
    for (const name of left) await writeFile(path.join(shards, name, 'documents.ndjson'), '{}\n');
    await writeShardBundle(shards, manifest, { index: 1, count: 1 }, work(2), []);
    expect((await readdir(shards)).sort()).toEqual(['.shard-2-of-2.stac-ingest-new-Ij56Kl', 'notes', 'shard-1-of-1']);
  });
});
