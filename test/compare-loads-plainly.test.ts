/**
 * The quick path of the loader model (src/compare/loads-plainly.ts) may only ever say "loads" where the full
 * model finds no refusal: checked on generated items, every single-defect mutation, their plain (number-text
 * free) forms, targeted near misses, and thousands of random edits of a realistic item.
 */
import { describe, expect, it } from 'vitest';
import { scaleItem } from '../bench/scale/corpus.js';
import { loadsPlainly } from '../src/compare/loads-plainly.js';
import { loaderRefusals, refusalsByModel } from '../src/compare/stored-form.js';
import { stringifyJson } from '../src/json.js';
import { collectionGen, itemGen, seeded, toDoc } from './support/stac-generator.js';
import { badDocuments } from './support/stac-mutations.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- documents are edited freely
type Doc = any;

const plain = (d: unknown): Doc => JSON.parse(stringifyJson(d));

/** The invariant: the quick path says "loads" only for documents the models take; returns what it said. */
function agrees(d: unknown): boolean {
  const quick = loadsPlainly(d);
  if (quick) expect(refusalsByModel(d), stringifyJson(d).slice(0, 400)).toEqual([]);
  expect(loaderRefusals(d)).toEqual(refusalsByModel(d));
  return quick;
}

describe('loadsPlainly, the quick path of the loader refusals', () => {
  it('takes the realistic bench item and plain generated items, and never a document the models refuse', () => {
    expect(loadsPlainly(scaleItem(7))).toBe(true);
    const r = seeded(12);
    const collection = toDoc(collectionGen(r, 'c'));
    let quick = 0;
    const docs: unknown[] = [];
    for (let i = 0; i < 60; i++) docs.push(toDoc(itemGen(r, 'c', `i${i}`, i)));
    for (const b of badDocuments(r, collection, 'm', 240)) docs.push(b.doc);
    for (const d of [...docs]) docs.push(plain(d));
    for (const d of docs) if (agrees(d)) quick++;
    // the quick path is taken (not vacuous), and declines every mutation the models refuse
    expect(quick).toBeGreaterThan(0);
    const refused = docs.filter((d) => refusalsByModel(d).length > 0);
    expect(refused.length).toBeGreaterThan(100);
    for (const d of refused) expect(loadsPlainly(d)).toBe(false);
  });

  const NEAR_MISSES: [string, (d: Doc) => void][] = [
    ['an open ring', (d) => (d.geometry.coordinates[0][4] = [0, 0.5])],
    ['a ring of three positions', (d) => d.geometry.coordinates[0].splice(1, 2)],
    ['a position of one number', (d) => (d.geometry.coordinates[0][1] = [1])],
    ['a geometry bbox upside down', (d) => (d.geometry.bbox = [0, 5, 1, 4])],
    ['no bbox beside a geometry', (d) => delete d.bbox],
    ['a bbox of five numbers', (d) => d.bbox.push(1)],
    ['a null geometry', (d) => (d.geometry = null)],
    ['an unknown geometry type', (d) => (d.geometry.type = 'Circle')],
    ['a datetime without zone', (d) => (d.properties.datetime = '2020-01-01T00:00:00')],
    ['no datetime', (d) => delete d.properties.datetime],
    ['a null datetime without a range', (d) => (d.properties.datetime = null)],
    ['start without end', (d) => (d.properties.start_datetime = '2020-01-01T00:00:00Z')],
    ['gsd 0', (d) => (d.properties.gsd = 0)],
    ['a provider without a name', (d) => (d.properties.providers = [{ url: 'https://x' }])],
    ['an empty asset href', (d) => (d.assets.B02.href = '')],
    ['an asset title that is a number', (d) => (d.assets.B02.title = 5)],
    ['a link without rel', (d) => delete d.links[0].rel],
    ['a stac_version that is not semver', (d) => (d.stac_version = '1.1')],
    ['an extension that is not a URL', (d) => (d.stac_extensions = ['eo'])],
    ['an empty collection', (d) => (d.collection = '')],
    ['a null collection', (d) => (d.collection = null)],
    ['an empty id', (d) => (d.id = '')],
    ['an integer beyond 64 bits in a property', (d) => (d.properties['x:big'] = 2 ** 65)],
    ['an integer beyond 64 bits in an asset', (d) => (d.assets.B02['x:big'] = -(2 ** 66))],
    ['a bigint beyond 64 bits in a property (a document built, not read)', (d) => (d.properties['x:big'] = 2n ** 70n)],
    [
      'properties inheriting their datetime (a document built, not read)',
      (d) => (d.properties = Object.assign(Object.create({ datetime: '2020-01-01T00:00:00Z' }), { platform: 'x' })),
    ],
    ['a geometry inheriting its members (a document built, not read)', (d) => (d.geometry = Object.create(d.geometry))],
    ['type Collection', (d) => (d.type = 'Collection')],
  ];

  it.each(NEAR_MISSES)('declines %s, which the models refuse', (_name, edit) => {
    const d = plain(scaleItem(3));
    d.geometry.bbox = [0, 0, 1, 1];
    edit(d);
    expect(refusalsByModel(d).length).toBeGreaterThan(0);
    expect(loadsPlainly(d)).toBe(false);
  });

  it('agrees with the models on 4,000 random edits of a realistic item', () => {
    const r = seeded(99);
    // values a document read from JSON cannot hold as well (a built one can): undefined, NaN, -0, inf, bigints, holes
    const holey = [0, 1];
    holey[3] = 2;
    const VALUES = [
      ...[null, '', 'x', 0, -1, 0.5, 2 ** 60, 2 ** 70, true, [], {}, [0, 0], '2020-01-01T00:00:00Z'],
      ...[undefined, NaN, -0, Infinity, -Infinity, 5n, 2n ** 70n, -(2n ** 64n), holey, [undefined, NaN], new Date(0)],
    ];
    let quick = 0;
    let refused = 0;
    for (let n = 0; n < 4000; n++) {
      const d = plain(scaleItem(n));
      for (let edits = 1 + Math.floor(r() * 2); edits > 0; edits--) editAtRandom(d, r, VALUES);
      if (agrees(d)) quick++;
      if (refusalsByModel(d).length > 0) refused++;
    }
    expect(quick).toBeGreaterThan(200);
    expect(refused).toBeGreaterThan(400);
  });
});

/** Replaces or deletes one member somewhere in `d`, chosen at random. */
function editAtRandom(d: Doc, r: () => number, values: unknown[]): void {
  let holder: Doc = d;
  let key: string | number | undefined;
  for (let depth = 0; depth < 6; depth++) {
    const keys: (string | number)[] = Array.isArray(holder)
      ? holder.map((_: unknown, i: number) => i)
      : Object.keys(holder);
    if (keys.length === 0) break;
    key = keys[Math.floor(r() * keys.length)] as string | number;
    const next = holder[key];
    if (typeof next !== 'object' || next === null || r() < 0.25) break;
    holder = next;
  }
  if (key === undefined) return;
  if (!Array.isArray(holder) && r() < 0.2) delete holder[key];
  else holder[key] = structuredClone(values[Math.floor(r() * values.length)]);
}
