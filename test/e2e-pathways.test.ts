/**
 * The other publishing pathways, end to end on the local twin (moto S3/SNS/SQS, pgstac,
 * stac-fastapi-pgstac, the real StacLoader handler): DPS outputs from disk and from S3 into the
 * collection id the DPS generator derives, and items built from asset + metadata files with rio-stac.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ingest, type IngestOptions } from '../src/run/ingest.js';
import { createProcessRunner } from '../src/clients/process.js';
import { createS3Client, s3ObjectStore } from '../src/clients/s3.js';
import { RecordingLogger } from '../src/logging.js';
import { bundledSchemaMirror } from '../src/stages/validate/bundled.js';
import { statusOf } from '../src/sources/assets/requests-status.js';
import type { IngestResult } from '../src/model/result.js';
import { REPO_ROOT } from './support/dataset.js';
import { twinEnv, twinTargetYaml, useTwinCredentials, type TwinEnv } from './support/twin.js';
import { LOOPBACK, testPolicy } from './support/policy.js';

const runner = createProcessRunner();
const run = Date.now().toString(36);
const JOB = path.join(REPO_ROOT, 'test', 'fixtures', 'dps', 'job');
const JOB_PATH = '2024/05/01/12/00/00/123456';
let twin: TwinEnv;
let dir: string;

function target(): string {
  return twinTargetYaml(twin);
}

async function runManifest(text: string, command: IngestOptions['command'] = 'run'): Promise<IngestResult> {
  const file = path.join(dir, `m-${Math.random().toString(36).slice(2)}.yaml`);
  await writeFile(file, text);
  return ingest(
    {
      command,
      manifestPath: file,
      concurrency: 2,
      schemaMirrors: [bundledSchemaMirror()!],
      network: false,
      policy: testPolicy(dir, LOOPBACK),
    },
    { logger: new RecordingLogger(), runner },
  );
}

const states = (r: IngestResult) =>
  Object.fromEntries((r.delivery?.objects ?? []).filter((o) => o.kind === 'item').map((o) => [o.key, o.state]));

/** A copy of the DPS fixture job whose met.json tag carries this run's id, so its derived collection is new. */
async function jobCopy(name: string): Promise<string> {
  const to = path.join(dir, name);
  await cp(JOB, to, { recursive: true });
  const met = path.join(to, JOB_PATH, '_job.met.json');
  const data = JSON.parse(await readFile(met, 'utf8'));
  data.tag = `run #${run} ${name}`;
  await writeFile(met, JSON.stringify(data));
  return to;
}

