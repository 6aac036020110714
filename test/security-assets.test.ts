/**
 * Asset hrefs under the fetch policy (issue 10, follow-up of defect 3): an `assets` source's hrefs are read by GDAL
 * inside rio-stac, not by us, so each is checked before any tool starts: loopback, link-local and private
 * addresses, `file://` and paths outside the workspace, S3 objects outside the source's folders, GDAL virtual file
 * systems (by their inner target) and other schemes are refused with a located error naming the rule. Real
 * rio-stac through uvx reads what is allowed; a loopback capture server (the "forbidden address" of the default
 * policy) counts every request GDAL makes; the process runner is the real one, wrapped to count the tools started.
 */
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProcessRunner, type ProcessRunner } from '../src/clients/process.js';
import { RecordingLogger } from '../src/logging.js';
import type { AssetsSource } from '../src/manifest/schema.js';
import { ingest } from '../src/run/ingest.js';
import { DEFAULT_FETCH_POLICY, type FetchPolicy } from '../src/security/fetch-policy.js';
import { workspaceGuard } from '../src/security/workspace.js';
import { buildAssetItems, type AssetRequestResult } from '../src/sources/assets/asset-item.js';
import { ALLOWED_GDAL_DRIVERS, gdalSkipList } from '../src/sources/assets/rio-stac.js';
import { bundledSchemaMirror } from '../src/stages/validate/bundled.js';
import { serveFiles, startCaptureServer, type CaptureServer } from './support/capture-server.js';
import { testPolicy } from './support/policy.js';

const here = import.meta.dirname;
const real = createProcessRunner();
let root: string;
let ws: string;
let outside: string;
let server: CaptureServer;
/** Every tool started (uvx argument lists). */
const started: string[][] = [];
const runner: ProcessRunner = {
  run: (command, args, options) => {
    started.push(args);
    return real.run(command, args, options);
  },
  start: (command, args, options) => real.start(command, args, options),
};

async function makeGeotiff(file: string, driver: string): Promise<Buffer> {
  const script = path.join(here, 'fixtures', 'make-geotiff.py');
  const args = ['run', '--no-project', '--with', 'rasterio', 'python', script, file, '20', '60', driver];
  const res = await real.run('uv', args, { timeoutMs: 120_000 });
  if (res.exitCode !== 0) throw new Error(`make-geotiff failed: ${res.stderr}`);
  return readFile(file);
}

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'assets-policy-'));
  ws = path.join(root, 'ws');
  outside = path.join(root, 'outside');
  await mkdir(path.join(ws, 'tiles'), { recursive: true });
  await mkdir(outside);
  const cog = await makeGeotiff(path.join(ws, 'tiles', 'a.tif'), 'COG');
  await writeFile(path.join(outside, 'secret.tif'), cog);
  await symlink(path.join(outside, 'secret.tif'), path.join(ws, 'tiles', 'link.tif'));
  const collection = { type: 'Collection', stac_version: '1.1.0', id: 'tiles', description: 'd', links: [] };
  await writeFile(path.join(ws, 'collection.json'), JSON.stringify(collection));
  server = await startCaptureServer(serveFiles({ '/cogs/cog.tif': { bytes: cog, type: 'image/tiff' } }));
}, 300_000);

afterAll(async () => {
  await server?.close();
  if (root) await rm(root, { recursive: true, force: true });
});

const source = (hrefs: string[]): AssetsSource => ({
  provider: 'acme',
  collection: 'collection.json',
  tool: 'rio-stac',
  requests: hrefs.map((h, i) => ({
    item_id: `i${i}`,
    asset_paths: [h],
    metadata_paths: [],
    datetime: '2024-01-02T00:00:00Z',
  })),
});

async function build(
  hrefs: string[],
  policy: FetchPolicy = DEFAULT_FETCH_POLICY,
  concurrency = 1,
): Promise<AssetRequestResult[]> {
  const guard = workspaceGuard({ workspace: ws, outsidePaths: [] });
  const deps = { runner, logger: new RecordingLogger(), fetchPolicy: policy, guard };
  return buildAssetItems(source(hrefs), ws, 'sources[0] (tiles)', deps, { concurrency });
}

