/**
 * Defects 3 and 4 of issue 10: remote catalogs were followed anywhere without limits (file:// links from an http
 * catalog, loopback and metadata-like addresses, cross-host redirects, s3:// links to other buckets signed with the
 * runner's keys, a 400 MB body buffered whole, endless child catalogs, a 1 byte/s server stalling the run) and
 * extension schema URLs were fetched from any host and cached. Each attack runs against loopback capture servers
 * (and moto) that count what they are asked; each is refused with an error naming the link and the rule, and the
 * server saw no forbidden request. The allowed paths still work. Tests reach loopback only by allowing it
 * explicitly (`allow-addresses: loopback`), as a workflow would; the attacks on loopback itself run without it.
 */
import { CreateBucketCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createS3Client, s3ObjectStore, type ObjectStore } from '../src/clients/s3.js';
import { createProcessRunner } from '../src/clients/process.js';
import { RecordingLogger } from '../src/logging.js';
import { ingest } from '../src/run/ingest.js';
import { addressClass } from '../src/security/fetch-policy.js';
import { buildPolicy, type PolicySettings } from '../src/security/policy.js';
import { workspaceGuard } from '../src/security/workspace.js';
import { readCatalog } from '../src/sources/catalog.js';
import { bundledSchemaMirror } from '../src/stages/validate/bundled.js';
import { validateDocuments } from '../src/stages/validate/index.js';
import { createSchemaResolver } from '../src/stages/validate/schema-resolver.js';
import { canarySecrets } from './support/canary.js';
import { startCaptureServer, type CaptureHandler, type CaptureServer } from './support/capture-server.js';
import { failure } from './support/errors.js';
import { startMoto, type MotoServer } from './support/moto.js';
import { LOOPBACK_FETCH, testPolicy } from './support/policy.js';
import { validCollection, validItem } from './support/stac-docs.js';

const canary = canarySecrets()['AWS_SECRET_ACCESS_KEY']!;
const servers: CaptureServer[] = [];
let tmp: string;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'stac-ingest-fetch-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function serve(handler: CaptureHandler): Promise<CaptureServer> {
  const server = await startCaptureServer(handler);
  servers.push(server);
  return server;
}

const json = (res: ServerResponse, body: unknown, status = 200): void =>
  void res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));

/** A server of JSON documents by path (404 otherwise); `extra` answers other paths first. */
function documents(docs: Record<string, unknown>, extra?: (url: string, res: ServerResponse) => boolean) {
  return serve((req, res) => {
    const url = req.url ?? '/';
    if (extra?.(url, res)) return;
    if (url in docs) json(res, docs[url]);
    else json(res, { detail: 'not found' }, 404);
  });
}

const catalogLinking = (...links: Array<{ rel: string; href: string }>) => ({
  type: 'Catalog',
  stac_version: '1.1.0',
  id: 'root',
  description: 'root',
  links,
});

/** What a workflow sets for the tests' loopback servers; `more` adds settings. */
function reads(more: PolicySettings = {}) {
  const policy = testPolicy(tmp, { ...LOOPBACK_FETCH, ...more });
  return { fetchPolicy: policy.fetch, guard: workspaceGuard(policy) };
}

