/**
 * The STAC Generator's own request format (issue 14, item 5): an `assets` source takes payload files verbatim
 * (`payloads: <glob>`), maps them onto the request shape and builds the items with the real rio-stac through uvx,
 * from real GeoTIFFs, with the collection.json at a URL (a loopback HTTP server). The tool fills only the
 * extensions the metadata files name, every one it can when they name none. Bad payloads are located errors.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProcessRunner } from '../src/clients/process.js';
import { ConfigurationError, ConfigurationErrors } from '../src/errors.js';
import { RecordingLogger } from '../src/logging.js';
import { loadManifest } from '../src/manifest/load.js';
import type { ResolvedSource } from '../src/model/inputs.js';
import type { StacObject } from '../src/model/stac.js';
import { buildAssetItems, type AssetRequestResult } from '../src/sources/assets/asset-item.js';
import { resolveInputs } from '../src/stages/resolve.js';
import { validateDocuments } from '../src/stages/validate/index.js';
import { bundledSchemaMirror } from '../src/stages/validate/bundled.js';
import { createSchemaResolver } from '../src/stages/validate/schema-resolver.js';
import { workspaceGuard } from '../src/security/workspace.js';
import { serveFiles, startCaptureServer, type CaptureServer } from './support/capture-server.js';
import { LOOPBACK_FETCH_POLICY } from './support/policy.js';

const here = import.meta.dirname;
const runner = createProcessRunner();
const json = (v: unknown) => JSON.stringify(v, null, 2) + '\n';

let dir: string;
let http: CaptureServer;
let collectionUrl: string;
let built: AssetRequestResult[];

async function makeGeotiff(file: string, west: number): Promise<void> {
  const script = path.join(here, 'fixtures', 'make-geotiff.py');
  const args = [
    'run',
    '--no-project',
    '--with',
    'rasterio',
    'python',
    script,
    path.join(dir, file),
    String(west),
    '50',
  ];
  const res = await runner.run('uv', args, { timeoutMs: 120_000 });
  if (res.exitCode !== 0) throw new Error(`make-geotiff failed: ${res.stderr}`);
}

async function write(file: string, text: string): Promise<string> {
  await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
  await writeFile(path.join(dir, file), text);
  return path.join(dir, file);
}

const manifest = (name: string, glob: string) =>
  write(name, `version: 1\nsources:\n  - id: generator\n    assets:\n      payloads: ${glob}\n`);

async function resolveAssets(manifestPath: string): Promise<Extract<ResolvedSource, { kind: 'assets' }>> {
  const loaded = await loadManifest(manifestPath);
  const deps = { runner, logger: new RecordingLogger(), fetchPolicy: LOOPBACK_FETCH_POLICY };
  const inputs = await resolveInputs(loaded, deps);
  const s = inputs.sources[0];
  if (s?.kind !== 'assets') throw new Error('expected an assets source');
  return s;
}

const doc = (itemId: string): StacObject => {
  const r = built.find((b) => b.itemId === itemId);
  if (!r?.ok) throw new Error(`${itemId}: ${r && !r.ok ? r.error.message : 'missing'}`);
  return r.doc.doc;
};
const extensionNames = (d: StacObject) => (d['stac_extensions'] as string[]).map((u) => u.split('/')[3] ?? u).sort();

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'assets-payloads-'));
  await mkdir(path.join(dir, 'tiles'));
  await Promise.all([makeGeotiff('tiles/a.tif', 10), makeGeotiff('tiles/b.tif', 12)]);
  const collection = { type: 'Collection', stac_version: '1.1.0', id: 'generator-tiles', description: 'd' };
  const files = { '/stac/collection.json': { bytes: Buffer.from(json(collection)), type: 'application/json' } };
  http = await startCaptureServer(serveFiles(files));
  collectionUrl = `${http.url}/stac/collection.json`;
  const when = { datetime: '2024-03-04T05:06:07Z' };
  await write('meta/plain.json', json({ properties: when }));
  await write('meta/view.json', json({ properties: { ...when, 'view:off_nadir': 3 }, stac_extensions: ['view'] }));
  const raster = 'https://stac-extensions.github.io/raster/v1.1.0/schema.json';
  await write('meta/raster.json', json({ properties: when, stac_extensions: [raster] }));
  const payload = (extra: Record<string, unknown>) =>
    json({ source: 'manual', provider: 'acme', collection: collectionUrl, ...extra });
  await write(
    'requests/all.json',
    payload({ assetPaths: ['../tiles/a.tif', '../tiles/b.tif'], metadataPaths: ['../meta/plain.json'] }),
  );
  await write(
    'requests/view.json',
    payload({ itemId: 'only-view', assetPaths: ['../tiles/a.tif'], metadataPaths: ['../meta/view.json'] }),
  );
  await write(
    'requests/raster.json',
    payload({
      itemId: 'only-raster',
      source: 'automatic',
      assetPaths: ['../tiles/b.tif'],
      metadataPaths: ['../meta/raster.json'],
    }),
  );
  const resolved = await resolveAssets(await manifest('good.yaml', 'requests/*.json'));
  built = await buildAssetItems(
    resolved.source,
    dir,
    'sources[0] (generator)',
    { runner, logger: new RecordingLogger(), fetchPolicy: LOOPBACK_FETCH_POLICY },
    { concurrency: 2 },
  );
}, 300_000);

afterAll(async () => {
  await http?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('payload files taken verbatim', () => {
  it('map onto requests: ids, the collection at its URL, paths relative to the payload file', async () => {
    const resolved = await resolveAssets(path.join(dir, 'good.yaml'));
    expect(resolved.collectionId).toBe('generator-tiles');
    expect(resolved.source).toMatchObject({ provider: 'acme', collection: collectionUrl, tool_extensions: 'named' });
    // files in glob order (sorted): all, raster, view
    expect(resolved.requests.map((r) => [r.entry, r.request.asset_paths])).toEqual([
      ['sources[0] (generator) requests/all.json', ['tiles/a.tif', 'tiles/b.tif']],
      ['sources[0] (generator) requests/raster.json', ['tiles/b.tif']],
      ['sources[0] (generator) requests/view.json', ['tiles/a.tif']],
    ]);
    expect(resolved.requests.map((r) => r.itemId).slice(1)).toEqual(['only-raster', 'only-view']);
    expect(built.map((b) => b.ok)).toEqual([true, true, true]);
    const all = doc(resolved.requests[0]!.itemId);
    expect(all['collection']).toBe('generator-tiles');
    expect(all['links']).toEqual([{ rel: 'collection', href: collectionUrl, type: 'application/json' }]);
    expect(all['bbox']).toEqual([10, 48, 14, 50]);
  });

  it('fills every extension the tool can when the metadata files name none', () => {
    const all = doc(built[0]!.itemId);
    expect(extensionNames(all)).toEqual(['eo', 'projection', 'raster']);
    const a = (all['assets'] as Record<string, Record<string, unknown>>)['a']!;
    expect(a['raster:bands']).toBeDefined();
    expect(a['eo:bands']).toBeDefined();
    expect((all['properties'] as Record<string, unknown>)['proj:code']).toBe('EPSG:4326');
  });

  it('fills only the extensions the metadata files name', () => {
    const view = doc('only-view');
    expect(extensionNames(view)).toEqual(['view']);
    expect(view['properties']).toMatchObject({ 'view:off_nadir': 3 });
    expect(Object.keys(view['properties'] as object).filter((k) => k.startsWith('proj:'))).toEqual([]);
    expect((view['assets'] as Record<string, Record<string, unknown>>)['a']?.['raster:bands']).toBeUndefined();
    const raster = doc('only-raster');
    expect(extensionNames(raster)).toEqual(['raster']);
    const b = (raster['assets'] as Record<string, Record<string, unknown>>)['b']!;
    expect(b['raster:bands']).toBeDefined();
    expect(b['eo:bands']).toBeUndefined();
  });

  it('validates offline with the bundled schemas', async () => {
    const resolver = createSchemaResolver({
      mirrors: [bundledSchemaMirror()!],
      network: false,
      logger: new RecordingLogger(),
    });
    const docs = built.flatMap((b) => (b.ok ? [b.doc] : []));
    const report = await validateDocuments(docs, { resolver });
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(report.checked.items).toBe(3);
  });
});

describe('bad payloads', () => {
  it('are located errors: file, line and JSON pointer, every one at once', async () => {
    const other = { source: 'manual', provider: 'acme', collection: 'other/collection.json', assetPaths: ['a.tif'] };
    await write(
      'bad/1-first.json',
      json({ provider: 'acme', collection: collectionUrl, assetPaths: ['../tiles/a.tif'] }),
    );
    await write('bad/2-typo.json', json({ provider: 'acme', collection: collectionUrl, assetpaths: ['x.tif'] }));
    await write('bad/3-empty.json', json({ provider: '', collection: collectionUrl, assetPaths: [], itemId: 7 }));
    await write('bad/4-other-collection.json', json(other));
    await write('bad/5-not-json.json', '{ "provider": "acme",\n  "collection": }\n');
    const err = await resolveAssets(await manifest('bad.yaml', 'bad/*.json')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigurationErrors);
    const found = (err as ConfigurationErrors).errors.map((e: ConfigurationError) => ({
      message: e.message,
      file: e.location?.file?.split('/').slice(-2).join('/'),
      line: e.location?.line,
      pointer: e.location?.pointer,
    }));
    expect(found).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: 'bad/2-typo.json', line: 4, pointer: '/assetpaths' }),
        expect.objectContaining({
          file: 'bad/2-typo.json',
          pointer: '/assetPaths',
          message: expect.stringMatching(/`assetPaths` is missing/),
        }),
        expect.objectContaining({ file: 'bad/3-empty.json', line: 2, pointer: '/provider' }),
        expect.objectContaining({ file: 'bad/3-empty.json', line: 4, pointer: '/assetPaths' }),
        expect.objectContaining({ file: 'bad/3-empty.json', line: 5, pointer: '/itemId' }),
        expect.objectContaining({ file: 'bad/4-other-collection.json', line: 4, pointer: '/collection' }),
        expect.objectContaining({ file: 'bad/5-not-json.json', line: 2 }),
      ]),
    );
    expect(found).toHaveLength(7);
    const typo = (err as ConfigurationErrors).errors.find((e) => e.location?.pointer === '/assetpaths');
    expect(typo?.message).toMatch(/did you mean `assetPaths`/);
    const other4 = found.find((f) => f.pointer === '/collection');
    expect(other4?.message).toMatch(/bad\/1-first\.json \(the source's first payload\) names/);
  });

  it('a payload glob leading out of the workspace is refused at the manifest line', async () => {
    const manifestPath = await write(
      'ws/m.yaml',
      'version: 1\nsources:\n  - id: g\n    assets:\n      payloads: ../requests/*.json\n',
    );
    const guard = workspaceGuard({ workspace: path.join(dir, 'ws'), outsidePaths: [] });
    const loaded = await loadManifest(manifestPath);
    const err = await resolveInputs(loaded, { runner, logger: new RecordingLogger(), guard }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigurationErrors);
    const [first] = (err as ConfigurationErrors).errors;
    expect(first?.message).toMatch(/sources\[0\]\.assets\.payloads: .*requests\/all\.json lies outside the workspace/);
    expect(first?.location).toMatchObject({ line: 5 });
  });

  it('a source with both payloads and requests is a manifest error', async () => {
    const text =
      'version: 1\nsources:\n  - id: g\n    assets:\n      payloads: requests/*.json\n      provider: acme\n';
    const err = await loadManifest(await write('both.yaml', text)).catch((e: unknown) => e);
    expect(String((err as Error).message)).toMatch(
      /either `provider`, `collection` and `requests`, or `payloads`, not both/,
    );
  });
});
