import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProcessRunner } from '../src/clients/process.js';
import { RecordingLogger } from '../src/logging.js';
import { generateCollection, generateItems, type GenerateJob } from '../src/stages/generate/index.js';

/**
 * A published stactools package from PyPI, run on a GeoTIFF we make here: stactools-glad-glclu2020
 * (the `gladglclu2020` group MAAP uses). Its create-item parses year and tile out of the asset href
 * with `--href-format` and reads the raster with rasterio, so it works fully offline on a local file.
 */
const PACKAGE = 'stactools-glad-glclu2020==0.1.1';
const runner = createProcessRunner();

let dir: string;
let scratch: string;
let env: NodeJS.ProcessEnv;
const tiles = [
  { year: '2020', loc: '50N_010E', west: 10, north: 50 },
  { year: '2020', loc: '40N_020E', west: 20, north: 40 },
  { year: '2000-2020change', loc: '50N_010E', west: 10, north: 50 },
];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'stac-ingest-glad-test-'));
  scratch = join(dir, 'scratch');
  await mkdir(scratch);
  for (const t of tiles) {
    await mkdir(join(dir, 'data', t.year), { recursive: true });
    const made = await runner.run(
      'uv',
      [
        'run',
        '--no-project',
        '--with',
        'rasterio',
        '--with',
        'numpy<2.3.0',
        'python',
        join(import.meta.dirname, 'fixtures', 'make-geotiff.py'),
        join(dir, 'data', t.year, `${t.loc}.tif`),
        String(t.west),
        String(t.north),
      ],
      { timeoutMs: 240_000 },
    );
    if (made.exitCode !== 0) throw new Error(`making a GeoTIFF failed: ${made.stderr}`);
  }
  // stactools-glad-glclu2020 0.1.1 hands rasterio's Affine to pystac's projection extension; since
  // affine 3.0 (no longer a tuple) the item cannot be serialized ("Object of type Affine is not JSON
  // serializable"). The generator's `--with` list cannot carry a constraint, so pin it through uv's
  // environment, leaving the argument list exactly the generator's.
  const constraints = join(dir, 'constraints.txt');
  await writeFile(constraints, 'affine<3\n');
  env = { ...process.env, UV_CONSTRAINT: constraints };
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('a published stactools package through generateItems', () => {
  it('creates items from locally made GeoTIFFs, with --href-format as a --key value option', async () => {
    const hrefFormat = join(dir, 'data', '{year}', '{loc}.tif');
    const jobs: GenerateJob[] = tiles.map((t) => ({
      request: {
        package_name: PACKAGE,
        group_name: 'gladglclu2020',
        create_item_args: [join(dir, 'data', t.year, `${t.loc}.tif`)],
        create_item_options: { 'href-format': hrefFormat },
        collection_id: t.year === '2020' ? 'glad-annual-test' : null,
      },
      origin: { file: `tiles.csv`, line: tiles.indexOf(t) + 2, entry: 'sources[0] (glad)' },
      timeoutMs: 240_000,
    }));
    const { outcomes } = await generateItems(
      jobs,
      { runner, logger: new RecordingLogger(), tmpDir: scratch },
      { concurrency: 2, cwd: dir, env },
    );
    const docs = outcomes.map((o) => {
      if (!o.ok) throw new Error(`${o.error}\n${o.stderr}`);
      return o.doc.doc;
    });
    expect(docs.map((d) => d['id'])).toEqual(['2020_50N_010E', '2020_40N_020E', '2000-2020change_50N_010E']);
    expect(docs.map((d) => d['bbox'])).toEqual([
      [10, 48, 12, 50],
      [20, 38, 22, 40],
      [10, 48, 12, 50],
    ]);
    const props = docs.map((d) => d['properties'] as Record<string, unknown>);
    expect(props[0]?.['proj:code']).toBe('EPSG:4326');
    expect(props[0]?.['proj:shape']).toEqual([8, 8]);
    expect(props[0]?.['datetime']).toBe('2020-01-01T00:00:00Z');
    expect(props[2]?.['start_datetime']).toBe('2000-01-01T00:00:00Z');
    // collection_id overwrites the package's collection; null keeps it (the change collection here)
    expect(docs.map((d) => d['collection'])).toEqual([
      'glad-annual-test',
      'glad-annual-test',
      'glad-glclu2020-change-v2',
    ]);
    expect(await readdir(scratch)).toEqual([]);
  });

  it('writes identical items with the worker engine and the per-item uvx command (`with: [affine<3]`)', async () => {
    // the manifest's `with:` rides in package_name after a comma, as sent to the generator: no UV_CONSTRAINT here
    const jobs: GenerateJob[] = tiles.map((t, i) => ({
      request: {
        package_name: `${PACKAGE},affine<3`,
        group_name: 'gladglclu2020',
        create_item_args: [join(dir, 'data', t.year, `${t.loc}.tif`)],
        create_item_options: { 'href-format': join(dir, 'data', '{year}', '{loc}.tif') },
        collection_id: i === 0 ? 'glad-annual-test' : null,
      },
      origin: { file: 'tiles.csv', line: i + 2 },
      timeoutMs: 240_000,
    }));
    const docsOf = async (engine: 'worker' | 'uvx') => {
      const { outcomes, packages } = await generateItems(
        jobs,
        { runner, logger: new RecordingLogger(), tmpDir: scratch },
        { concurrency: 2, cwd: dir, engine },
      );
      expect(packages.map((p) => [p.package, p.engine, p.items, p.failed])).toEqual([
        [`${PACKAGE},affine<3`, engine, 3, 0],
      ]);
      return outcomes.map((o) => {
        if (!o.ok) throw new Error(`${engine}: ${o.error}\n${o.stderr}`);
        return o.doc.doc;
      });
    };
    const worker = await docsOf('worker');
    expect(worker.map((d) => d['id'])).toEqual(['2020_50N_010E', '2020_40N_020E', '2000-2020change_50N_010E']);
    expect(await docsOf('uvx')).toEqual(worker);
  });

  it('creates the package collection with create-collection --type annual', async () => {
    const outcome = await generateCollection(
      {
        spec: { package: PACKAGE, group: 'gladglclu2020', args: [], options: { type: 'annual' } },
        collectionId: 'glad-glclu2020-v2',
        origin: { file: 'stac-ingest.yaml', line: 3, entry: 'collections[0] (glad-glclu2020-v2)' },
        timeoutMs: 240_000,
      },
      { runner, logger: new RecordingLogger(), tmpDir: scratch },
      { cwd: dir, env },
    );
    if (!outcome.ok) throw new Error(`${outcome.error}\n${outcome.stderr}`);
    expect(outcome.doc.doc['type']).toBe('Collection');
    expect(outcome.doc.doc['license']).toBeTypeOf('string');
  });
});
