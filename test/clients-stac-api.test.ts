/**
 * The STAC API client against a real stac-fastapi-pgstac over a real pgstac database on
 * loopback (test/support/stac-services.ts), with a small fault-injecting proxy in front.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createStacApiClient, StacApiError, type StacApiClientOptions } from '../src/clients/stac-api.js';
import { CancelledError } from '../src/cancel.js';
import { ConfigurationError } from '../src/errors.js';
import { RecordingLogger } from '../src/logging.js';
import { startFaultProxy, type FaultProxy } from './support/fault-proxy.js';
import { startStacServices, stacServicesUnavailable, type StacServices } from './support/stac-services.js';
import { collectionDoc, itemDoc } from './support/stac-docs.js';

const unavailable = stacServicesUnavailable();
if (unavailable) console.warn(`skipping test/clients-stac-api.test.ts: ${unavailable}`);

describe.skipIf(unavailable !== undefined)('STAC API client (real stac-fastapi-pgstac)', () => {
  let services: StacServices;
  let proxy: FaultProxy;
  const ids = Array.from({ length: 23 }, (_, i) => `item-${String(i).padStart(3, '0')}`);

  beforeAll(async () => {
    services = await startStacServices();
    await services.load([
      collectionDoc('col-a'),
      ...ids.map((id, i) => itemDoc('col-a', id, i)),
      collectionDoc('col-b'),
      itemDoc('col-b', 'item-000', 99),
    ]);
    proxy = await startFaultProxy(services.apiUrl);
  });
  afterAll(async () => {
    await proxy?.close();
    await services?.stop();
  });
  beforeEach(() => {
    proxy.reset();
  });

  const sleeps: number[] = [];
  function client(extra: Partial<StacApiClientOptions> = {}) {
    sleeps.length = 0;
    const logger = new RecordingLogger();
    const api = createStacApiClient({
      baseUrl: proxy.url,
      logger,
      sleep: async (ms) => {
        sleeps.push(ms);
      },
      ...extra,
    });
    return { api, logger };
  }

  async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
    const out: T[] = [];
    for await (const x of it) out.push(x);
    return out;
  }

  it('searchByIds batches ids into POST /search chunks and follows POST next links (small limits)', async () => {
    const { api } = client({ searchChunkSize: 10, pageLimit: 4, concurrency: 2 });
    const wanted = [...ids, 'not-there-1', 'not-there-2'];
    const found = await collect(api.searchByIds('col-a', wanted));
    expect(found.map((d) => d.id).sort()).toEqual(ids);
    expect(found.every((d) => d.collection === 'col-a')).toBe(true);
    const searches = proxy.requests.filter((r) => r.path === '/search');
    expect(searches.every((r) => r.method === 'POST')).toBe(true);
    const bodies = searches.map(
      (r) => JSON.parse(r.body) as { ids: string[]; limit: number; token?: string; collections: string[] },
    );
    expect(bodies.every((b) => b.collections[0] === 'col-a' && b.limit === 4 && b.ids.length <= 10)).toBe(true);
    // 3 chunks (10, 10, 5 ids); pages of 4: 3 + 3 + 1 (+ next links of the last pages) -> tokens were followed
    expect(bodies.filter((b) => b.token !== undefined).length).toBeGreaterThanOrEqual(4);
    expect(new Set(bodies.flatMap((b) => b.ids))).toEqual(new Set(wanted));
  });

  it('follows next links in the POST `merge` form (only the token in the link body)', async () => {
    // the real server answers with the full body; rewrite its next links to the merge form other APIs use
    proxy.setFaults(({ path }) =>
      path === '/search'
        ? {
            kind: 'rewrite',
            rewrite: (j) => {
              const fc = j as { links: { rel: string; body?: { token?: string } }[] };
              return {
                ...fc,
                links: fc.links.map((l) =>
                  l.rel === 'next' ? { ...l, merge: true, body: { token: l.body?.token } } : l,
                ),
              };
            },
          }
        : { kind: 'pass' },
    );
    const { api } = client({ searchChunkSize: 50, pageLimit: 5 });
    const found = await collect(api.searchByIds('col-a', ids));
    expect(found.map((d) => d.id).sort()).toEqual(ids);
    const bodies = proxy.requests
      .filter((r) => r.path === '/search')
      .map((r) => JSON.parse(r.body) as { ids: string[]; token?: string; limit: number });
    expect(bodies.length).toBe(5);
    expect(
      bodies.slice(1).every((b) => b.ids.length === ids.length && b.limit === 5 && typeof b.token === 'string'),
    ).toBe(true);
  });

  it('searchByIds keeps to the collection asked for', async () => {
    const { api } = client();
    const found = await collect(api.searchByIds('col-b', ['item-000', 'item-001']));
    expect(found.map((d) => [d.collection, d.id])).toEqual([['col-b', 'item-000']]);
  });

  it('listItems pages through /collections/{c}/items following GET next links', async () => {
    const { api } = client({ pageLimit: 5 });
    const all = await collect(api.listItems('col-a'));
    expect(all.map((d) => d.id).sort()).toEqual(ids);
    const pages = proxy.requests.filter((r) => r.path.startsWith('/collections/col-a/items'));
    expect(pages.length).toBe(5);
    expect(pages.slice(1).every((r) => r.method === 'GET' && r.path.includes('token='))).toBe(true);
    expect(await collect(api.listItems('no-such-collection'))).toEqual([]);
  });

  it('getItem / getCollection answer undefined on 404', async () => {
    const { api } = client();
    expect((await api.getItem('col-a', 'item-003'))?.id).toBe('item-003');
    expect(await api.getItem('col-a', 'nope')).toBeUndefined();
    expect((await api.getCollection('col-b'))?.id).toBe('col-b');
    expect(await api.getCollection('nope')).toBeUndefined();
    expect(await api.conformance()).toContain('https://api.stacspec.org/v1.0.0/item-search');
  });

  it('retries 429 (honouring Retry-After), 502 and dropped connections transparently', async () => {
    const retryAt = new Date(Date.parse('2030-01-01T00:00:07Z')).toUTCString();
    proxy.setFaults(({ n }) => {
      if (n === 2) return { kind: 'answer', status: 429, headers: { 'Retry-After': '3' } };
      if (n === 3) return { kind: 'answer', status: 502, body: '<html>bad gateway</html>' };
      if (n === 5) return { kind: 'answer', status: 429, headers: { 'Retry-After': retryAt } };
      if (n === 6) return { kind: 'reset' };
      if (n === 8) return { kind: 'answer', status: 503 };
      return { kind: 'pass' };
    });
    const { api, logger } = client({
      searchChunkSize: 10,
      pageLimit: 10,
      concurrency: 1,
      now: () => Date.parse('2030-01-01T00:00:00Z'),
      backoff: { jitter: 'none', baseMs: 100 },
    });
    const found = await collect(api.searchByIds('col-a', ids));
    expect(found.map((d) => d.id).sort()).toEqual(ids);
    expect(proxy.requests.filter((r) => r.injected).map((r) => r.n)).toEqual([2, 3, 5, 6, 8]);
    // Retry-After: 3 -> 3000 ms; an HTTP date 7 s ahead -> 7000 ms; others: exponential backoff
    expect(sleeps).toContain(3000);
    expect(sleeps).toContain(7000);
    expect(api.stats().retries).toBe(5);
    expect(api.stats().byStatus).toMatchObject({ '429': 2, '502': 1, '503': 1, network: 1 });
    expect(logger.text()).toMatch(/answered 429 \(Retry-After 3000 ms\); retry 1\/5/);
  });

  it('gives up after maxAttempts with an error naming the URL and status', async () => {
    proxy.setFaults(() => ({ kind: 'answer', status: 502 }));
    const { api } = client({ maxAttempts: 3 });
    const err = await api.getItem('col-a', 'item-001').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StacApiError);
    expect((err as StacApiError).status).toBe(502);
    expect((err as Error).message).toMatch(
      /GET http:\/\/127\.0\.0\.1:\d+\/collections\/col-a\/items\/item-001 answered 502; gave up after 3 attempts/,
    );
    expect(proxy.requests).toHaveLength(3);
    expect(sleeps).toHaveLength(2);
  });

  it('a non-JSON or wrong-shape answer is a clear error naming the URL and status', async () => {
    proxy.setFaults(({ path }) =>
      path.startsWith('/collections/col-a/items/')
        ? { kind: 'answer', status: 200, headers: { 'content-type': 'text/html' }, body: '<html>login</html>' }
        : { kind: 'pass' },
    );
    const { api } = client();
    await expect(api.getItem('col-a', 'item-001')).rejects.toThrow(
      new RegExp(
        /GET http:\/\/127\.0\.0\.1:\d+\/collections\/col-a\/items\/item-001 /.source +
          /answered 200 with a body that is not JSON \(text\/html\)/.source,
      ),
    );
    proxy.setFaults(({ path }) =>
      path === '/search'
        ? { kind: 'rewrite', rewrite: (j) => ({ ...(j as object), features: 'nope' }) }
        : { kind: 'pass' },
    );
    await expect(collect(api.searchByIds('col-a', ['item-001']))).rejects.toThrow(
      new RegExp(
        /POST http:\/\/127\.0\.0\.1:\d+\/search answered 200 /.source +
          /with a body that is not a FeatureCollection of STAC Items \(at \/features/.source,
      ),
    );
  });

  it('falls back to GET /collections/{c}/items/{id} when /search answers 405', async () => {
    proxy.setFaults(({ path }) => (path === '/search' ? { kind: 'answer', status: 405 } : { kind: 'pass' }));
    const { api, logger } = client({ concurrency: 3 });
    const found = await collect(api.searchByIds('col-a', ['item-001', 'item-002', 'gone']));
    expect(found.map((d) => d.id).sort()).toEqual(['item-001', 'item-002']);
    expect(await api.searchMode()).toBe('get');
    expect(
      proxy.requests
        .filter((r) => r.path.startsWith('/collections/col-a/items/'))
        .map((r) => r.path)
        .sort(),
    ).toEqual([
      '/collections/col-a/items/gone',
      '/collections/col-a/items/item-001',
      '/collections/col-a/items/item-002',
    ]);
    expect(logger.text()).toMatch(/answered 405; reading items one by one/);
  });

  it('uses per-item GETs from the start when the conformance classes lack item-search', async () => {
    proxy.setFaults(({ path }) =>
      path === '/conformance'
        ? {
            kind: 'rewrite',
            rewrite: (j) => ({
              conformsTo: (j as { conformsTo: string[] }).conformsTo.filter((c) => !c.includes('item-search')),
            }),
          }
        : { kind: 'pass' },
    );
    const { api } = client();
    const found = await collect(api.searchByIds('col-a', ['item-004']));
    expect(found.map((d) => d.id)).toEqual(['item-004']);
    expect(proxy.requests.some((r) => r.path === '/search')).toBe(false);
  });

  it('sends auth headers to the API and never logs them; 401 is a configuration error', async () => {
    proxy.setFaults(({ n }) =>
      n === 1 ? { kind: 'answer', status: 503, headers: { 'Retry-After': '0' } } : { kind: 'pass' },
    );
    const { api, logger } = client({ headers: { Authorization: 'Bearer s3cr3t-token-value' } });
    expect((await api.getCollection('col-a'))?.id).toBe('col-a');
    expect(proxy.requests.every((r) => r.headers.authorization === 'Bearer s3cr3t-token-value')).toBe(true);
    logger.info('echo: Bearer s3cr3t-token-value');
    expect(logger.text()).not.toContain('s3cr3t-token-value');
    proxy.setFaults(() => ({ kind: 'answer', status: 401, body: 'unauthorized' }));
    const err = await api.getCollection('col-a').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigurationError);
    expect((err as ConfigurationError).hint).toMatch(/auth header/);
  });
  describe('the run is cancelled (SIGINT/SIGTERM abort its signal)', () => {
    async function requested(n: number): Promise<void> {
      for (let i = 0; i < 200 && proxy.requests.length < n; i++) await new Promise((r) => setTimeout(r, 25));
    }

    it('aborts a request the API holds, without a retry', async () => {
      proxy.setFaults(() => ({ kind: 'pass', delayMs: 30_000 }));
      const controller = new AbortController();
      const { api } = client({ signal: controller.signal });
      const pending = api.getCollection('col-a').catch((e: unknown) => e);
      await requested(1);
      controller.abort(new CancelledError('SIGTERM'));
      expect(await pending).toBeInstanceOf(CancelledError);
      expect(proxy.requests).toHaveLength(1);
    }, 10_000);

    it('ends the pause before a retry and sends no more requests', async () => {
      proxy.setFaults(() => ({ kind: 'answer', status: 503 }));
      const controller = new AbortController();
      const { api } = client({ signal: controller.signal, sleep: () => new Promise<void>(() => undefined) });
      const pending = api.getCollection('col-a').catch((e: unknown) => e);
      await requested(1);
      controller.abort(new CancelledError('SIGINT'));
      expect(await pending).toBeInstanceOf(CancelledError);
      expect(proxy.requests).toHaveLength(1);
    }, 10_000);
  });
});
