import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadManifest } from '../src/manifest/load.js';
import { resolveInputs } from '../src/stages/resolve.js';
import { buildPlan } from '../src/run/plan.js';
import type { ResolvedInputs, StreamedDocs } from '../src/model/inputs.js';
import type { LoadedDoc } from '../src/model/stac.js';
import { validateDocuments } from '../src/stages/validate/index.js';
import { createSchemaResolver } from '../src/stages/validate/schema-resolver.js';
import { bundledSchemaMirror } from '../src/stages/validate/bundled.js';
import { RecordingLogger } from '../src/logging.js';
import { validCollection, validItem } from './support/stac-docs.js';
import { LOOPBACK_FETCH_POLICY } from './support/policy.js';

/**
 * A catalog source walked lazily (issue 12): read each time it is used (counted, validated, then written or
 * published) instead of held. Its items, their order and origins, the plan's counts and the validation findings are
 * those of the held source; a document that changed between two reads is refused, for a local catalog and one read
 * over http.
 */
const catalog = (id: string, links: { rel: string; href: string }[], type = 'Catalog') => ({
  ...(type === 'Collection' ? validCollection(id) : { type, stac_version: '1.1.0', id, description: id }),
  links,
});

let dir = '';

/**
 * catalog.json -> c1 (a Collection, one item link) -> part-0, part-1 (Catalogs, items); the same item is linked from
 * both parts (read once), an item is invalid, and two item files hold the same id (a duplicate).
 */
async function writeTree(root: string): Promise<void> {
  const write = async (name: string, value: unknown) => {
    await mkdir(path.dirname(path.join(root, name)), { recursive: true });
    await writeFile(path.join(root, name), JSON.stringify(value, null, 1));
  };
  await write('catalog.json', catalog('root', [{ rel: 'child', href: './c1/collection.json' }]));
  const parts = [0, 1].map((p) => ({ rel: 'child', href: `./part-${p}/catalog.json` }));
  await write('c1/collection.json', catalog('c1', [{ rel: 'item', href: './top.json' }, ...parts], 'Collection'));
  await write('c1/top.json', validItem('c1', 'top'));
  for (const p of [0, 1]) {
    const ids = [0, 1, 2].map((i) => `p${p}-i${i}`);
    for (const id of ids) await write(`c1/part-${p}/${id}.json`, validItem('c1', id));
    const links = [...ids.map((id) => ({ rel: 'item', href: `./${id}.json` })), { rel: 'item', href: '../top.json' }];
    await write(`c1/part-${p}/catalog.json`, catalog(`part-${p}`, links));
  }
  await write('c1/part-1/p1-i1.json', { ...validItem('c1', 'p1-i1'), geometry: 'not a geometry' });
  await write('c1/part-1/p1-i2.json', validItem('c1', 'p0-i2'));
}

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'resolve-streamed-catalog-'));
  await writeTree(path.join(dir, 'tree'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function resolve(catalogAt: string, streamSources: boolean): Promise<ResolvedInputs> {
  const manifest = `version: 1\nsources:\n  - id: scenes\n    catalog: ${catalogAt}\n`;
  await writeFile(path.join(dir, 'stac-ingest.yaml'), manifest);
  const loaded = await loadManifest(path.join(dir, 'stac-ingest.yaml'));
  return resolveInputs(loaded, { streamSources, fetchPolicy: LOOPBACK_FETCH_POLICY });
}

function streamOf(inputs: ResolvedInputs): StreamedDocs {
  const source = inputs.sources[0];
  if (source?.kind !== 'catalog' || source.stream === undefined) throw new Error('the source is not streamed');
  expect(source.docs).toEqual([]);
  return source.stream;
}

async function collect<T>(docs: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const d of docs) out.push(d);
  return out;
}

const resolver = () =>
  createSchemaResolver({ mirrors: [bundledSchemaMirror()!], network: false, logger: new RecordingLogger() });

describe('a catalog source read where it is used', () => {
  it('yields the items, origins, counts and findings of the held source, in the same order', async () => {
    const held = await resolve('tree/catalog.json', false);
    const streamed = await resolve('tree/catalog.json', true);
    const heldDocs = (held.sources[0] as { docs: LoadedDoc[] }).docs;
    expect(heldDocs.map((d) => d.doc['id'])).toEqual(['top', 'p0-i0', 'p0-i1', 'p0-i2', 'p1-i0', 'p1-i1', 'p0-i2']);
    const s = streamOf(streamed);
    expect(s.held).toEqual([]);
    expect(await collect(s.items())).toEqual(heldDocs);
    expect(await collect(s.units())).toEqual(heldDocs);
    const plan = (inputs: ResolvedInputs) =>
      buildPlan('stac-ingest.yaml', inputs, 'local', { type: 'directory' } as never);
    expect(plan(streamed).collections.map((c) => [c.id, c.items])).toEqual([['c1', 7]]);
    expect(plan(streamed).totals).toEqual(plan(held).totals);

    const a = await validateDocuments(heldDocs, { resolver: resolver(), threads: 0 });
    const b = await validateDocuments(s.units(), { resolver: resolver(), threads: 0 });
    expect(a.findings.map((f) => f.rule)).toContain('duplicate:item');
    expect(a.errors).toBeGreaterThan(1);
    expect(b).toEqual(a);
  });

  it('refuses an item that changed, appeared or went away after the first read', async () => {
    const s = streamOf(await resolve('tree/catalog.json', true));
    const file = path.join(dir, 'tree', 'c1', 'part-0', 'p0-i1.json');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('"p0-i1"', '"p0-i9"'));
    await expect(collect(s.items())).rejects.toThrow(
      /tree\/c1\/part-0\/p0-i1\.json changed while stac-ingest was reading the source/,
    );
    await writeFile(file, text);
    expect(await collect(s.items())).toHaveLength(7);

    const part = path.join(dir, 'tree', 'c1', 'part-1', 'catalog.json');
    const links = JSON.parse(await readFile(part, 'utf8'));
    await writeFile(part, JSON.stringify({ ...links, links: links.links.slice(1) }, null, 1));
    await expect(collect(s.units())).rejects.toThrow(/tree\/c1\/part-1\/catalog\.json changed while/);
  });
});

