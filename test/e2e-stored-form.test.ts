/**
 * Issue 11 end to end on the local twin (moto SNS/SQS, the real StacLoader handler, pgstac,
 * stac-fastapi-pgstac): numbers and the loader's transformations survive a run and its verify, a
 * plan right after a run finds nothing to do, items at one second with and without a fraction do
 * not fail their collection, and a collection that landed differently does not hold items back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { ingest, type IngestOptions } from '../src/run/ingest.js';
import { createProcessRunner } from '../src/clients/process.js';
import { RecordingLogger } from '../src/logging.js';
import { bundledSchemaMirror } from '../src/stages/validate/bundled.js';
import type { IngestResult } from '../src/model/result.js';
import { twinEnv, twinTargetYaml, useTwinCredentials, type TwinEnv } from './support/twin.js';
import { LOOPBACK, testPolicy } from './support/policy.js';

const run = Date.now().toString(36);
let twin: TwinEnv;
let dir: string;

const collectionText = (id: string, extra = '') => `{"type": "Collection", "stac_version": "1.1.0", "id": "${id}",
  "description": "issue 11 collection", "license": "CC-BY-4.0", "links": [],
  "providers": [{"name": "p", "roles": ["producer"], "email": "a@example.com", "processing:level": "L2"}],
  "extent": {"spatial": {"bbox": [[-180.0, -90.0, 180.0, 90.0]]},
             "temporal": {"interval": [["2024-01-01T00:00:00.000Z", null]]}},
  "summaries": {"gsd": {"minimum": 10, "maximum": 60, "unit": "m"}},
  "item_assets": {"data": {"type": "image/tiff; application=geotiff", "roles": ["data"], "my:flag": 1}},
  "my:big": 18446744073709551615, "my:e": 1e20${extra}}`;

const itemText = (collection: string, id: string, datetime: string) => `{"type": "Feature", "stac_version": "1.1.0",
  "id": "${id}", "collection": "${collection}",
  "geometry": {"type": "Polygon", "coordinates": [[[4, 45], [6, 45], [6, 47], [4, 47], [4, 45]]]},
  "bbox": [4, 45, 6, 47],
  "properties": {"datetime": "${datetime}", "gsd": 10, "my:e": 1e20, "my:i": 9007199254740993,
    "my:neg": -9007199254740995, "my:f": 10.0, "providers": [{"name": "p", "email": "e@example.com"}]},
  "links": [{"rel": "collection", "href": "./collection.json", "type": "application/json"}],
  "assets": {"data": {"href": "https://example.com/${id}.tif", "type": "image/tiff; application=geotiff",
    "roles": ["data"], "my:flag": true}}}`;

async function ingestHere(command: IngestOptions['command'], manifest: string): Promise<IngestResult> {
  return ingest(
    {
      command,
      manifestPath: path.join(dir, manifest),
      concurrency: 2,
      schemaMirrors: [bundledSchemaMirror()!],
      network: false,
      policy: testPolicy(dir, LOOPBACK),
    },
    { logger: new RecordingLogger(), runner: createProcessRunner() },
  );
}

const states = (r: IngestResult) => Object.fromEntries((r.delivery?.objects ?? []).map((o) => [o.key, o.state]));
const changes = (r: IngestResult) => (r.delivery?.objects ?? []).map((o) => o.change);

/** A manifest of collections (file per id) and the items of `items/<folder>/*.json`. */
async function dataset(name: string, collections: Record<string, string>, items: Record<string, string>) {
  const folder = path.join(dir, name);
  await mkdir(folder, { recursive: true });
  const lines = ['version: 1', 'collections:'];
  for (const [id, text] of Object.entries(collections)) {
    await writeFile(path.join(folder, `${id}.json`), text);
    lines.push(`  - id: ${id}`, `    file: ${name}/${id}.json`);
  }
  for (const [file, text] of Object.entries(items)) await writeFile(path.join(folder, file), text);
  lines.push('sources:', `  - id: ${name}-items`, `    files: ${name}/item-*.json`, twinTargetYaml(twin));
  await writeFile(path.join(dir, `${name}.yaml`), lines.join('\n'));
  return `${name}.yaml`;
}

