/**
 * The ingestor API client and its Cognito token provider under throttling and server errors.
 * The ingestor API and its token endpoint are the LOCAL STAND-IN (test/support/ingestor-standin.ts;
 * the real ones are FastAPI + DynamoDB and Cognito), behind the fault-injecting proxy on loopback
 * that answers some requests itself (429/503 with Retry-After, dropped connections).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cognitoTokenProvider, staticTokenProvider } from '../src/clients/cognito.js';
import { createIngestorApiClient } from '../src/clients/ingestor-api.js';
import { StageError } from '../src/errors.js';
import { RecordingLogger } from '../src/logging.js';
import { startFaultProxy, type FaultProxy } from './support/fault-proxy.js';
import { startIngestorStandin, type IngestorStandin } from './support/ingestor-standin.js';

const TOKEN = 'tok-ingestor-api-0123456789';
const CLIENT_SECRET = 'cognito-client-secret-retry';
const NOW = Date.parse('2030-01-01T00:00:00Z');

describe('ingestor API client retries (LOCAL STAND-IN behind a fault proxy)', () => {
  let standin: IngestorStandin;
  let proxy: FaultProxy;
  /** The stand-in's URLs, reached through the proxy. */
  let apiUrl: string;
  let tokenDomain: string;
  const sleeps: number[] = [];
  const sleep = async (ms: number) => {
    sleeps.push(ms);
  };

  beforeAll(async () => {
    standin = await startIngestorStandin({
      tokens: { [TOKEN]: 'maap-user' },
      clients: { 'client-abc': { secret: CLIENT_SECRET, scopes: ['stac/ingest'] } },
    });
    proxy = await startFaultProxy(standin.url);
    const through = (u: string) => new URL(new URL(u).pathname, proxy.url).href;
    apiUrl = through(standin.url);
    tokenDomain = through(standin.tokenDomain);
  });
  afterAll(async () => {
    await proxy?.close();
    await standin?.close();
  });
  beforeEach(() => {
    proxy.reset();
    sleeps.length = 0;
  });

  it('repeats a request answered 429/503 or dropped, waiting what Retry-After asks', async () => {
    const retryAt = new Date(NOW + 9000).toUTCString();
    proxy.setFaults(({ n }) => {
      if (n === 1) return { kind: 'answer', status: 503, headers: { 'Retry-After': '4' } };
      if (n === 2) return { kind: 'answer', status: 429, headers: { 'Retry-After': retryAt } };
      if (n === 3) return { kind: 'reset' };
      return { kind: 'pass' };
    });
    const logger = new RecordingLogger();
    const api = createIngestorApiClient({
      baseUrl: apiUrl,
      tokens: staticTokenProvider(TOKEN, logger),
      logger,
      sleep,
      now: () => NOW,
      backoff: { baseMs: 100, jitter: 'none' },
    });
    expect(await api.getIngestion('nothing-here')).toBeUndefined();
    expect(proxy.requests.map((r) => r.status)).toEqual([503, 429, 0, 404]);
    // Retry-After 4 s, then an HTTP date 9 s ahead, then the plain backoff of the third retry
    expect(sleeps).toEqual([4000, 9000, 400]);
  });

  it('gives up after maxAttempts with a stage error naming the request and status', async () => {
    proxy.setFaults(() => ({ kind: 'answer', status: 502, body: 'bad gateway' }));
    const logger = new RecordingLogger();
    const api = createIngestorApiClient({
      baseUrl: apiUrl,
      tokens: staticTokenProvider(TOKEN, logger),
      logger,
      sleep,
      maxAttempts: 3,
    });
    const err = await api.getIngestion('x').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StageError);
    expect((err as Error).message).toMatch(
      /GET http:\/\/127\.0\.0\.1:\d+\/dev\/ingestions\/x answered 502: bad gateway/,
    );
    expect((err as Error).message).toContain('gave up after 3 attempts');
    expect(proxy.requests).toHaveLength(3);
    expect(sleeps).toHaveLength(2);
  });

  it('retries the Cognito token endpoint on 503 with Retry-After, then uses the token', async () => {
    proxy.setFaults(({ n, path }) =>
      n === 1 && path.endsWith('/oauth2/token')
        ? { kind: 'answer', status: 503, headers: { 'Retry-After': '2' } }
        : { kind: 'pass' },
    );
    const logger = new RecordingLogger();
    const tokens = cognitoTokenProvider({
      domain: tokenDomain,
      clientId: 'client-abc',
      clientSecret: CLIENT_SECRET,
      logger,
      sleep,
      now: () => NOW,
    });
    const api = createIngestorApiClient({ baseUrl: apiUrl, tokens, logger, sleep });
    expect(await api.getIngestion('nothing-here')).toBeUndefined();
    expect(proxy.requests.map((r) => [r.path, r.status])).toEqual([
      ['/cognito/oauth2/token', 503],
      ['/cognito/oauth2/token', 200],
      ['/dev/ingestions/nothing-here', 404],
    ]);
    expect(sleeps).toEqual([2000]);
    expect(logger.text()).not.toContain(CLIENT_SECRET);
  });
});
