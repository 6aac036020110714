/**
 * The stored-form model follows twin/stored-form.json, the list twin/stored_form.py read from the
 * pinned loader's own models and checked in pgstac: the same fields and extra-member policy for
 * every model, the same output (int vs float included) or refusal for every recorded sample of every
 * field kind, and the same outcome for every recorded refusal case.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as models from '../src/compare/loader-model.js';
import { isPyObject, sameNumber, toPy, type PyJson, type PyObject } from '../src/compare/py-value.js';
import { storedFormOfPy } from '../src/compare/stored-form.js';
import { parseJson } from '../src/json.js';
import { REPO_ROOT } from './support/dataset.js';

interface Sample {
  input: PyJson;
  output?: PyJson;
  rejected?: string;
}
interface Report {
  models: Record<string, { extra: string | null; fields: { name: string }[] }>;
  type_behaviour: Record<string, { samples: Sample[] }>;
  numbers: { sent: string; to_postgres: string }[];
  rejections: { case: string; document: 'item' | 'collection'; pointer: string; value: PyJson; outcome: string }[];
}

const report = toPy(
  parseJson(readFileSync(path.join(REPO_ROOT, 'twin', 'stored-form.json'), 'utf8')),
) as unknown as Report;

const SPECS: Record<string, models.ModelSpec> = {
  Item: models.ITEM,
  Collection: models.COLLECTION,
  ItemProperties: models.ITEM_PROPERTIES,
  Asset: models.ASSET,
  Link: models.LINK,
  Provider: models.PROVIDER,
  Range: models.RANGE,
  Extent: models.EXTENT,
  SpatialExtent: models.SPATIAL_EXTENT,
  TimeInterval: models.TIME_INTERVAL,
  ...models.GEOMETRY_MODELS,
};

/** Equal with the int/float kind of every number. */
function same(a: PyJson | undefined, b: PyJson | undefined): boolean {
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => same(x, b[i]));
  if (isPyObject(a)) return isPyObject(b) && Object.keys(a).every((k) => same(a[k], b[k]));
  return typeof a === typeof b && a === b;
}

const ITEM: PyObject = toPy({
  type: 'Feature',
  stac_version: '1.0.0',
  id: 'probe-item',
  collection: 'probe',
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 0],
      ],
    ],
  },
  bbox: [0, 0, 1, 1],
  properties: { datetime: '2020-01-01T00:00:00Z' },
  assets: { data: { href: 'https://example.com/d.tif' } },
  links: [],
}) as PyObject;
const COLLECTION: PyObject = toPy({
  type: 'Collection',
  stac_version: '1.0.0',
  id: 'probe',
  description: 'probe',
  license: 'CC-BY-4.0',
  extent: { spatial: { bbox: [[-10, -10, 10, 10]] }, temporal: { interval: [['2020-01-01T00:00:00Z', null]] } },
  links: [],
}) as PyObject;

/** A copy of `doc` with `value` at `pointer` (`undefined`: deleted). */
function at(doc: PyObject, pointer: string, value: PyJson | undefined): PyObject {
  const out = structuredClone(doc);
  const parts = pointer.split('/').slice(1);
  let node = out as PyJson;
  for (const p of parts.slice(0, -1)) node = (node as Record<string, PyJson>)[p] as PyJson;
  const last = parts.at(-1) as string;
  const holder = node as Record<string, PyJson>;
  if (value === undefined) delete holder[last];
  else holder[last] = value;
  return out;
}

const get = (doc: PyJson, pointer: string): PyJson | undefined =>
  pointer
    .split('/')
    .slice(1)
    .reduce<PyJson | undefined>((n, p) => (n === undefined ? undefined : (n as Record<string, PyJson>)[p]), doc);

/** Where each field kind of the report is tried (a place of that kind in a valid document). */
const KIND_PLACES: Record<string, { doc: PyObject; pointer: string }> = {
  float: { doc: ITEM, pointer: '/bbox/2' },
  url: { doc: at(ITEM, '/stac_extensions', ['https://example.com/']), pointer: '/stac_extensions/0' },
  position: {
    doc: at(ITEM, '/geometry', toPy({ type: 'Point', coordinates: [0, 0] })),
    pointer: '/geometry/coordinates',
  },
  'datetime (aware, to UTC)': { doc: ITEM, pointer: '/properties/datetime' },
  'number (float | int)': { doc: COLLECTION, pointer: '/extent/spatial/bbox/0/0' },
};

