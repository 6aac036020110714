/**
 * End to end on the local twin (twin/README.md): moto SNS/SQS/CloudFormation, PostgreSQL + pgstac,
 * stac-fastapi-pgstac, and the REAL eoapi-cdk StacLoader and StactoolsItemGenerator handlers.
 * Nothing here is faked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { ingest, type IngestOptions } from '../src/run/ingest.js';
import { CancelledError } from '../src/cancel.js';
import { redriveRun } from '../src/run/redrive.js';
import { RunLedger, type LedgerRecord } from '../src/targets/maap/ledger.js';
import { createProcessRunner } from '../src/clients/process.js';
import { RecordingLogger } from '../src/logging.js';
import { bundledSchemaMirror } from '../src/stages/validate/bundled.js';
import type { IngestResult } from '../src/model/result.js';
import { renderText } from '../src/report/summary.js';
import { toJsonReport } from '../src/report/json-report.js';
import { DEMO_PACKAGE, REPO_ROOT } from './support/dataset.js';
import { twinEnv, twinTargetYaml, useTwinCredentials, type TwinEnv } from './support/twin.js';
import { LOOPBACK, SHARED_DEMO_PACKAGE, testPolicy } from './support/policy.js';

const runner = createProcessRunner();
const run = Date.now().toString(36);
const COLLECTION = `e2e-${run}`;
let twin: TwinEnv;
let dir: string;

function item(id: string, extra: Record<string, unknown> = {}, collection = COLLECTION) {
  return {
    type: 'Feature',
    stac_version: '1.1.0',
    id,
    collection,
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [4, 45],
          [6, 45],
          [6, 47],
          [4, 47],
          [4, 45],
        ],
      ],
    },
    bbox: [4, 45, 6, 47],
    properties: { datetime: '2024-05-10T09:30:00Z', platform: 'demo-sat-1', ...extra },
    links: [{ rel: 'collection', href: './collection.json', type: 'application/json' }],
    assets: {
      data: { href: `https://example.com/${id}.tif`, type: 'image/tiff; application=geotiff', roles: ['data'] },
    },
  };
}

function manifest(extraSources = ''): string {
  return `version: 1
collections:
  - id: ${COLLECTION}
    file: collection.json
sources:
  - id: scenes
    collection: ${COLLECTION}
    stactools:
      package: ${DEMO_PACKAGE}
      group: demo
      rows: scenes.csv
      args: ["{file}"]
      options: { platform: "{platform}" }
  - id: premade
    files: items/*.json
${extraSources}
${twinTargetYaml(twin)}`;
}

async function ingestHere(
  command: IngestOptions['command'],
  extra: Partial<IngestOptions> = {},
): Promise<IngestResult> {
  return ingest(
    {
      command,
      manifestPath: path.join(dir, 'stac-ingest.yaml'),
      concurrency: 2,
      schemaMirrors: [bundledSchemaMirror()!],
      network: false,
      policy: testPolicy(dir, { ...LOOPBACK, ...SHARED_DEMO_PACKAGE }),
      ...extra,
    },
    { logger: new RecordingLogger(), runner },
  );
}

const states = (r: IngestResult) => Object.fromEntries((r.delivery?.objects ?? []).map((o) => [o.key, o.state]));
const changes = (r: IngestResult) =>
  Object.fromEntries((r.delivery?.objects ?? []).filter((o) => o.change).map((o) => [o.key, o.change]));

async function latestLedger(): Promise<{ records: LedgerRecord[] }> {
  const names = (await readdir(path.join(dir, '.stac-ingest'))).filter((n) => n.startsWith('ledger-')).sort();
  return { records: (await RunLedger.read(path.join(dir, '.stac-ingest', names.at(-1)!))).records() };
}

beforeAll(async () => {
  twin = twinEnv();
  useTwinCredentials(twin);
  dir = await mkdtemp(path.join(tmpdir(), 'stac-ingest-twin-'));
  await mkdir(path.join(dir, 'items'));
  await writeFile(
    path.join(dir, 'collection.json'),
    JSON.stringify({
      type: 'Collection',
      stac_version: '1.1.0',
      id: COLLECTION,
      description: 'stac-ingest end-to-end test collection',
      license: 'CC-BY-4.0',
      extent: { spatial: { bbox: [[-180, -90, 180, 90]] }, temporal: { interval: [['2024-01-01T00:00:00Z', null]] } },
      links: [],
    }),
  );
  await writeFile(path.join(dir, 'scenes.csv'), 'file,platform\nscene-a.txt,demo-sat-1\nscene-b.txt,demo-sat-2\n');
  await writeFile(
    path.join(dir, 'scene-a.txt'),
    `id=${run}-scene-a\ndatetime=2024-05-01T10:00:00Z\nbbox=10.0,48.0,12.0,50.0\n`,
  );
  await writeFile(
    path.join(dir, 'scene-b.txt'),
    `id=${run}-scene-b\ndatetime=2024-05-02T10:00:00Z\nbbox=12.0,48.0,14.0,50.0\n`,
  );
  await writeFile(path.join(dir, 'items', 'p1.json'), JSON.stringify(item(`${run}-premade-1`)));
  await writeFile(path.join(dir, 'items', 'p2.json'), JSON.stringify(item(`${run}-premade-2`)));
  await writeFile(path.join(dir, 'stac-ingest.yaml'), manifest());
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('publishing to the twin', () => {
  it('run publishes the collection, then the items; every one is verified through the STAC API', async () => {
    const r = await ingestHere('run');
    expect(r.problems).toEqual([]);
    expect(r.ok).toBe(true);
    expect(states(r)).toEqual({
      [`collection:${COLLECTION}`]: 'verified',
      [`item:${COLLECTION}/${run}-scene-a`]: 'verified',
      [`item:${COLLECTION}/${run}-scene-b`]: 'verified',
      [`item:${COLLECTION}/${run}-premade-1`]: 'verified',
      [`item:${COLLECTION}/${run}-premade-2`]: 'verified',
    });
    const res = await fetch(`${twin.stac_api_url}/collections/${COLLECTION}/items/${run}-scene-b`);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { properties: { platform: string } }).properties.platform).toBe('demo-sat-2');
    const ledger = await latestLedger();
    expect(ledger.records).toHaveLength(5);
    expect(ledger.records.every((x) => x.status === 'published' && x.messageId)).toBe(true);
    // the collection is the real one, not a loader placeholder
    const coll = (await (await fetch(`${twin.stac_api_url}/collections/${COLLECTION}`)).json()) as {
      description: string;
    };
    expect(coll.description).toBe('stac-ingest end-to-end test collection');
  });

  it('running the same manifest again publishes nothing and changes nothing', async () => {
    const before = await (await fetch(`${twin.stac_api_url}/collections/${COLLECTION}/items?limit=100`)).json();
    const r = await ingestHere('run');
    expect(r.ok).toBe(true);
    expect(Object.values(changes(r)).every((c) => c === 'unchanged')).toBe(true);
    expect(Object.keys(changes(r))).toHaveLength(5);
    expect((await latestLedger()).records).toHaveLength(0);
    const after = await (await fetch(`${twin.stac_api_url}/collections/${COLLECTION}/items?limit=100`)).json();
    expect(after).toEqual(before);
  });

  it(
    'run --force publishes everything again, ' + 'and the report counts every message sent (issue 11, defect 7)',
    async () => {
      const r = await ingestHere('run', { force: true });
      expect(r.ok).toBe(true);
      expect((await latestLedger()).records).toHaveLength(5);
      expect(toJsonReport(r).totals.published).toBe(4); // items (the collection row is not an item)
      expect(r.collections.find((c) => c.id === COLLECTION)?.counts).toMatchObject({ published: 4, verified: 4 });
    },
  );

  it(
    'validate names an item collection that is in neither the manifest nor ' + 'the catalog (issue 11, defect 7)',
    async () => {
      const stray = `nowhere-${run}`;
      await mkdir(path.join(dir, 'stray'), { recursive: true });
      await writeFile(path.join(dir, 'stray', 's1.json'), JSON.stringify(item(`${run}-stray-1`, {}, stray)));
      await writeFile(
        path.join(dir, 'stray.yaml'),
        manifest(`  - id: stray\n    files: stray/*.json\n`).replace('sources:', 'sources:'),
      );
      const r = await ingest(
        {
          command: 'validate',
          manifestPath: path.join(dir, 'stray.yaml'),
          schemaMirrors: [bundledSchemaMirror()!],
          network: true,
          policy: testPolicy(dir, { ...LOOPBACK, ...SHARED_DEMO_PACKAGE }),
        },
        { logger: new RecordingLogger(), runner },
      );
      const warnings = r.problems.filter((p) => p.severity === 'warning').map((p) => p.message);
      expect(warnings).toEqual([
        `collection '${stray}' of item '${run}-stray-1' is in neither the manifest nor the STAC API at ` +
          `${twin.stac_api_url}: ` +
          `the loader would create a placeholder collection for it (description '${stray}', license 'proprietary') ` +
          'or fail the item; add it to the manifest',
      ]);
      expect(r.problems.find((p) => p.severity === 'warning')?.location?.file).toMatch(/stray\/s1\.json$/);
    },
  );

  it(
    'plan shows everything unchanged; one edited item is exactly one change, ' +
      'and run publishes exactly one message',
    async () => {
      let plan = await ingestHere('plan');
      expect(plan.ok).toBe(true);
      expect(Object.values(changes(plan))).toEqual(['unchanged', 'unchanged', 'unchanged', 'unchanged', 'unchanged']);
      await writeFile(
        path.join(dir, 'items', 'p2.json'),
        JSON.stringify(item(`${run}-premade-2`, { platform: 'demo-sat-9' })),
      );
      plan = await ingestHere('plan');
      expect(Object.entries(changes(plan)).filter(([, c]) => c !== 'unchanged')).toEqual([
        [`item:${COLLECTION}/${run}-premade-2`, 'changed'],
      ]);
      expect(plan.collections.find((c) => c.id === COLLECTION)?.counts).toMatchObject({
        changed: 1,
        unchanged: 3,
        new: 0,
      });
      const r = await ingestHere('run');
      expect(r.ok).toBe(true);
      const ledger = await latestLedger();
      expect(ledger.records.map((x) => x.key)).toEqual([`item:${COLLECTION}/${run}-premade-2`]);
      expect(states(r)[`item:${COLLECTION}/${run}-premade-2`]).toBe('verified');
    },
  );

  it('an item deleted from the catalog by hand makes verify fail, naming it', async () => {
    const client = new pg.Client({ connectionString: twin.pg_admin_dsn });
    await client.connect();
    try {
      await client.query('SELECT pgstac.delete_item($1, $2)', [`${run}-premade-1`, COLLECTION]);
    } finally {
      await client.end();
    }
    const r = await ingestHere('verify');
    expect(r.ok).toBe(false);
    expect(states(r)[`item:${COLLECTION}/${run}-premade-1`]).toBe('missing');
    expect(
      r.problems.map((p) => p.message),
      JSON.stringify(r.problems),
    ).toEqual([`item:${COLLECTION}/${run}-premade-1 is missing`]);
    expect(r.problems[0]?.location?.file).toMatch(/items\/p1\.json$/);
    // verify publishes nothing, and says so (issue 11, defect 7)
    expect(r.collections.find((c) => c.id === COLLECTION)?.counts.published).toBe(0);
    // put it back for the next tests
    expect((await ingestHere('run')).ok).toBe(true);
  });

  it(
    'a bad item ends in the loader DLQ, is reported against its manifest entry, and the run fails; ' +
      'the good ones land',
    async () => {
      const bad = `o'brien-${run}`;
      await mkdir(path.join(dir, 'bad'), { recursive: true });
      await writeFile(path.join(dir, 'bad', 'b1.json'), JSON.stringify(item(`${run}-bad-1`, {}, bad)));
      await writeFile(path.join(dir, 'items', 'p3.json'), JSON.stringify(item(`${run}-premade-3`)));
      await writeFile(path.join(dir, 'stac-ingest.yaml'), manifest(`  - id: quoted\n    files: bad/*.json\n`));
      const r = await ingestHere('run');
      expect(r.ok).toBe(false);
      const badObject = r.delivery?.objects.find((o) => o.id === `${run}-bad-1`);
      expect(badObject).toMatchObject({
        state: 'dead-lettered',
        origin: { entry: expect.stringContaining('sources[2] (quoted)') },
      });
      expect(badObject?.reason).toMatch(/loader/i);
      expect(states(r)[`item:${COLLECTION}/${run}-premade-3`]).toBe('verified');
      expect(r.validation?.findings.some((f) => f.rule === 'loader:collection-quote')).toBe(true);
      expect(r.problems.some((p) => p.message.includes(`${run}-bad-1`) && p.message.includes('dead-lettered'))).toBe(
        true,
      );

      // a dry run says what it would do and does nothing (issue 11, defect 7)
      const dryLogger = new RecordingLogger();
      const dry = await redriveRun(
        {
          manifestPath: path.join(dir, 'stac-ingest.yaml'),
          dryRun: true,
          policy: testPolicy(dir, { ...LOOPBACK, ...SHARED_DEMO_PACKAGE }),
        },
        { logger: dryLogger },
      );
      expect(dry.delivery?.objects.map((o) => [o.key, o.state])).toEqual([[`item:${bad}/${run}-bad-1`, 'planned']]);
      expect(dry.delivery?.summary).toBe('dry run: would redrive 1 message(s)');
      expect(renderText(dry)).toContain('dry run: would redrive 1 message(s)');
      expect(dryLogger.records.map((r) => r.message).join('\n')).not.toMatch(/re-published/);
      expect(toJsonReport(dry).totals.published).toBe(0);

      // redrive sends back only this run's message, which fails again (the id is still bad)
      const again = await redriveRun(
        {
          manifestPath: path.join(dir, 'stac-ingest.yaml'),
          policy: testPolicy(dir, { ...LOOPBACK, ...SHARED_DEMO_PACKAGE }),
        },
        { logger: new RecordingLogger() },
      );
      expect(again.delivery?.objects.map((o) => [o.key, o.state])).toEqual([
        [`item:${bad}/${run}-bad-1`, 'dead-lettered'],
      ]);
      expect(again.ok).toBe(false);

      // cancelled (SIGINT/SIGTERM in the CLI) while it waits: the pause ends at once and the result says so
      // (issue 9: redrive ignored the signal and waited on until the watchdog cut it off, writing no report)
      const controller = new AbortController();
      const cancelled = await redriveRun(
        {
          manifestPath: path.join(dir, 'stac-ingest.yaml'),
          policy: testPolicy(dir, { ...LOOPBACK, ...SHARED_DEMO_PACKAGE }),
        },
        {
          logger: new RecordingLogger(),
          signal: controller.signal,
          sleep: async () => controller.abort(new CancelledError('SIGTERM')),
        },
      );
      expect(cancelled.cancelled).toBe('SIGTERM');
      expect(cancelled.ok).toBe(false);
      expect(cancelled.stages.map((st) => [st.name, st.ok])).toEqual([
        ['redrive', true],
        ['wait', false],
      ]);
      expect(cancelled.problems.map((p) => p.stage)).toEqual(['cancel']);
    },
  );
});

describe('remote generation through the real StactoolsItemGenerator', () => {
  it('ItemRequests become items via uvx in the generator handler, and the run waits for them by id', async () => {
    const data = path.join(dir, 'data', '2020');
    await mkdir(data, { recursive: true });
    const tif = path.join(data, '50N_010E.tif');
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
        tif,
        '10',
        '50',
      ],
      { timeoutMs: 240_000 },
    );
    expect(made.exitCode, made.stderr).toBe(0);
    const glad = `glad-${run}`;
    await writeFile(
      path.join(dir, 'stac-ingest.yaml'),
      manifest(`  - id: glad
    collection: ${glad}
    stactools:
      package: stactools-glad-glclu2020==0.1.1
      with: ["affine<3"]
      group: gladglclu2020
      args: ["${tif}"]
      options: { href-format: "${path.join(dir, 'data', '{{year}}', '{{loc}}.tif')}" }
      generate: remote
      expect: { id_template: "2020_50N_010E" }
`),
    );
    await rm(path.join(dir, 'bad'), { recursive: true, force: true });
    const allowed = [...(SHARED_DEMO_PACKAGE.allowedPackages ?? []), 'affine'];
    const r = await ingestHere('run', {
      policy: testPolicy(dir, { ...LOOPBACK, ...SHARED_DEMO_PACKAGE, allowedPackages: allowed }),
    });
    expect(r.problems, JSON.stringify(r.problems)).toEqual([]);
    expect(states(r)[`item:${glad}/2020_50N_010E`]).toBe('verified');
    expect(states(r)['request:glad#1']).toBe('verified');
    const ledger = await latestLedger();
    // we sent the ItemRequest; the item itself was published by the generator, not by us
    expect(ledger.records.map((x) => x.key)).toContain('request:glad#1');
    expect(ledger.records.some((x) => x.key.startsWith(`item:${glad}/`))).toBe(false);
    const res = await fetch(`${twin.stac_api_url}/collections/${glad}/items/2020_50N_010E`);
    expect(res.status).toBe(200);
  }, 300_000);
});