beforeAll(async () => {
  twin = twinEnv();
  useTwinCredentials(twin);
  dir = await mkdtemp(path.join(tmpdir(), 'stac-ingest-pathways-'));
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('DPS outputs into the (user) STAC', () => {
  it('from disk: items land in the collection id derived from the met.json, shown in the plan', async () => {
    await jobCopy('disk');
    const collection = `jane.doe__my-algo__v1.2-beta__run-${run}-disk`;
    const r = await runManifest(
      `version: 1\nsources:\n  - id: job\n    dps:\n      catalog: disk/${JOB_PATH}/catalog.json\n${target()}`,
    );
    expect(r.problems, JSON.stringify(r.problems)).toEqual([]);
    expect(r.plan?.collections[0]?.sources[0]?.derivedCollection).toMatchObject({
      id: collection,
      from: `Jane.Doe__My Algo__v1.2/beta__run #${run} disk`,
    });
    expect(states(r)).toEqual({ [`item:${collection}/item-a`]: 'verified', [`item:${collection}/item-b`]: 'verified' });
    const item = (await (
      await fetch(`${twin.stac_api_url}/collections/${encodeURIComponent(collection)}/items/item-a`)
    ).json()) as { assets: { data: { href: string } } };
    // relative asset hrefs were made absolute, as the DPS generator does
    expect(item.assets.data.href).toBe(path.join(dir, 'disk', JOB_PATH, 'item-a', 'item-a.tif'));
  });

  it('from S3: the catalog is read from the bucket and its items land the same way', async () => {
    const local = await jobCopy('s3');
    const store = s3ObjectStore(createS3Client({ region: twin.region, endpoint: twin.aws_endpoint_url }));
    const prefix = `dps_output/jane/my-algo/${run}/`;
    try {
      const walk = async (d: string): Promise<string[]> =>
        (await readdir(d, { withFileTypes: true }))
          .flatMap((e) => (e.isDirectory() ? [] : [path.join(d, e.name)]))
          .concat(
            ...(await Promise.all(
              (await readdir(d, { withFileTypes: true }))
                .filter((e) => e.isDirectory())
                .map((e) => walk(path.join(d, e.name))),
            )),
          );
      for (const f of await walk(local))
        await store.put(twin.s3_bucket, prefix + path.relative(local, f).split(path.sep).join('/'), await readFile(f));
    } finally {
      store.destroy();
    }
    const collection = `jane.doe__my-algo__v1.2-beta__run-${run}-s3`;
    const r = await runManifest(
      `version: 1\nsources:\n  - id: job\n    dps:\n      catalog: s3://${twin.s3_bucket}/${prefix}${JOB_PATH}/catalog.json\n${target()}`,
    );
    expect(r.problems, JSON.stringify(r.problems)).toEqual([]);
    expect(states(r)).toEqual({ [`item:${collection}/item-a`]: 'verified', [`item:${collection}/item-b`]: 'verified' });
    const item = (await (
      await fetch(`${twin.stac_api_url}/collections/${encodeURIComponent(collection)}/items/item-a`)
    ).json()) as { assets: { data: { href: string } } };
    expect(item.assets.data.href).toBe(`s3://${twin.s3_bucket}/${prefix}${JOB_PATH}/item-a/item-a.tif`);
  });
});

describe('items built from asset and metadata files', () => {
  it('reads the raster with rio-stac, merges the metadata, publishes, verifies, and records each request', async () => {
    await mkdir(path.join(dir, 'assets'), { recursive: true });
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
        path.join(REPO_ROOT, 'test', 'fixtures', 'make-geotiff.py'),
        path.join(dir, 'assets', 'tile.tif'),
        '20',
        '40',
      ],
      { timeoutMs: 240_000 },
    );
    expect(made.exitCode, made.stderr).toBe(0);
    const collection = `assets-${run}`;
    await writeFile(
      path.join(dir, 'assets', 'collection.json'),
      JSON.stringify({
        type: 'Collection',
        stac_version: '1.1.0',
        id: collection,
        description: 'assets',
        license: 'proprietary',
        extent: { spatial: { bbox: [[-180, -90, 180, 90]] }, temporal: { interval: [[null, null]] } },
        links: [],
      }),
    );
    await writeFile(
      path.join(dir, 'assets', 'meta.json'),
      JSON.stringify({
        properties: { datetime: '2024-03-01T00:00:00Z', platform: 'acme-1', 'view:off_nadir': 3 },
        stac_extensions: ['view'],
      }),
    );
    const r = await runManifest(`version: 1
sources:
  - id: tiles
    assets:
      provider: acme
      collection: assets/collection.json
      requests:
        - item_id: tile-${run}
          asset_paths: [assets/tile.tif]
          metadata_paths: [assets/meta.json]
${target()}`);
    expect(r.problems, JSON.stringify(r.problems)).toEqual([]);
    expect(states(r)).toEqual({ [`item:${collection}/tile-${run}`]: 'verified' });
    const item = (await (await fetch(`${twin.stac_api_url}/collections/${collection}/items/tile-${run}`)).json()) as {
      bbox: number[];
      properties: Record<string, unknown>;
      stac_extensions: string[];
    };
    expect(item.bbox).toEqual([20, 38, 22, 40]);
    expect(item.properties['platform']).toBe('acme-1');
    expect(item.properties['proj:code']).toBe('EPSG:4326');
    expect(item.stac_extensions).toContain('https://stac-extensions.github.io/view/v1.1.0/schema.json');
    const records = await statusOf(path.join(dir, '.stac-ingest', 'report.json'));
    expect(records.map((x) => [x.itemId, x.status])).toEqual([[`tile-${run}`, 'verified']]);
  });
});
