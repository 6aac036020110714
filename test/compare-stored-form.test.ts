/**
 * Issue 11, defects 1, 2 and 4, one by one (test/compare-loader-differential.test.ts proves the model at
 * large against the real loader): numbers are sent as written and compared exactly, the stored form
 * follows the loader's models, and pre-flight refuses what the loader refuses.
 */
import { describe, expect, it } from 'vitest';
import { compareStac } from '../src/compare/compare.js';
import { loaderRefusals, storedForm } from '../src/compare/stored-form.js';
import { parseJson, stringifyJson } from '../src/json.js';
import type { StacObject } from '../src/model/stac.js';
import { documentEntry } from '../src/targets/maap/entry.js';
import { checkLoaderRules } from '../src/stages/validate/loader-rules.js';
import { badDocuments } from './support/stac-mutations.js';
import { collectionGen, seeded, toDoc } from './support/stac-generator.js';

const ITEM = `{"type":"Feature","stac_version":"1.0.0","id":"i1","collection":"c1",
"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]},"bbox":[0,0,1,1],
"properties":{"datetime":"2020-01-01T00:00:00Z","my:e":1e20,"my:i":9007199254740993,"my:neg":-9007199254740995,
"my:f":10.0,"my:big":123456789012345678901234567890},"links":[],"assets":{}}`;

const doc = (text: string): StacObject => parseJson(text) as StacObject;
const errors = (d: StacObject): string[] =>
  checkLoaderRules(d, { file: 'a.json' })
    .filter((f) => f.severity === 'error')
    .map((f) => `${f.rule}@${f.location.pointer ?? ''}`);

describe('numbers, from reading to sending to comparing (defect 1)', () => {
  it('publishes every number as written: 1e20 stays a float, integers beyond 2^53 stay exact', () => {
    const text = ITEM.replace(/\n/g, '');
    expect(documentEntry(doc(text), { file: 'a.json' }).message).toBe(text);
  });

  it('refuses integers the loader cannot store, at their place, but not where the model makes them floats', () => {
    const d = doc(ITEM);
    expect(errors(d)).toEqual(['loader:integer-range@/properties/my:big']);
    const message = checkLoaderRules(d, { file: 'a.json' })[0]?.message ?? '';
    expect(message).toMatch(/123456789012345678901234567890 is outside the 64-bit range/);
    expect(message).toMatch(/write it as a float \(e\.g\. 1\.2345678901234568e\+29\)/);
    const ok = doc(ITEM.replace('123456789012345678901234567890', '18446744073709551615'));
    expect(errors(ok)).toEqual([]);
    expect(
      errors(doc(ITEM.replace('"my:big":123456789012345678901234567890', '"my:big":-9223372036854775809'))),
    ).toEqual(['loader:integer-range@/properties/my:big']);
    // gsd and bbox are floats in the models: pydantic converts first, so these load
    const asFloat = doc(
      ITEM.replace(',"my:big":123456789012345678901234567890', ',"gsd":123456789012345678901234567890'),
    );
    expect(errors(asFloat)).toEqual([]);
  });

  it('verify is not fooled by the same parse: an integer rounded on the way is a difference', () => {
    const sent = doc(ITEM.replace(',"my:big":123456789012345678901234567890', ''));
    const rounded = doc(
      ITEM.replace(',"my:big":123456789012345678901234567890', '').replace('9007199254740993', '9007199254740992'),
    );
    const cmp = compareStac(sent, rounded);
    expect(cmp.equal).toBe(false);
    expect(cmp.differences.map((d) => d.path)).toEqual(['/properties/my:i']);
    expect(stringifyJson(cmp.differences[0])).toBe(
      '{"path":"/properties/my:i","expected":9007199254740993,"actual":9007199254740992}',
    );
    // 1e20 sent and 100000000000000000000 (or 1e+20) returned are the same number; 10.0 and 10 too
    const same = doc(stringifyJson(sent).replace('1e20', '1e+20').replace('10.0', '10'));
    expect(compareStac(sent, same).equal).toBe(true);
  });
});

describe('the stored form follows the loader (defect 2)', () => {
  const collection = (extra: string): StacObject =>
    doc(`{"type":"Collection","id":"c1","description":"d","license":"CC-BY-4.0","links":[],
      "extent":{"spatial":{"bbox":[[-10,-10,10,10]]},
      "temporal":{"interval":[["2020-01-01T00:00:00Z",null]]}}${extra}}`);

  it('drops provider extras, normalises stac_extensions URLs and keeps only minimum/maximum of a range', () => {
    const sent = collection(`,"providers":[{"name":"p","email":"a@example.com","processing:level":"L2"}],
      "stac_extensions":["HTTPS://Stac-Extensions.GitHub.io/eo/v1.1.0/schema.json","https://example.com"],
      "summaries":{"gsd":{"minimum":10,"maximum":60,"unit":"m"}}`);
    const stored = collection(`,"providers":[{"name":"p"}],
      "stac_extensions":["https://stac-extensions.github.io/eo/v1.1.0/schema.json","https://example.com/"],
      "summaries":{"gsd":{"minimum":10,"maximum":60}}`);
    expect(compareStac(sent, stored)).toMatchObject({ equal: true });
    const form = storedForm(sent);
    expect(form.errors).toEqual([]);
    expect(form.changes.map((c) => c.pointer).sort()).toEqual([
      '/providers/0/email',
      '/providers/0/processing:level',
      '/stac_extensions/0',
      '/stac_extensions/1',
      '/summaries/gsd/unit',
    ]);
  });

  it('drops item provider extras and takes item_assets values equal by Python == (true == 1)', () => {
    const sent = doc(
      ITEM.replace(',"my:big":123456789012345678901234567890', ',"providers":[{"name":"p","email":"e"}]').replace(
        '"assets":{}',
        '"assets":{"data":{"href":"x","my:flag":true,"raster:scale":1.0,"title":null}}',
      ),
    );
    const itemAssets = { data: { 'my:flag': 1, 'raster:scale': 1, title: 'Data' } };
    const api = doc(
      stringifyJson(sent)
        .replace(',"email":"e"', '')
        .replace('"my:flag":true', '"my:flag":1')
        .replace('"title":null', '"title":"Data"'),
    );
    expect(compareStac(sent, api, { itemAssets })).toMatchObject({ equal: true });
    expect(compareStac(sent, api)).toMatchObject({ equal: false });
  });
});