beforeAll(async () => {
  twin = twinEnv();
  useTwinCredentials(twin);
  dir = await mkdtemp(path.join(tmpdir(), 'stac-ingest-i11-'));
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('what we send is what the catalog stores (twin)', () => {
  it(
    'numbers as written and every loader change predicted: verified, ' + 'and a plan right after finds nothing',
    async () => {
      const c = `i11-num-${run}`;
      const manifest = await dataset(
        'num',
        { [c]: collectionText(c) },
        {
          'item-1.json': itemText(c, `${c}-1`, '2024-05-10T09:30:00+00:00'),
          'item-2.json': itemText(c, `${c}-2`, '2024-05-11T09:30:00.250Z'),
        },
      );
      const r = await ingestHere('run', manifest);
      expect(r.problems).toEqual([]);
      expect(states(r)).toEqual({
        [`collection:${c}`]: 'verified',
        [`item:${c}/${c}-1`]: 'verified',
        [`item:${c}/${c}-2`]: 'verified',
      });
      const raw = await (await fetch(`${twin.stac_api_url}/collections/${c}/items/${c}-1`)).text();
      expect(raw).toContain('9007199254740993');
      expect(raw).toContain('-9007199254740995');
      const plan = await ingestHere('plan', manifest);
      expect(plan.ok).toBe(true);
      expect(changes(plan)).toEqual(['unchanged', 'unchanged', 'unchanged']);
    },
  );

  it('items at one second with and without a fraction all land (published in two waves)', async () => {
    const c = `i11-frac-${run}`;
    const items: Record<string, string> = {};
    // all in one second: pypgstac's text bounds would run from .25 (the least text) to 12:00:00Z (the greatest)
    for (const [n, t] of ['12:00:00Z', '12:00:00.5Z', '12:00:00.000Z', '12:00:00.25Z'].entries())
      items[`item-${n}.json`] = itemText(c, `${c}-${n}`, `2024-05-10T${t}`);
    const manifest = await dataset('frac', { [c]: collectionText(c) }, items);
    const r = await ingestHere('run', manifest);
    expect(r.problems).toEqual([]);
    expect(Object.values(states(r))).toEqual(Array(5).fill('verified'));
  });

  describe('a collection the loader stores differently', () => {
    const tampered = `i11-stale-${run}`;
    const plain = `i11-plain-${run}`;
    let admin: pg.Client;
    beforeAll(async () => {
      // stand-in for a loader that stores something else than we predict (another stac-pydantic, say):
      // pgstac rewrites this one collection's title on write
      admin = new pg.Client({ connectionString: twin.pg_admin_dsn });
      await admin.connect();
      await admin.query(`CREATE OR REPLACE FUNCTION pgstac.i11_tamper() RETURNS trigger AS $$ BEGIN
        IF NEW.content->>'id' = '${tampered}' THEN
          NEW.content := NEW.content || '{"title": "changed by the catalog"}';
        END IF;
        RETURN NEW; END; $$ LANGUAGE plpgsql`);
      await admin.query(
        'CREATE TRIGGER i11_tamper BEFORE INSERT OR UPDATE ON pgstac.collections FOR EACH ROW EXECUTE ' +
          'FUNCTION pgstac.i11_tamper()',
      );
    });
    afterAll(async () => {
      await admin.query('DROP TRIGGER IF EXISTS i11_tamper ON pgstac.collections');
      await admin.query('DROP FUNCTION IF EXISTS pgstac.i11_tamper()');
      await admin.end();
    });

    it('is reported stale, not missing, and holds back no items (one wait per phase)', async () => {
      const manifest = await dataset(
        'stale',
        { [tampered]: collectionText(tampered), [plain]: collectionText(plain) },
        {
          'item-1.json': itemText(tampered, `${tampered}-1`, '2024-05-10T09:30:00Z'),
          'item-2.json': itemText(plain, `${plain}-1`, '2024-05-10T09:30:00Z'),
        },
      );
      const r = await ingestHere('run', manifest);
      expect(states(r)).toEqual({
        [`collection:${tampered}`]: 'stale',
        [`collection:${plain}`]: 'verified',
        [`item:${tampered}/${tampered}-1`]: 'verified',
        [`item:${plain}/${plain}-1`]: 'verified',
      });
      const stale = r.delivery?.objects.find((o) => o.key === `collection:${tampered}`);
      expect(stale?.reason).toMatch(/differs at \/title/);
      // no phase waited until its deadline
      expect((r.delivery?.details?.['wait'] as { state: string }).state).not.toBe('timeout');
      expect(r.problems.map((p) => p.message).join('\n')).not.toMatch(/did not appear/);
    });
  });
});
