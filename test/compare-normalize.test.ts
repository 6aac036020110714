import { describe, expect, it } from 'vitest';
import { canonicalJson, normalizeStac } from '../src/compare/normalize.js';
import { pydanticDatetime } from '../src/compare/datetime.js';
import { compareStac, contentHash, diffValues } from '../src/compare/compare.js';
import { collectionDoc, itemDoc } from './support/stac-docs.js';

// The "actual" documents below are what stac-fastapi-pgstac 6.2.2 returned for these inputs
// after loading them through stac-pydantic 3.5.1 + pypgstac 0.9.9 (the StacLoader's path);
// test/stages-verify.test.ts checks the same against the live services.

describe('pydanticDatetime', () => {
  it.each([
    ['2021-01-01T05:00:00.5+05:00', '2021-01-01T00:00:00.500000Z'],
    ['2021-01-01T00:00:00.000Z', '2021-01-01T00:00:00Z'],
    ['2021-01-01T00:00:00.100Z', '2021-01-01T00:00:00.100000Z'],
    ['2021-01-02T00:00:00.123456789Z', '2021-01-02T00:00:00.123456Z'],
    ['2021-01-01T00:00:00+01:00', '2020-12-31T23:00:00Z'],
    ['2020-12-31T23:30:00-01:30', '2021-01-01T01:00:00Z'],
    ['2020-01-01T00:00:00+00:00', '2020-01-01T00:00:00Z'],
    ['2020-01-01t00:00:00z', '2020-01-01T00:00:00Z'],
    ['2024-02-29T23:59:59.999999-00:01', '2024-03-01T00:00:59.999999Z'],
  ])('%s -> %s', (input, want) => {
    expect(pydanticDatetime(input)).toEqual({ ok: true, value: want });
  });

  it.each(['2021-01-01T00:00:00', '2021-01-01', 'yesterday', ''])('refuses %j (not timezone-aware)', (input) => {
    expect(pydanticDatetime(input).ok).toBe(false);
  });
});

describe('normalizeStac', () => {
  it('models the loader on an item: UTC datetimes, unknown top-level fields dropped, API links removed', () => {
    const n = normalizeStac(itemDoc('c', 'i1'), { linkBase: 'http://api/' });
    expect(n).not.toHaveProperty('x-unknown-top-level');
    expect(n.properties).toMatchObject({ datetime: '2021-01-01T00:00:00.500000Z', created: '2021-02-01T00:00:00Z' });
    expect(n.links).toEqual([{ rel: 'via', href: 'https://example.org/source/i1' }]);
  });

  it('leaves datetimes outside the typed fields verbatim (the loader does)', () => {
    const doc = itemDoc('c', 'i', 0, { assets: { a: { href: 'x', created: '2021-01-01T05:00:00+05:00' } } });
    (doc.properties as Record<string, unknown>)['my:date'] = '2021-01-01T05:00:00+05:00';
    const n = normalizeStac(doc);
    expect((n.properties as Record<string, unknown>)['my:date']).toBe('2021-01-01T05:00:00+05:00');
    expect((n.assets as Record<string, Record<string, unknown>>).a?.created).toBe('2021-01-01T05:00:00+05:00');
  });

  it('treats null members as absent, keeps nulls in arrays', () => {
    const doc = itemDoc('c', 'i', 0, {
      properties: {
        datetime: null,
        start_datetime: '2021-01-01T00:00:00Z',
        end_datetime: '2021-01-02T00:00:00Z',
        nul: null,
        arr: [1, null],
      },
    });
    expect(normalizeStac(doc).properties).toEqual({
      start_datetime: '2021-01-01T00:00:00Z',
      end_datetime: '2021-01-02T00:00:00Z',
      arr: [1, null],
    });
  });

  it('keeps unknown top-level fields of collections and ignores their extent by default', () => {
    const n = normalizeStac(collectionDoc('c', { 'custom:field': 1 }));
    expect(n['custom:field']).toBe(1);
    expect(n).not.toHaveProperty('extent');
    const compared = normalizeStac(collectionDoc('c'), { collectionExtent: 'compare' });
    expect(compared.extent).toEqual({
      spatial: { bbox: [[0, 0, 10, 10]] },
      temporal: { interval: [['2021-01-01T00:00:00Z', null]] },
    });
  });

  it('resolves relative link hrefs against the API root like stac-fastapi does, and can ignore links', () => {
    const doc = itemDoc('c', 'i', 0, { links: [{ rel: 'license', href: '../LICENSE' }] });
    expect(normalizeStac(doc, { linkBase: 'https://api.example/stac/' }).links).toEqual([
      { rel: 'license', href: 'https://api.example/LICENSE' },
    ]);
    expect(normalizeStac(doc, { links: 'ignore' })).not.toHaveProperty('links');
  });

  it('does not mutate its input', () => {
    const doc = itemDoc('c', 'i');
    const before = JSON.stringify(doc);
    normalizeStac(doc);
    expect(JSON.stringify(doc)).toBe(before);
  });
});

