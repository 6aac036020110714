/**
 * pgstac load benchmark: the pgstac target (src/targets/pgstac.ts: batches of batch_size, one
 * transaction each, rows dehydrated on our side, then everything read back and compared) vs.
 * `pypgstac load items <file.ndjson> --method upsert` (the tool eoAPI users reach for), on the
 * same database and the same N generated items. The collection's items are deleted before every
 * run so both do the same work; each side runs `--runs` times (default 2), alternating.
 *
 *   npx tsx bench/pgstac-load/run.ts [--n 10000] [--runs 2] [--batch (the target's default)] [--function-sample 1000]
 *
 * Needs the twin's installation (`bash twin/install.sh`): PostgreSQL 15 + PostGIS, and pypgstac
 * at the database's pgstac version. A private database is started for the bench and removed after.
 * `--function-sample` also times pgstac's own `upsert_items(jsonb)` on that many items (it
 * dehydrates row by row in PL/pgSQL, so it is timed on a sample and the per-item rate shown).
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPgstacClient } from '../../src/clients/pgstac.js';
import type { StacObject } from '../../src/model/stac.js';
import { RecordingLogger } from '../../src/logging.js';
import { pgstacTargetSchema } from '../../src/manifest/schema.js';
import { createPgstacTarget } from '../../src/targets/pgstac.js';
import { deliver, type DeliveryInput } from '../../src/run/deliver.js';
import { startStacServices, TWIN_HOME, type StacServices } from '../../test/support/stac-services.js';

interface Args {
  n: number;
  runs: number;
  batch: number;
  functionSample: number;
}

function parseArgs(argv: string[]): Args {
  const args: Args = {
    n: 10_000,
    runs: 2,
    batch: pgstacTargetSchema.parse({ type: 'pgstac' }).batch_size,
    functionSample: 1000,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = Number(argv[++i]);
    if (!Number.isInteger(v) || v < 0) throw new Error(`${a} needs a whole number`);
    if (a === '--n') args.n = v;
    else if (a === '--runs') args.runs = Math.max(1, v);
    else if (a === '--batch') args.batch = v;
    else if (a === '--function-sample') args.functionSample = v;
    else throw new Error(`unknown argument ${a}`);
  }
  return args;
}

const COLLECTION = 'bench-load';

function collection(): StacObject {
  return {
    type: 'Collection',
    id: COLLECTION,
    stac_version: '1.0.0',
    description: 'pgstac load benchmark',
    license: 'CC-BY-4.0',
    links: [],
    extent: { spatial: { bbox: [[-180, -90, 180, 90]] }, temporal: { interval: [['2020-01-01T00:00:00Z', null]] } },
    item_assets: {
      data: { type: 'image/tiff; application=geotiff', roles: ['data'] },
      thumbnail: { type: 'image/png', roles: ['thumbnail'] },
    },
  };
}

/** A realistic item: a footprint polygon, a year of datetimes, a few properties, two assets. */
function item(i: number): StacObject {
  const x = -170 + (i % 340);
  const y = -80 + ((i * 7) % 160);
  const day = new Date(Date.UTC(2021, 0, 1) + (i % 365) * 86_400_000 + (i % 86_400) * 1000).toISOString();
  return {
    type: 'Feature',
    stac_version: '1.0.0',
    stac_extensions: ['https://stac-extensions.github.io/eo/v1.1.0/schema.json'],
    id: `item-${String(i).padStart(6, '0')}`,
    collection: COLLECTION,
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [x, y],
          [x + 0.5, y],
          [x + 0.5, y + 0.5],
          [x, y + 0.5],
          [x, y],
        ],
      ],
    },
    bbox: [x, y, x + 0.5, y + 0.5],
    properties: {
      datetime: day,
      platform: 'bench-sat',
      'eo:cloud_cover': i % 100,
      'bench:n': i,
      'bench:tags': ['a', 'b', String(i % 10)],
    },
    links: [{ rel: 'via', href: `https://example.org/source/${i}` }],
    assets: {
      data: { href: `s3://bench-bucket/${i}/data.tif`, type: 'image/tiff; application=geotiff', roles: ['data'] },
      thumbnail: { href: `s3://bench-bucket/${i}/thumb.png`, type: 'image/png', roles: ['thumbnail'] },
    },
  };
}

function runPypgstac(file: string, dsn: string): Promise<void> {
  const bin = join(TWIN_HOME, 'venvs', 'services', 'bin', 'pypgstac');
  return new Promise((resolve, reject) => {
    const child = spawn(bin, ['load', 'items', file, '--dsn', dsn, '--method', 'upsert'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err = (err + d.toString('utf8')).slice(-4000)));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`pypgstac load exited with ${code}:\n${err}`)),
    );
  });
}

/** How long starting Python and importing pypgstac's loader takes (the best of three). */
async function pythonStartup(): Promise<number> {
  const python = join(TWIN_HOME, 'venvs', 'services', 'bin', 'python');
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    await new Promise<void>((resolve, reject) => {
      const child = spawn(python, ['-c', 'import pypgstac.pypgstac, pypgstac.load'], { stdio: 'ignore' });
      child.on('error', reject);
      child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`python exited with ${code}`))));
    });
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

const secs = (ms: number): string => (ms / 1000).toFixed(2) + ' s';

interface Row {
  run: number;
  oursWrite: number;
  oursTotal: number;
  pypgstac: number;
}

