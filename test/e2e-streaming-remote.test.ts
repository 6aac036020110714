import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createProcessRunner } from '../src/clients/process.js';
import { RecordingLogger } from '../src/logging.js';
import { maapTargetSchema } from '../src/manifest/schema.js';
import type { PlannedRequest } from '../src/model/inputs.js';
import { deliverStreamed, type RemoteSource } from '../src/run/deliver.js';
import { realSleep } from '../src/retry.js';
import { createMaapTarget } from '../src/targets/maap/index.js';
import { RunLedger } from '../src/targets/maap/ledger.js';
import { REPO_ROOT } from './support/dataset.js';
import { HEAP_MB } from './support/big-corpus.js';
import { validCollection } from './support/stac-docs.js';
import { twinEnv, twinTargetYaml, useTwinCredentials, type TwinEnv } from './support/twin.js';

/**
 * Streaming of remote generation (issue 12), on the local twin: the ItemRequests of a `generate: remote` source
 * are built as its rows are read and go to the maap target in bounded windows. `plan` against the live catalog, by
 * the built CLI with `--max-old-space-size=256`, of a rows file whose requests alone are larger than that heap
 * (each row's option is long); held, as before, they would not fit. Then a small run through the twin's real
 * StactoolsItemGenerator (uvx runs the published stactools package) in windows of one request: each window's items
 * are generated, loaded, awaited and verified.
 */
const ROWS = 1500;
const GLAD = 'stactools-glad-glclu2020==0.1.1';
const runner = createProcessRunner();
const run = Date.now().toString(36);
let twin: TwinEnv;
let dir = '';

/** Each row's option: long, so that each ItemRequest is too (under SNS's 256 KiB message). */
const note = (i: number) => `tile-${i}: ${'GLAD land cover and land use change, 2020 strata, 30 m; '.repeat(3700)}`;

