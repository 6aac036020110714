/**
 * The ingestor API target end to end. The ingestor API itself is a LOCAL STAND-IN
 * (test/support/ingestor-standin.ts, written from protocol.md §4; the real one is FastAPI +
 * DynamoDB + a stream Lambda and cannot run here): it is the one fake in these tests. Behind it
 * everything is real: it checks collections against a real stac-fastapi-pgstac and loads what it
 * accepts into a real pgstac with stac-pydantic + pypgstac (test/support/stac-services.ts), and
 * our target reads the results back through that STAC API.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cognitoTokenProvider, staticTokenProvider } from '../src/clients/cognito.js';
import { createIngestorApiClient, describeDetail } from '../src/clients/ingestor-api.js';
import type { LoadedDoc, StacObject } from '../src/model/stac.js';
import { ConfigurationError, ConfigurationErrors } from '../src/errors.js';
import { RecordingLogger } from '../src/logging.js';
import { ingestorTargetSchema } from '../src/manifest/schema.js';
import { createIngestorTarget } from '../src/targets/ingestor.js';
import { createTarget } from '../src/targets/index.js';
import type { TargetContext } from '../src/targets/target.js';
import { deliver as deliverTo, deliverStreamed, type DeliveryInput } from '../src/run/deliver.js';
import type { ObjectStatus } from '../src/model/delivery.js';
import type { StreamedDocs } from '../src/model/inputs.js';
import { startIngestorStandin, type IngestorStandin } from './support/ingestor-standin.js';
import { collectionDoc, itemDoc } from './support/stac-docs.js';
import { streamedDocs } from './support/streamed-docs.js';
import { startStacServices, stacServicesUnavailable, type StacServices } from './support/stac-services.js';

const unavailable = stacServicesUnavailable();
if (unavailable) console.warn(`skipping test/targets-ingestor.test.ts: ${unavailable}`);

const TOKEN = 'tok-ingestor-0123456789';
const CLIENT_SECRET = 'cognito-client-secret-xyz';

function withItemAssets(id: string): StacObject {
  return collectionDoc(id, { item_assets: { data: { type: 'image/tiff; application=geotiff', roles: ['data'] } } });
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

function realContext(logger: RecordingLogger): TargetContext {
  return {
    logger,
    stage: (_name, fn) => fn(),
    now: () => Date.now(),
    sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
  };
}

describe.skipIf(unavailable !== undefined)(
  'ingestor target against the LOCAL STAND-IN of the ingestor API (real pgstac + STAC API behind it)',
  () => {
    let services: StacServices;
    let standin: IngestorStandin;

    beforeAll(async () => {
      services = await startStacServices();
      standin = await startIngestorStandin({
        tokens: { [TOKEN]: 'maap-user' },
        clients: { 'client-abc': { secret: CLIENT_SECRET, scopes: ['stac/ingest'] } },
        stacUrl: services.apiUrl,
        load: (docs) => services.load(docs),
        processDelayMs: 50,
      });
    });
    afterAll(async () => {
      await standin?.close();
      await services?.stop();
    });
    afterEach(() => {
      standin.requests.length = 0;
    });

    const target = (extra: Record<string, unknown> = {}) =>
      ingestorTargetSchema.parse({
        type: 'ingestor',
        url: standin.url,
        token_env: 'TEST_INGESTOR_TOKEN',
        poll_seconds: 0.05,
        timeout_minutes: 1,
        ...extra,
      });

    async function deliver(
      collections: StacObject[],
      items: StacObject[],
      extra: Record<string, unknown> = {},
      env: NodeJS.ProcessEnv = { TEST_INGESTOR_TOKEN: TOKEN },
      mode: DeliveryInput['mode'] = 'publish',
      force = false,
    ) {
      const logger = new RecordingLogger();
      const adapter = createIngestorTarget(target(extra), { logger, env });
      const outcome = await deliverTo(adapter, input(collections, items, mode, force), realContext(logger));
      return { outcome, logger };
    }

    it(
      'posts the collection, one ingestion per item, ' +
        'polls them to succeeded and reads them back through the STAC API',
      async () => {
        const items = [itemDoc('ing-a', 'a-1', 1), itemDoc('ing-a', 'a-2', 2), itemDoc('ing-a', 'a-3', 3)];
        const { outcome, logger } = await deliver([withItemAssets('ing-a')], items, { stac_api: services.apiUrl });
        expect(outcome.summary).toContain('4 verified');
        expect(outcome.ok).toBe(true);
        expect(outcome.objects.map((o) => [o.key, o.state, o.ref])).toEqual([
          ['collection:ing-a', 'verified', undefined],
          ['item:ing-a/a-1', 'verified', 'a-1'],
          ['item:ing-a/a-2', 'verified', 'a-2'],
          ['item:ing-a/a-3', 'verified', 'a-3'],
        ]);
        // the wire: bearer token on every call, collection first, then ingestions, then polls
        expect(standin.requests.every((r) => r.authorization === `Bearer ${TOKEN}`)).toBe(true);
        expect(standin.requests[0]).toMatchObject({ method: 'POST', path: '/dev/collections', status: 201 });
        expect(standin.requests.filter((r) => r.path === '/dev/ingestions').map((r) => r.status)).toEqual([
          201, 201, 201,
        ]);
        expect(
          standin.requests.some((r) => r.method === 'GET' && r.path === '/dev/ingestions/a-2' && r.status === 200),
        ).toBe(true);
        expect(standin.ingestions.get('maap-user\na-1')?.status).toBe('succeeded');
        expect(outcome.details?.['ingestor']).toMatchObject({
          auth: 'static',
          ingestions: { 'item:ing-a/a-1': 'a-1' },
        });
        expect(outcome.progress?.at(-1)).toMatchObject({ verified: 3, expected: 3 });
        // really in the catalog
        const res = await fetch(`${services.apiUrl}collections/ing-a/items/a-3`);
        expect(res.status).toBe(200);
        // the token is a registered secret
        logger.info(`token ${TOKEN}`);
        expect(logger.text()).not.toContain(TOKEN);
      },
    );

    it('re-posting the same items overwrites and re-queues their ingestions, and they succeed again', async () => {
      const items = [itemDoc('ing-a', 'a-1', 1, { properties: { datetime: '2022-01-01T00:00:00Z', 'test:n': 42 } })];
      const before = standin.ingestions.get('maap-user\na-1')?.updated_at;
      const { outcome } = await deliver([], items, { stac_api: services.apiUrl });
      expect(outcome.ok).toBe(true);
      expect(standin.ingestions.get('maap-user\na-1')?.updated_at).not.toBe(before);
      const served = (await (await fetch(`${services.apiUrl}collections/ing-a/items/a-1`)).json()) as {
        properties: Record<string, unknown>;
      };
      expect(served.properties['test:n']).toBe(42);
    });

    it('does not send again what the catalog already holds as it is here, unless forced', async () => {
      const items = [
        itemDoc('ing-a', 'a-2', 2),
        itemDoc('ing-a', 'a-3', 3, { properties: { datetime: '2024-01-01T00:00:00Z' } }),
      ];
      const { outcome } = await deliver([withItemAssets('ing-a')], items, { stac_api: services.apiUrl });
      expect(outcome.ok).toBe(true);
      expect(outcome.objects.map((o) => [o.key, o.state, o.change])).toEqual([
        ['collection:ing-a', 'unchanged', 'unchanged'],
        ['item:ing-a/a-2', 'unchanged', 'unchanged'],
        ['item:ing-a/a-3', 'verified', 'changed'],
      ]);
      expect(standin.requests.filter((r) => r.method === 'POST').map((r) => r.path)).toEqual(['/dev/ingestions']);
      standin.requests.length = 0;
      const forced = await deliver([], [items[0]!], { stac_api: services.apiUrl }, undefined, 'publish', true);
      expect(forced.outcome.objects[0]?.state).toBe('verified');
      expect(standin.requests.filter((r) => r.method === 'POST').map((r) => r.path)).toEqual(['/dev/ingestions']);
    });

    it('plan and verify read the catalog through stac_api only (no token, nothing sent), and need it', async () => {
      const docs = [itemDoc('ing-a', 'a-2', 2), itemDoc('ing-a', 'a-9', 9)];
      const plan = await deliver([withItemAssets('ing-a')], docs, { stac_api: services.apiUrl }, {}, 'plan');
      expect(plan.outcome.objects.map((o) => [o.state, o.change])).toEqual([
        ['unchanged', 'unchanged'],
        ['unchanged', 'unchanged'],
        ['planned', 'new'],
      ]);
      const verify = await deliver([], docs, { stac_api: services.apiUrl }, {}, 'verify');
      expect(verify.outcome.ok).toBe(false);
      expect(verify.outcome.objects.map((o) => o.state)).toEqual(['verified', 'missing']);
      expect(standin.requests).toHaveLength(0);
      const err = await deliver([], docs, {}, {}, 'plan').catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ConfigurationError);
      expect((err as ConfigurationError).location?.pointer).toBe('/stac_api');
    });

    it(
      'publishes, plans and verifies streamed items in windows as held, and checks every item before the first ' +
        'window is sent: an item id in two collections, in different windows, is refused with nothing posted',
      async () => {
        const small = { items: 2, bytes: 2 ** 20 };
        const streamed = (collections: StacObject[], docs: StacObject[], mode: DeliveryInput['mode']) => {
          const all = input(collections, docs, mode);
          return [{ ...all, items: [] as LoadedDoc[] }, [streamedDocs(all.items)] as StreamedDocs[]] as const;
        };
        const logger = new RecordingLogger();
        const env = { TEST_INGESTOR_TOKEN: TOKEN };
        const adapter = () => createIngestorTarget(target({ stac_api: services.apiUrl }), { logger, env });
        const cols = [withItemAssets('ing-w')];
        const items = [1, 2, 3, 4, 5].map((n) => itemDoc('ing-w', `w-${n}`, n));
        const run = await deliverStreamed(adapter(), ...streamed(cols, items, 'publish'), realContext(logger), small);
        expect(run.ok).toBe(true);
        expect(run.details?.['windows']).toBe(3);
        // the collection, accepted when posted, was sent too (as the held summary counts it)
        expect(run.summary).toMatch(/^delivered 6 object\(s\) to .* in 3 window\(s\): 6 verified$/);
        expect(run.objects.map((o) => [o.key, o.state, o.ref])).toEqual([
          ['collection:ing-w', 'verified', undefined],
          ...items.map((d) => [`item:ing-w/${d.id}`, 'verified', d.id]),
        ]);
        expect(Object.keys((run.details?.['ingestor'] as { ingestions: object }).ingestions)).toHaveLength(5);
        const view = (objects: ObjectStatus[]) => objects.map((o) => [o.key, o.state, o.change, o.reason, o.origin]);
        const changed = [...items, itemDoc('ing-w', 'w-6', 6)];
        for (const mode of ['plan', 'verify'] as const) {
          const held = await deliverTo(adapter(), input(cols, changed, mode), realContext(logger));
          const windows = await deliverStreamed(
            adapter(),
            ...streamed(cols, changed, mode),
            realContext(logger),
            small,
          );
          expect(windows.details?.['windows']).toBe(3);
          expect(view(windows.objects)).toEqual(view(held.objects));
          expect(windows.ok).toBe(held.ok);
        }
        standin.requests.length = 0;
        // d-1 again in the last window, in another collection: the API would overwrite the first one's record
        const twice = [itemDoc('ing-w', 'd-1', 1), itemDoc('ing-w', 'd-2', 2), itemDoc('ing-a', 'd-1', 3)];
        const err = await deliverStreamed(
          adapter(),
          ...streamed([...cols, withItemAssets('ing-a')], twice, 'publish'),
          realContext(logger),
          small,
        ).catch((e: unknown) => e);
        expect(err).toBeInstanceOf(ConfigurationError);
        expect((err as ConfigurationError).message).toContain("item id 'd-1' is in collections 'ing-w' and 'ing-a'");
        expect((err as ConfigurationError).location).toMatchObject({ file: 'items.ndjson', line: 3, pointer: '/id' });
        expect(standin.requests.filter((r) => r.method === 'POST')).toEqual([]);
      },
    );

    it(
      'gets its token with the Cognito client-credentials exchange, ' + 'never printing the secret or the token',
      async () => {
        const { outcome, logger } = await deliver(
          [withItemAssets('ing-c')],
          [itemDoc('ing-c', 'c-1', 1)],
          {
            cognito: {
              domain: standin.tokenDomain,
              client_id: 'client-abc',
              client_secret_env: 'TEST_COGNITO_SECRET',
              scope: 'stac/ingest',
            },
          },
          { TEST_COGNITO_SECRET: CLIENT_SECRET },
        );
        expect(outcome.ok).toBe(true);
        const tokenCall = standin.requests.find((r) => r.path === '/cognito/oauth2/token')!;
        expect(tokenCall.authorization).toBe(`Basic ${Buffer.from(`client-abc:${CLIENT_SECRET}`).toString('base64')}`);
        expect(tokenCall.contentType).toBe('application/x-www-form-urlencoded');
        expect(Object.fromEntries(new URLSearchParams(tokenCall.body))).toMatchObject({
          grant_type: 'client_credentials',
          scope: 'stac/ingest',
        });
        const issued = standin.issued.at(-1)!;
        expect(
          standin.requests
            .filter((r) => r.path.startsWith('/dev/'))
            .every((r) => r.authorization === `Bearer ${issued}`),
        ).toBe(true);
        expect(standin.ingestions.get('client-abc\nc-1')?.created_by).toBe('client-abc');
        expect(outcome.details?.['ingestor']).toMatchObject({ auth: 'cognito' });
        logger.info(`${CLIENT_SECRET} ${issued}`);
        expect(logger.text()).not.toContain(CLIENT_SECRET);
        expect(logger.text()).not.toContain(issued);
      },
    );

    it('renews a Cognito token the API stops accepting, once', async () => {
      const logger = new RecordingLogger();
      const tokens = cognitoTokenProvider({
        domain: standin.tokenDomain,
        clientId: 'client-abc',
        clientSecret: CLIENT_SECRET,
        logger,
      });
      const api = createIngestorApiClient({ baseUrl: standin.url, tokens, logger });
      expect(await api.getIngestion('nothing-here')).toBeUndefined();
      const issued = standin.issued.length;
      standin.expireIssuedTokens();
      expect(await api.getIngestion('nothing-here')).toBeUndefined();
      expect(standin.issued.length).toBe(issued + 1);
      expect(standin.requests.filter((r) => r.path === '/dev/ingestions/nothing-here').map((r) => r.status)).toEqual([
        404, 403, 404,
      ]);
    });

    it('says clearly when Cognito refuses the client credentials, before calling the API', async () => {
      const err = await deliver(
        [withItemAssets('x')],
        [],
        { cognito: { domain: standin.tokenDomain, client_id: 'client-abc', client_secret_env: 'S' } },
        { S: 'wrong' },
      ).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ConfigurationError);
      expect((err as Error).message).toContain('refused the client credentials (invalid_client)');
      expect((err as ConfigurationError).location?.pointer).toBe('/cognito');
      expect(standin.requests.some((r) => r.path.startsWith('/dev/'))).toBe(false);
    });

    it(
      'refuses, before sending anything, a collection without item_assets ' +
        '(naming its file) and an id used in two collections',
      async () => {
        const noAssets = await deliver([collectionDoc('ing-x')], []).catch((e: unknown) => e);
        expect(noAssets).toBeInstanceOf(ConfigurationError);
        expect((noAssets as ConfigurationError).message).toContain("collection 'ing-x' has no item_assets");
        expect((noAssets as ConfigurationError).location).toMatchObject({ file: 'collections.ndjson', line: 1 });
        expect((noAssets as ConfigurationError).hint).toContain('"item_assets": {}');
        const twice = await deliver(
          [collectionDoc('ing-y')],
          [itemDoc('ing-a', 'same', 1), itemDoc('ing-b', 'same', 2)],
        ).catch((e: unknown) => e);
        expect(twice).toBeInstanceOf(ConfigurationErrors);
        expect((twice as ConfigurationErrors).errors.map((e) => e.message).join('\n')).toMatch(
          /item id 'same' is in collections 'ing-a' and 'ing-b'/,
        );
        expect(standin.requests).toHaveLength(0);
      },
    );

    it('needs the token variable, and says which one', async () => {
      const err = await deliver([withItemAssets('x')], [], {}, {}).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ConfigurationError);
      expect((err as ConfigurationError).message).toContain('TEST_INGESTOR_TOKEN');
      expect((err as ConfigurationError).location?.pointer).toBe('/token_env');
    });

    it('turns a refused token (403) into a configuration error that says what to do', async () => {
      const err = await deliver([withItemAssets('x')], [], {}, { TEST_INGESTOR_TOKEN: 'not-a-token' }).catch(
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(ConfigurationError);
      expect((err as Error).message).toBe(
        `the ingestor API at ${standin.url} refused the token (403: Bad auth token) for POST /collections`,
      );
      expect((err as ConfigurationError).hint).toContain('expired');
    });

    it('turns a missing Authorization header (401) into a configuration error', async () => {
      const logger = new RecordingLogger();
      const noAuth: typeof fetch = (url, init) => {
        const headers = { ...(init?.headers as Record<string, string>) };
        delete headers['Authorization'];
        return fetch(url, { ...init, headers });
      };
      const api = createIngestorApiClient({
        baseUrl: standin.url,
        tokens: staticTokenProvider(TOKEN, logger),
        logger,
        fetch: noAuth,
      });
      const err = await api.getIngestion('a-1').catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ConfigurationError);
      expect((err as Error).message).toContain('answered 401 (not authenticated)');
    });

    it('reports a 422 per item with FastAPI loc + msg, pointing into the item, and delivers the others', async () => {
      const items = [
        itemDoc('ing-a', 'ok-1', 1),
        itemDoc('no-such-collection', 'bad-1', 2),
        itemDoc('ing-a', 'bad-2', 3, {
          assets: { data: { href: `${services.apiUrl}no/such/file.tif`, type: 'image/tiff', roles: ['data'] } },
        }),
      ];
      const { outcome } = await deliver([], items);
      expect(outcome.ok).toBe(false);
      const by = Object.fromEntries(outcome.objects.map((o) => [o.id, o]));
      expect(by['ok-1']?.state).toBe('verified');
      expect(by['bad-1']).toMatchObject({
        state: 'failed',
        origin: { file: 'items.ndjson', line: 2, pointer: '/collection' },
      });
      expect(by['bad-1']?.reason).toContain(
        "/collection: Value error, Invalid collection 'no-such-collection', received 404 response code from STAC API",
      );
      expect(by['bad-2']).toMatchObject({ state: 'failed', origin: { pointer: '/assets/data/href' } });
      expect(by['bad-2']?.reason).toContain('/assets/data/href: Value error, Asset not accessible: 404');
    });

    it('reports a failed ingestion with its message', async () => {
      // passes the API's checks, but pypgstac cannot store an item without geometry
      const { outcome } = await deliver([], [itemDoc('ing-a', 'nogeom-1', 1, { geometry: null, bbox: undefined })]);
      expect(outcome.ok).toBe(false);
      const o = outcome.objects[0]!;
      expect(o.state).toBe('failed');
      expect(o.reason).toMatch(/^ingestion failed: \S/);
      expect(standin.ingestions.get('maap-user\nnogeom-1')).toMatchObject({ status: 'failed' });
      expect(o.reason).toContain(standin.ingestions.get('maap-user\nnogeom-1')!.message!);
    });

    it('marks a collection the API cannot publish (400) failed, and does not send its items', async () => {
      // has item_assets, but stac-pydantic refuses the extent when it is loaded
      const broken = withItemAssets('ing-broken');
      broken['extent'] = { spatial: { bbox: 'nope' }, temporal: { interval: [[null, null]] } };
      const { outcome } = await deliver([broken], [itemDoc('ing-broken', 'k-1', 1)]);
      expect(outcome.objects[0]).toMatchObject({ key: 'collection:ing-broken', state: 'failed' });
      expect(outcome.objects[0]?.reason).toMatch(
        /POST \/collections \(ing-broken\) refused \(400\): Unable to publish collection: /,
      );
      expect(outcome.objects[1]).toMatchObject({
        state: 'failed',
        reason: "not sent: collection 'ing-broken' was refused",
      });
      expect(standin.requests.some((r) => r.path === '/dev/ingestions')).toBe(false);
    });

    it('gives up polling at timeout_minutes with an injected clock, backing off, without really waiting', async () => {
      const slow = await startIngestorStandin({
        tokens: { [TOKEN]: 'maap-user' },
        stacUrl: services.apiUrl,
        processDelayMs: 3_600_000,
      });
      try {
        let t = 0;
        const sleeps: number[] = [];
        const ctx = (logger: RecordingLogger): TargetContext => ({
          logger,
          stage: (_n, fn) => fn(),
          now: () => t,
          sleep: async (ms) => {
            sleeps.push(ms);
            t += ms;
          },
        });
        const logger = new RecordingLogger();
        const adapter = createIngestorTarget(
          ingestorTargetSchema.parse({
            type: 'ingestor',
            url: slow.url,
            token_env: 'T',
            poll_seconds: 5,
            timeout_minutes: 1,
          }),
          { logger, env: { T: TOKEN } },
        );
        const started = Date.now();
        const outcome = await deliverTo(adapter, input([], [itemDoc('ing-a', 'slow-1', 1)]), ctx(logger));
        expect(Date.now() - started).toBeLessThan(5000);
        expect(outcome.objects[0]).toMatchObject({
          state: 'missing',
          reason: 'the ingestion was still queued after 1 min (timeout_minutes)',
        });
        expect(sleeps.slice(0, 4)).toEqual([5000, 7500, 11250, 16875]);
        expect(Math.max(...sleeps)).toBeLessThanOrEqual(20_000);
        expect(sleeps.reduce((a, b) => a + b, 0)).toBe(60_000);
      } finally {
        await slow.close();
      }
    });

    it('is what createTarget makes for an ingestor target', async () => {
      const adapter = await createTarget(target(), '/tmp', {
        logger: new RecordingLogger(),
        env: { TEST_INGESTOR_TOKEN: TOKEN },
      });
      expect(adapter.type).toBe('ingestor');
    });
  },
);

describe('ingestor API details (no services)', () => {
  it('renders FastAPI 422 detail as pointer: message lines', () => {
    expect(
      describeDetail([
        { type: 'missing', loc: ['body', 'item_assets'], msg: 'Field required' },
        {
          type: 'value_error',
          loc: ['body', 'assets', 'a/b', 'href'],
          msg: 'Value error, Asset not accessible: 403 Forbidden',
        },
      ]),
    ).toBe('/item_assets: Field required; /assets/a~1b/href: Value error, Asset not accessible: 403 Forbidden');
    expect(describeDetail('Unable to publish collection: boom')).toBe('Unable to publish collection: boom');
  });
});