/** The collection's rows emptied, and counted. */
function itemTable(services: StacServices) {
  return {
    clear: async (): Promise<void> => {
      await services.sql('DELETE FROM pgstac.items WHERE collection = $1', [COLLECTION]);
    },
    count: async (): Promise<number> =>
      Number(
        (
          await services.sql<{ n: string }>('SELECT count(*) AS n FROM pgstac.items WHERE collection = $1', [
            COLLECTION,
          ])
        )[0]?.n,
      ),
  };
}

/** Each run: our pgstac target's delivery, then `pypgstac load` on the same items, from an empty collection. */
async function measureRuns(args: Args, services: StacServices, items: StacObject[], file: string): Promise<Row[]> {
  const { clear, count } = itemTable(services);
  const input: DeliveryInput = {
    runId: 'bench',
    collections: [],
    items: items.map((doc, i) => ({ doc, origin: { file: 'items.ndjson', line: i + 1 } })),
    remote: [],
    force: false,
    mode: 'publish',
  };
  const target = pgstacTargetSchema.parse({ type: 'pgstac', dsn_env: 'BENCH_DSN', batch_size: args.batch });
  const rows: Row[] = [];
  for (let run = 1; run <= args.runs; run++) {
    await clear();
    const logger = new RecordingLogger();
    const adapter = createPgstacTarget(target, { logger, env: { BENCH_DSN: services.dsn } });
    const t0 = performance.now();
    const outcome = await deliver(adapter, input, {
      logger,
      stage: (_n, fn) => fn(),
      now: () => Date.now(),
      sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
    });
    const oursTotal = performance.now() - t0;
    await adapter.close?.();
    if (!outcome.ok || (await count()) !== args.n) throw new Error(`our load did not verify: ${outcome.summary}`);
    const oursWrite = Number((outcome.details?.['pgstac'] as { writeMs: number }).writeMs);

    await clear();
    const t1 = performance.now();
    await runPypgstac(file, services.dsn);
    const pypgstac = performance.now() - t1;
    if ((await count()) !== args.n) throw new Error('pypgstac did not load every item');
    rows.push({ run, oursWrite, oursTotal, pypgstac });
  }
  return rows;
}

/** ms per item of pgstac's own upsert_items(jsonb) on a sample, or undefined when not asked for. */
async function functionRate(
  args: Args,
  services: StacServices,
  items: StacObject[],
  setup: ReturnType<typeof createPgstacClient>,
): Promise<number | undefined> {
  if (args.functionSample <= 0) return undefined;
  await itemTable(services).clear();
  const sample = items.slice(0, Math.min(args.functionSample, args.n));
  const t = performance.now();
  for (let i = 0; i < sample.length; i += args.batch)
    await setup.upsertItemsWithFunction(sample.slice(i, i + args.batch));
  return (performance.now() - t) / sample.length;
}

function printResults(args: Args, version: string | undefined, rows: Row[], startup: number, fnRate?: number): void {
  console.log(
    `\npgstac load: ${args.n} items, batches of ${args.batch}, pgstac ${version}, ` +
      `collection emptied before each run\n`,
  );
  console.log(
    '| run | ours: write | ours: write + read back + compare | pypgstac load --method upsert | pypgstac ' +
      'minus Python start-up | ratio pypgstac / ours total | ratio (pypgstac - start-up) / ours write |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const r of rows) {
    const net = r.pypgstac - startup;
    console.log(
      `| ${r.run} | ${secs(r.oursWrite)} | ${secs(r.oursTotal)} | ${secs(r.pypgstac)} | ${secs(net)} | ` +
        `${(r.pypgstac / r.oursTotal).toFixed(2)}x | ${(net / r.oursWrite).toFixed(2)}x |`,
    );
  }
  console.log(
    '\nours: write = batches of upserts (one transaction each); total adds connecting, the read-back of ' +
      'every item and the content comparison.',
  );
  console.log(
    `pypgstac: the whole \`pypgstac load\` process (what a user runs; it reads nothing back). Python ` +
      `start-up + importing pypgstac took ${secs(startup)} (best of 3), subtracted in the "minus" column.`,
  );
  console.log('A ratio above 1.00x means ours is faster.');
  if (fnRate !== undefined) {
    console.log(
      `pgstac's own upsert_items(jsonb), timed on ${Math.min(args.functionSample, args.n)} items: ` +
        `${fnRate.toFixed(2)} ms/item (≈ ${secs(fnRate * args.n)} for ${args.n}, extrapolated); why the ` +
        `target dehydrates rows itself.`,
    );
  }
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const services: StacServices = await startStacServices();
  const dir = await mkdtemp(join(tmpdir(), 'bench-pgstac-load-'));
  try {
    const items = Array.from({ length: args.n }, (_, i) => item(i));
    const file = join(dir, 'items.ndjson');
    await writeFile(file, items.map((d) => JSON.stringify(d)).join('\n') + '\n');
    const setup = createPgstacClient({ dsn: services.dsn, logger: new RecordingLogger() });
    await setup.upsertCollections([collection()]);
    const rows = await measureRuns(args, services, items, file);
    const fnRate = await functionRate(args, services, items, setup);
    await setup.close();
    const startup = await pythonStartup();
    const version = await services.sql<{ v: string }>('SELECT pgstac.get_version() AS v').then((r) => r[0]?.v);
    printResults(args, version, rows, startup, fnRate);
  } finally {
    await services.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
  process.exitCode = 1;
});
