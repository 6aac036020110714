/**
 * The verify stage against a real stac-fastapi-pgstac over a real pgstac database, with
 * documents loaded the way the StacLoader loads them (stac-pydantic + pypgstac upsert).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStacApiClient } from '../src/clients/stac-api.js';
import { stacApiCatalog } from '../src/targets/stac-api-catalog.js';
import { RecordingLogger } from '../src/logging.js';
import {
  createVerifier,
  describeVerifyEntry,
  verifyExpected,
  verifyStage,
  VERIFY_RETRY,
  type VerifiedObject,
  type VerifyEntry,
} from '../src/stages/verify.js';
import { expectedFromDoc, expectedItem, type ExpectedStac } from '../src/model/expected.js';
import type { StacObject } from '../src/model/stac.js';
import { startFaultProxy, type FaultProxy } from './support/fault-proxy.js';
import { startStacServices, stacServicesUnavailable, type StacServices } from './support/stac-services.js';
import { collectionDoc, itemDoc } from './support/stac-docs.js';

const unavailable = stacServicesUnavailable();
if (unavailable) console.warn(`skipping test/stages-verify.test.ts: ${unavailable}`);

const C = 'verify-col';
const ids = Array.from({ length: 10 }, (_, i) => `v-${String(i).padStart(3, '0')}`);

function expected(doc: StacObject, line: number): ExpectedStac {
  const e = expectedFromDoc(doc, { file: 'items.ndjson', line, entry: `sources[0] (demo) row ${line}` });
  if (!e) throw new Error('not a STAC item/collection');
  return e;
}

describe.skipIf(unavailable !== undefined)('verify stage (real stac-fastapi-pgstac)', () => {
  let services: StacServices;
  let proxy: FaultProxy;
  const sent = ids.map((id, i) => itemDoc(C, id, i));
  const expectations = [
    expected(collectionDoc(C), 1),
    ...sent.map((d, i) => expected(d, i + 2)),
    expected(collectionDoc('never-loaded'), 20),
    expectedItem(C, 'gen-001', { file: 'requests.csv', line: 9 }),
  ];

  beforeAll(async () => {
    services = await startStacServices();
    // v-005 is in the catalog in an older version; v-007 is not there yet
    const older = itemDoc(C, 'v-005', 5, { assets: { data: { href: 's3://bucket/old.tif', roles: ['data'] } } });
    (older.properties as Record<string, unknown>)['test:n'] = 500;
    await services.load([
      collectionDoc(C),
      ...sent.filter((d) => d.id !== 'v-005' && d.id !== 'v-007'),
      older,
      itemDoc(C, 'gen-001', 42),
    ]);
    proxy = await startFaultProxy(services.apiUrl);
  });
  afterAll(async () => {
    await proxy?.close();
    await services?.stop();
  });

  const deps = (logger = new RecordingLogger(), baseUrl = proxy.url) => ({
    catalog: stacApiCatalog(createStacApiClient({ baseUrl, logger, sleep: async () => undefined, searchChunkSize: 4 })),
    logger,
  });
  const byKey = (entries: VerifyEntry[]) => new Map(entries.map((e) => [e.key, e]));

  it('classifies loaded, stale and missing objects, comparing by content', async () => {
    const report = await verifyExpected(expectations, deps());
    const e = byKey(report.entries);
    expect(report.counts).toEqual({ expected: 13, verified: 10, stale: 1, missing: 2 });
    // loaded through the loader: offsets -> UTC, ints -> floats, unknown top-level field dropped, self link replaced
    expect(e.get(`item:${C}/v-000`)).toMatchObject({ status: 'verified', contentCompared: true, differences: [] });
    expect(e.get(`collection:${C}`)?.status).toBe('verified');
    expect(e.get(`item:${C}/v-005`)).toMatchObject({
      status: 'stale',
      differences: [
        { path: '/assets/data/href', expected: `s3://bucket/${C}/v-005.tif`, actual: 's3://bucket/old.tif' },
        { path: '/assets/data/type', expected: 'image/tiff; application=geotiff', actual: undefined },
        { path: '/properties/test:n', expected: 5, actual: 500 },
      ],
    });
    expect(e.get(`item:${C}/v-007`)?.status).toBe('missing');
    expect(e.get('collection:never-loaded')?.status).toBe('missing');
    // presence-only expectation (no document): verified without a content comparison
    expect(e.get(`item:${C}/gen-001`)).toMatchObject({ status: 'verified', contentCompared: false });
    expect(report.byCollection[C]).toEqual({ expected: 12, verified: 10, stale: 1, missing: 1 });
    // 10 item ids in chunks of 4 -> 3 searches, 2 collections, 1 conformance
    expect(report.requests).toBe(6);
    expect(describeVerifyEntry(e.get(`item:${C}/v-005`)!)).toBe(
      `stale item:${C}/v-005 (sources[0] (demo) row 7:7): differs at /assets/data/href, /assets/data/type, ` +
        `/properties/test:n`,
    );
  });

  it('is retried transparently through a proxy answering 429 and 502', async () => {
    proxy.reset();
    proxy.setFaults(({ n }) =>
      n % 3 === 0
        ? { kind: 'answer', status: n % 2 === 0 ? 502 : 429, headers: { 'Retry-After': '1' } }
        : { kind: 'pass' },
    );
    const report = await verifyExpected(expectations, deps());
    expect(proxy.requests.filter((r) => r.injected).length).toBeGreaterThanOrEqual(2);
    expect(report.counts).toEqual({ expected: 13, verified: 10, stale: 1, missing: 2 });
    proxy.reset();
  });

  it('polls only what is not verified yet, and sees items that land later', async () => {
    proxy.reset();
    const verifier = createVerifier(expectations, deps());
    const first = await verifier.verifyAll();
    expect(first.checked).toBe(13);
    const landedBefore = await verifier.checkLanded([`item:${C}/v-007`, `item:${C}/v-001`, `item:${C}/v-005`]);
    expect([...landedBefore]).toEqual([`item:${C}/v-001`]);

    await services.load([sent[7]!, sent[5]!]); // the loader catches up
    proxy.reset();
    const second = await verifier.verifyPending();
    expect(second.checked).toBe(3); // v-005 (stale), v-007 and the never-loaded collection
    expect(second.counts).toEqual({ expected: 13, verified: 12, stale: 0, missing: 1 });
    const searched = proxy.requests
      .filter((r) => r.path === '/search')
      .flatMap((r) => (JSON.parse(r.body) as { ids: string[] }).ids);
    expect(searched.sort()).toEqual(['v-005', 'v-007']);
    expect(await verifier.checkLanded([`item:${C}/v-007`, `item:${C}/v-005`])).toEqual(
      new Set([`item:${C}/v-007`, `item:${C}/v-005`]),
    );
  });

  it('reports an item deleted from the catalog by hand as missing, naming where it came from', async () => {
    await services.load([sent[5]!, sent[7]!]);
    await services.sql('SELECT delete_item($1, $2)', ['v-003', C]);
    const expected = expectations.filter((e) => e.key !== 'collection:never-loaded');
    const report = await verifyExpected(expected, deps());
    expect(report.entries.filter((e) => e.status !== 'verified').map((e) => [e.key, e.status, e.origin])).toEqual([
      [`item:${C}/v-003`, 'missing', { file: 'items.ndjson', line: 5, entry: 'sources[0] (demo) row 5' }],
    ]);
    await services.load([sent[3]!]);
    expect((await verifyExpected(expected, deps())).counts).toMatchObject({ missing: 0, stale: 0 });
  });

  /** Each expectation as a published object of a delivery, for the verify stage. */
  const published = (): VerifiedObject[] =>
    expectations.map((e) => ({
      status: { key: e.key, kind: e.kind, collection: e.collection, id: e.id, origin: e.origin!, state: 'published' },
      expected: e,
    }));
  /** The stage's context: its pauses are recorded, not slept. */
  const stageContext = (pauses: number[], logger = new RecordingLogger()) => ({
    logger,
    stage: <T>(_name: string, fn: () => Promise<T>) => fn(),
    sleep: async (ms: number) => void pauses.push(ms),
  });
  /** A client that gives up on a request after 2 attempts, each cut after 300 ms. */
  const impatient = (logger = new RecordingLogger()) =>
    stacApiCatalog(
      createStacApiClient({
        baseUrl: proxy.url,
        logger,
        sleep: async () => undefined,
        searchChunkSize: 4,
        maxAttempts: 2,
        timeoutMs: 300,
      }),
    );
  const states = (objects: VerifiedObject[]) => {
    const counts: Record<string, number> = {};
    for (const o of objects) counts[o.status.state] = (counts[o.status.state] ?? 0) + 1;
    return counts;
  };

  it('rides out a 502 burst and hanging answers longer than the client retries one request (issue 9)', async () => {
    await services.load([sent[5]!, sent[7]!]);
    proxy.reset();
    // 5 answers of 502, then 2 answers held 5 s (the client stops waiting after 300 ms), then the API as it is
    proxy.setFaults(({ n }) =>
      n <= 5
        ? { kind: 'answer', status: 502, body: 'Bad Gateway' }
        : n <= 7
          ? { kind: 'pass', holdAnswerMs: 5000 }
          : { kind: 'pass' },
    );
    const objects = published();
    const pauses: number[] = [];
    const logger = new RecordingLogger();
    await verifyStage(objects, [impatient()], stageContext(pauses, logger));
    expect(states(objects)).toEqual({ verified: 12, missing: 1 });
    expect(objects.find((o) => o.status.state === 'missing')?.status.key).toBe('collection:never-loaded');
    // at least one read of the chunk failed (every request's 2 attempts faulted) and was read again later
    expect(pauses.length).toBeGreaterThanOrEqual(1);
    expect(pauses).toEqual([5000, 10_000, 20_000].slice(0, pauses.length));
    expect(logger.text()).toMatch(
      /answered 502; gave up after 2 attempts; reading the STAC API again in 5 s \(retry 1 of 3\)/,
    );
    proxy.reset();
  });

  it('leaves everything unverified (not missing), with why, when the API stays down through the retries', async () => {
    proxy.reset();
    proxy.setFaults(() => ({ kind: 'answer', status: 502, body: 'Bad Gateway' }));
    const objects = published();
    const pauses: number[] = [];
    await verifyStage(objects, [impatient()], stageContext(pauses));
    expect(states(objects)).toEqual({ unverified: 13 });
    expect(pauses).toEqual([5000, 10_000, 20_000]);
    expect(VERIFY_RETRY.maxAttempts).toBe(pauses.length + 1);
    for (const o of objects)
      expect(o.status.reason).toMatch(
        /^could not verify in the STAC API: .*answered 502; gave up after 2 attempts.* \(read 4 times\)$/,
      );
    // located: each keeps where it came from
    expect(objects.find((o) => o.status.key === `item:${C}/v-003`)?.status.origin).toMatchObject({ line: 5 });
    proxy.reset();
  });
});
