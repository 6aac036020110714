import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createProcessRunner } from '../src/clients/process.js';
import { createStacApiClient } from '../src/clients/stac-api.js';
import { RecordingLogger } from '../src/logging.js';
import { REPO_ROOT } from './support/dataset.js';
import { twinEnv, twinTargetYaml, type TwinEnv } from './support/twin.js';
import { scaleCollection, scaleItem } from '../bench/scale/corpus.js';

/**
 * Streaming through `run` to the maap target (issue 12), on the local twin (moto SNS/SQS, the real StacLoader,
 * pgstac, stac-fastapi-pgstac): a files source of NDJSON larger than the heap given to the process is validated,
 * published in bounded windows, awaited and verified by the built CLI with `--max-old-space-size=256`, and every
 * item is in the STAC API as sent. Held in memory, as before, its documents alone would not fit in that heap. Then
 * `plan` and `verify` against the live catalog read the same source window by window, under the same heap.
 */
const HEAP_MB = 256;
const ITEMS = 1600;
const runner = createProcessRunner();
const collection = `streaming-maap-${Date.now().toString(36)}`;
let twin: TwinEnv;
let dir = '';

beforeAll(async () => {
  twin = twinEnv();
  dir = await mkdtemp(path.join(tmpdir(), 'streaming-maap-'));
  await mkdir(path.join(dir, 'items'));
  await writeFile(path.join(dir, 'collection.json'), JSON.stringify({ ...scaleCollection(), id: collection }));
  // realistic items with a long description each (under SNS's 256 KiB message): many bytes, few items
  const filler = 'Sentinel-2 L2A scene processed with Sen2Cor 2.11 from the L1C product; '.repeat(3000);
  const out = createWriteStream(path.join(dir, 'items', 'scenes.ndjson'));
  for (let i = 0; i < ITEMS; i++) {
    const item = scaleItem(i) as { properties: Record<string, unknown> };
    item.properties['description'] = `scene ${i}: ${filler}`;
    // every window spans the same datetimes: with MAAP's use_queue, pg_cron gives the partition a datetime
    // constraint from the rows stored at that moment, and a loader batch outside it is lost (loader-waves.ts)
    item.properties['datetime'] = `2024-01-01T00:00:0${i % 10}Z`;
    if (!out.write(JSON.stringify(item) + '\n')) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  const target = twinTargetYaml(twin).replace('wait_minutes: 3', 'wait_minutes: 10');
  await writeFile(
    path.join(dir, 'stac-ingest.yaml'),
    [
      'version: 1',
      'collections:',
      `  - id: ${collection}`,
      '    file: collection.json',
      'sources:',
      '  - id: scenes',
      '    files: items/*.ndjson',
      `    collection: ${collection}`,
      target,
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
  return runner.run(process.execPath, argv, { cwd: dir, env: { ...process.env, ...env }, timeoutMs: 1_500_000 });
}

describe('run streams a files source to the maap target', () => {
  it(`publishes, awaits and verifies a source larger than a ${HEAP_MB} MB heap, in windows`, async () => {
    const source = (await stat(path.join(dir, 'items', 'scenes.ndjson'))).size;
    expect(source).toBeGreaterThan(1.2 * HEAP_MB * 2 ** 20);
    const r = await cli(['run', '--auth-host', '127.0.0.1', '--report-file', 'report.json']);
    expect(r.exitCode, r.stdout.slice(-3000) + r.stderr.slice(-3000)).toBe(0);
    expect(r.stderr).toMatch(/window 2: \d+ item\(s\)/);
    expect(r.stdout).toContain(`verified ${ITEMS}`);

    const report = JSON.parse(await readFile(path.join(dir, 'report.json'), 'utf8'));
    expect(report.details.windows).toBeGreaterThan(1);

    const api = createStacApiClient({ baseUrl: twin.stac_api_url, logger: new RecordingLogger() });
    for (const i of [0, 1, ITEMS / 2, ITEMS - 1]) {
      const id = (scaleItem(i) as { id: string }).id;
      const stored = await api.getItem(collection, id);
      expect(stored?.['properties']).toMatchObject({ description: expect.stringMatching(new RegExp(`^scene ${i}: `)) });
    }
  }, 1_800_000);

  // after the run: plan and verify against the live catalog compare and check the same source window by window
  it(`plans against the live catalog a source larger than a ${HEAP_MB} MB heap: every item unchanged`, async () => {
    const r = await cli(['plan', '--auth-host', '127.0.0.1', '--report-file', 'plan.json']);
    expect(r.exitCode, r.stdout.slice(-3000) + r.stderr.slice(-3000)).toBe(0);
    const report = JSON.parse(await readFile(path.join(dir, 'plan.json'), 'utf8'));
    expect(report.details.windows).toBeGreaterThan(1);
    expect(report.details.classification).toEqual({ new: 0, changed: 0, unchanged: ITEMS + 1, orphan: 0 });
  }, 1_200_000);

  it(`verifies in the live catalog a source larger than a ${HEAP_MB} MB heap: every item verified`, async () => {
    const r = await cli(['verify', '--auth-host', '127.0.0.1', '--report-file', 'verify.json']);
    expect(r.exitCode, r.stdout.slice(-3000) + r.stderr.slice(-3000)).toBe(0);
    expect(r.stdout + r.stderr).toMatch(
      new RegExp(`checked ${ITEMS + 1} object\\(s\\) .* in \\d+ window\\(s\\): ${ITEMS + 1} verified`),
    );
  }, 1_200_000);
});
