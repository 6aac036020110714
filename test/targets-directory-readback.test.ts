/**
 * The directory target reads its output back linearly: every file once (it used to re-read
 * `collection.json` and `catalog.json` for every item's links, quadratic in the item count).
 * The file system is the real one; the test only counts which paths are opened for reading.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

const reads = new Map<string, number>();
const count = (p: unknown): void => {
  const key = String(p);
  reads.set(key, (reads.get(key) ?? 0) + 1);
};
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const readFile = ((p: Parameters<typeof real.readFile>[0], ...rest: unknown[]) => {
    count(p);
    return (real.readFile as (...a: unknown[]) => unknown)(p, ...rest);
  }) as typeof real.readFile;
  return { ...real, default: { ...real, readFile }, readFile };
});
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  const createReadStream = ((p: Parameters<typeof real.createReadStream>[0], ...rest: unknown[]) => {
    count(p);
    return (real.createReadStream as (...a: unknown[]) => unknown)(p, ...rest);
  }) as typeof real.createReadStream;
  return { ...real, default: { ...real, createReadStream }, createReadStream };
});

const { writeDirectory } = await import('../src/targets/directory/write.js');
const { outputPolicy } = await import('../src/targets/directory/output-dir.js');
const { validCollection, validItem } = await import('./support/stac-docs.js');

let work: string;
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('directory read-back', () => {
  it('reads every written file exactly once, however many items link to the collection', async () => {
    work = await mkdtemp(path.join(tmpdir(), 'stac-ingest-readback-'));
    const root = path.join(work, 'out');
    const items = Array.from({ length: 60 }, (_, i) => validItem('c1', `i-${i}`, i));
    reads.clear();
    const out = await writeDirectory(
      root,
      [validCollection('c1')],
      items,
      'both',
      outputPolicy({ manifestPath: path.join(work, 'stac-ingest.yaml') }),
    );
    const staged = [...reads.keys()].filter((p) => p.includes('.out.stac-ingest-tmp-'));
    const byFile = new Map(staged.map((p) => [p.slice(p.indexOf('.out.stac-ingest-tmp-')).replace(/^[^/]+\//, ''), p]));
    // every output file was read back, and none more than once
    expect([...byFile.keys()].sort()).toEqual(out.files);
    expect(staged.map((p) => reads.get(p))).toEqual(staged.map(() => 1));
    expect(out.files).toContain('c1/collection.json');
  });
});