describe('pre-flight refuses what the loader refuses (defect 4)', () => {
  it('a leap second, an open ring and a position of 4 numbers, each at its place', () => {
    const leap = doc(
      ITEM.replace('2020-01-01T00:00:00Z', '2016-12-31T23:59:60Z').replace(
        ',"my:big":123456789012345678901234567890',
        '',
      ),
    );
    expect(errors(leap)).toEqual(['loader:datetime@/properties/datetime']);
    const open = doc(
      ITEM.replace('[0,1],[0,0]]]', '[0,1],[0,0.5]]]').replace(',"my:big":123456789012345678901234567890', ''),
    );
    expect(errors(open)).toEqual(['loader:geometry@/geometry/coordinates/0']);
    const four = doc(
      ITEM.replace('[[[0,0],[1,0]', '[[[0,0],[1,0,0,0]').replace(',"my:big":123456789012345678901234567890', ''),
    );
    expect(errors(four)).toEqual(['loader:geometry@/geometry/coordinates/0/1']);
  });
});

describe('validation asks for the refusals alone', () => {
  it("loaderRefusals gives the stored form's errors, in order, for every mutation and number case", () => {
    const r = seeded(7);
    const base = toDoc(collectionGen(r, 'refusals-base'));
    const docs = badDocuments(r, base, 'refusals', 300).map((c) => c.doc);
    docs.push(base, doc(ITEM.replace(/\n/g, '')));
    // integers outside 64 bits (also where the model makes them floats), inf/nan (JSON 1e400) as null geometry
    docs.push(doc(ITEM.replace('"bbox":[0,0,1,1]', '"bbox":[0,0,1,18446744073709551616]')));
    docs.push(doc(ITEM.replace(/"geometry":\{[^}]*\}/, '"geometry":1e400')));
    docs.push(doc(ITEM.replace(/"geometry":\{[^}]*\}/, '"geometry":null')));
    docs.push(doc('{"type":"Catalog","id":-1e400}'), doc('[1]'));
    let refused = 0;
    for (const d of docs) {
      const expected = storedForm(d).errors;
      expect(loaderRefusals(d), stringifyJson(d).slice(0, 300)).toEqual(expected);
      if (expected.length > 0) refused++;
    }
    expect(refused).toBeGreaterThan(200);
  });

  it('names a `type` that is a list of numbers (validate failed with "Do not know how to serialize a BigInt")', () => {
    expect(loaderRefusals(doc('{"type":[1,2.5,{"a":10}],"id":"x"}'))).toEqual([
      {
        pointer: '/type',
        rule: 'loader:type',
        message:
          'type [1,2.5,{"a":10}] cannot be loaded; the loader accepts only "Feature" (items) and "Collection" ' +
          '(collections)',
      },
    ]);
  });
});

describe('members named like Object.prototype properties (issue 12, found while profiling)', () => {
  const named = (k: string): string =>
    ITEM.replace(/\n/g, '')
      .replace(',"my:big":123456789012345678901234567890', '')
      .replace('"properties":{', `"properties":{"${k}":"p",`)
      .replace('"assets":{}', `"assets":{"${k}":{"href":"s3://b/k.tif","${k}":1}}`)
      .replace('"links":[]', `"links":[{"rel":"self","href":"https://x/i1","${k}":true}]`);

  it('are members like any other: kept or dropped by the model, never a crash', () => {
    for (const k of ['constructor', 'toString', 'hasOwnProperty', 'valueOf', '__proto__']) {
      const form = storedForm(doc(named(k)));
      expect(form.errors, k).toEqual([]);
      const stored = form.stored as Record<string, Record<string, unknown>>;
      expect(Object.hasOwn(stored['properties'] ?? {}, k), k).toBe(true);
      expect(Object.hasOwn(stored['assets'] ?? {}, k), k).toBe(true);
      expect(loaderRefusals(doc(named(k)))).toEqual([]);
    }
  });

  it('a member named __proto__ keeps its value in the stored form (it was silently lost)', () => {
    const form = storedForm(doc(named('__proto__')));
    const stored = form.stored as Record<string, Record<string, unknown>>;
    expect(stored['properties']?.['__proto__']).toBe('p');
    expect(stringifyJson(stored['assets']?.['__proto__'])).toBe('{"href":"s3://b/k.tif","__proto__":1}');
    expect(Object.getPrototypeOf(stored['properties'])).toBe(Object.prototype);
    expect(stringifyJson(form.stored)).toContain('"__proto__":"p"');
  });

  it('a geometry of type "constructor" is refused as an unknown geometry type', () => {
    const d = doc(ITEM.replace(/\n/g, '').replace('"type":"Polygon"', '"type":"constructor"'));
    expect(errors(d)).toContain('loader:geometry@/geometry/type');
  });
});
