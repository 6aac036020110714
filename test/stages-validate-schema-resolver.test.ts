import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RecordingLogger } from '../src/logging.js';
import {
  createSchemaResolver,
  SchemaUnavailableError,
  urlToRelativePath,
} from '../src/stages/validate/schema-resolver.js';
import { bundledSchemaMirror } from '../src/stages/validate/bundled.js';
import { LOOPBACK_FETCH_POLICY } from './support/policy.js';

const MIRROR = bundledSchemaMirror()!;
const ITEM_110 = 'https://schemas.stacspec.org/v1.1.0/item-spec/json-schema/item.json';

/** A real HTTP server on 127.0.0.1 that serves `routes` and counts requests per path. */
async function startSchemaServer(
  routes: Record<string, unknown>,
  opts: { hang?: string } = {},
): Promise<{ base: string; hits: Map<string, number>; server: Server }> {
  const hits = new Map<string, number>();
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = req.url ?? '/';
    hits.set(url, (hits.get(url) ?? 0) + 1);
    if (url === opts.hang) return; // never answers
    const body = routes[url];
    if (body === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res
      .writeHead(200, { 'content-type': 'application/schema+json' })
      .end(typeof body === 'string' ? body : JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { base: `http://127.0.0.1:${port}`, hits, server };
}

function stop(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

describe('urlToRelativePath', () => {
  it('maps host and path, and refuses escapes and non-http URLs', () => {
    expect(urlToRelativePath('https://stac-extensions.github.io/eo/v1.1.0/schema.json')).toBe(
      path.join('stac-extensions.github.io', 'eo', 'v1.1.0', 'schema.json'),
    );
    expect(urlToRelativePath('https://example.com/a/..%2F..%2F..%2Fetc/passwd')).toBeUndefined();
    expect(urlToRelativePath('file:///etc/passwd')).toBeUndefined();
    expect(urlToRelativePath('not a url')).toBeUndefined();
  });
});

describe('createSchemaResolver', () => {
  let tmp: string;
  let servers: Server[];
  beforeEach(async () => {
    tmp = await mkdtemp(path.join(tmpdir(), 'stac-ingest-resolver-'));
    servers = [];
  });
  afterEach(async () => {
    await Promise.all(servers.map(stop));
    await rm(tmp, { recursive: true, force: true });
  });

  it('reads a schema from the shared mirror without touching the network', async () => {
    const resolver = createSchemaResolver({
      mirrors: [MIRROR],
      network: false,
      logger: new RecordingLogger(),
    });
    const schema = (await resolver.resolve(ITEM_110 + '#/definitions/core')) as { $id?: string; title?: string };
    expect(schema.$id).toBe(ITEM_110);
    expect(schema.title).toBe('STAC Item');
  });

  it('looks in mirrors in order: the first one holding the file wins', async () => {
    const first = path.join(tmp, 'first');
    const file = path.join(first, 'schemas.stacspec.org', 'v1.1.0', 'item-spec', 'json-schema', 'item.json');
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, JSON.stringify({ title: 'from the first mirror' }));
    const resolver = createSchemaResolver({ mirrors: [first, MIRROR], network: false, logger: new RecordingLogger() });
    expect(await resolver.resolve(ITEM_110)).toEqual({ title: 'from the first mirror' });
  });

  it('looks up mirrors, then the bundled schemas, then the cache (as the README says)', async () => {
    const copy = async (root: string, title: string) => {
      const file = path.join(root, 'schemas.stacspec.org', 'v1.1.0', 'item-spec', 'json-schema', 'item.json');
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, JSON.stringify({ title }));
      return root;
    };
    const mirror = await copy(path.join(tmp, 'mirror'), 'mirror');
    const bundled = await copy(path.join(tmp, 'bundled'), 'bundled');
    const cacheDir = await copy(path.join(tmp, 'cache'), 'cache');
    const resolve = (mirrors: string[], withBundled: boolean) =>
      createSchemaResolver({
        mirrors,
        ...(withBundled ? { bundled } : {}),
        cacheDir,
        network: false,
        logger: new RecordingLogger(),
      }).resolve(ITEM_110);
    expect(await resolve([mirror], true)).toEqual({ title: 'mirror' });
    expect(await resolve([], true)).toEqual({ title: 'bundled' });
    expect(await resolve([], false)).toEqual({ title: 'cache' });
  });

  it('names the URL, every place looked and what to do when a schema is missing and the network is off', async () => {
    const cacheDir = path.join(tmp, 'cache');
    const resolver = createSchemaResolver({
      mirrors: [MIRROR],
      cacheDir,
      network: false,
      logger: new RecordingLogger(),
    });
    const url = 'https://stac-extensions.github.io/not-mirrored/v1.0.0/schema.json';
    const err = await resolver.resolve(url).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SchemaUnavailableError);
    const e = err as SchemaUnavailableError;
    expect(e.url).toBe(url);
    expect(e.message).toContain(url);
    expect(e.message).toContain(
      path.join(MIRROR, 'stac-extensions.github.io', 'not-mirrored', 'v1.0.0', 'schema.json'),
    );
    expect(e.message).toContain(
      path.join(cacheDir, 'stac-extensions.github.io', 'not-mirrored', 'v1.0.0', 'schema.json'),
    );
    expect(e.hint).toContain('--schema-mirror');
    expect(e.hint).toContain('allow network access');
  });

  it('reports a mirrored file that is not JSON, naming the file', async () => {
    const mirror = path.join(tmp, 'broken');
    const file = path.join(mirror, 'example.com', 'schema.json');
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, '{ not json');
    const resolver = createSchemaResolver({ mirrors: [mirror], network: false, logger: new RecordingLogger() });
    await expect(resolver.resolve('https://example.com/schema.json')).rejects.toThrow(file);
  });

  it('fetches from the network into the cache, then resolves from the cache with the network off', async () => {
    const schema = {
      $schema: 'http://json-schema.org/draft-07/schema#',
      $id: 'x',
      type: 'object',
      required: ['demo:field'],
    };
    const { base, hits, server } = await startSchemaServer({ '/demo/v1.0.0/schema.json': schema });
    servers.push(server);
    const url = `${base}/demo/v1.0.0/schema.json`;
    const cacheDir = path.join(tmp, 'cache');

    const online = createSchemaResolver({
      mirrors: [MIRROR],
      cacheDir,
      network: true,
      fetchPolicy: LOOPBACK_FETCH_POLICY,
      logger: new RecordingLogger(),
    });
    expect(await online.resolve(url)).toEqual(schema);
    expect(await online.resolve(url)).toEqual(schema); // in-memory: no second request
    expect(hits.get('/demo/v1.0.0/schema.json')).toBe(1);
    const cached = path.join(cacheDir, urlToRelativePath(url) ?? 'missing');
    expect(JSON.parse(await readFile(cached, 'utf8'))).toEqual(schema);

    await stop(server);
    servers = [];
    const offline = createSchemaResolver({
      mirrors: [MIRROR],
      cacheDir,
      network: false,
      fetchPolicy: LOOPBACK_FETCH_POLICY,
      logger: new RecordingLogger(),
    });
    expect(await offline.resolve(url)).toEqual(schema);
    expect(hits.get('/demo/v1.0.0/schema.json')).toBe(1);
  });

  it('reports an HTTP error and a hanging server with the URL, without caching anything', async () => {
    const { base, server } = await startSchemaServer({}, { hang: '/slow.json' });
    servers.push(server);
    const cacheDir = path.join(tmp, 'cache');
    const resolver = createSchemaResolver({
      mirrors: [],
      cacheDir,
      network: true,
      fetchPolicy: { ...LOOPBACK_FETCH_POLICY, requestTimeoutMs: 300 },
      logger: new RecordingLogger(),
    });
    await expect(resolver.resolve(`${base}/missing.json`)).rejects.toThrow(
      /cannot resolve schema http:\/\/127\.0\.0\.1:\d+\/missing\.json: fetching it failed \(HTTP 404/,
    );
    const slow = await resolver.resolve(`${base}/slow.json`).catch((e: unknown) => e);
    expect(slow).toBeInstanceOf(SchemaUnavailableError);
    expect((slow as Error).message).toMatch(/slow\.json: fetching it failed/);
    await expect(readFile(path.join(cacheDir, urlToRelativePath(`${base}/missing.json`) ?? 'x'))).rejects.toThrow(
      /ENOENT/,
    );
  });
});