beforeAll(async () => {
  twin = twinEnv();
  dir = await mkdtemp(path.join(tmpdir(), 'streaming-remote-'));
  await writeFile(path.join(dir, 'collection.json'), JSON.stringify(validCollection(`remote-heap-${run}`)));
  const rows = createWriteStream(path.join(dir, 'tiles.jsonl'));
  for (let i = 1; i <= ROWS; i++)
    if (!rows.write(JSON.stringify({ loc: `tile-${i}`, note: note(i) }) + '\n')) await once(rows, 'drain');
  rows.end();
  await once(rows, 'finish');
  await writeFile(
    path.join(dir, 'stac-ingest.yaml'),
    [
      'version: 1',
      'collections:',
      `  - id: remote-heap-${run}`,
      '    file: collection.json',
      'sources:',
      '  - id: tiles',
      `    collection: remote-heap-${run}`,
      '    stactools:',
      `      package: ${GLAD}`,
      '      group: gladglclu2020',
      '      rows: tiles.jsonl',
      '      args: ["https://example.com/{loc}.tif"]',
      '      options: { href-format: "{note}" }',
      '      generate: remote',
      '      expect: { id_template: "2020_{loc}" }',
      twinTargetYaml(twin),
    ].join('\n'),
  );
}, 120_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The built CLI with a heap of HEAP_MB, in the dataset, with the twin's credentials. */
function cli(args: string[]) {
  const env = {
    AWS_ACCESS_KEY_ID: twin.aws_access_key_id,
    AWS_SECRET_ACCESS_KEY: twin.aws_secret_access_key,
    AWS_REGION: twin.region,
  };
  const argv = [`--max-old-space-size=${HEAP_MB}`, path.join(REPO_ROOT, 'dist', 'cli', 'index.js'), ...args];
  return runner.run(process.execPath, argv, { cwd: dir, env: { ...process.env, ...env }, timeoutMs: 600_000 });
}

describe('remote generation streams its ItemRequests to the maap target in windows', () => {
  it(`plans against the live catalog ItemRequests larger than a ${HEAP_MB} MB heap, window by window`, async () => {
    expect((await stat(path.join(dir, 'tiles.jsonl'))).size).toBeGreaterThan(1.1 * HEAP_MB * 2 ** 20);
    const r = await cli(['plan', '--auth-host', '127.0.0.1', '--report-file', 'plan.json']);
    expect(r.exitCode, r.stdout.slice(-3000) + r.stderr.slice(-3000)).toBe(0);
    const report = JSON.parse(await readFile(path.join(dir, 'plan.json'), 'utf8'));
    const windows = [...(r.stdout + r.stderr).matchAll(/window \d+: (\d+) ItemRequest\(s\)/g)].map((m) => +m[1]!);
    expect(windows.length).toBeGreaterThan(10);
    expect(windows.reduce((a, b) => a + b, 0)).toBe(ROWS);
    expect(report.details.windows).toBe(windows.length + 1);
    const requests = report.objects.filter((o: { kind: string }) => o.kind === 'request');
    expect(requests.map((o: { key: string; state: string }) => [o.key, o.state])).toEqual(
      Array.from({ length: ROWS }, (_, i) => [`request:tiles#${i + 1}`, 'planned']),
    );
    expect(requests[ROWS - 1].location).toEqual({
      file: 'tiles.jsonl',
      line: ROWS,
      entry: `sources[0] (tiles) row ${ROWS}`,
    });
  }, 600_000);

  it('generates, loads, awaits, verifies the items of requests sent in windows of one (real generator)', async () => {
    useTwinCredentials(twin);
    const data = path.join(dir, 'data', '2020');
    await mkdir(data, { recursive: true });
    const tiles = ['50N_010E', '50N_020E'];
    for (const [i, tile] of tiles.entries()) {
      const tif = path.join(data, `${tile}.tif`);
      const script = path.join(REPO_ROOT, 'test', 'fixtures', 'make-geotiff.py');
      const args = ['run', '--no-project', '--with', 'rasterio', '--with', 'numpy<2.3.0', 'python', script, tif];
      const made = await runner.run('uv', [...args, String(10 * (i + 1)), '50'], { timeoutMs: 240_000 });
      expect(made.exitCode, made.stderr).toBe(0);
    }
    const collection = `glad-windows-${run}`;
    const requests = tiles.map((tile, i): PlannedRequest => ({
      request: {
        package_name: `${GLAD},affine<3`,
        group_name: 'gladglclu2020',
        create_item_args: [path.join(data, `${tile}.tif`)],
        create_item_options: { 'href-format': path.join(dir, 'data', '{year}', '{loc}.tif') },
        collection_id: collection,
      },
      origin: { file: 'tiles.csv', line: i + 2 },
      timeoutMs: 120_000,
      expectedId: `2020_${tile}`,
    }));
    const source: RemoteSource = {
      sourceId: 'glad',
      entry: 'sources[0] (glad)',
      collection,
      requests: [],
      stream: {
        count: requests.length,
        requests: async function* () {
          yield* requests;
        },
      },
    };
    const logger = new RecordingLogger();
    const settings = maapTargetSchema.parse({
      type: 'maap',
      region: twin.region,
      endpoint: twin.aws_endpoint_url,
      stack: twin.stack_name,
      stac_api: twin.stac_api_url,
      wait_minutes: 3,
      poll_seconds: 1,
    });
    const target = createMaapTarget(settings, dir, { logger }, { ledgerDir: dir });
    const runId = `remote-windows-${run}`;
    const input = {
      runId,
      collections: [{ doc: validCollection(collection), origin: { file: 'collection.json' } }],
      items: [],
      remote: [source],
      force: false,
    };
    const ctx = { logger, stage: <T>(_: string, fn: () => Promise<T>) => fn(), now: Date.now, sleep: realSleep };
    const windows = { items: 1, bytes: 2 ** 20, inFlight: 2 };
    try {
      const outcome = await deliverStreamed(target, input, [], ctx, windows);
      const states = Object.fromEntries(outcome.objects.map((o) => [o.key, o.state]));
      expect(states, JSON.stringify(outcome.objects)).toEqual({
        [`collection:${collection}`]: 'verified',
        [`item:${collection}/2020_50N_010E`]: 'verified',
        'request:glad#1': 'verified',
        [`item:${collection}/2020_50N_020E`]: 'verified',
        'request:glad#2': 'verified',
      });
      expect(outcome.details?.['windows']).toBe(3);
      expect(logger.records.map((x) => x.message).filter((m) => m.startsWith('window '))).toEqual([
        'window 2: 1 ItemRequest(s)',
        'window 3: 1 ItemRequest(s)',
      ]);
    } finally {
      await target.close?.();
    }
    const ledger = await RunLedger.read(path.join(dir, `ledger-${runId}.jsonl`));
    const sent = ledger.records().filter((x) => x.key.startsWith('request:'));
    expect(sent.map((x) => [x.key, x.status, x.origin.line])).toEqual([
      ['request:glad#1', 'published', 2],
      ['request:glad#2', 'published', 3],
    ]);
  }, 600_000);
});
