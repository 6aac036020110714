import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ingest, type IngestOptions } from '../src/run/ingest.js';
import { createProcessRunner } from '../src/clients/process.js';
import { RecordingLogger } from '../src/logging.js';
import { parseShard, shardOf } from '../src/run/shards.js';
import { bundledSchemaMirror } from '../src/stages/validate/bundled.js';
import { copyExample } from './support/dataset.js';
import { testPolicy } from './support/policy.js';

/**
 * Sharding across matrix jobs (issue 13 item 2) on the example dataset: a stactools source (4 rows, the real demo
 * package), pre-made items, a DPS catalog and a collection file. Three `run --shard k/3` jobs write bundles, one
 * `publish-shards` job delivers them; the output must be exactly one plain run's.
 */
let ex: Awaited<ReturnType<typeof copyExample>>;
let single: Awaited<ReturnType<typeof copyExample>>;
let shards: string;

function options(manifestPath: string, extra: Partial<IngestOptions> = {}): IngestOptions {
  const policy = testPolicy(path.dirname(manifestPath));
  return { command: 'run', manifestPath, schemaMirrors: [bundledSchemaMirror()!], network: false, policy, ...extra };
}
const run = (o: IngestOptions) => ingest(o, { logger: new RecordingLogger(), runner: createProcessRunner() });

async function files(dir: string): Promise<Array<[string, string]>> {
  const out: Array<[string, string]> = [];
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile() || e.name.startsWith('.')) continue;
    const file = path.join(e.parentPath, e.name);
    const text = await readFile(file, 'utf8');
    // items.ndjson lists items in the order they were read (a plain run streams its files source after the
    // generated items; publish-shards holds the shards' documents): the same lines, compared as a set
    const lines = e.name.endsWith('.ndjson') ? text.split('\n').filter(Boolean).sort().join('\n') : text;
    out.push([path.relative(dir, file), lines]);
  }
  return out.sort(([a], [b]) => a.localeCompare(b));
}

beforeAll(async () => {
  ex = await copyExample();
  single = await copyExample();
  shards = await mkdtemp(path.join(tmpdir(), 'stac-ingest-shards-'));
  // each matrix job: generate and validate its part, write its bundle (an artifact in a workflow)
  const jobs = await Promise.all(
    [1, 2, 3].map((k) => run(options(ex.manifest, { shard: { index: k, count: 3 }, shardsDir: shards }))),
  );
  for (const r of jobs) expect(r.problems).toEqual([]);
});
afterAll(async () => {
  await ex.cleanup();
  await single.cleanup();
  await rm(shards, { recursive: true, force: true });
});

