/**
 * Empty is not success (src/stages/empty-sources.ts): a source that yields nothing fails the run
 * naming it, unless the manifest says `allow_empty: true`; a previous output is left as it was.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ingest, type IngestOptions } from '../src/run/ingest.js';
import { createProcessRunner } from '../src/clients/process.js';
import { RecordingLogger } from '../src/logging.js';
import { bundledSchemaMirror } from '../src/stages/validate/bundled.js';
import { validCollection, validItem } from './support/stac-docs.js';
import { DEMO_PACKAGE } from './support/dataset.js';
import { SHARED_DEMO_PACKAGE, testPolicy } from './support/policy.js';

let dir: string;
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function setUp(sources: string, collections = '  - id: c1\n    file: collection.json\n'): Promise<string> {
  dir = await mkdtemp(path.join(tmpdir(), 'stac-ingest-empty-'));
  await mkdir(path.join(dir, 'items'));
  await writeFile(path.join(dir, 'collection.json'), JSON.stringify(validCollection('c1')));
  await writeFile(path.join(dir, 'items', 'one.json'), JSON.stringify(validItem('c1', 'one')));
  await writeFile(path.join(dir, 'items', 'none.geojson'), JSON.stringify({ type: 'FeatureCollection', features: [] }));
  await writeFile(path.join(dir, 'rows.csv'), 'file,platform\n');
  await writeFile(
    path.join(dir, 'catalog.json'),
    JSON.stringify({ type: 'Catalog', stac_version: '1.0.0', id: 'x', description: 'x', links: [] }),
  );
  const manifest = path.join(dir, 'stac-ingest.yaml');
  await writeFile(
    manifest,
    `version: 1\ncollections:\n${collections}sources:\n${sources}targets:\n  out: { type: directory, path: ` +
      `out }\ndefault_target: out\n`,
  );
  return manifest;
}

const run = (manifestPath: string, command: IngestOptions['command'] = 'run') =>
  ingest(
    {
      command,
      manifestPath,
      // the demo package lives in test/fixtures, outside the dataset: the workflow allows it
      policy: testPolicy(path.dirname(manifestPath), SHARED_DEMO_PACKAGE),
      concurrency: 2,
      schemaMirrors: [bundledSchemaMirror()!],
      network: false,
    },
    { logger: new RecordingLogger(), runner: createProcessRunner() },
  );

const EMPTY_SOURCES = {
  'an empty FeatureCollection': '  - id: feed\n    files: items/none.geojson\n',
  'a rows file with only its header':
    `  - id: feed\n    collection: c1\n    stactools: { package: ${DEMO_PACKAGE}, group: demo, rows: ` +
    `rows.csv, args: ["{file}"] }\n`,
  'a catalog without items': '  - id: feed\n    catalog: catalog.json\n',
};

describe('a source that yields nothing', () => {
  for (const [what, source] of Object.entries(EMPTY_SOURCES)) {
    it(`${what}: run and plan fail naming the source and its manifest line; nothing is written`, async () => {
      const manifest = await setUp('  - id: premade\n    files: items/one.json\n' + source);
      for (const command of ['run', 'plan'] as const) {
        const r = await run(manifest, command);
        expect(r.ok).toBe(false);
        const p = r.problems.find((x) => x.message.includes("source 'feed' yields nothing"));
        expect(p?.location).toMatchObject({ file: manifest, line: 8, entry: 'sources[1] (feed)' });
      }
      expect(await readdir(dir)).not.toContain('out');
    });
  }

  it('after a good run, an emptied source fails and the previous output stays as it was', async () => {
    const manifest = await setUp('  - id: feed\n    files: items/*.json\n');
    expect((await run(manifest)).ok).toBe(true);
    const before = await readFile(path.join(dir, 'out', 'c1', 'items.ndjson'), 'utf8');
    await rm(path.join(dir, 'items', 'one.json'));
    await writeFile(path.join(dir, 'items', 'one.json'), JSON.stringify({ type: 'FeatureCollection', features: [] }));
    const r = await run(manifest);
    expect(r.ok).toBe(false);
    expect(r.problems.map((p) => p.message).join('\n')).toMatch(/source 'feed' yields nothing/);
    expect(await readFile(path.join(dir, 'out', 'c1', 'items.ndjson'), 'utf8')).toBe(before);
  });

  it('allow_empty: true on the source lets it be empty', async () => {
    const manifest = await setUp(
      '  - id: premade\n    files: items/one.json\n  - id: feed\n    files: items/none.geojson\n' +
        '    allow_empty: true\n',
    );
    const r = await run(manifest);
    expect(r.problems).toEqual([]);
    expect(r.ok).toBe(true);
  });

  it('a manifest with no sources and no collections fails: the run would deliver nothing', async () => {
    const manifest = await setUp('  []\n', '  []\n');
    const r = await run(manifest);
    expect(r.ok).toBe(false);
    expect(r.problems[0]?.message).toMatch(/no sources and no collections: a run would deliver nothing/);
  });
});
