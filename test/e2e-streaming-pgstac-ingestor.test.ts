import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createProcessRunner } from '../src/clients/process.js';
import { REPO_ROOT } from './support/dataset.js';
import { bigItem } from './support/big-corpus.js';
import { scaleCollection } from '../bench/scale/corpus.js';
import { startIngestorStandin, type IngestorStandin } from './support/ingestor-standin.js';
import { startStacServices, stacServicesUnavailable, type StacServices } from './support/stac-services.js';

/**
 * Streaming through `run`, `plan` and `verify` to the pgstac and ingestor targets (issue 12): a files source of
 * NDJSON larger than the heap given to the built CLI (`--max-old-space-size`) is published in bounded windows, each
 * written (pgstac: upserted into a real PostgreSQL + pgstac; ingestor: posted to the LOCAL STAND-IN of the ingestor
 * API, test/support/ingestor-standin.ts, which loads into that pgstac) and verified (in pgstac and through a real
 * stac-fastapi-pgstac) before the next is read; then planned (every item unchanged) and verified (every item
 * verified) window by window. Held in memory, as before, its documents alone would not fit in that heap.
 */
const unavailable = stacServicesUnavailable();
if (unavailable) console.warn(`skipping test/e2e-streaming-pgstac-ingestor.test.ts: ${unavailable}`);

// a small heap and a source a little larger (fast): with 32 MB the CLI itself does not fit; held, the documents
// of 560 items of about 105 KB fill 48 MB while the inputs are read
const HEAP_MB = 48;
const ITEMS = 560;
const TOKEN = 'tok-streaming-0123456789';
const runner = createProcessRunner();
let services: StacServices;
let standin: IngestorStandin;
let dir = '';

beforeAll(async () => {
  if (unavailable) return;
  services = await startStacServices();
  standin = await startIngestorStandin({
    tokens: { [TOKEN]: 'maap-user' },
    stacUrl: services.apiUrl,
    load: (docs) => services.load(docs),
    // a window's posts (about 28 items) in one load: the loader is a Python process started per batch
    processDelayMs: 250,
  });
  dir = await mkdtemp(path.join(tmpdir(), 'streaming-pg-ing-'));
  const collection = (id: string) => JSON.stringify({ ...scaleCollection(), id, item_assets: {} });
  await writeFile(path.join(dir, 'pg-collection.json'), collection('stream-pg'));
  await writeFile(path.join(dir, 'ing-collection.json'), collection('stream-ing'));
  // items of about 100 KB (many bytes, few items); each source sets its collection; no http(s) asset (the
  // stand-in checks those with a HEAD request, and tests stay on loopback)
  const out = createWriteStream(path.join(dir, 'scenes.ndjson'));
  for (let i = 0; i < ITEMS; i++) {
    const item = bigItem(i) as unknown as { collection?: string; assets: Record<string, { href: string }> };
    delete item.collection;
    item.assets['thumbnail']!.href = `s3://sentinel-cogs/previews/${i}.jpg`;
    if (!out.write(JSON.stringify(item) + '\n')) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  const manifest = (collection: string, file: string, target: string[], name: string) =>
    [
      'version: 1',
      'collections:',
      `  - id: ${collection}`,
      `    file: ${file}`,
      'sources:',
      '  - id: scenes',
      '    files: scenes.ndjson',
      `    collection: ${collection}`,
      `default_target: ${name}`,
      'targets:',
      ...target,
      '',
    ].join('\n');
  await writeFile(
    path.join(dir, 'pgstac.yaml'),
    manifest(
      'stream-pg',
      'pg-collection.json',
      ['  db: { type: pgstac, dsn_env: STAC_INGEST_STREAM_DSN, batch_size: 100, stac_api: ' + services.apiUrl + ' }'],
      'db',
    ),
  );
  await writeFile(
    path.join(dir, 'ingestor.yaml'),
    manifest(
      'stream-ing',
      'ing-collection.json',
      [
        '  api:',
        '    type: ingestor',
        `    url: ${standin.url}`,
        '    token_env: STAC_INGEST_STREAM_TOKEN',
        `    stac_api: ${services.apiUrl}`,
        '    poll_seconds: 0.2',
        '    timeout_minutes: 5',
      ],
      'api',
    ),
  );
}, 300_000);

afterAll(async () => {
  await standin?.close();
  await services?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** The built CLI with a heap of HEAP_MB, in the dataset. */
function cli(manifest: string, args: string[]) {
  const entry = path.join(REPO_ROOT, 'dist', 'cli', 'index.js');
  const argv = [`--max-old-space-size=${HEAP_MB}`, entry, ...args, '-m', manifest, '--auth-host', '127.0.0.1'];
  const env = { ...process.env, STAC_INGEST_STREAM_DSN: services.dsn, STAC_INGEST_STREAM_TOKEN: TOKEN };
  return runner.run(process.execPath, [...argv, '--offline'], { cwd: dir, env, timeoutMs: 600_000 });
}

describe.skipIf(unavailable !== undefined)('run, plan and verify stream a files source to pgstac and ingestor', () => {
  it(`the source is larger than the ${HEAP_MB} MB heap`, async () => {
    expect((await stat(path.join(dir, 'scenes.ndjson'))).size).toBeGreaterThan(1.1 * HEAP_MB * 2 ** 20);
  });

  for (const [name, collection] of [
    ['pgstac', 'stream-pg'],
    ['ingestor', 'stream-ing'],
  ] as const) {
    it(`${name} target: runs, plans and verifies in windows with a ${HEAP_MB} MB heap`, async () => {
      const manifest = `${name}.yaml`;
      const r = await cli(manifest, ['run', '--report-file', `${name}-run.json`]);
      expect(r.exitCode, r.stdout.slice(-3000) + r.stderr.slice(-3000)).toBe(0);
      expect(r.stdout).toContain(`${ITEMS + 1} verified`);
      const report = JSON.parse(await readFile(path.join(dir, `${name}-run.json`), 'utf8'));
      expect(report.details.windows).toBeGreaterThan(1);
      const [stored] = await services.sql<{ n: string }>('SELECT count(*) AS n FROM items WHERE collection = $1', [
        collection,
      ]);
      expect(Number(stored?.n)).toBe(ITEMS);

      const plan = await cli(manifest, ['plan', '--report-file', `${name}-plan.json`]);
      expect(plan.exitCode, plan.stdout.slice(-3000) + plan.stderr.slice(-3000)).toBe(0);
      const planned = JSON.parse(await readFile(path.join(dir, `${name}-plan.json`), 'utf8'));
      expect(planned.details.windows).toBeGreaterThan(1);
      expect(planned.details.classification).toEqual({ new: 0, changed: 0, unchanged: ITEMS + 1, orphan: 0 });

      const verify = await cli(manifest, ['verify']);
      expect(verify.exitCode, verify.stdout.slice(-3000) + verify.stderr.slice(-3000)).toBe(0);
      expect(verify.stdout + verify.stderr).toMatch(
        new RegExp(`checked ${ITEMS + 1} object\\(s\\) .* in \\d+ window\\(s\\): ${ITEMS + 1} verified`),
      );
    }, 600_000);
  }
});
