/**
 * Items built from asset + metadata files: real GeoTIFFs made in the test, read by rio-stac through uvx,
 * merged with metadata files, validated with the project's validator against the offline schema mirrors.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAssetItems, planAssetRequests, type AssetRequestResult } from '../src/sources/assets/asset-item.js';
import {
  EXTENSION_VERSIONS,
  expandExtension,
  extensionUrl,
  mergeExtensions,
} from '../src/sources/assets/extensions.js';
import { deriveItemId } from '../src/sources/assets/item-id.js';
import {
  formatStatus,
  openRequestStatusStore,
  statusFileFor,
  statusOf,
  type RequestStatusRecord,
} from '../src/sources/assets/requests-status.js';
import { createProcessRunner } from '../src/clients/process.js';
import type { StacObject } from '../src/model/stac.js';
import { ConfigurationError, StageError } from '../src/errors.js';
import { RecordingLogger } from '../src/logging.js';
import type { AssetsSource } from '../src/manifest/schema.js';
import { validateDocuments } from '../src/stages/validate/index.js';
import { createSchemaResolver } from '../src/stages/validate/schema-resolver.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const MIRROR = path.resolve(here, '../stac-schemas');
const runner = createProcessRunner();

let dir: string;

async function makeGeotiff(name: string, west: number, north: number): Promise<void> {
  const res = await runner.run(
    'uv',
    [
      'run',
      '--no-project',
      '--with',
      'rasterio',
      'python',
      path.join(here, 'fixtures', 'make-geotiff.py'),
      path.join(dir, name),
      String(west),
      String(north),
    ],
    {
      timeoutMs: 120_000,
    },
  );
  if (res.exitCode !== 0) throw new Error(`make-geotiff failed: ${res.stderr}`);
}

const source = (): AssetsSource => ({
  provider: 'acme-space',
  collection: 'collection.json',
  tool: 'rio-stac',
  requests: [
    { asset_paths: ['tiles/a.tif', 'tiles/b.tif'], metadata_paths: ['meta/common.json', 'meta/scene.json'] },
    { item_id: 'explicit-id', asset_paths: ['tiles/a.tif'], metadata_paths: [], datetime: '2024-02-03T04:05:06Z' },
    { asset_paths: ['tiles/a.tif'], metadata_paths: ['meta/range.json'] },
    {
      item_id: 'broken-raster',
      asset_paths: ['tiles/not-a-raster.tif'],
      metadata_paths: [],
      datetime: '2024-01-01T00:00:00Z',
    },
    { item_id: 'bad-extension', asset_paths: ['tiles/a.tif'], metadata_paths: ['meta/bad-ext.json'] },
  ],
});

let first: AssetRequestResult[];
let second: AssetRequestResult[];
let reportPath: string;

const okDoc = (results: AssetRequestResult[], i: number): StacObject => {
  const r = results[i];
  if (!r?.ok) throw new Error(`request ${i} failed: ${r && !r.ok ? r.error.message : 'missing'}`);
  return r.doc.doc;
};

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'assets-items-'));
  await mkdir(path.join(dir, 'tiles'));
  await mkdir(path.join(dir, 'meta'));
  await Promise.all([makeGeotiff('tiles/a.tif', 10, 50), makeGeotiff('tiles/b.tif', 12, 50)]);
  await writeFile(path.join(dir, 'tiles/not-a-raster.tif'), 'this is text, not a GeoTIFF\n');
  await writeFile(
    path.join(dir, 'collection.json'),
    JSON.stringify({
      type: 'Collection',
      stac_version: '1.1.0',
      id: 'acme-tiles',
      description: 'test',
      license: 'CC-BY-4.0',
      extent: { spatial: { bbox: [[10, 48, 14, 50]] }, temporal: { interval: [['2024-01-01T00:00:00Z', null]] } },
      links: [],
    }),
  );
  await writeFile(
    path.join(dir, 'meta/common.json'),
    JSON.stringify({
      properties: { platform: 'acme-1', 'view:off_nadir': 3.5 },
      stac_extensions: ['view', 'projection'],
    }),
  );
  await writeFile(
    path.join(dir, 'meta/scene.json'),
    JSON.stringify({
      properties: {
        datetime: '2024-05-06T07:08:09Z',
        'view:off_nadir': 4.25,
        'sat:orbit_state': 'ascending',
        'processing:level': 'L2',
      },
      stac_extensions: ['sat', 'https://stac-extensions.github.io/processing/v1.2.0/schema.json'],
      note: 'ignored',
    }),
  );
  await writeFile(
    path.join(dir, 'meta/range.json'),
    JSON.stringify({ properties: { start_datetime: '2024-01-01T00:00:00Z', end_datetime: '2024-01-31T23:59:59Z' } }),
  );
  await writeFile(
    path.join(dir, 'meta/bad-ext.json'),
    JSON.stringify({ properties: { datetime: '2024-01-01T00:00:00Z' }, stac_extensions: ['eo', 'bogus'] }),
  );

  reportPath = path.join(dir, 'out', 'report.json');
  const status = await openRequestStatusStore(statusFileFor(reportPath));
  first = await buildAssetItems(
    source(),
    dir,
    'sources[0] (tiles)',
    { runner, logger: new RecordingLogger(), status },
    { concurrency: 4, sourceId: 'tiles' },
  );
  second = await buildAssetItems(
    source(),
    dir,
    'sources[0] (tiles)',
    { runner, logger: new RecordingLogger() },
    { concurrency: 2 },
  );
}, 300_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('an item from two GeoTIFFs and two metadata files', () => {
  it('takes geometry, bbox and projection from the rasters', () => {
    const doc = okDoc(first, 0);
    // a.tif covers 10..12 x 48..50, b.tif 12..14 x 48..50: the bbox is the union, the geometry its polygon
    expect(doc['bbox']).toEqual([10, 48, 14, 50]);
    expect(doc['geometry']).toEqual({
      type: 'Polygon',
      coordinates: [
        [
          [10, 48],
          [14, 48],
          [14, 50],
          [10, 50],
          [10, 48],
        ],
      ],
    });
    const props = doc['properties'] as Record<string, unknown>;
    // rio-stac's projection v1.1 `proj:epsg` moved to v2.0.0 `proj:code`
    expect(props['proj:code']).toBe('EPSG:4326');
    expect(props['proj:epsg']).toBeUndefined();
    expect(props['proj:shape']).toEqual([8, 8]);
    expect((props['proj:transform'] as number[]).slice(0, 6)).toEqual([0.25, 0, 10, 0, -0.25, 50]);
    const assets = doc['assets'] as Record<string, Record<string, unknown>>;
    expect(Object.keys(assets)).toEqual(['a', 'b']);
    expect(assets['a']?.['href']).toBe(path.join(dir, 'tiles/a.tif'));
    expect(assets['a']?.['type']).toBe('image/tiff; application=geotiff');
    expect(assets['a']?.['roles']).toEqual(['data']);
    // b's grid differs from the item-level one: it carries its own transform
    expect((assets['b']?.['proj:transform'] as number[]).slice(0, 6)).toEqual([0.25, 0, 12, 0, -0.25, 50]);
    expect(assets['a']?.['proj:transform']).toBeUndefined();
    const band = (assets['a']?.['raster:bands'] as Record<string, unknown>[])[0];
    expect(band).toMatchObject({ data_type: 'uint8', nodata: 255 });
  });

  it('merges metadata properties in order and expands short-name extensions', () => {
    const doc = okDoc(first, 0);
    expect(doc['collection']).toBe('acme-tiles');
    expect(doc['links']).toEqual([{ rel: 'collection', href: '../collection.json', type: 'application/json' }]);
    const props = doc['properties'] as Record<string, unknown>;
    expect(props).toMatchObject({
      platform: 'acme-1',
      'view:off_nadir': 4.25,
      'sat:orbit_state': 'ascending',
      datetime: '2024-05-06T07:08:09Z',
    });
    const ext = doc['stac_extensions'] as string[];
    expect(ext).toContain(extensionUrl('view', EXTENSION_VERSIONS['view'] as string));
    expect(ext).toContain(extensionUrl('sat', EXTENSION_VERSIONS['sat'] as string));
    expect(ext).toContain('https://stac-extensions.github.io/processing/v1.2.0/schema.json');
    // `projection` names an extension the item already declares: listed once
    expect(ext.filter((u) => u.includes('/projection/'))).toEqual([
      'https://stac-extensions.github.io/projection/v2.0.0/schema.json',
    ]);
    // a short name for an extension declared in another version adds nothing
    expect(
      mergeExtensions([extensionUrl('eo', 'v1.1.0')], [{ url: extensionUrl('eo', 'v2.0.0'), fromShortName: true }]),
    ).toEqual([extensionUrl('eo', 'v1.1.0')]);
  });

  it('gives the same ids and the same item on a second run', () => {
    expect(second.map((r) => [r.requestId, r.itemId])).toEqual(first.map((r) => [r.requestId, r.itemId]));
    expect(okDoc(second, 0)).toEqual(okDoc(first, 0));
    const id = okDoc(first, 0)['id'] as string;
    expect(id).toBe(deriveItemId('acme-space', 'acme-tiles', ['tiles/b.tif', './tiles/a.tif']));
    expect(id).toMatch(/^a-[0-9a-f]{12}$/);
    expect(okDoc(first, 1)['id']).toBe('explicit-id');
    expect(new Set(first.map((r) => r.requestId)).size).toBe(first.length);
  });

  it('uses the request datetime when the metadata has none, and null datetime for a start/end range', () => {
    expect((okDoc(first, 1)['properties'] as Record<string, unknown>)['datetime']).toBe('2024-02-03T04:05:06Z');
    expect(okDoc(first, 2)['properties']).toMatchObject({
      datetime: null,
      start_datetime: '2024-01-01T00:00:00Z',
      end_datetime: '2024-01-31T23:59:59Z',
    });
  });

  it('validates with the project validator, offline', async () => {
    const resolver = createSchemaResolver({ mirrors: [MIRROR], network: false, logger: new RecordingLogger() });
    const docs = first.filter((r) => r.ok).map((r) => (r as Extract<AssetRequestResult, { ok: true }>).doc);
    expect(docs).toHaveLength(3);
    const report = await validateDocuments(docs, { resolver });
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(report.checked.items).toBe(3);
  });
});

describe('failed requests', () => {
  it('returns a rio-stac failure with its stderr and origin, without stopping the others', () => {
    const r = first[3];
    expect(r?.ok).toBe(false);
    if (r === undefined || r.ok) return;
    expect(r.error).toBeInstanceOf(StageError);
    expect(r.error.message).toMatch(/rio stac failed on .*not-a-raster\.tif/);
    expect(r.stderr).toMatch(/not recognized as( being in)? a supported file format|RasterioIOError/);
    expect(r.origin.entry).toBe('sources[0] (tiles) requests[3]');
  });

  it('locates an unknown extension short name in its metadata file', () => {
    const r = first[4];
    if (r === undefined || r.ok) throw new Error('expected a failure');
    expect(r.error).toBeInstanceOf(ConfigurationError);
    expect((r.error as ConfigurationError).location).toMatchObject({
      file: 'meta/bad-ext.json',
      pointer: '/stac_extensions/1',
    });
    expect((r.error as ConfigurationError).hint).toContain('view');
  });
});

describe('request status', () => {
  it('is kept next to the run report and read back by statusOf', async () => {
    expect(existsSync(path.join(dir, 'out', 'report.requests.json'))).toBe(true);
    const all = await statusOf(reportPath);
    expect(all).toHaveLength(5);
    const byItem: Record<string, RequestStatusRecord> = Object.fromEntries(
      all.map((r) => [r.itemId ?? r.requestId, r]),
    );
    expect(byItem['explicit-id']?.status).toBe('generating');
    expect(byItem['broken-raster']?.status).toBe('failed');
    expect(byItem['broken-raster']?.error).toContain('rio stac failed');
    expect(byItem['explicit-id']?.history.map((h) => h.status)).toEqual(['queued', 'generating']);
    const one = await statusOf(path.join(dir, 'out', 'report.requests.json'), first[1]?.requestId);
    expect(one.map((r) => r.itemId)).toEqual(['explicit-id']);
    expect(formatStatus(one)).toContain('generating');
    await expect(statusOf(reportPath, 'req-nope')).rejects.toThrow(/no request req-nope/);
  });

  it('records later stages in the same file', async () => {
    const file = path.join(dir, 'out', 'later.requests.json');
    const store = await openRequestStatusStore(file, () => new Date('2024-01-01T00:00:00Z'));
    await store.update('req-1', 'queued', { itemId: 'x' });
    await Promise.all([store.update('req-1', 'published'), store.update('req-2', 'failed', { error: 'boom' })]);
    const reopened = await openRequestStatusStore(file);
    await reopened.update('req-1', 'verified');
    const saved = JSON.parse(await readFile(file, 'utf8')) as {
      requests: Record<string, { status: string; itemId?: string; history: unknown[] }>;
    };
    expect(saved.requests['req-1']).toMatchObject({ status: 'verified', itemId: 'x' });
    expect(saved.requests['req-1']?.history).toHaveLength(3);
    expect(saved.requests['req-2']?.status).toBe('failed');
  });
});

describe('pure parts', () => {
  it('expands every short name to a schema in the bundled mirror', () => {
    for (const [name, version] of Object.entries(EXTENSION_VERSIONS)) {
      expect(
        existsSync(path.join(MIRROR, 'stac-extensions.github.io', name, version, 'schema.json')),
        `${name} ${version}`,
      ).toBe(true);
    }
    expect(expandExtension('proj')).toEqual({
      ok: true,
      name: 'projection',
      url: extensionUrl('projection', 'v2.0.0'),
    });
    expect(expandExtension('nope').ok).toBe(false);
    expect(mergeExtensions(['https://x/a.json'], [{ url: 'https://x/a.json', fromShortName: false }])).toEqual([
      'https://x/a.json',
    ]);
  });

  it('plans request ids without running anything, independent of asset order', () => {
    const s = source();
    const a = planAssetRequests(s, 'acme-tiles', 'e');
    const reordered = { ...s, requests: [{ ...s.requests[0]!, asset_paths: ['tiles/b.tif', 'tiles/a.tif'] }] };
    expect(planAssetRequests(reordered, 'acme-tiles', 'e')[0]?.itemId).toBe(a[0]?.itemId);
    expect(planAssetRequests(s, 'other-collection', 'e')[0]?.itemId).not.toBe(a[0]?.itemId);
    expect(a.map((p) => p.requestId)).toEqual(first.map((r) => r.requestId));
  });
});
