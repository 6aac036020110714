import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ingest, type IngestOptions } from '../src/run/ingest.js';
import { RecordingLogger } from '../src/logging.js';
import { createProcessRunner } from '../src/clients/process.js';
import { bundledSchemaMirror } from '../src/stages/validate/bundled.js';
import { validCollection, validItem } from './support/stac-docs.js';
import { LOOPBACK_FETCH, testPolicy } from './support/policy.js';

/**
 * `validate` of a catalog source walks the catalog once (issue 12): the walk that validates it also counts it (the
 * plan's items per collection, an empty source refused), where it used to be walked once to count and once more to
 * validate. The catalog is served over loopback http by a server counting the requests for each document.
 */
let dir = '';
let server: Server;
let url = '';
const served = new Map<string, string>();
const requests = new Map<string, number>();

/** root -> c1 (a Collection linking `items` items and sub/, which links i0 again and one item of its own). */
function serveTree(prefix: string, items: number): void {
  const links = [...Array(items).keys()].map((i) => ({ rel: 'item', href: `./i${i}.json` }));
  const collection = { ...validCollection('c1'), links: [...links, { rel: 'child', href: './sub/catalog.json' }] };
  const root = { type: 'Catalog', stac_version: '1.1.0', id: 'root', description: 'root', links: [] as unknown[] };
  root.links.push({ rel: 'child', href: './c1.json' });
  served.set(`${prefix}/catalog.json`, JSON.stringify(root));
  served.set(`${prefix}/c1.json`, JSON.stringify(collection));
  const sub = {
    ...root,
    id: 'sub',
    links: [
      { rel: 'item', href: '../i0.json' },
      { rel: 'item', href: './s.json' },
    ],
  };
  served.set(`${prefix}/sub/catalog.json`, JSON.stringify(sub));
  served.set(`${prefix}/sub/s.json`, JSON.stringify(validItem('c1', 'sub-item')));
  for (let i = 0; i < items; i++) served.set(`${prefix}/i${i}.json`, JSON.stringify(validItem('c1', `i${i}`)));
  // one invalid item: the findings show it was validated
  if (items > 2) served.set(`${prefix}/i2.json`, JSON.stringify({ ...validItem('c1', 'i2'), geometry: 'none' }));
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'validate-catalog-once-'));
  server = createServer((req, res) => {
    const at = req.url ?? '';
    requests.set(at, (requests.get(at) ?? 0) + 1);
    const body = served.get(at);
    res.writeHead(body === undefined ? 404 : 200, { 'content-type': 'application/json' });
    res.end(body ?? '{}');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  serveTree('/full', 20);
  // a catalog linking no item (its sub-catalog links none either)
  const empty = { type: 'Catalog', stac_version: '1.1.0', id: 'e', description: 'e', links: [] };
  served.set('/empty/catalog.json', JSON.stringify(empty));
});

afterAll(async () => {
  await new Promise<void>((ok) => server.close(() => ok()));
  await rm(dir, { recursive: true, force: true });
});

async function validate(catalog: string) {
  const manifest = path.join(dir, 'stac-ingest.yaml');
  await writeFile(manifest, `version: 1\nsources:\n  - id: scenes\n    catalog: ${url}${catalog}\n`);
  const options: IngestOptions = {
    command: 'validate',
    manifestPath: manifest,
    schemaMirrors: [bundledSchemaMirror()!],
    network: false,
    policy: testPolicy(dir, LOOPBACK_FETCH),
    threads: 0,
  };
  return ingest(options, { logger: new RecordingLogger(), runner: createProcessRunner() });
}

describe('validate of a catalog source', () => {
  it('reads each document of the catalog once, and plans and validates all its items', async () => {
    requests.clear();
    const result = await validate('/full/catalog.json');
    expect(result.validation?.checked).toEqual(expect.objectContaining({ items: 21 }));
    expect(result.validation?.findings.some((f) => f.location?.file?.endsWith('/full/i2.json'))).toBe(true);
    expect(result.plan?.collections.map((c) => [c.id, c.items])).toEqual([['c1', 21]]);
    expect(result.plan?.totals.items).toBe(21);
    // the root, the collection, the sub-catalog, 21 item files (i0 linked twice, read once)
    expect(requests.size).toBe(24);
    expect([...requests].filter(([, n]) => n !== 1)).toEqual([]);
  });

  it('refuses a catalog that links no item, naming the source, once it was read', async () => {
    requests.clear();
    const result = await validate('/empty/catalog.json');
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/source 'scenes' yields nothing: its catalog links to no items/),
    ]);
    expect([...requests.values()]).toEqual([1]);
  });
});