describe('compareStac / contentHash', () => {
  // what the API returned for itemDoc('c1', 'i1') loaded through the StacLoader path
  const returned = {
    id: 'i1',
    bbox: [0.0, 0.0, 1.0, 1.0],
    type: 'Feature',
    links: [
      { rel: 'collection', type: 'application/json', href: 'http://127.0.0.1:9/collections/c1' },
      { rel: 'parent', type: 'application/json', href: 'http://127.0.0.1:9/collections/c1' },
      { rel: 'root', type: 'application/json', href: 'http://127.0.0.1:9/' },
      { rel: 'self', type: 'application/geo+json', href: 'http://127.0.0.1:9/collections/c1/items/i1' },
      { rel: 'via', href: 'https://example.org/source/i1' },
    ],
    assets: { data: { href: 's3://bucket/c1/i1.tif', type: 'image/tiff; application=geotiff', roles: ['data'] } },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 1],
          [0, 0],
        ],
      ],
    },
    collection: 'c1',
    properties: {
      'test:n': 0,
      'test:tags': ['a', 'b'],
      created: '2021-02-01T00:00:00Z',
      datetime: '2021-01-01T00:00:00.500000Z',
    },
    stac_version: '1.0.0',
    stac_extensions: [],
  };

  it('a correctly loaded item is equal and hashes the same', () => {
    const sent = itemDoc('c1', 'i1');
    expect(compareStac(sent, returned, { linkBase: 'http://127.0.0.1:9/' })).toEqual({
      equal: true,
      differences: [],
      truncated: false,
    });
    expect(contentHash(sent)).toBe(contentHash(returned));
  });

  it('reports the differing places as JSON pointers', () => {
    const stale = structuredClone(returned);
    stale.properties['test:n'] = 7;
    stale.assets.data.href = 's3://bucket/old.tif';
    stale.properties['test:tags'] = ['a'];
    const cmp = compareStac(itemDoc('c1', 'i1'), stale);
    expect(cmp.equal).toBe(false);
    expect(cmp.differences).toEqual([
      { path: '/assets/data/href', expected: 's3://bucket/c1/i1.tif', actual: 's3://bucket/old.tif' },
      { path: '/properties/test:n', expected: 0, actual: 7 },
      { path: '/properties/test:tags/1', expected: 'b', actual: undefined },
    ]);
    expect(contentHash(itemDoc('c1', 'i1'))).not.toBe(contentHash(stale));
  });

  it('escapes pointer tokens and bounds the list', () => {
    expect(diffValues({ 'a/b': 1, 'c~d': 1 }, { 'a/b': 2, 'c~d': 2 }).differences.map((d) => d.path)).toEqual([
      '/a~1b',
      '/c~0d',
    ]);
    const big = diffValues(
      Array.from({ length: 100 }, (_, i) => i),
      Array.from({ length: 100 }, (_, i) => -i - 1),
      10,
    );
    expect(big.differences).toHaveLength(10);
    expect(big.truncated).toBe(true);
  });

  it('the hash ignores key order and 2 vs 2.0 but not values', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 0, y: 2.0 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[1,{"y":2,"z":0}]},"b":1}',
    );
    const a = itemDoc('c', 'i');
    const reordered = Object.fromEntries(Object.entries(a).reverse());
    expect(contentHash(reordered)).toBe(contentHash(a));
    expect(contentHash(itemDoc('c', 'i', 1))).not.toBe(contentHash(a));
  });
});