describe('run --shard k/n and publish-shards', () => {
  it('three shards split the plan without overlap, and nothing is delivered by them', async () => {
    const bundles = await Promise.all(
      [1, 2, 3].map(async (k) =>
        JSON.parse(await readFile(path.join(shards, `shard-${k}-of-3`, 'shard.json'), 'utf8')),
      ),
    );
    const planned = bundles.flatMap((b: { planned: string[] }) => b.planned);
    // 4 create-item rows, 1 pre-made item, 2 DPS catalog items, 1 collection file
    expect(planned).toHaveLength(8);
    expect(new Set(planned).size).toBe(8);
    expect(bundles.reduce((n: number, b: { documents: number }) => n + b.documents, 0)).toBe(8);
    for (const [k, b] of bundles.entries())
      for (const key of (b as { planned: string[] }).planned) expect(shardOf(key, 3)).toBe(k + 1);
    await expect(readdir(path.join(ex.dir, '.stac-ingest', 'out'))).rejects.toThrow();
  });

  it('publish-shards delivers exactly what one plain run delivers', async () => {
    const merged = await run(options(ex.manifest, { command: 'publish-shards', shardsDir: shards }));
    expect(merged.problems).toEqual([]);
    expect(merged.ok).toBe(true);
    expect(merged.validation?.checked).toEqual(expect.objectContaining({ items: 7, collections: 1 }));
    const plain = await run(options(single.manifest));
    expect(plain.ok).toBe(true);
    const out = (e: typeof ex) => files(path.join(e.dir, '.stac-ingest', 'out'));
    expect(await out(ex)).toEqual(await out(single));
  });

  it('refuses a missing shard, a shard twice, and a changed manifest, naming them', async () => {
    const original = await readFile(ex.manifest, 'utf8');
    const partial = await mkdtemp(path.join(tmpdir(), 'stac-ingest-shards-bad-'));
    try {
      await cp(path.join(shards, 'shard-1-of-3'), path.join(partial, 'a', 'shard-1-of-3'), { recursive: true });
      await cp(path.join(shards, 'shard-1-of-3'), path.join(partial, 'b', 'shard-1-of-3'), { recursive: true });
      await cp(path.join(shards, 'shard-3-of-3'), path.join(partial, 'c', 'shard-3-of-3'), { recursive: true });
      const r = await run(options(ex.manifest, { command: 'publish-shards', shardsDir: partial }));
      expect(r.ok).toBe(false);
      const messages = r.problems.map((p) => p.message);
      expect(messages).toContain('shard 2 of 3 is missing');
      expect(
        messages.some((m) => /^shard 1 of 3 is there twice: .*a\/shard-1-of-3 and .*b\/shard-1-of-3$/.test(m)),
      ).toBe(true);

      await writeFile(ex.manifest, original + '\n# edited after the shards ran\n');
      const changed = await run(options(ex.manifest, { command: 'publish-shards', shardsDir: shards }));
      expect(changed.ok).toBe(false);
      expect(changed.problems.map((p) => p.message)).toEqual(
        [1, 2, 3].map((k) => `${path.join(shards, `shard-${k}-of-3`)} was made from a different manifest`),
      );
    } finally {
      await writeFile(ex.manifest, original);
      await rm(partial, { recursive: true, force: true });
    }
  });

  it('refuses a bundle that lacks a planned object, and --shard outside run', async () => {
    const tampered = await mkdtemp(path.join(tmpdir(), 'stac-ingest-shards-lacking-'));
    try {
      await cp(shards, tampered, { recursive: true });
      const read = async (k: number) => {
        const file = path.join(tampered, `shard-${k}-of-3`, 'shard.json');
        return { k, file, bundle: JSON.parse(await readFile(file, 'utf8')) as { planned: string[] } };
      };
      const nonEmpty = (await Promise.all([1, 2, 3].map(read))).find((b) => b.bundle.planned.length > 0)!;
      const withDocs = nonEmpty.k;
      const dropped = nonEmpty.bundle.planned.pop();
      await writeFile(nonEmpty.file, JSON.stringify(nonEmpty.bundle));
      const r = await run(options(ex.manifest, { command: 'publish-shards', shardsDir: tampered }));
      expect(r.ok).toBe(false);
      expect(r.problems.map((p) => p.message)).toContain(
        `${path.join(tampered, `shard-${withDocs}-of-3`)} did not do 1 planned object(s): ${dropped}`,
      );
    } finally {
      await rm(tampered, { recursive: true, force: true });
    }
    const wrong = await run(options(ex.manifest, { command: 'validate', shard: { index: 1, count: 2 } }));
    expect(wrong.problems.map((p) => p.message)).toEqual(['--shard applies to run, not validate']);
  });
});

describe('shard assignment', () => {
  it('parses k/n and refuses what is not a shard', () => {
    expect(parseShard('2/3', '--shard')).toEqual({ index: 2, count: 3 });
    expect(parseShard(' 1 / 1 ', '--shard')).toEqual({ index: 1, count: 1 });
    for (const bad of ['0/3', '4/3', '3', 'a/b', '1/0'])
      expect(() => parseShard(bad, '--shard')).toThrow(
        `--shard takes k/n with 1 <= k <= n (shard k of n), got '${bad}'`,
      );
  });

  it('spreads keys over every shard', () => {
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 4000; i++) counts[shardOf(`request:scenes#${i}`, 4) - 1]!++;
    for (const c of counts) expect(c).toBeGreaterThan(850);
  });
});