describe('addresses', () => {
  it('classes every address form that reaches this host, a private network or a metadata endpoint', () => {
    const cases: Array<[string, ReturnType<typeof addressClass>]> = [
      ['127.0.0.1', 'loopback'],
      ['127.1.2.3', 'loopback'],
      ['0.0.0.0', 'loopback'],
      ['::1', 'loopback'],
      ['::', 'loopback'],
      ['::ffff:127.0.0.1', 'loopback'],
      ['[::ffff:7f00:1]', 'loopback'],
      ['::127.0.0.1', 'loopback'],
      ['2002:7f00:1::', 'loopback'],
      ['169.254.169.254', 'link-local'],
      ['::ffff:169.254.169.254', 'link-local'],
      ['64:ff9b::a9fe:a9fe', 'link-local'],
      ['fe80::1', 'link-local'],
      ['10.0.0.1', 'private'],
      ['172.16.5.4', 'private'],
      ['172.31.255.255', 'private'],
      ['192.168.1.1', 'private'],
      ['100.64.0.1', 'private'],
      ['fd00:ec2::254', 'private'],
      ['fc00::1', 'private'],
      ['224.0.0.1', 'reserved'],
      ['255.255.255.255', 'reserved'],
      ['8.8.8.8', 'public'],
      ['172.32.0.1', 'public'],
      ['2606:4700:4700::1111', 'public'],
      ['::ffff:8.8.8.8', 'public'],
    ];
    expect(cases.map(([a]) => [a, addressClass(a)])).toEqual(cases);
  });

  it('builds the fetch policy from the inputs, and refuses an unknown address class', () => {
    const p = buildPolicy(tmp, { allowAddresses: ['private'], schemaHosts: ['schemas.example.org'], maxItems: 5 });
    expect(p.fetch).toMatchObject({ allowAddresses: ['private'], maxItems: 5, maxDocumentBytes: 33554432 });
    expect(p.fetch.schemaHosts).toEqual(expect.arrayContaining(['schemas.stacspec.org', 'schemas.example.org']));
    expect(() => buildPolicy(tmp, { allowAddresses: ['everything'] })).toThrow(/`allow-addresses`.*'everything'/);
  });

  it('refuses a catalog on loopback unless allow-addresses allows it (no request made)', async () => {
    const server = await documents({ '/catalog.json': catalogLinking() });
    const forms = [
      `${server.url}/catalog.json`,
      `http://localhost:${server.port}/catalog.json`,
      `http://[::ffff:127.0.0.1]:${server.port}/catalog.json`,
      `http://0.0.0.0:${server.port}/catalog.json`,
      `http://2130706433:${server.port}/catalog.json`,
    ];
    for (const root of forms) {
      const err = await failure(readCatalog(root, tmp, 'src', { fetchPolicy: testPolicy(tmp).fetch }));
      expect(err.message).toMatch(/refused \(address\): .*is a loopback address/);
      expect(err.hint).toContain('`allow-addresses`');
      expect(err.location).toMatchObject({ entry: 'src' });
    }
    expect(server.requests).toHaveLength(0);
    expect(await readCatalog(`${server.url}/catalog.json`, tmp, 'src', reads())).toEqual([]);
    expect(server.requests).toHaveLength(1);
  });

  it('refuses a link to a metadata-like (link-local) address even when the host is listed', async () => {
    const server = await documents({
      '/catalog.json': catalogLinking({ rel: 'item', href: 'http://169.254.169.254/latest/meta-data/item.json' }),
    });
    const err = await failure(
      readCatalog(`${server.url}/catalog.json`, tmp, 'src', reads({ fetchHosts: ['169.254.169.254'] })),
    );
    expect(err.message).toContain("item link 'http://169.254.169.254/latest/meta-data/item.json' refused (address)");
    expect(err.message).toContain('169.254.169.254 is a link-local address');
    expect(err.location).toEqual({ file: `${server.url}/catalog.json`, pointer: '/links/0/href', entry: 'src' });
  });
});

describe('schemes and hosts', () => {
  it('refuses a file:// link in an http catalog: no local file is read into the items', async () => {
    const secret = path.join(tmp, 'secret-item.json');
    await writeFile(secret, JSON.stringify({ ...validItem('c', 'stolen'), properties: { note: canary } }));
    const server = await documents({
      '/catalog.json': catalogLinking({ rel: 'item', href: pathToFileURL(secret).href }),
    });
    const err = await failure(readCatalog(`${server.url}/catalog.json`, tmp, 'src', reads()));
    expect(err.message).toMatch(/item link 'file:\/\/.*secret-item\.json' refused \(scheme\)/);
    expect(err.message).not.toContain(canary);
    expect(err.location).toEqual({ file: `${server.url}/catalog.json`, pointer: '/links/0/href', entry: 'src' });
  });

  it('refuses a link or a redirect to another host, unless fetch-hosts lists it', async () => {
    const other = await documents({ '/item.json': validItem('c', 'elsewhere') });
    const elsewhere = `http://localhost:${other.port}/item.json`;
    const server = await documents(
      { '/catalog.json': catalogLinking({ rel: 'item', href: 'moved.json' }) },
      (url, res) => {
        if (url !== '/moved.json') return false;
        res.writeHead(302, { location: elsewhere }).end();
        return true;
      },
    );
    const root = `${server.url}/catalog.json`;
    const err = await failure(readCatalog(root, tmp, 'src', reads()));
    expect(err.message).toContain("item link 'moved.json' refused (host): localhost is not a host this source names");
    expect(err.hint).toContain('`fetch-hosts`');
    expect(err.location).toEqual({ file: root, pointer: '/links/0/href', entry: 'src' });
    expect(other.requests).toHaveLength(0);

    const direct = await documents({ '/catalog.json': catalogLinking({ rel: 'item', href: elsewhere }) });
    const linked = await failure(readCatalog(`${direct.url}/catalog.json`, tmp, 'src', reads()));
    expect(linked.message).toContain('refused (host)');
    expect(other.requests).toHaveLength(0);

    const allowed = await readCatalog(root, tmp, 'src', reads({ fetchHosts: ['localhost'] }));
    expect(allowed.map((d) => d.doc['id'])).toEqual(['elsewhere']);
    expect(other.requests).toHaveLength(1);
  });

  it('re-checks the address on every redirect hop', async () => {
    const server = await documents(
      { '/catalog.json': catalogLinking({ rel: 'item', href: 'hop.json' }) },
      (url, res) => {
        if (url !== '/hop.json') return false;
        res.writeHead(301, { location: 'http://169.254.169.254/latest/meta-data/' }).end();
        return true;
      },
    );
    const err = await failure(readCatalog(`${server.url}/catalog.json`, tmp, 'src', reads({ fetchHosts: ['*'] })));
    expect(err.message).toContain('refused (address): 169.254.169.254 is a link-local address');
  });
});