/** The Range model alone: in `summaries` an object with a boolean minimum is not a Range (smart union). */
function rangeMinimum(input: PyJson): { errors: unknown[]; value: PyJson | undefined } {
  const w: models.ModelWalk = { errors: [], changes: [] };
  const out = models.model(models.RANGE)({ minimum: input, maximum: 100n }, undefined, w);
  return { errors: w.errors, value: get(out, '/minimum') };
}

describe('twin/stored-form.json, followed', () => {
  it('has every model of the report, with its fields and its extra-member policy', () => {
    for (const [name, m] of Object.entries(report.models)) {
      if (name === 'Links') continue; // a RootModel: the list of Link
      const spec = SPECS[name];
      expect(spec, name).toBeDefined();
      expect(Object.keys(spec?.fields ?? {}).sort(), name).toEqual(m.fields.map((f) => f.name).sort());
      expect(spec?.extra, name).toBe(m.extra);
    }
  });

  it.each(Object.keys(KIND_PLACES))('gives the recorded output or refusal for every %s sample', (kind) => {
    const place = KIND_PLACES[kind]!;
    const samples = report.type_behaviour[kind]?.samples ?? [];
    expect(samples.length).toBeGreaterThan(3);
    for (const s of samples) {
      const doc = at(place.doc, place.pointer, s.input);
      const form = storedFormOfPy(doc);
      const modelErrors = form.errors.filter((e) => e.pointer.startsWith(place.pointer));
      if (s.rejected !== undefined) expect(modelErrors, `${kind} ${String(s.input)}`).not.toEqual([]);
      else {
        expect(modelErrors, `${kind} ${String(s.input)}`).toEqual([]);
        expect(same(get(form.stored, place.pointer), s.output), `${kind} ${String(s.input)}`).toBe(true);
      }
    }
  });

  it('gives the recorded output or refusal for every number (float | int | str) sample (Range)', () => {
    for (const s of report.type_behaviour['number (float | int | str)']?.samples ?? []) {
      const r = rangeMinimum(s.input);
      expect(r.errors.length > 0, String(s.input)).toBe(s.rejected !== undefined);
      if (s.rejected === undefined) expect(same(r.value, s.output), String(s.input)).toBe(true);
    }
  });

  it('stores or refuses every recorded number text as json.loads + orjson did', () => {
    for (const n of report.numbers) {
      if (n.sent === 'NaN') continue; // not JSON: JSON.parse and the STAC schema refuse it first
      const doc = parseJson(`{"type":"Collection","id":"c","description":"d","license":"l","links":[],
        "extent":{"spatial":{"bbox":[]},"temporal":{"interval":[[null,null]]}},"n":${n.sent}}`);
      const form = storedFormOfPy(toPy(doc));
      if (n.to_postgres.startsWith('ERROR'))
        expect(
          form.errors.map((e) => e.rule),
          n.sent,
        ).toEqual(['loader:integer-range']);
      else {
        expect(form.errors, n.sent).toEqual([]);
        const stored = get(form.stored, '/n');
        const want = toPy(parseJson(`[${n.to_postgres}]`)) as PyJson[];
        const w = want[0] ?? null;
        const ok = stored === null || w === null ? stored === w : sameNumber(stored as bigint, w as bigint);
        expect(ok, `${n.sent} stored as ${String(stored)}`).toBe(true);
      }
    }
  });

  it('refuses every case the loader refused and accepts every case it accepted (model stage)', () => {
    const pgstacRules = new Set(['loader:null-geometry', 'loader:integer-range']);
    for (const r of report.rejections) {
      const base = r.document === 'item' ? ITEM : COLLECTION;
      const doc = at(base, r.pointer, r.value === '(deleted)' ? undefined : r.value);
      const errors = storedFormOfPy(doc).errors.filter((e) => !pgstacRules.has(e.rule));
      expect(errors.length > 0 ? 'rejected' : 'accepted', r.case).toBe(r.outcome);
    }
    expect(report.rejections.length).toBeGreaterThan(40);
  });
});
