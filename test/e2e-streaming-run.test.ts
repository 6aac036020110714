import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createProcessRunner } from '../src/clients/process.js';
import { REPO_ROOT } from './support/dataset.js';
import { treeHashes } from './support/tree-hash.js';
import { scaleCollection, scaleItem } from '../bench/scale/corpus.js';

/**
 * Streaming through `run` (issue 12): a files source of NDJSON much larger than the heap given to the
 * process is validated and written to a directory target (a static catalog and NDJSON) by the built CLI
 * with `--max-old-space-size=256`, and the output is the same as without the limit. Held in memory, as
 * before, its documents alone would need well over twice that heap.
 */
const HEAP_MB = 256;
const ITEMS = 4000;
const runner = createProcessRunner();
let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'streaming-run-'));
  await mkdir(path.join(dir, 'items'));
  await writeFile(path.join(dir, 'collection.json'), JSON.stringify(scaleCollection()));
  // realistic items with a long description each: many bytes, few items (the test costs little CPU)
  const filler = 'Sentinel-2 L2A scene processed with Sen2Cor 2.11 from the L1C product; '.repeat(1400);
  const out = createWriteStream(path.join(dir, 'items', 'scenes.ndjson'));
  for (let i = 0; i < ITEMS; i++) {
    const item = scaleItem(i) as { properties: Record<string, unknown> };
    item.properties['description'] = `scene ${i}: ${filler}`;
    if (!out.write(JSON.stringify(item) + '\n')) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  await writeFile(
    path.join(dir, 'stac-ingest.yaml'),
    [
      'version: 1',
      'collections:',
      '  - id: scale-bench',
      '    file: collection.json',
      'sources:',
      '  - id: scenes',
      '    files: items/*.ndjson',
      'targets:',
      '  local: { type: directory, path: out, format: both }',
      '',
    ].join('\n'),
  );
}, 120_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(output: string, nodeOptions: string[]) {
  const cli = path.join(REPO_ROOT, 'dist', 'cli', 'index.js');
  const args = [...nodeOptions, cli, 'run', '--offline', '--output', output];
  return runner.run(process.execPath, args, { cwd: dir, timeoutMs: 600_000 });
}

describe('run streams a files source into a directory target', () => {
  it(`succeeds with a ${HEAP_MB} MB heap on a larger source, with the output of an unlimited run`, async () => {
    const source = (await stat(path.join(dir, 'items', 'scenes.ndjson'))).size;
    expect(source).toBeGreaterThan(1.4 * HEAP_MB * 2 ** 20);

    const limited = await run('out-limited', [`--max-old-space-size=${HEAP_MB}`]);
    expect(limited.exitCode, limited.stdout.slice(-2000) + limited.stderr.slice(-2000)).toBe(0);
    expect(limited.stdout).toContain(`written ${ITEMS}`);
    const unlimited = await run('out-unlimited', []);
    expect(unlimited.exitCode, unlimited.stderr.slice(-2000)).toBe(0);

    const a = await treeHashes(path.join(dir, 'out-limited'));
    const b = await treeHashes(path.join(dir, 'out-unlimited'));
    expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
    expect(a).toEqual(b);
    const items = [...a.keys()].filter((f) => f.startsWith(path.join('scale-bench', 'items') + path.sep));
    expect(items).toHaveLength(ITEMS);
    const collection = JSON.parse(
      await readFile(path.join(dir, 'out-limited', 'scale-bench', 'collection.json'), 'utf8'),
    );
    expect(collection.links.filter((l: { rel: string }) => l.rel === 'item')).toHaveLength(ITEMS);
    let lines = 0;
    for await (const chunk of createReadStream(path.join(dir, 'out-limited', 'scale-bench', 'items.ndjson')))
      for (const byte of chunk as Buffer) if (byte === 10) lines++;
    expect(lines).toBe(ITEMS);
  }, 900_000);
});