describe('sizes, counts and time', () => {
  it('stops a 400 MB body at the size cap while streaming: low memory, an error naming the cap', async () => {
    let sent = 0;
    const chunk = Buffer.alloc(1024 * 1024, 0x20);
    const server = await documents(
      { '/catalog.json': catalogLinking({ rel: 'item', href: 'huge.json' }) },
      (url, res) => {
        if (url !== '/huge.json') return false;
        res.writeHead(200, { 'content-type': 'application/json' });
        const pump = (): void => {
          while (sent < 400 * chunk.length && !res.destroyed) {
            sent += chunk.length;
            if (!res.write(chunk)) return void res.once('drain', pump);
          }
          res.end();
        };
        res.on('close', () => res.destroy());
        pump();
        return true;
      },
    );
    const before = process.memoryUsage().rss;
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
    const err = await failure(readCatalog(`${server.url}/catalog.json`, tmp, 'src', reads())).finally(() =>
      clearInterval(sampler),
    );
    expect(err.message).toContain(
      "item link 'huge.json' refused (max-document-bytes): the document is larger than the cap of 33554432 bytes",
    );
    expect(err.hint).toContain('`max-document-bytes`');
    expect(err.location).toMatchObject({ pointer: '/links/0/href' });
    expect(sent).toBeLessThan(100 * chunk.length);
    expect(peak - before).toBeLessThan(200 * 1024 * 1024);
  });

  it('stops an endless chain of new child catalogs at max-catalogs', async () => {
    const server = await serve((req, res) => {
      const n = Number(/\/cat\/(\d+)\.json$/.exec(req.url ?? '')?.[1] ?? NaN);
      if (Number.isNaN(n)) return json(res, {}, 404);
      json(res, { ...catalogLinking({ rel: 'child', href: `${n + 1}.json` }), id: `c${n}` });
    });
    const err = await failure(readCatalog(`${server.url}/cat/0.json`, tmp, 'src', reads({ maxCatalogs: 20 })));
    expect(err.message).toContain("child link '20.json' refused (max-catalogs): more than 20 catalogs");
    expect(err.location).toEqual({ file: `${server.url}/cat/19.json`, pointer: '/links/0/href', entry: 'src' });
    expect(server.requests).toHaveLength(20);
  });

  it('stops a source with more items than max-items', async () => {
    const links = Array.from({ length: 12 }, (_, i) => ({ rel: 'item', href: `i${i}.json` }));
    const docs: Record<string, unknown> = { '/catalog.json': catalogLinking(...links) };
    for (let i = 0; i < 12; i++) docs[`/i${i}.json`] = validItem('c', `i${i}`);
    const server = await documents(docs);
    const err = await failure(readCatalog(`${server.url}/catalog.json`, tmp, 'src', reads({ maxItems: 10 })));
    expect(err.message).toContain("item link 'i10.json' refused (max-items): more than 10 items");
    expect(err.hint).toContain('`max-items`');
  });

  it('fails a 1 byte/s server within the request timeout, naming the link and the setting', async () => {
    const timers: NodeJS.Timeout[] = [];
    const server = await documents(
      { '/catalog.json': catalogLinking({ rel: 'item', href: 'slow.json' }) },
      (url, res) => {
        if (url !== '/slow.json') return false;
        res.writeHead(200, { 'content-type': 'application/json' });
        const body = JSON.stringify(validItem('c', 'slow'));
        let i = 0;
        const tick = setInterval(() => (res.destroyed ? clearInterval(tick) : res.write(body[i++] ?? ' ')), 1000);
        timers.push(tick);
        return true;
      },
    );
    const started = Date.now();
    const err = await failure(
      readCatalog(`${server.url}/catalog.json`, tmp, 'src', reads({ requestTimeoutSeconds: 2 })),
    ).finally(() => timers.forEach(clearInterval));
    expect(err.message).toContain("item link 'slow.json' refused (request-timeout)");
    expect(err.hint).toContain('`request-timeout`');
    expect(err.location).toEqual({ file: `${server.url}/catalog.json`, pointer: '/links/0/href', entry: 'src' });
    // the old reader waited for the whole body (200 s for a 200-byte document); the policy gives up after 2 s
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('stops a source whose reads together pass total-timeout', async () => {
    const server = await serve((req, res) => {
      const n = Number(/\/cat\/(\d+)\.json$/.exec(req.url ?? '')?.[1] ?? NaN);
      setTimeout(() => json(res, { ...catalogLinking({ rel: 'child', href: `${n + 1}.json` }), id: `c${n}` }), 400);
    });
    const err = await failure(readCatalog(`${server.url}/cat/0.json`, tmp, 'src', reads({ totalTimeoutSeconds: 1 })));
    expect(err.message).toMatch(/child link '\d+\.json' refused \(total-timeout\)/);
    expect(err.hint).toContain('`total-timeout`');
    expect(server.requests.length).toBeLessThan(6);
  });
});

describe('s3:// (moto)', () => {
  let moto: MotoServer;
  let store: ObjectStore & { destroy(): void };
  const asked: string[] = [];
  const job = 'jane/dps_output/algo/v1/tag/2025/01/02/03/04/05/7';

  beforeAll(async () => {
    moto = await startMoto();
    const client = createS3Client({ endpoint: moto.endpoint, region: moto.region, credentials: moto.credentials });
    const put = (bucket: string, key: string, body: unknown) =>
      client.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: JSON.stringify(body) }));
    for (const bucket of ['job-bucket', 'private-bucket'])
      await client.send(
        new CreateBucketCommand({ Bucket: bucket, CreateBucketConfiguration: { LocationConstraint: 'us-west-2' } }),
      );
    await put('private-bucket', 'secrets/item.json', { ...validItem('c', 'stolen'), properties: { note: canary } });
    await put('job-bucket', `${job}/item.json`, validItem('c', 'mine'));
    await put('job-bucket', 'elsewhere/item.json', validItem('c', 'other-prefix'));
    await put('job-bucket', `${job}/catalog.json`, catalogLinking({ rel: 'item', href: 'item.json' }));
    await put(
      'job-bucket',
      `${job}/evil.json`,
      catalogLinking(
        { rel: 'item', href: 'item.json' },
        { rel: 'item', href: 's3://private-bucket/secrets/item.json' },
      ),
    );
    await put(
      'job-bucket',
      `${job}/up.json`,
      catalogLinking({ rel: 'item', href: '../../../../../../../../../../../../../elsewhere/item.json' }),
    );
    const real = s3ObjectStore(client);
    store = { ...real, get: (bucket, key, limits) => (asked.push(`${bucket}/${key}`), real.get(bucket, key, limits)) };
  }, 60_000);
  afterAll(async () => {
    store?.destroy();
    await moto?.stop();
  });

  it('reads the items under the folder the source names', async () => {
    const docs = await readCatalog(`s3://job-bucket/${job}/catalog.json`, tmp, 'src', { s3: store, ...reads() });
    expect(docs.map((d) => d.doc['id'])).toEqual(['mine']);
  });

  it('refuses an s3:// link to another bucket or prefix: the object is never requested', async () => {
    asked.length = 0;
    const evil = `s3://job-bucket/${job}/evil.json`;
    const err = await failure(readCatalog(evil, tmp, 'src', { s3: store, ...reads() }));
    expect(err.message).toContain(
      "item link 's3://private-bucket/secrets/item.json' refused (s3-scope): s3://private-bucket/secrets/item.json " +
        `is outside the S3 folders this source names (s3://job-bucket/${job}/)`,
    );
    expect(err.location).toEqual({ file: evil, pointer: '/links/1/href', entry: 'src' });
    expect(asked.filter((k) => !k.startsWith('job-bucket/'))).toEqual([]);

    const up = await failure(readCatalog(`s3://job-bucket/${job}/up.json`, tmp, 'src', { s3: store, ...reads() }));
    expect(up.message).toMatch(/up\.json: item link '[./]+elsewhere\/item\.json' refused \(s3-scope\)/);
    expect(asked.filter((k) => k.includes('/elsewhere/'))).toEqual([]);

    const widened = await readCatalog(evil, tmp, 'src', {
      s3: store,
      ...reads({ fetchHosts: ['s3://private-bucket/**'] }),
    });
    expect(widened.map((d) => d.doc['id'])).toEqual(['mine', 'stolen']);
  });
});

