import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bigItem, builtCli, findings, HEAP_MB } from './support/big-corpus.js';
import { writeCatalogTree } from '../bench/scale/corpus.js';

/**
 * A DPS source walked lazily (issue 12): a DPS job's output (a met.json beside a static catalog of one file per
 * item) much larger than the heap given to the process is validated by the built CLI with
 * `--max-old-space-size=256`, with the findings of a run without the limit. Held in memory, as before, its items
 * alone need well over that heap.
 */
const ITEMS = 4000;
let dir = '';
let bytes = 0;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'streaming-dps-'));
  const item = (i: number) => {
    const doc = bigItem(i);
    // one invalid item: a finding to compare
    if (i === 7) doc.properties['eo:cloud_cover'] = 'cloudy';
    return doc;
  };
  const job = path.join(dir, 'job');
  bytes = await writeCatalogTree(job, ITEMS, item, 500);
  const met = { username: 'demo-user', algorithm_name: 'scale-algorithm', algorithm_version: '1.0', tag: 'big' };
  await writeFile(path.join(job, 'user__scale-algorithm__1.0__big.met.json'), JSON.stringify(met));
  const manifest = ['version: 1', 'sources:', '  - id: job', '    dps:', '      catalog: job/catalog.json', ''];
  await writeFile(path.join(dir, 'stac-ingest.yaml'), manifest.join('\n'));
}, 300_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const cli = (args: string[], nodeOptions: string[]) => builtCli(dir, args, nodeOptions);

describe('a DPS source is walked lazily', () => {
  it(`validates with a ${HEAP_MB} MB heap a larger job output, with the findings of an unlimited run`, async () => {
    expect(bytes).toBeGreaterThan(1.4 * HEAP_MB * 2 ** 20);
    const limited = await cli(['validate'], [`--max-old-space-size=${HEAP_MB}`]);
    const out = (r: { stdout: string; stderr: string }) => `${r.stdout}\n${r.stderr}`;
    expect(limited.exitCode, out(limited).slice(-3000)).toBe(1);
    expect(limited.stdout).toMatch(new RegExp(`${ITEMS} items? checked`));
    expect(out(limited)).toMatch(/part-0\/S2B_\S+_0000007_L2A\.json/);
    const unlimited = await cli(['validate'], []);
    expect(findings(out(limited))).toEqual(findings(out(unlimited)));
  }, 900_000);
});
