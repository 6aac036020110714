import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendFile, mkdir, mkdtemp, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadManifest } from '../src/manifest/load.js';
import { resolveInputs } from '../src/stages/resolve.js';
import type { StreamedDocs } from '../src/model/inputs.js';

/**
 * A files source read each time it is used (issue 12: counted, then validated, then written or published) is the
 * same files at every read: a file that changed, appeared or went away between two reads is refused with a message
 * naming it, instead of publishing documents other than those validated.
 */
const item = (id: string) =>
  JSON.stringify({
    type: 'Feature',
    stac_version: '1.1.0',
    id,
    collection: 'c1',
    geometry: null,
    properties: { datetime: '2024-01-01T00:00:00Z' },
    links: [],
    assets: {},
  });

let dir = '';

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'resolve-streamed-'));
  await mkdir(path.join(dir, 'items'));
  await writeFile(path.join(dir, 'items', 'a.ndjson'), [item('a1'), item('a2')].join('\n') + '\n');
  await writeFile(path.join(dir, 'items', 'b.ndjson'), item('b1') + '\n');
  await writeFile(
    path.join(dir, 'stac-ingest.yaml'),
    'version: 1\nsources:\n  - id: scenes\n    files: items/*.ndjson\n',
  );
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function streamed(): Promise<StreamedDocs> {
  const loaded = await loadManifest(path.join(dir, 'stac-ingest.yaml'));
  const inputs = await resolveInputs(loaded, { streamSources: true });
  const source = inputs.sources[0];
  if (source?.kind !== 'files' || source.stream === undefined) throw new Error('the source is not streamed');
  return source.stream;
}

async function drain(docs: AsyncIterable<unknown>): Promise<number> {
  let n = 0;
  for await (const _ of docs) n++;
  return n;
}

describe('a streamed files source read again', () => {
  it('reads the same documents when nothing changed', async () => {
    const s = await streamed();
    expect(s.counts.get('c1')).toBe(3);
    expect(await drain(s.units())).toBe(2);
    expect(await drain(s.items())).toBe(3);
  });

  it('refuses a file that grew after the first read', async () => {
    const s = await streamed();
    await appendFile(path.join(dir, 'items', 'b.ndjson'), item('b2') + '\n');
    await expect(drain(s.units())).rejects.toThrow(/items\/b\.ndjson changed while stac-ingest was reading the source/);
    await expect(drain(s.items())).rejects.toThrow(/items\/b\.ndjson changed/);
  });

  it('refuses a file rewritten with the same size later', async () => {
    const s = await streamed();
    const file = path.join(dir, 'items', 'a.ndjson');
    const before = await stat(file);
    await writeFile(file, (await readFile(file, 'utf8')).replace('"a2"', '"a3"'));
    await utimes(file, before.atime, new Date(before.mtimeMs + 5000));
    expect((await stat(file)).size).toBe(before.size);
    await expect(drain(s.items())).rejects.toThrow(/items\/a\.ndjson changed/);
  });

  it('refuses a file that appeared or went away between reads', async () => {
    const s = await streamed();
    await writeFile(path.join(dir, 'items', 'c.ndjson'), item('c1') + '\n');
    await expect(drain(s.units())).rejects.toThrow(/items\/c\.ndjson appeared after the first read/);
    await rm(path.join(dir, 'items', 'c.ndjson'));
    await rm(path.join(dir, 'items', 'b.ndjson'));
    await expect(drain(s.items())).rejects.toThrow(/items\/b\.ndjson is gone/);
  });
});

describe('the first read of a streamed files source', () => {
  it("finds each collection's earliest and latest items (sent first to maap, not read again)", async () => {
    const at = (id: string, collection: string, datetime: string) =>
      JSON.stringify({ ...JSON.parse(item(id)), collection, properties: { datetime } });
    const lines = [
      at('mid', 'c1', '2024-01-02T00:00:00Z'),
      at('late', 'c1', '2024-01-03T00:00:00.5Z'),
      at('early', 'c1', '2024-01-01T00:00:00Z'),
      at('only', 'c2', '2023-06-01T00:00:00Z'),
    ];
    await writeFile(path.join(dir, 'items', 'a.ndjson'), lines.join('\n') + '\n');
    await rm(path.join(dir, 'items', 'b.ndjson'));
    const s = await streamed();
    expect(s.bounds.map((d) => d.doc['id']).sort()).toEqual(['early', 'late', 'only']);
    expect(s.bounds.find((d) => d.doc['id'] === 'late')?.origin).toMatchObject({
      file: expect.stringMatching(/a\.ndjson$/),
      line: 2,
    });
  });
});
