/**
 * The direct pgstac target end to end on a real PostgreSQL 15 + PostGIS + pgstac (installed with
 * `pypgstac migrate`) and a real stac-fastapi-pgstac on loopback (test/support/stac-services.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createPgstacClient, parseDsn } from '../src/clients/pgstac.js';
import { dehydrate, DO_NOT_MERGE, hydrate } from '../src/clients/pgstac-rows.js';
import type { LoadedDoc, StacObject } from '../src/model/stac.js';
import { ConfigurationError, StageError } from '../src/errors.js';
import { RecordingLogger } from '../src/logging.js';
import { pgstacTargetSchema } from '../src/manifest/schema.js';
import { createTarget } from '../src/targets/index.js';
import { createPgstacTarget } from '../src/targets/pgstac.js';
import type { TargetContext } from '../src/targets/target.js';
import { deliver as deliverTo, deliverStreamed, type DeliveryInput } from '../src/run/deliver.js';
import type { ObjectStatus } from '../src/model/delivery.js';
import type { StreamedDocs } from '../src/model/inputs.js';
import { compareStac } from '../src/compare/compare.js';
import { parseJson, stringifyJson } from '../src/json.js';
import { freePort } from './support/moto.js';
import { collectionDoc, itemDoc } from './support/stac-docs.js';
import { streamedDocs } from './support/streamed-docs.js';
import { startStacServices, stacServicesUnavailable, type StacServices } from './support/stac-services.js';

const unavailable = stacServicesUnavailable();
if (unavailable) console.warn(`skipping test/targets-pgstac.test.ts: ${unavailable}`);

const PASSWORD = 'pw-S3cret!xyz';

function context(logger: RecordingLogger): TargetContext {
  return {
    logger,
    stage: (_name, fn) => fn(),
    now: () => Date.now(),
    sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
  };
}

function input(
  collections: StacObject[],
  items: StacObject[],
  mode: DeliveryInput['mode'] = 'publish',
  force = false,
): DeliveryInput {
  const doc = (d: StacObject, i: number, file: string): LoadedDoc => ({
    doc: d,
    origin: { file, line: i + 1, entry: 'sources[0] (test)' },
  });
  return {
    runId: 'test',
    collections: collections.map((d, i) => doc(d, i, 'collections.ndjson')),
    items: items.map((d, i) => doc(d, i, 'items.ndjson')),
    remote: [],
    force,
    mode,
  };
}

describe.skipIf(unavailable !== undefined)('pgstac target (real PostgreSQL + pgstac + stac-fastapi-pgstac)', () => {
  let services: StacServices;
  let dsn: string;
  let port: string;

  beforeAll(async () => {
    services = await startStacServices();
    port = new URL(services.dsn).port;
    // a login with a password, to check it never shows (the test cluster trusts loopback, so it is not checked)
    await services.sql(`CREATE ROLE ingest_user LOGIN SUPERUSER PASSWORD '${PASSWORD}'`);
    await services.sql('CREATE DATABASE no_pgstac');
    dsn = `postgresql://ingest_user:${encodeURIComponent(PASSWORD)}@127.0.0.1:${port}/postgres`;
  });
  afterAll(async () => {
    await services?.stop();
  });

  const target = (extra: Record<string, unknown> = {}) =>
    pgstacTargetSchema.parse({ type: 'pgstac', dsn_env: 'TEST_PGSTAC_DSN', ...extra });

  async function deliver(
    collections: StacObject[],
    items: StacObject[],
    extra: Record<string, unknown> = {},
    env: NodeJS.ProcessEnv = { TEST_PGSTAC_DSN: dsn },
    mode: DeliveryInput['mode'] = 'publish',
  ) {
    const logger = new RecordingLogger();
    const adapter = createPgstacTarget(target(extra), { logger, env });
    try {
      const outcome = await deliverTo(adapter, input(collections, items, mode), context(logger));
      return { outcome, logger };
    } finally {
      await adapter.close?.();
    }
  }

  it(
    'upserts a collection and 1203 items in batches of 500, reads them back equal, ' + 'and the STAC API serves them',
    async () => {
      const items = Array.from({ length: 1203 }, (_, i) => itemDoc('bulk', `b-${String(i).padStart(4, '0')}`, i));
      const { outcome, logger } = await deliver(
        [
          collectionDoc('bulk', {
            item_assets: { data: { type: 'image/tiff; application=geotiff', roles: ['data'], title: 'Data' } },
          }),
        ],
        items,
        { stac_api: services.apiUrl, batch_size: 500 },
      );
      expect(outcome.ok).toBe(true);
      expect(outcome.objects).toHaveLength(1204);
      expect(outcome.objects.every((o) => o.state === 'verified')).toBe(true);
      expect(outcome.details?.['pgstac']).toMatchObject({
        version: '0.9.9',
        batches: 3,
        batchSize: 500,
        failedBatches: 0,
        database: `ingest_user@127.0.0.1:${port}/postgres`,
      });
      expect(outcome.objects.find((o) => o.id === 'b-1202')?.ref).toBe('batch 3/3');
      expect(outcome.summary).toContain('1204 verified');
      const [count] = await services.sql<{ n: string }>(
        "SELECT count(*) AS n FROM pgstac.items WHERE collection = 'bulk'",
      );
      expect(count?.n).toBe('1203');
      // through the real STAC API, the item is the one we sent
      // (the asset's missing `title` is not filled in from item_assets)
      const res = await fetch(`${services.apiUrl}collections/bulk/items/b-0007`);
      const served = (await res.json()) as StacObject;
      expect(compareStac(items[7]!, served, { linkBase: services.apiUrl }).equal).toBe(true);
      expect((served['assets'] as Record<string, Record<string, unknown>>)['data']?.['title']).toBeUndefined();
      // the password is registered as a secret: anything printing it is masked
      logger.info(`dsn password is ${PASSWORD}`);
      expect(logger.text()).not.toContain(PASSWORD);
      expect(logger.text()).toContain('dsn password is ***');
    },
  );

  it(
    "stores rows that pgstac's own content_hydrate turns back into the items we sent " +
      '(item_assets + do-not-merge markers)',
    async () => {
      const col = collectionDoc('hydr', {
        item_assets: {
          data: { type: 'image/tiff', roles: ['data'], title: 'Data' },
          thumb: { type: 'image/png', roles: ['thumbnail'] },
        },
      });
      const withThumb = itemDoc('hydr', 'h-1', 1, {
        assets: {
          data: { href: 's3://b/1.tif', type: 'image/tiff', roles: ['data'], title: 'Data' },
          thumb: { href: 's3://b/1.png', type: 'image/png', roles: ['thumbnail'] },
        },
      });
      const noThumb = itemDoc('hydr', 'h-2', 2, {
        assets: { data: { href: 's3://b/2.tif', type: 'image/tiff', roles: ['data'] } },
      });
      const noVersion = itemDoc('hydr', 'h-3', 3);
      delete noVersion['stac_version'];
      const { outcome } = await deliver([col], [withThumb, noThumb, noVersion]);
      expect(outcome.objects.map((o) => o.state)).toEqual(['verified', 'verified', 'verified', 'verified']);
      const rows = await services.sql<{ id: string; hydrated: StacObject; content: StacObject }>(
        'SELECT i.id, content_hydrate(i, c) AS hydrated, ' +
          "i.content FROM items i JOIN collections c ON c.id = i.collection WHERE i.collection = 'hydr' ORDER BY " +
          'i.id',
      );
      const sent = new Map([withThumb, noThumb, noVersion].map((d) => [d['id'], d]));
      for (const r of rows)
        expect(compareStac(sent.get(r.id)!, r.hydrated, { links: 'content' })).toMatchObject({ equal: true });
      // equal values are left out of the stored content, base keys the item lacks are marked
      const h1 = rows.find((r) => r.id === 'h-1')!.content as { assets: Record<string, Record<string, unknown>> };
      expect(h1.assets['data']).toEqual({ href: 's3://b/1.tif' });
      const h2 = rows.find((r) => r.id === 'h-2')!.content as { assets: Record<string, unknown> };
      expect(h2.assets['thumb']).toBe(DO_NOT_MERGE);
      expect(rows.find((r) => r.id === 'h-3')!.content['stac_version']).toBe(DO_NOT_MERGE);
    },
  );

  it(
    'refuses a whole batch in one transaction: its items fail with the database message, ' + 'the other batches land',
    async () => {
      const items = Array.from({ length: 6 }, (_, i) => itemDoc('tx', `t-${i}`, i));
      items[2] = itemDoc('tx', 't-2', 2, { geometry: { type: 'Polygon', coordinates: 'not coordinates' } });
      const { outcome, logger } = await deliver([collectionDoc('tx')], items, { batch_size: 2 });
      expect(outcome.ok).toBe(false);
      const state = Object.fromEntries(outcome.objects.map((o) => [o.key, o.state]));
      expect(state).toMatchObject({
        'item:tx/t-0': 'verified',
        'item:tx/t-1': 'verified',
        'item:tx/t-2': 'failed',
        'item:tx/t-3': 'failed',
        'item:tx/t-4': 'verified',
        'item:tx/t-5': 'verified',
      });
      const t3 = outcome.objects.find((o) => o.key === 'item:tx/t-3')!;
      expect(t3.reason).toMatch(/^batch 2\/3 rolled back: upserting 2 item\(s\): /);
      // t-3 was fine but shared the transaction with t-2: rolled back with it
      const stored = await services.sql<{ id: string }>(
        "SELECT id FROM pgstac.items WHERE collection = 'tx' ORDER BY id",
      );
      expect(stored.map((r) => r.id)).toEqual(['t-0', 't-1', 't-4', 't-5']);
      expect(outcome.details?.['pgstac']).toMatchObject({ batches: 3, failedBatches: 1 });
      expect(
        logger.records.some((r) => r.level === 'error' && r.location?.file === 'items.ndjson' && r.location.line === 3),
      ).toBe(true);
    },
  );

  it('writes a batch again after PostgreSQL ended its connection (issue 9): none lost, none twice', async () => {
    // the server ends the connection writing item cut-150 the first time, as a fast shutdown or a restart does
    // (57P01); a sequence is not rolled back with the transaction, so the second write goes through
    await services.sql('CREATE SEQUENCE public.cut_once_count');
    await services.sql(
      `CREATE FUNCTION public.cut_once() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF NEW.id = 'cut-150' AND nextval('public.cut_once_count') = 1 THEN
           PERFORM pg_terminate_backend(pg_backend_pid());
         END IF;
         RETURN NEW;
       END $$`,
    );
    await services.sql(
      'CREATE TRIGGER cut_once BEFORE INSERT ON pgstac.items FOR EACH ROW EXECUTE FUNCTION public.cut_once()',
    );
    try {
      const items = Array.from({ length: 300 }, (_, i) => itemDoc('cut', `cut-${i}`, i));
      const { outcome, logger } = await deliver([collectionDoc('cut')], items, { batch_size: 100 });
      expect(outcome.ok, outcome.summary).toBe(true);
      expect(outcome.objects.filter((o) => o.state !== 'verified')).toEqual([]);
      expect(logger.text()).toMatch(
        new RegExp(
          'warning: batch 2/3: pgstac: lost the connection to PostgreSQL at .*: terminating connection due to ' +
            'administrator command; writing it again in 2 s \\(retry 1; retries go on for up to 60 s\\)',
        ),
      );
      const [rows] = await services.sql<{ n: string; ids: string }>(
        "SELECT count(*) AS n, count(DISTINCT id) AS ids FROM pgstac.items WHERE collection = 'cut'",
      );
      expect(rows).toEqual({ n: '300', ids: '300' });
      const [cut] = await services.sql<{ n: string }>('SELECT last_value AS n FROM public.cut_once_count');
      expect(cut?.n).toBe('2'); // the batch holding cut-150 was written twice: cut once, then in full
    } finally {
      await services.sql('DROP TRIGGER cut_once ON pgstac.items');
      await services.sql('DROP FUNCTION public.cut_once()');
      await services.sql('DROP SEQUENCE public.cut_once_count');
    }
  });

  /**
   * Delivers 300 items of `collection` in batches of 100 while PostgreSQL is stopped during batch 2 for `downMs`
   * (connections refused meanwhile): the batch's transaction waits on an advisory lock the test holds, and
   * PostgreSQL is stopped while it waits (a sequence makes it wait once). `time` replaces the run's clock and sleep.
   */
  async function deliverAcrossOutage(collection: string, downMs: number, time?: Pick<TargetContext, 'now' | 'sleep'>) {
    await services.sql('CREATE SEQUENCE public.outage_count');
    await services.sql(
      `CREATE FUNCTION public.outage() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF NEW.id = '${collection}-150' AND nextval('public.outage_count') = 1 THEN
           PERFORM pg_advisory_xact_lock(4242);
         END IF;
         RETURN NEW;
       END $$`,
    );
    await services.sql(
      'CREATE TRIGGER outage BEFORE INSERT ON pgstac.items FOR EACH ROW EXECUTE FUNCTION public.outage()',
    );
    const holder = new pg.Client({ connectionString: dsn });
    holder.on('error', () => undefined); // its connection is cut by the stop, which frees the lock
    await holder.connect();
    const logger = new RecordingLogger();
    const adapter = createPgstacTarget(target({ batch_size: 100 }), { logger, env: { TEST_PGSTAC_DSN: dsn } });
    try {
      await holder.query('SELECT pg_advisory_lock(4242)');
      const items = Array.from({ length: 300 }, (_, i) => itemDoc(collection, `${collection}-${i}`, i));
      const run = input([collectionDoc(collection)], items);
      const delivered = deliverTo(adapter, run, { ...context(logger), ...time }).then(
        (o) => o,
        (e: Error) => e,
      );
      for (let waiting = 0; waiting === 0;) {
        await new Promise((r) => setTimeout(r, 100));
        const [w] = await services.sql<{ n: string }>(
          "SELECT count(*) AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND wait_event = 'advisory'",
        );
        waiting = Number(w?.n ?? 0);
      }
      const restarted = services.restartPostgres(downMs);
      const outcome = await delivered;
      await restarted;
      return { outcome, logger };
    } finally {
      await adapter.close?.();
      await holder.end().catch(() => undefined);
      await services.sql('DROP TRIGGER outage ON pgstac.items');
      await services.sql('DROP FUNCTION public.outage()');
      await services.sql('DROP SEQUENCE public.outage_count');
    }
  }

  it('rides out PostgreSQL down for 12 s mid-load (issue 9, fault matrix p1): the batch lands once', async () => {
    const { outcome, logger } = await deliverAcrossOutage('down', 12_000);
    if (outcome instanceof Error) throw outcome;
    expect(outcome.ok, outcome.summary).toBe(true);
    expect(outcome.objects.filter((o) => o.state !== 'verified')).toEqual([]);
    expect(logger.text()).toMatch(/warning: batch 2\/3: pgstac: .*writing it again in 8 s \(retry 3;/);
    const [rows] = await services.sql<{ n: string; ids: string }>(
      "SELECT count(*) AS n, count(DISTINCT id) AS ids FROM pgstac.items WHERE collection = 'down'",
    );
    expect(rows).toEqual({ n: '300', ids: '300' });
  }, 90_000);

  it('reads the stored copies again across a PostgreSQL restart (between two windows of a streamed run)', async () => {
    const items = [itemDoc('rd', 'rd-1', 1), itemDoc('rd', 'rd-2', 2)];
    expect((await deliver([collectionDoc('rd')], items)).outcome.ok).toBe(true);
    const logger = new RecordingLogger();
    const adapter = createPgstacTarget(target({}), { logger, env: { TEST_PGSTAC_DSN: dsn } });
    try {
      await adapter.open({ mode: 'verify', runId: 'rd', collections: [], items: [], requests: [] }, context(logger));
      const [db] = adapter.catalogs('verify', context(logger));
      const expected = items.map((d) => ({
        key: `item:rd/${String(d['id'])}`,
        kind: 'item' as const,
        collection: 'rd',
        id: String(d['id']),
      }));
      // PostgreSQL stops (open connections cut) and comes back 5 s later; the read starts while it is down
      const restarted = services.restartPostgres(5000);
      await new Promise((r) => setTimeout(r, 1000));
      const found = await db!.read(expected);
      await restarted;
      expect([...found.keys()].sort()).toEqual(['item:rd/rd-1', 'item:rd/rd-2']);
      expect(logger.text()).toMatch(/the items of rd: pgstac: .*; reading it again in 2 s \(retry 1;/);
    } finally {
      await adapter.close?.();
    }
  }, 90_000);

  it('gives up once PostgreSQL stays down past 60 s, and says what happened', async () => {
    // PostgreSQL really down; the run's clock moves by each pause it asks for (a tenth of it really waited)
    let now = 0;
    const time = {
      now: () => now,
      sleep: async (ms: number) => {
        now += ms;
        await new Promise((r) => setTimeout(r, ms / 10));
      },
    };
    const { outcome } = await deliverAcrossOutage('gone', 15_000, time);
    expect(outcome).toBeInstanceOf(StageError);
    expect((outcome as Error).message).toMatch(
      new RegExp(
        '^pgstac: batch 2/3 was not written: PostgreSQL could not be reached again in 5\\d s after the connection ' +
          'was lost \\(9 tries; retries stop after 60 s\\); the last error: pgstac: cannot connect to PostgreSQL',
      ),
    );
  }, 90_000);

  it('upserts: a changed item replaces the stored one, an unchanged one is left as it was', async () => {
    const a = itemDoc('ups', 'u-a', 1);
    const b = itemDoc('ups', 'u-b', 2);
    await deliver([collectionDoc('ups')], [a, b]);
    const before = await services.sql<{ id: string; xmin: string }>(
      "SELECT id, xmin::text FROM pgstac.items WHERE collection = 'ups' ORDER BY id",
    );
    const changed = itemDoc('ups', 'u-b', 2, { properties: { datetime: '2022-06-01T00:00:00Z', 'test:n': 99 } });
    const { outcome } = await deliver([], [a, changed]);
    expect(outcome.ok).toBe(true);
    const after = await services.sql<{
      id: string;
      xmin: string;
      content: { properties: Record<string, unknown> };
      datetime: Date;
    }>("SELECT id, xmin::text, content, datetime FROM pgstac.items WHERE collection = 'ups' ORDER BY id");
    expect(after[0]?.xmin).toBe(before[0]?.xmin);
    expect(after[1]?.xmin).not.toBe(before[1]?.xmin);
    expect(after[1]?.content.properties['test:n']).toBe(99);
    expect(after[1]?.datetime.toISOString()).toBe('2022-06-01T00:00:00.000Z');
  });

  it('plan reads the database and writes nothing; verify reads it back and reports what differs', async () => {
    await deliver([collectionDoc('pv')], [itemDoc('pv', 'p-1', 1), itemDoc('pv', 'p-2', 2)]);
    const changed = itemDoc('pv', 'p-2', 2, { properties: { datetime: '2023-01-01T00:00:00Z' } });
    const fresh = itemDoc('pv', 'p-3', 3);
    const plan = await deliver([collectionDoc('pv')], [itemDoc('pv', 'p-1', 1), changed, fresh], {}, undefined, 'plan');
    expect(plan.outcome.objects.map((o) => [o.key, o.state, o.change])).toEqual([
      ['collection:pv', 'unchanged', 'unchanged'],
      ['item:pv/p-1', 'unchanged', 'unchanged'],
      ['item:pv/p-2', 'planned', 'changed'],
      ['item:pv/p-3', 'planned', 'new'],
    ]);
    expect(plan.outcome.objects[2]?.reason).toContain('/properties/datetime');
    expect(plan.outcome.summary).toContain('1 new, 1 changed, 2 unchanged');
    expect(await services.sql("SELECT 1 FROM pgstac.items WHERE id = 'p-3'")).toHaveLength(0);
    const verify = await deliver([], [itemDoc('pv', 'p-1', 1), changed, fresh], {}, undefined, 'verify');
    expect(verify.outcome.ok).toBe(false);
    expect(verify.outcome.objects.map((o) => o.state)).toEqual(['verified', 'stale', 'missing']);
    expect(verify.outcome.objects[2]?.reason).toBe('not in pgstac');
  });

  it('does not send an item without geometry (items.geometry is NOT NULL) and still delivers the rest', async () => {
    const { outcome } = await deliver(
      [collectionDoc('geo')],
      [itemDoc('geo', 'g-1', 1), itemDoc('geo', 'g-2', 2, { geometry: null, bbox: undefined })],
    );
    expect(outcome.ok).toBe(false);
    const g2 = outcome.objects.find((o) => o.id === 'g-2')!;
    expect(g2.state).toBe('failed');
    expect(g2.reason).toContain('NOT NULL');
    expect(g2.origin).toMatchObject({ file: 'items.ndjson', line: 2 });
    expect(outcome.objects.find((o) => o.id === 'g-1')?.state).toBe('verified');
  });

  it(
    "stops before writing when an item's collection is neither in the run nor in the database, " + 'naming the item',
    async () => {
      const err = await deliver([], [itemDoc('nowhere', 'n-1', 1)]).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ConfigurationError);
      expect((err as ConfigurationError).message).toContain("'nowhere'");
      expect((err as ConfigurationError).location).toMatchObject({ file: 'items.ndjson', line: 1 });
      const rows = await services.sql("SELECT 1 FROM pgstac.items WHERE id = 'n-1'");
      expect(rows).toHaveLength(0);
    },
  );

  it(
    'publishes, plans and verifies streamed items in windows as held: a later window refuses an item the table ' +
      'cannot hold, and a collection neither in the run nor in pgstac stops the run before anything is written',
    async () => {
      const col = collectionDoc('swin', { item_assets: { data: { type: 'image/tiff', roles: ['data'] } } });
      const items = [1, 2, 3, 4, 5].map((n) => itemDoc('swin', `w-${n}`, n));
      // in the second window of two items: not sent (items.geometry is NOT NULL), as when it is held
      items[3] = itemDoc('swin', 'w-4', 4, { geometry: null, bbox: undefined });
      const small = { items: 2, bytes: 2 ** 20 };
      const streamed = (docs: StacObject[], mode: DeliveryInput['mode']) => {
        const all = input([col], docs, mode);
        return [{ ...all, items: [] as LoadedDoc[] }, [streamedDocs(all.items)] as StreamedDocs[]] as const;
      };
      const view = (objects: ObjectStatus[]) => objects.map((o) => [o.key, o.state, o.change, o.reason, o.origin]);
      const states = (objects: ObjectStatus[]) => Object.fromEntries(objects.map((o) => [o.key, o.state]));
      const logger = new RecordingLogger();
      const adapter = createPgstacTarget(target({ stac_api: services.apiUrl }), {
        logger,
        env: { TEST_PGSTAC_DSN: dsn },
      });
      try {
        const run = await deliverStreamed(adapter, ...streamed(items, 'publish'), context(logger), small);
        expect(run.details?.['windows']).toBe(3);
        expect(states(run.objects)).toEqual({
          'collection:swin': 'verified',
          ...Object.fromEntries(['w-1', 'w-2', 'w-3', 'w-5'].map((id) => [`item:swin/${id}`, 'verified'])),
          'item:swin/w-4': 'failed',
        });
        expect(run.objects.find((o) => o.id === 'w-4')?.reason).toMatch(/^not sent: .*NOT NULL/);
        const stored = await services.sql<{ id: string }>("SELECT id FROM pgstac.items WHERE collection = 'swin'");
        expect(stored.map((r) => r.id).sort()).toEqual(['w-1', 'w-2', 'w-3', 'w-5']);
        for (const mode of ['plan', 'verify'] as const) {
          const held = await deliverTo(adapter, input([col], items, mode), context(logger));
          const windows = await deliverStreamed(adapter, ...streamed(items, mode), context(logger), small);
          expect(windows.details?.['windows']).toBe(3);
          expect(view(windows.objects)).toEqual(view(held.objects));
          expect(windows.ok).toBe(held.ok);
        }
        // the unknown collection is named by an item of the last window: the first is not written either
        const stray = [itemDoc('swin2', 'x-1', 1), itemDoc('swin2', 'x-2', 2), itemDoc('nowhere2', 'x-3', 3)];
        const all = input([collectionDoc('swin2')], stray);
        const err = await deliverStreamed(
          adapter,
          { ...all, items: [] },
          [streamedDocs(all.items)],
          context(logger),
          small,
        ).catch((e: unknown) => e);
        expect(err).toBeInstanceOf(ConfigurationError);
        expect((err as ConfigurationError).message).toContain("'nowhere2' is neither in this run nor in pgstac");
        expect((err as ConfigurationError).location).toMatchObject({ file: 'items.ndjson', line: 3 });
        expect(await services.sql("SELECT 1 FROM pgstac.items WHERE collection = 'swin2'")).toHaveLength(0);
        expect(await services.sql("SELECT 1 FROM pgstac.collections WHERE id = 'swin2'")).toHaveLength(0);
        // an item whose collection is empty names none to look for: it is not sent, as when held
        const empty = input([col], [itemDoc('swin', 'e-1', 1), itemDoc('swin', 'e-2', 2), itemDoc('', 'e-3', 3)]);
        const some = await deliverStreamed(
          adapter,
          { ...empty, items: [] },
          [streamedDocs(empty.items)],
          context(logger),
          small,
        );
        expect(states(some.objects)).toEqual({
          'collection:swin': 'verified',
          'item:swin/e-1': 'verified',
          'item:swin/e-2': 'verified',
          'item:/e-3': 'failed',
        });
      } finally {
        await adapter.close?.();
      }
    },
  );

  it('says clearly when the database has no pgstac, without printing the password', async () => {
    const env = {
      TEST_PGSTAC_DSN: `postgresql://ingest_user:${encodeURIComponent(PASSWORD)}@127.0.0.1:${port}/no_pgstac`,
    };
    const err = await deliver([collectionDoc('x')], [], {}, env).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigurationError);
    expect((err as Error).message).toContain(`ingest_user@127.0.0.1:${port}/no_pgstac has no pgstac schema`);
    expect((err as ConfigurationError).hint).toContain('pypgstac migrate');
    expect((err as Error).message).not.toContain(PASSWORD);
  });

  it('says clearly when PostgreSQL cannot be reached, without printing the DSN', async () => {
    const closed = await freePort();
    const env = {
      TEST_PGSTAC_DSN: `postgresql://ingest_user:${encodeURIComponent(PASSWORD)}@127.0.0.1:${closed}/postgres`,
    };
    const err = await deliver([collectionDoc('x')], [], {}, env).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StageError);
    expect((err as Error).message).toBe(
      `pgstac: cannot connect to PostgreSQL at ingest_user@127.0.0.1:${closed}/postgres (ECONNREFUSED)`,
    );
  });

  it('needs the DSN variable, and says which one', async () => {
    const err = await deliver([collectionDoc('x')], [], {}, {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigurationError);
    expect((err as ConfigurationError).message).toContain('TEST_PGSTAC_DSN');
    expect((err as ConfigurationError).location?.pointer).toBe('/dsn_env');
  });

  it('is what createTarget makes for a pgstac target, and accepts a libpq keyword DSN', async () => {
    const logger = new RecordingLogger();
    const env = {
      TEST_PGSTAC_DSN: `host=127.0.0.1 port=${port} dbname=postgres user=ingest_user password='${PASSWORD}'`,
    };
    const adapter = await createTarget(target(), '/tmp', { logger, env });
    expect(adapter.type).toBe('pgstac');
    try {
      const outcome = await deliverTo(
        adapter,
        input([collectionDoc('kw')], [itemDoc('kw', 'k-1', 1)]),
        context(logger),
      );
      expect(outcome.ok).toBe(true);
      expect(outcome.summary).toContain(`ingest_user@127.0.0.1:${port}/postgres`);
    } finally {
      await adapter.close?.();
    }
    logger.info(PASSWORD);
    expect(logger.text()).not.toContain(PASSWORD);
  });

  it('client: reports the pgstac version and which collections exist', async () => {
    const logger = new RecordingLogger();
    const client = createPgstacClient({ dsn, logger });
    try {
      expect(await client.version()).toBe('0.9.9');
      expect(await client.existingCollections(['bulk', 'nope'])).toEqual(new Set(['bulk']));
    } finally {
      await client.close();
    }
  });
});

