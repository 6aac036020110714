import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReadStream, createWriteStream } from 'node:fs';
import { cp, mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEMO_PACKAGE } from './support/dataset.js';
import { builtCli, HEAP_MB } from './support/big-corpus.js';
import { treeHashes } from './support/tree-hash.js';
import { validCollection } from './support/stac-docs.js';

/**
 * Streaming of a rows-driven source (issue 12): a stactools source whose rows file, and the items generated from it
 * (by the real demo package, in the worker engine), are larger than the heap given to the process (about 1.15x) goes
 * through `plan` and `run` to a directory target with `--max-old-space-size=256`, and `run` writes what it writes
 * without the limit. Rows, requests and generated items held, as before, would need well over that heap.
 */
const ROWS = 1400;
let dir = '';

/** Each row's platform: long, so that each generated item is too (its `properties.platform`). */
const platform = (i: number) => `sat-${i}-${'Sentinel-2B MSI L2A, processing baseline 05.10; '.repeat(4400)}`;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'streaming-rows-'));
  await cp(DEMO_PACKAGE, path.join(dir, 'packages', 'stactools-demo'), { recursive: true });
  await mkdir(path.join(dir, 'inputs'));
  await writeFile(path.join(dir, 'collection.json'), JSON.stringify(validCollection('rows-bench')));
  const rows = createWriteStream(path.join(dir, 'scenes.jsonl'));
  for (let i = 1; i <= ROWS; i++) {
    const input = `id=scene-${i}\ndatetime=2024-05-01T10:00:00Z\nbbox=${i % 170},40.0,${(i % 170) + 1},41.0\n`;
    await writeFile(path.join(dir, 'inputs', `s${i}.txt`), input);
    if (!rows.write(JSON.stringify({ file: `s${i}.txt`, platform: platform(i) }) + '\n')) await once(rows, 'drain');
  }
  rows.end();
  await once(rows, 'finish');
  await writeFile(
    path.join(dir, 'stac-ingest.yaml'),
    [
      'version: 1',
      'collections:',
      '  - id: rows-bench',
      '    file: collection.json',
      'sources:',
      '  - id: scenes',
      '    collection: rows-bench',
      '    stactools:',
      '      package: ./packages/stactools-demo',
      '      group: demo',
      '      rows: scenes.jsonl',
      '      args: ["inputs/{file}"]',
      '      options: { platform: "{platform}" }',
      '      engine: worker',
      'targets:',
      '  local: { type: directory, path: out, format: ndjson }',
      '',
    ].join('\n'),
  );
}, 120_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const cli = (args: string[], nodeOptions: string[]) => builtCli(dir, args, nodeOptions);

async function lineCount(file: string): Promise<number> {
  let lines = 0;
  for await (const chunk of createReadStream(file)) for (const byte of chunk as Buffer) if (byte === 10) lines++;
  return lines;
}

describe('a rows-driven stactools source streams through plan and run to a directory target', () => {
  it(`succeeds with a ${HEAP_MB} MB heap on rows and items larger than it, as without the limit`, async () => {
    const limit = [`--max-old-space-size=${HEAP_MB}`];
    expect((await stat(path.join(dir, 'scenes.jsonl'))).size).toBeGreaterThan(1.1 * HEAP_MB * 2 ** 20);

    const plan = await cli(['plan'], limit);
    expect(plan.exitCode, plan.stdout.slice(-2000) + plan.stderr.slice(-2000)).toBe(0);
    expect(plan.stdout).toMatch(new RegExp(`\\b${ROWS} item\\(s\\) from ${ROWS} call\\(s\\)`));

    const limited = await cli(['run', '--output', 'out-limited'], limit);
    expect(limited.exitCode, limited.stdout.slice(-2000) + limited.stderr.slice(-2000)).toBe(0);
    const items = path.join(dir, 'out-limited', 'rows-bench', 'items.ndjson');
    expect((await stat(items)).size).toBeGreaterThan(1.1 * HEAP_MB * 2 ** 20);
    expect(await lineCount(items)).toBe(ROWS);

    const unlimited = await cli(['run', '--output', 'out-unlimited'], []);
    expect(unlimited.exitCode, unlimited.stderr.slice(-2000)).toBe(0);
    const a = await treeHashes(path.join(dir, 'out-limited'));
    const b = await treeHashes(path.join(dir, 'out-unlimited'));
    expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
    expect(a).toEqual(b);
  }, 300_000);
});
