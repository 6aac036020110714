import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bigItem, builtCli, findings, HEAP_MB } from './support/big-corpus.js';
import { treeHashes } from './support/tree-hash.js';
import { scaleItem, writeCatalogTree } from '../bench/scale/corpus.js';

/**
 * A catalog source walked lazily (issue 12): a static catalog (root -> collection -> sub-catalogs -> one file per
 * item) much larger than the heap given to the process is validated, then written to a directory target, by the
 * built CLI with `--max-old-space-size=256`, with the findings and output of a run without the limit. Held in
 * memory, as before, its items alone need well over that heap.
 */
const ITEMS = 4000;
let dir = '';
let bytes = 0;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'streaming-catalog-'));
  const item = (i: number) => {
    const doc = bigItem(i);
    // one invalid item, and a duplicate of the first: findings to compare
    if (i === 7) doc.properties['eo:cloud_cover'] = 'cloudy';
    return i === ITEMS - 1 ? { ...doc, id: bigItem(0).id } : doc;
  };
  bytes = await writeCatalogTree(path.join(dir, 'catalog'), ITEMS, item, 500);
  const manifest = (catalog: string) =>
    [
      'version: 1',
      'sources:',
      '  - id: scenes',
      `    catalog: ${catalog}`,
      'targets:',
      '  local: { type: directory, path: out, format: both }',
      '',
    ].join('\n');
  await writeFile(path.join(dir, 'stac-ingest.yaml'), manifest('catalog/catalog.json'));
  // the same catalog without the two broken items, for the run
  await writeCatalogTree(path.join(dir, 'fixed'), ITEMS - 1, (i) => (i === 7 ? scaleItem(7) : item(i)), 500);
  await writeFile(path.join(dir, 'fixed.yaml'), manifest('fixed/catalog.json'));
}, 300_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const cli = (args: string[], nodeOptions: string[]) => builtCli(dir, args, nodeOptions);

describe('a catalog source is walked lazily', () => {
  it(`validates with a ${HEAP_MB} MB heap a larger catalog, with the findings of an unlimited run`, async () => {
    expect(bytes).toBeGreaterThan(1.4 * HEAP_MB * 2 ** 20);
    const limited = await cli(['validate'], [`--max-old-space-size=${HEAP_MB}`]);
    expect(limited.exitCode, limited.stdout.slice(-2000) + limited.stderr.slice(-2000)).toBe(1);
    expect(limited.stdout).toMatch(new RegExp(`${ITEMS} items? checked`));
    const out = (r: { stdout: string; stderr: string }) => `${r.stdout}\n${r.stderr}`;
    expect(out(limited)).toContain('duplicate item');
    expect(out(limited)).toMatch(/part-0\/S2B_\S+_0000007_L2A\.json/);
    const unlimited = await cli(['validate'], []);
    expect(findings(out(limited))).toEqual(findings(out(unlimited)));
  }, 900_000);

  it(`runs to a directory with a ${HEAP_MB} MB heap, with the output of an unlimited run`, async () => {
    const limited = await cli(
      ['run', '--manifest', 'fixed.yaml', '--output', 'out-limited'],
      [`--max-old-space-size=${HEAP_MB}`],
    );
    expect(limited.exitCode, limited.stdout.slice(-2000) + limited.stderr.slice(-2000)).toBe(0);
    expect(limited.stdout).toContain(`written ${ITEMS - 1}`);
    const unlimited = await cli(['run', '--manifest', 'fixed.yaml', '--output', 'out-unlimited'], []);
    expect(unlimited.exitCode, unlimited.stderr.slice(-2000)).toBe(0);
    const a = await treeHashes(path.join(dir, 'out-limited'));
    expect(a).toEqual(await treeHashes(path.join(dir, 'out-unlimited')));
    expect([...a.keys()].filter((f) => f.includes(`${path.sep}items${path.sep}`))).toHaveLength(ITEMS - 1);
  }, 900_000);
});