describe('pgstac DSN and row format (no database)', () => {
  it('labels a URL DSN without its password and returns the password for masking', () => {
    const p = parseDsn('postgresql://me:p%40ss@db.example.org:6543/stac?sslmode=require');
    expect(p.label).toBe('me@db.example.org:6543/stac');
    expect(p.password).toBe('p@ss');
  });
  it('reads libpq keyword DSNs, quoted values included', () => {
    const p = parseDsn("host=db port=5433 dbname=stac user=me password='a b\\'c' sslmode=disable");
    expect(p.config).toMatchObject({
      host: 'db',
      port: 5433,
      database: 'stac',
      user: 'me',
      password: "a b'c",
      ssl: false,
    });
    expect(p.label).toBe('me@db:5433/stac');
  });
  it('says what is wrong with a DSN it cannot read', () => {
    expect(() => parseDsn('not a dsn', { entry: 'pgstac target' })).toThrow(ConfigurationError);
  });
  it('dehydrates and hydrates members named __proto__ or constructor like any other', () => {
    const base = { type: 'Feature', assets: { constructor: { roles: ['data'] } }, properties: { __proto__: 1 } };
    const item = parseJson(
      '{"type":"Feature","id":"i","collection":"c","geometry":null,"links":[],' +
        '"properties":{"__proto__":2,"constructor":"c"},"assets":{"__proto__":{"href":"s3://x"}}}',
    ) as StacObject;
    const stored = dehydrate(base, item);
    expect(stringifyJson(stored['properties'])).toBe('{"__proto__":2,"constructor":"c"}');
    expect(stringifyJson(stored['assets'])).toContain('"__proto__":{"href":"s3://x"}');
    const { id, geometry, ...content } = stored;
    const back = hydrate({ id: String(id), collection: 'c', geometry, content }, base);
    expect(stringifyJson(back['properties'])).toBe('{"__proto__":2,"constructor":"c"}');
    expect(Object.keys(back['assets'] as object)).toEqual(['__proto__']);
  });
  it('dehydrates against the base item and hydrates back to the same item', () => {
    const base = {
      type: 'Feature',
      stac_version: '1.0.0',
      assets: { data: { type: 'image/tiff', roles: ['data'] }, extra: { title: 'x' } },
      collection: 'c',
    };
    const item = itemDoc('c', 'i', 1, { assets: { data: { href: 's3://x', type: 'image/tiff', roles: ['data'] } } });
    const stored = dehydrate(base, item);
    expect(stored['type']).toBeUndefined();
    expect(stored['stac_version']).toBeUndefined();
    expect(stored['assets']).toEqual({ data: { href: 's3://x' }, extra: DO_NOT_MERGE });
    expect(stored['collection']).toBeUndefined(); // equal to the base item's: kept in its own column
    const { id, geometry, ...content } = stored;
    const back = hydrate({ id: String(id), collection: 'c', geometry, content }, base);
    expect(compareStac(item, back, { links: 'content' }).equal).toBe(true);
  });
});
