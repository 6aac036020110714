/**
 * Asset URLs on blob storage (issue 14, item 5): a real GeoTIFF uploaded to moto S3 in server mode, read by rio-stac
 * through GDAL's /vsis3/ with the AWS_* variables of the job, which the tool gets only when the source lists them in
 * `env`; and a real COG served by a loopback HTTP server, read through /vsicurl/ with ranged requests.
 */
import { readFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CreateBucketCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProcessRunner } from '../src/clients/process.js';
import { createS3Client } from '../src/clients/s3.js';
import { RecordingLogger } from '../src/logging.js';
import type { AssetsSource } from '../src/manifest/schema.js';
import type { StacObject } from '../src/model/stac.js';
import { buildAssetItems, type AssetRequestResult } from '../src/sources/assets/asset-item.js';
import { gdalPath } from '../src/sources/assets/rio-stac.js';
import { serveFiles, startCaptureServer, type CaptureServer } from './support/capture-server.js';
import { startMoto, type MotoServer } from './support/moto.js';
import { LOOPBACK_FETCH_POLICY } from './support/policy.js';

const here = import.meta.dirname;
const runner = createProcessRunner();
const BUCKET = 'blobs';

let dir: string;
let moto: MotoServer;
let http: CaptureServer;
const saved: NodeJS.ProcessEnv = {};

async function makeGeotiff(file: string, west: number, north: number, driver: string): Promise<Buffer> {
  const script = path.join(here, 'fixtures', 'make-geotiff.py');
  const args = [
    'run',
    '--no-project',
    '--with',
    'rasterio',
    'python',
    script,
    file,
    String(west),
    String(north),
    driver,
  ];
  const res = await runner.run('uv', args, { timeoutMs: 120_000 });
  if (res.exitCode !== 0) throw new Error(`make-geotiff failed: ${res.stderr}`);
  return readFile(file);
}

/** The job's environment as a user configures it for GDAL and a local S3 (moto): set for this file only. */
function setAwsEnvironment(): void {
  const env: Record<string, string> = {
    AWS_ACCESS_KEY_ID: moto.credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: moto.credentials.secretAccessKey,
    AWS_REGION: moto.region,
    AWS_S3_ENDPOINT: new URL(moto.endpoint).host,
    AWS_HTTPS: 'NO',
    AWS_VIRTUAL_HOSTING: 'FALSE',
  };
  for (const [k, v] of Object.entries(env)) {
    saved[k] = process.env[k];
    process.env[k] = v;
  }
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'assets-blob-'));
  const [tif, cog] = await Promise.all([
    makeGeotiff(path.join(dir, 'a.tif'), 10, 50, 'GTiff'),
    makeGeotiff(path.join(dir, 'cog.tif'), 20, 60, 'COG'),
  ]);
  const collection = { type: 'Collection', stac_version: '1.1.0', id: 'blob-tiles', description: 'd', links: [] };
  await writeFile(path.join(dir, 'collection.json'), JSON.stringify(collection));
  moto = await startMoto();
  const s3 = createS3Client({ endpoint: moto.endpoint, region: moto.region, credentials: moto.credentials });
  const location = { LocationConstraint: 'us-west-2' } as const;
  await s3.send(new CreateBucketCommand({ Bucket: BUCKET, CreateBucketConfiguration: location }));
  await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'tiles/a.tif', Body: tif }));
  s3.destroy();
  http = await startCaptureServer(serveFiles({ '/cogs/cog.tif': { bytes: cog, type: 'image/tiff' } }));
  setAwsEnvironment();
}, 300_000);

afterAll(async () => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  await http?.close();
  await moto?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const source = (assetPath: string, env?: string[]): AssetsSource => ({
  provider: 'acme',
  collection: 'collection.json',
  tool: 'rio-stac',
  requests: [{ item_id: 'blob-1', asset_paths: [assetPath], metadata_paths: [], datetime: '2024-01-02T00:00:00Z' }],
  ...(env !== undefined ? { env } : {}),
});

/** The workflow allows the loopback servers of the test and the bucket's folder (asset hrefs are under the policy). */
const FETCH_POLICY = { ...LOOPBACK_FETCH_POLICY, hosts: [`s3://${BUCKET}/tiles/**`] };

async function buildOne(src: AssetsSource): Promise<AssetRequestResult> {
  const logger = new RecordingLogger();
  const deps = { runner, logger, fetchPolicy: FETCH_POLICY };
  const [r] = await buildAssetItems(src, dir, 'sources[0] (blobs)', deps, { concurrency: 1 });
  if (r === undefined) throw new Error('no result');
  return r;
}

const itemOf = (r: AssetRequestResult): StacObject => {
  if (!r.ok) throw new Error(`request failed: ${r.error.message}\n${r.stderr}`);
  return r.doc.doc;
};

describe('s3:// assets through /vsis3/', () => {
  it('reads a GeoTIFF on (moto) S3 with the AWS_* variables the source lists in env', async () => {
    const item = itemOf(await buildOne(source(`s3://${BUCKET}/tiles/a.tif`, ['AWS_*'])));
    expect(item['bbox']).toEqual([10, 48, 12, 50]);
    expect(item['properties']).toMatchObject({ 'proj:code': 'EPSG:4326', 'proj:shape': [8, 8] });
    const assets = item['assets'] as Record<string, Record<string, unknown>>;
    // the item names the object as the user did, not GDAL's /vsis3/ path
    expect(assets['a']?.['href']).toBe(`s3://${BUCKET}/tiles/a.tif`);
    expect(assets['a']?.['raster:bands']).toEqual([expect.objectContaining({ data_type: 'uint8', nodata: 255 })]);
  });

  it('gives the tool no AWS credentials when the source does not list them', async () => {
    const r = await buildOne(source(`s3://${BUCKET}/tiles/a.tif`));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.message).toMatch(/rio stac failed on s3:\/\/blobs\/tiles\/a\.tif/);
    // GDAL asks AWS's public endpoint unsigned (AWS_NO_SIGN_REQUEST): not the job's endpoint, with no keys
    expect(r.stderr).not.toContain(new URL(moto.endpoint).host);
  });
});

describe('http(s):// assets through /vsicurl/', () => {
  it('reads a COG from a loopback HTTP server with ranged requests', async () => {
    const url = `${http.url}/cogs/cog.tif`;
    http.requests.length = 0;
    const item = itemOf(await buildOne(source(url)));
    expect(item['bbox']).toEqual([20, 58, 22, 60]);
    const assets = item['assets'] as Record<string, Record<string, unknown>>;
    expect(assets['cog']?.['href']).toBe(url);
    expect(http.requests.length).toBeGreaterThan(0);
    expect(http.requests.some((r) => /^bytes=\d+-\d+$/.test(String(r.headers.range)))).toBe(true);
  });

  it('maps URLs onto GDAL virtual file system paths and leaves local paths alone', () => {
    expect(gdalPath('s3://bucket/a/b.tif')).toBe('/vsis3/bucket/a/b.tif');
    expect(gdalPath('https://host/x.tif')).toBe('/vsicurl/https://host/x.tif');
    expect(gdalPath('/data/x.tif')).toBe('/data/x.tif');
  });
});