describe('schemas', () => {
  const item = (url: string) => ({ ...validItem('c', 'x'), stac_extensions: [url] });

  async function validateWith(url: string, settings: PolicySettings, cacheDir: string) {
    const resolver = createSchemaResolver({
      mirrors: [],
      bundled: bundledSchemaMirror()!,
      cacheDir,
      network: true,
      fetchPolicy: testPolicy(tmp, settings).fetch,
      logger: new RecordingLogger(),
    });
    return validateDocuments([{ doc: item(url), origin: { file: 'items/x.json' } }], { resolver });
  }

  it('refuses an extension schema on a host that is not a schema host, even on an allowed address', async () => {
    const server = await documents({ '/schema.json': { AccessKeyId: canary, Token: canary } });
    const cacheDir = path.join(tmp, 'schema-cache-1');
    const report = await validateWith(`${server.url}/schema.json`, LOOPBACK_FETCH, cacheDir);
    expect(report.findings).toEqual([
      expect.objectContaining({
        rule: 'schema:unavailable',
        message: expect.stringContaining('refused (schema-host): 127.0.0.1 is not a schema host'),
        location: { file: 'items/x.json', pointer: '/stac_extensions/0' },
      }),
    ]);
    expect(server.requests).toHaveLength(0);
    expect(await readdir(cacheDir).catch(() => [])).toEqual([]);
  });

  it('does not cache (or use) a document from a schema host that is not a JSON Schema', async () => {
    const server = await documents({ '/schema.json': { AccessKeyId: canary, Token: canary } });
    const cacheDir = path.join(tmp, 'schema-cache-2');
    const report = await validateWith(
      `${server.url}/schema.json`,
      { ...LOOPBACK_FETCH, schemaHosts: ['127.0.0.1'] },
      cacheDir,
    );
    expect(report.findings).toEqual([
      expect.objectContaining({ rule: 'schema:unavailable', message: expect.stringContaining('is not a JSON Schema') }),
    ]);
    expect(server.requests).toHaveLength(1);
    expect(await readdir(cacheDir).catch(() => [])).toEqual([]);
  });
});

