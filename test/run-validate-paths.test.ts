import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ingest } from '../src/run/ingest.js';
import { createProcessRunner } from '../src/clients/process.js';
import { RecordingLogger } from '../src/logging.js';
import { bundledSchemaMirror } from '../src/stages/validate/bundled.js';
import { renderText } from '../src/report/summary.js';
import { toJsonReport } from '../src/report/json-report.js';
import type { IngestResult } from '../src/model/result.js';

const item = (id: string, extra: Record<string, unknown> = {}) => ({
  type: 'Feature',
  stac_version: '1.1.0',
  id,
  collection: 'c',
  geometry: { type: 'Point', coordinates: [1, 2] },
  bbox: [1, 2, 1, 2],
  properties: { datetime: '2020-01-01T00:00:00Z' },
  links: [{ rel: 'collection', href: './c.json' }],
  assets: {},
  ...extra,
});

const texts: Record<string, string> = {
  // two errors in one item
  'a.json': JSON.stringify(item('a', { properties: { datetime: '2020-01-01T00:00:00' } }), null, 2),
  // one error in the second member
  'fc.geojson': JSON.stringify(
    { type: 'FeatureCollection', features: [item('f1'), item('f2', { geometry: null })] },
    null,
    2,
  ),
  'ok.ndjson': `${JSON.stringify(item('n1'))}\n`,
  'catalog.json': JSON.stringify({ type: 'Catalog', stac_version: '1.1.0', id: 'cat', description: 'd', links: [] }),
  'nameless-collection.json': JSON.stringify({ type: 'Collection', stac_version: '1.1.0', description: 'no id' }),
  'package.json': JSON.stringify({ name: 'not-stac', version: '1.0.0' }, null, 2),
};

/** The 1-based line of the first occurrence of `needle` after `after`. */
const lineOf = (text: string, needle: string, after = '') =>
  text.slice(0, text.indexOf(needle, text.indexOf(after))).split('\n').length;

let dir = '';
let result: IngestResult;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'validate-paths-'));
  for (const [name, text] of Object.entries(texts)) await writeFile(path.join(dir, name), text);
  result = await ingest(
    {
      command: 'validate',
      manifestPath: 'none',
      paths: [dir],
      concurrency: 4,
      schemaMirrors: [bundledSchemaMirror()!],
      network: false,
    },
    { logger: new RecordingLogger(), runner: createProcessRunner() },
  );
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('validate STAC paths', () => {
  it('findings in .json files and FeatureCollections carry the line of their pointer', () => {
    const findings = result.validation?.findings ?? [];
    const a = findings.filter((f) => f.location.file?.endsWith('/a.json'));
    expect(a.map((f) => [f.rule, f.location.pointer, f.location.line])).toEqual([
      ['loader:timezone', '/properties/datetime', lineOf(texts['a.json']!, '"datetime"')],
      ['schema:core', '/properties/datetime', lineOf(texts['a.json']!, '"datetime"')],
    ]);
    const fc = findings.filter((f) => f.location.file?.endsWith('/fc.geojson'));
    // the member's opening brace: three lines above its id (type and stac_version come first)
    const member = lineOf(texts['fc.geojson']!, '"id": "f2"') - 3;
    expect(fc.map((f) => [f.rule, f.location.pointer, f.location.line])).toEqual([
      ['schema:core', '/features/1', member],
      ['loader:null-geometry', '/features/1/geometry', lineOf(texts['fc.geojson']!, '"geometry"', '"f2"')],
      ['schema:core', '/features/1/geometry', lineOf(texts['fc.geojson']!, '"geometry"', '"f2"')],
    ]);
    // a missing property is reported on the object that lacks it
    const nameless = findings.find(
      (f) => f.location.file?.endsWith('nameless-collection.json') && f.rule === 'schema:core',
    );
    expect(nameless?.location.line).toBe(1);
  });

  it('counts agree: errors per invalid document, other documents, a collection without id, no package.json', () => {
    const v = result.validation!;
    expect(v.checked).toEqual({ items: 4, collections: 1, other: 1 });
    expect(v.invalid).toEqual({ items: 2, collections: 1, other: 1 });
    const message = result.problems.find((p) => p.stage === 'validate')?.message;
    expect(message).toBe(
      `${v.errors} validation error(s) in 2 of 4 items, 1 of 1 collection and 1 of 1 other document`,
    );
    expect(result.collections.map((c) => c.id)).toEqual(['(collection without id)', 'c']);
    const invalidItems = result.collections.reduce((n, c) => n + c.counts.invalid, 0);
    const checkedItems = result.collections.reduce((n, c) => n + c.counts.checked, 0);
    expect([invalidItems, checkedItems]).toEqual([v.invalid.items, v.checked.items]);
    expect(toJsonReport(result).totals).toMatchObject({ checked: 4, invalid: 2 });
    expect(toJsonReport(result).collections[0]).toMatchObject({ collections_checked: 1, collections_invalid: 1 });
    const text = renderText(result);
    expect(text).not.toContain('undefined');
    expect(text).toContain('validation: 4 items, 1 collection and 1 other document checked:');
    expect(result.problems.find((p) => p.stage === 'read')).toMatchObject({
      severity: 'warning',
      message: expect.stringMatching(/package\.json is not STAC/),
    });
  });
});

describe('schema mirror folders', () => {
  it('a --schema-mirror folder that does not exist is an error, nothing is validated', async () => {
    const r = await ingest(
      {
        command: 'validate',
        manifestPath: 'none',
        paths: [dir],
        concurrency: 4,
        schemaMirrors: [path.join(dir, 'no-such-mirror')],
        network: false,
      },
      { logger: new RecordingLogger(), runner: createProcessRunner() },
    );
    expect(r.ok).toBe(false);
    expect(r.validation).toBeUndefined();
    const missing = path.join(dir, 'no-such-mirror');
    expect(r.problems.map((p) => p.message)).toEqual([
      `schema mirror '${missing}' does not exist (${missing}) ` +
        `(a schema mirror is a folder laid out as <host>/<path> of the schema URLs; ` +
        `create it or drop the option)`,
    ]);
  });
});
