/**
 * DPS outputs read the way MAAP's DPS generator reads them: from disk, from a local HTTP server, and from S3 in moto.
 */
import { createReadStream } from 'node:fs';
import { cp, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CreateBucketCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createS3Client, s3ObjectStore, type ObjectStore } from '../src/clients/s3.js';
import { listLocalFiles } from '../src/sources/locations.js';
import { readDpsSource, type DpsReadResult } from '../src/sources/dps/read-dps.js';
import { parseCollectionRegistry } from '../src/sources/dps/registry.js';
import { uploadDpsOutputs, uploadDpsSource } from '../src/sources/dps/upload-dps.js';
import { ConfigurationError } from '../src/errors.js';
import { RecordingLogger } from '../src/logging.js';
import { startMoto, type MotoServer } from './support/moto.js';
import { LOOPBACK_FETCH_POLICY } from './support/policy.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixtures = path.join(here, 'fixtures', 'dps');
const JOB_REL = 'job/2024/05/01/12/00/00/123456';
const jobDir = path.join(fixtures, JOB_REL);
const DERIVED = 'jane.doe__my-algo__v1.2-beta__run-5-6';

const byId = (r: DpsReadResult) => Object.fromEntries(r.docs.map((d) => [String(d.doc['id']), d.doc]));
const assetHref = (doc: Record<string, unknown> | undefined, key: string) =>
  ((doc?.['assets'] as Record<string, { href: string }>)[key] as { href: string }).href;

async function caught(p: Promise<unknown>): Promise<ConfigurationError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof ConfigurationError) return err;
    throw err;
  }
  throw new Error('expected a ConfigurationError');
}