describe('through ingest, from the policy the entries build', () => {
  it('plan fails on a file:// link in an http catalog, located at the link, and reads nothing local', async () => {
    const dir = await mkdtemp(path.join(tmp, 'ds-'));
    const secret = path.join(dir, 'secret.json');
    await writeFile(secret, JSON.stringify({ ...validItem('c', 'stolen'), properties: { note: canary } }));
    const server = await documents({
      '/catalog.json': catalogLinking({ rel: 'item', href: pathToFileURL(secret).href }),
    });
    await writeFile(path.join(dir, 'c.json'), JSON.stringify(validCollection('c')));
    const manifest = path.join(dir, 'stac-ingest.yaml');
    await writeFile(
      manifest,
      `version: 1\ncollections:\n  - id: c\n    file: c.json\nsources:\n  - id: remote\n    collection: c\n` +
        `    catalog: ${server.url}/catalog.json\n`,
    );
    const run = (settings: PolicySettings) =>
      ingest(
        {
          command: 'plan',
          manifestPath: manifest,
          concurrency: 1,
          schemaMirrors: [],
          network: false,
          policy: testPolicy(dir, settings),
        },
        { logger: new RecordingLogger(), runner: createProcessRunner() },
      );
    const denied = await run({});
    expect(denied.ok).toBe(false);
    expect(JSON.stringify(denied.problems)).toContain('refused (address): 127.0.0.1 is a loopback address');
    expect(server.requests).toHaveLength(0);
    const linked = await run(LOOPBACK_FETCH);
    expect(linked.ok).toBe(false);
    const problem = linked.problems.find((p) => p.message.includes('refused (scheme)'));
    expect(problem?.location).toMatchObject({ file: `${server.url}/catalog.json`, pointer: '/links/0/href' });
    expect(JSON.stringify(linked)).not.toContain(canary);
  });
});