const failure = (r: AssetRequestResult | undefined): { message: string; pointer?: string; stderr: string } => {
  if (r === undefined || r.ok) throw new Error('expected a failed request');
  const pointer = (r.error as { location?: { pointer?: string } }).location?.pointer;
  return { message: r.error.message, stderr: r.stderr, ...(pointer !== undefined ? { pointer } : {}) };
};

/** Each attack: the href, and the rule its refusal must name. */
const ATTACKS: Array<[string, (s: CaptureServer) => string, RegExp]> = [
  ['loopback URL', (s) => `${s.url}/cogs/cog.tif`, /refused \(address\): 127\.0\.0\.1 is a loopback address/],
  [
    'localhost by name',
    (s) => `http://localhost:${s.port}/cogs/cog.tif`,
    /\(address\): localhost \(.*\) is a loopback/,
  ],
  ['IPv4-mapped IPv6', (s) => `http://[::ffff:127.0.0.1]:${s.port}/cogs/cog.tif`, /\(address\).* loopback/],
  ['/vsicurl/ to loopback', (s) => `/vsicurl/${s.url}/cogs/cog.tif`, /\(address\): 127\.0\.0\.1 is a loopback/],
  ['/vsizip/ over /vsicurl/', (s) => `/vsizip//vsicurl/${s.url}/a.zip/x.tif`, /\(address\).* loopback/],
  ['cloud metadata', () => 'http://169.254.169.254/latest/meta-data/x.tif', /\(address\).* link-local address/],
  ['private address', () => 'https://10.0.0.1/x.tif', /\(address\): 10\.0\.0\.1 is a private address/],
  ['file:///etc/hostname', () => 'file:///etc/hostname', /\(workspace\): \/etc\/hostname lies outside the workspace/],
  ['absolute path', () => '/etc/hostname', /\(workspace\).* lies outside the workspace/],
  ['../ out of the workspace', () => '../outside/secret.tif', /\(workspace\).* lies outside the workspace/],
  ['symlink out of the workspace', () => 'tiles/link.tif', /\(workspace\).* \(through a symlink: /],
  ['/vsis3/ other bucket', () => '/vsis3/other-bucket/x.tif', /\(s3-scope\): s3:\/\/other-bucket\/x\.tif is outside/],
  ['s3:// other bucket', () => 's3://other-bucket/x.tif', /\(s3-scope\)/],
  ['s3:// dot segments', () => 's3://blobs/tiles/../../secret/x.tif', /\(scheme\).* \. or \.\. segments/],
  ['s3:// bucket with a host', () => 's3://u@127.0.0.1/x.tif', /\(scheme\): 'u@127\.0\.0\.1' is not an S3 bucket/],
  ['/vsigs/', () => '/vsigs/bucket/x.tif', /\(gdal-vsi\): \/vsigs\/ is not allowed/],
  ['/vsiaz/', () => '/vsiaz/container/x.tif', /\(gdal-vsi\): \/vsiaz\/ is not allowed/],
  ['/vsimem/', () => '/vsimem/x.tif', /\(gdal-vsi\)/],
  ['/vsicurl?url=', (s) => `/vsicurl?url=${s.url}/cogs/cog.tif`, /\(gdal-vsi\): \/vsicurl\/ is not allowed/],
  ['/vsizip/{…}', () => '/vsizip/{/etc/x.zip}/a.tif', /\(gdal-vsi\).* without \{…\}/],
  ['/vsizip/ over /etc', () => '/vsizip//etc/x.zip/a.tif', /\(workspace\): \/etc\/x\.zip\/a\.tif lies outside/],
  [
    '/vsizip/ with .. after the archive',
    () => `/vsizip/${outside}/secret.zip/../../ws/tiles/a.tif`,
    /\(gdal-vsi\).* has \. or \.\. segments/,
  ],
  ['a malformed http URL', () => 'https://a b/x.tif', /\(scheme\): https:\/\/a b\/x\.tif is not a valid URL/],
  ['gs:// scheme', () => 'gs://bucket/x.tif', /\(scheme\): gs:\/\/bucket\/x\.tif uses the scheme 'gs:'/],
  ['zip+https scheme', (s) => `zip+https://127.0.0.1:${s.port}/a.zip!x.tif`, /\(scheme\).* 'zip\+https:'/],
];

describe('asset hrefs are checked before rio-stac starts', () => {
  it.each(ATTACKS)('refuses %s at its asset_paths entry; no tool starts, no request is made', async (_, href, rule) => {
    started.length = 0;
    server.requests.length = 0;
    const [r] = await build([href(server)], { ...DEFAULT_FETCH_POLICY, hosts: ['s3://blobs/tiles/**'] });
    const f = failure(r);
    expect(f.message).toMatch(rule);
    expect(f.pointer).toBe('/asset_paths/0');
    expect(started).toEqual([]);
    expect(server.requests).toEqual([]);
  });

  it('refuses the whole plan at the manifest lines of the refused hrefs, before any subprocess', async () => {
    started.length = 0;
    server.requests.length = 0;
    const lines = ['tiles/a.tif', `${server.url}/cogs/cog.tif`, 'http://169.254.169.254/x.tif', '/vsis3/other/x.tif'];
    const requests = lines.map((h) => `        - asset_paths: ["${h}"]\n          datetime: "2024-01-02T00:00:00Z"\n`);
    const manifest = path.join(ws, 'stac-ingest.yaml');
    const text =
      'version: 1\nsources:\n  - id: tiles\n    assets:\n      provider: acme\n      collection: collection.json\n' +
      `      requests:\n${requests.join('')}`;
    await writeFile(manifest, text);
    const result = await ingest(
      {
        command: 'plan',
        manifestPath: manifest,
        policy: testPolicy(ws),
        workspace: ws,
        network: false,
        schemaMirrors: [bundledSchemaMirror()!],
      },
      { logger: new RecordingLogger(), runner },
    );
    const errors = result.problems.filter((p) => p.severity === 'error');
    expect(errors.map((e) => [e.location?.line, /refused \((address|s3-scope)\)/.test(e.message)])).toEqual([
      [10, true],
      [12, true],
      [14, true],
    ]);
    expect(started).toEqual([]);
    expect(server.requests).toEqual([]);
  });
});

describe('what GDAL may do once started', () => {
  it('reads an allowed asset and nothing beside it: no directory listing, no sidecar probes', async () => {
    server.requests.length = 0;
    const [r] = await build([`${server.url}/cogs/cog.tif`], { ...DEFAULT_FETCH_POLICY, allowAddresses: ['loopback'] });
    if (!r?.ok) throw new Error(`request failed: ${failure(r).message}\n${failure(r).stderr}`);
    expect(r.doc.doc['bbox']).toEqual([20, 58, 22, 60]);
    // before: GET /cogs/ and 36 HEAD/GETs of cog.tif.aux.xml, cog.tif.msk, cog.IMD, cog_RPC.TXT, ...
    expect([...new Set(server.requests.map((q) => q.url))]).toEqual(['/cogs/cog.tif']);
  });

  it('a redirect GDAL follows passes the policy proxy: other hosts (metadata, localhost) are refused', async () => {
    const cog = await readFile(path.join(ws, 'tiles', 'a.tif'));
    const files = serveFiles({ '/cogs/cog.tif': { bytes: cog, type: 'image/tiff' } });
    const redirecting = await startCaptureServer((req, res) => {
      const to: Record<string, string> = {
        '/to-metadata.tif': 'http://169.254.169.254/latest/meta-data/x.tif',
        '/to-localhost.tif': `http://localhost:${redirecting.port}/cogs/cog.tif`,
      };
      const location = to[req.url ?? ''];
      if (location) res.writeHead(302, { location }).end();
      else files(req, res);
    });
    try {
      const hrefs = [`${redirecting.url}/to-metadata.tif`, `${redirecting.url}/to-localhost.tif`];
      const [metadata, other] = await build(hrefs, { ...DEFAULT_FETCH_POLICY, allowAddresses: ['loopback'] });
      expect(failure(metadata).message).toMatch(
        /the fetch policy refused GDAL's requests to 169\.254\.169\.254: 169\.254\.169\.254 is not a host the source/,
      );
      expect(failure(other).message).toMatch(
        /refused GDAL's requests to localhost: localhost is not a host the source/,
      );
      // GDAL was sent to the same server under another name: it never got there
      expect(redirecting.requests.filter((q) => q.headers.host?.startsWith('localhost'))).toEqual([]);
    } finally {
      await redirecting.close();
    }
  });

  it('names a refusal of the proxy only in the error of the run that made it (asset_concurrency 2)', async () => {
    let redirected: () => void = () => undefined;
    const refusedFirst = new Promise<void>((resolve) => (redirected = resolve));
    const slow = await startCaptureServer((req, res) => {
      if (req.url === '/to-metadata.tif') {
        res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/x.tif' }).end();
        redirected();
      } else {
        // the other run fails (404) only after the first one's refusal
        void refusedFirst.then(() => setTimeout(() => res.writeHead(404).end(), 3_000));
      }
    });
    try {
      const hrefs = [`${slow.url}/to-metadata.tif`, `${slow.url}/missing.tif`];
      const [redirecting, missing] = await build(hrefs, { ...DEFAULT_FETCH_POLICY, allowAddresses: ['loopback'] }, 2);
      expect(failure(redirecting).message).toMatch(/the fetch policy refused GDAL's requests to 169\.254\.169\.254/);
      // before: one shared proxy, and the refusal recorded while this run was going was blamed on it too
      expect(failure(missing).message).toMatch(/rio stac failed on .*missing\.tif/);
      expect(failure(missing).message).not.toMatch(/refused/);
    } finally {
      await slow.close();
    }
  });

  it('does not open a VRT in the workspace that points GDAL at a forbidden address', async () => {
    started.length = 0;
    server.requests.length = 0;
    const vrt =
      '<VRTDataset rasterXSize="8" rasterYSize="8"><SRS>EPSG:4326</SRS>' +
      '<GeoTransform>20, 0.25, 0, 60, 0, -0.25</GeoTransform><VRTRasterBand dataType="Byte" band="1">' +
      `<SimpleSource><SourceFilename>/vsicurl/${server.url}/cogs/cog.tif</SourceFilename>` +
      '<SourceBand>1</SourceBand></SimpleSource></VRTRasterBand></VRTDataset>';
    await writeFile(path.join(ws, 'tiles', 'innocent.tif'), vrt);
    const f = failure((await build(['tiles/innocent.tif']))[0]);
    expect(started.filter((args) => args.includes('rio'))).toHaveLength(1);
    expect(f.message).toMatch(/rio stac failed on .*innocent\.tif.*not recognized as being in a supported file format/);
    expect(server.requests).toEqual([]);
  });

  it('does not follow a KML super-overlay in the workspace to a raster outside it', async () => {
    // KMLSUPEROVERLAY was not on the old deny-list: rio-stac published the bbox and statistics of the outside file
    const kml =
      '<kml xmlns="http://www.opengis.net/kml/2.2"><GroundOverlay><Icon><href>../../outside/secret.tif</href></Icon>' +
      '<LatLonBox><north>60</north><south>58</south><east>22</east><west>20</west></LatLonBox></GroundOverlay></kml>';
    await writeFile(path.join(ws, 'tiles', 'overlay.kml'), kml);
    const f = failure((await build(['tiles/overlay.kml']))[0]);
    expect(f.message).toMatch(/rio stac failed on .*overlay\.kml.*not recognized as being in a supported file format/);
    expect(f.message).toMatch(/formats whose files name other files, such as VRT, KML, .* are not opened; convert/);
  });

  it("registers only the allowed raster drivers of the tool's own GDAL", async () => {
    const skip = await gdalSkipList(real, 'rio-stac', 120_000);
    const referencing = ['VRT', 'KMLSUPEROVERLAY', 'RPFTOC', 'ECRGTOC', 'DIMAP', 'RS2', 'TSX', 'ISIS2', 'HDF5'];
    expect(skip).toEqual(expect.arrayContaining([...referencing, 'netCDF', 'Zarr', 'NITF', 'ESRI Shapefile']));
    expect(ALLOWED_GDAL_DRIVERS.filter((d) => skip.includes(d))).toEqual([]);
  });
});