describe('a catalog source read over http where it is used', () => {
  let server: Server;
  let url = '';
  const served = new Map<string, string>();
  beforeAll(async () => {
    server = createServer((req, res) => {
      const body = served.get(req.url ?? '');
      res.writeHead(body === undefined ? 404 : 200, { 'content-type': 'application/json' });
      res.end(body ?? '{}');
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((ok) => server.close(() => ok())));

  it('reads the same items as held, and refuses a document served differently at a later read', async () => {
    const root = path.join(dir, 'tree');
    for (const name of ['catalog.json', 'c1/collection.json', 'c1/top.json', 'c1/part-0/catalog.json'])
      served.set(`/${name}`, await readFile(path.join(root, name), 'utf8'));
    for (const p of [0, 1]) {
      served.set(`/c1/part-${p}/catalog.json`, await readFile(path.join(root, `c1/part-${p}/catalog.json`), 'utf8'));
      for (const i of [0, 1, 2])
        served.set(
          `/c1/part-${p}/p${p}-i${i}.json`,
          await readFile(path.join(root, `c1/part-${p}/p${p}-i${i}.json`), 'utf8'),
        );
    }
    const held = await resolve(`${url}/catalog.json`, false);
    const s = streamOf(await resolve(`${url}/catalog.json`, true));
    expect(await collect(s.items())).toEqual((held.sources[0] as { docs: LoadedDoc[] }).docs);
    expect(s.counts).toEqual(new Map([['c1', 7]]));

    served.set('/c1/part-1/p1-i0.json', JSON.stringify(validItem('c1', 'p1-i0', 1)));
    await expect(collect(s.items())).rejects.toThrow(
      new RegExp(`${url}/c1/part-1/p1-i0\\.json changed while stac-ingest was reading the source`),
    );
  });
  it('reads item files 16 at a time without a MaxListenersExceededWarning on the source deadline', async () => {
    const ids = Array.from({ length: 40 }, (_, i) => `w-${i}`);
    const links = ids.map((id) => ({ rel: 'item', href: `./${id}.json` }));
    served.set('/wide/collection.json', JSON.stringify(catalog('wide', links, 'Collection')));
    for (const id of ids) served.set(`/wide/${id}.json`, JSON.stringify(validItem('wide', id)));
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(`${w.name}: ${w.message}`);
    process.on('warning', onWarning);
    try {
      const held = await resolve(`${url}/wide/collection.json`, false);
      expect((held.sources[0] as { docs: LoadedDoc[] }).docs).toHaveLength(40);
      await new Promise((r) => setImmediate(r));
    } finally {
      process.off('warning', onWarning);
    }
    expect(warnings.filter((w) => w.startsWith('MaxListenersExceededWarning'))).toEqual([]);
  });
});