describe('from disk', () => {
  it('finds the met.json under the job prefix, derives the id and sets it on every item', async () => {
    const r = await readDpsSource(
      { catalog: `${JOB_REL}/catalog.json`, keep_item_collection: false },
      fixtures,
      'sources[0] (dps)',
      {},
    );
    expect(r.collectionId).toBe(DERIVED);
    expect(r.metFile).toBe(`${JOB_REL}/_job.met.json`);
    expect(r.met['username']).toBe('Jane.Doe');
    const items = byId(r);
    expect(Object.keys(items).sort()).toEqual(['item-a', 'item-b']);
    expect(items['item-a']?.['collection']).toBe(DERIVED);
    // item-b had its own collection; without keep_item_collection it is replaced, as the generator does
    expect(items['item-b']?.['collection']).toBe(DERIVED);
    expect((items['item-a']?.['links'] as { rel: string }[]).some((l) => l.rel === 'collection')).toBe(true);
    // relative asset hrefs made absolute against the item's location; absolute ones untouched
    expect(assetHref(items['item-a'], 'data')).toBe(path.join(jobDir, 'item-a', 'item-a.tif'));
    expect(assetHref(items['item-a'], 'remote')).toBe('https://example.org/data/x.tif');
    expect(assetHref(items['item-b'], 'data')).toBe(path.join(jobDir, 'outputs', 'b.tif'));
    const a = r.docs.find((d) => d.doc['id'] === 'item-a');
    expect(a?.origin).toMatchObject({ file: `${JOB_REL}/item-a/item-a.json`, entry: 'sources[0] (dps)' });
  });

  it("keeps an item's own collection only when the registry authorises the user", async () => {
    const logger = new RecordingLogger();
    const source = { catalog: `${JOB_REL}/catalog.json`, keep_item_collection: true };
    const allowed = await readDpsSource(
      source,
      fixtures,
      'e',
      {},
      { registry: parseCollectionRegistry('{"shared-*": ["Jane.Doe"]}', { file: 'reg' }) },
    );
    expect(byId(allowed)['item-b']?.['collection']).toBe('shared-maps');
    expect(allowed.kept).toEqual([{ id: 'item-b', collection: 'shared-maps' }]);
    expect(byId(allowed)['item-a']?.['collection']).toBe(DERIVED);

    const denied = await readDpsSource(
      source,
      fixtures,
      'e',
      {},
      { registry: { 'shared-*': ['someone-else'] }, logger },
    );
    expect(byId(denied)['item-b']?.['collection']).toBe(DERIVED);
    const warning = logger.records.find((r) => r.level === 'warning');
    expect(warning?.message).toContain("does not authorise 'Jane.Doe'");
    expect(warning?.location?.pointer).toBe('/collection');
  });

  it('rejects a Collection root as pystac does (STACTypeError)', async () => {
    const err = await caught(
      readDpsSource(
        { catalog: 'collection-root/catalog.json', keep_item_collection: false },
        fixtures,
        'sources[1] (dps)',
        {},
      ),
    );
    expect(err.message).toMatch(/is a Collection/);
    expect(err.location).toMatchObject({
      file: 'collection-root/catalog.json',
      pointer: '/type',
      entry: 'sources[1] (dps)',
    });
  });

  it('fails on a met.json without a key, naming the file and the key', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'dps-met-'));
    try {
      await cp(jobDir, dir, { recursive: true });
      await writeFile(
        path.join(dir, '_job.met.json'),
        JSON.stringify({ username: 'jane', algorithm_name: 'a', algorithm_version: '1' }),
      );
      const err = await caught(readDpsSource({ catalog: 'catalog.json', keep_item_collection: false }, dir, 'e', {}));
      expect(err.message).toContain('`tag`');
      expect(err.location?.file).toBe('_job.met.json');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

/** The server listens on loopback: allowed explicitly, as a workflow would (the attack tests run without it). */
const loopback = { fetchPolicy: LOOPBACK_FETCH_POLICY };

describe('from a local HTTP server', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createServer((req, res) => {
      const file = path.join(fixtures, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
      if (!file.startsWith(fixtures)) {
        res.writeHead(403).end();
        return;
      }
      stat(file).then(
        (s) => {
          if (!s.isFile()) throw new Error('not a file');
          res.writeHead(200, { 'content-type': 'application/json' });
          createReadStream(file).pipe(res);
        },
        () => res.writeHead(404).end('not found'),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const addr = server.address();
    base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('reads the catalog and items over HTTP with an explicit met (an HTTP location cannot be listed)', async () => {
    const r = await readDpsSource(
      {
        catalog: `${base}/${JOB_REL}/catalog.json`,
        met: `${base}/${JOB_REL}/_job.met.json`,
        keep_item_collection: false,
      },
      fixtures,
      'e',
      loopback,
    );
    expect(r.collectionId).toBe(DERIVED);
    expect(r.docs.map((d) => d.origin.file).sort()).toEqual([
      `${base}/${JOB_REL}/item-a/item-a.json`,
      `${base}/${JOB_REL}/sub/item-b/item-b.json`,
    ]);
    expect(assetHref(byId(r)['item-a'], 'data')).toBe(`${base}/${JOB_REL}/item-a/item-a.tif`);
  });

  it('says to give `met` when the catalog is on HTTP, and locates a broken link', async () => {
    const noMet = await caught(
      readDpsSource(
        { catalog: `${base}/${JOB_REL}/catalog.json`, keep_item_collection: false },
        fixtures,
        'e',
        loopback,
      ),
    );
    expect(noMet.hint).toContain('dps.met');
    const broken = await caught(
      readDpsSource(
        {
          catalog: `${base}/collection-root/nope.json`,
          met: `${base}/collection-root/x.met.json`,
          keep_item_collection: false,
        },
        fixtures,
        'e',
        loopback,
      ),
    );
    expect(broken.message).toContain('HTTP 404');
  });
});

describe('from S3 (moto)', () => {
  let moto: MotoServer;
  let store: ObjectStore & { destroy(): void };
  const bucket = 'maap-ops-workspace';
  const prefix = 'jane/dps_output/my-algo/v1.2/run-5/2024/05/01/12/00/00/123456';

  beforeAll(async () => {
    moto = await startMoto();
    const client = createS3Client({ endpoint: moto.endpoint, region: moto.region, credentials: moto.credentials });
    await client.send(
      new CreateBucketCommand({ Bucket: bucket, CreateBucketConfiguration: { LocationConstraint: 'us-west-2' } }),
    );
    store = s3ObjectStore(client);
  }, 60_000);
  afterAll(async () => {
    store?.destroy();
    await moto?.stop();
  });

  it('uploads a job directory keeping its layout, catalog.json last, and returns the expected items', async () => {
    const r = await uploadDpsOutputs(jobDir, `s3://${bucket}/${prefix}/`, { s3: store });
    expect(r.catalogKey).toBe(`${prefix}/catalog.json`);
    expect(r.jobPrefix).toBe(`${prefix}/`);
    expect(r.keys.at(-1)).toBe(r.catalogKey);
    expect(r.keys.slice().sort()).toEqual((await listLocalFiles(jobDir)).map((f) => `${prefix}/${f}`).sort());
    expect(r.collectionId).toBe(DERIVED);
    expect(r.expected.sort((a, b) => a.id.localeCompare(b.id))).toEqual([
      { id: 'item-a', collection: DERIVED },
      { id: 'item-b', collection: DERIVED },
    ]);
    const listed: string[] = [];
    for await (const k of store.list(bucket, prefix)) listed.push(k);
    expect(listed.sort()).toEqual(r.keys.slice().sort());
  });

  it('reads the uploaded job back from s3://, finding the met.json by listing the job prefix', async () => {
    const r = await readDpsSource(
      { catalog: `s3://${bucket}/${prefix}/catalog.json`, keep_item_collection: false },
      fixtures,
      'e',
      { s3: store },
    );
    expect(r.metFile).toBe(`s3://${bucket}/${prefix}/_job.met.json`);
    expect(r.collectionId).toBe(DERIVED);
    expect(assetHref(byId(r)['item-b'], 'data')).toBe(`s3://${bucket}/${prefix}/outputs/b.tif`);
  });

  it('refuses an upload whose keys would carry no job path', async () => {
    const err = await caught(
      uploadDpsOutputs(path.join(fixtures, 'collection-root'), `s3://${bucket}/jane/no-job-path`, { s3: store }),
    );
    expect(err.message).toContain('could not identify the job prefix');
    expect(err.location?.pointer).toBe('/upload_to');
    const missing = await caught(
      readDpsSource(
        { catalog: `s3://${bucket}/jane/nothing/catalog.json`, keep_item_collection: false },
        fixtures,
        'e',
        { s3: store },
      ),
    );
    expect(missing.message).toContain('could not identify the DPS output prefix');
  });

  it('uploads a manifest source (catalog + met) and refuses a job directory that holds the manifest', async () => {
    const r = await uploadDpsSource(
      {
        catalog: `${JOB_REL}/catalog.json`,
        met: `${JOB_REL}/_job.met.json`,
        keep_item_collection: false,
        upload_to: `s3://${bucket}/other/2025/01/02/03/04/05/9`,
      },
      fixtures,
      'e',
      { s3: store },
    );
    expect(r.catalogKey).toBe('other/2025/01/02/03/04/05/9/catalog.json');
    const err = await caught(
      uploadDpsSource(
        { catalog: 'catalog.json', keep_item_collection: false, upload_to: `s3://${bucket}/x/2025/01/02/03/04/05/9` },
        jobDir,
        'e',
        { s3: store },
      ),
    );
    expect(err.message).toContain('holds the manifest');
  });
});
