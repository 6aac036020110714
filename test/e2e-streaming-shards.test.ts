import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bigItem, builtCli, HEAP_MB } from './support/big-corpus.js';
import { writeCatalogTree } from '../bench/scale/corpus.js';

/**
 * A shard's bundle is written as its documents are read, and read as a stream by publish-shards (issue 12):
 * `run --shard 1/1` of a catalog source much larger than the heap given to the built CLI (`--max-old-space-size=256`)
 * writes a complete bundle, and `publish-shards` writes it to a directory. Held in memory, as before, its items alone
 * need well over that heap.
 */
const ITEMS = 4000;
let dir = '';
let bytes = 0;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'streaming-shards-'));
  bytes = await writeCatalogTree(path.join(dir, 'catalog'), ITEMS, bigItem, 500);
  const manifest = ['version: 1', 'sources:', '  - id: scenes', '    catalog: catalog/catalog.json', ''];
  await writeFile(path.join(dir, 'stac-ingest.yaml'), manifest.join('\n'));
}, 300_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const cli = (args: string[], nodeOptions: string[]) => builtCli(dir, args, nodeOptions);

describe('run --shard with a streamed source', () => {
  it(`writes the bundle of a source larger than a ${HEAP_MB} MB heap`, async () => {
    expect(bytes).toBeGreaterThan(1.4 * HEAP_MB * 2 ** 20);
    const r = await cli(['run', '--shard', '1/1', '--shards-dir', 'shards'], [`--max-old-space-size=${HEAP_MB}`]);
    expect(r.exitCode, `${r.stdout.slice(-2000)}\n${r.stderr.slice(-2000)}`).toBe(0);
    const bundle = JSON.parse(await readFile(path.join(dir, 'shards', 'shard-1-of-1', 'shard.json'), 'utf8'));
    expect(bundle).toMatchObject({ shard: { index: 1, count: 1 }, documents: ITEMS });
    expect(new Set(bundle.planned).size).toBe(ITEMS);
    expect((bundle.planned as string[]).every((k) => k.startsWith('item:'))).toBe(true);
    const lines = (await readFile(path.join(dir, 'shards', 'shard-1-of-1', 'documents.ndjson'), 'utf8')).split('\n');
    expect(lines.filter(Boolean)).toHaveLength(ITEMS);
    expect(await readdir(path.join(dir, 'shards'))).toEqual(['shard-1-of-1']);
  }, 600_000);

  it(`publish-shards delivers the bundle as a stream with a ${HEAP_MB} MB heap`, async () => {
    const args = ['publish-shards', '--shards-dir', 'shards', '--output', 'out'];
    const r = await cli(args, [`--max-old-space-size=${HEAP_MB}`]);
    expect(r.exitCode, `${r.stdout.slice(-2000)}\n${r.stderr.slice(-2000)}`).toBe(0);
    expect(r.stdout).toContain(`written ${ITEMS}`);
  }, 600_000);
});
