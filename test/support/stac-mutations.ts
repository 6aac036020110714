/**
 * Single-defect mutations of generated valid documents, for the refusal differential test: every
 * refusal twin/STORED_FORM.md lists (models, orjson, pgstac), more of the same kinds, and near
 * misses the loader accepts although they look wrong. Each case is one document with one mutation.
 */
import type { StacObject } from '../../src/model/stac.js';
import { collectionGen, itemGen, N, toDoc, type Random } from './stac-generator.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- generated documents are edited freely
type Doc = any;
type Mutation = [name: string, kind: 'item' | 'collection', apply: (d: Doc) => void];

const P2 = (a: number, b: number): N[] => [new N(String(a)), new N(String(b))];

const polygon = (ring: unknown[]): Doc => ({ type: 'Polygon', coordinates: [ring] });
const square = (): unknown[] => [P2(0, 0), P2(1, 0), P2(1, 1), P2(0, 1), P2(0, 0)];

const ITEM_MUTATIONS: Mutation[] = [
  [
    'leap second',
    'item',
    (d) => (
      (d.properties.datetime = '2016-12-31T23:59:60Z'),
      delete d.properties.start_datetime,
      delete d.properties.end_datetime
    ),
  ],
  ['hour 24', 'item', (d) => setDatetime(d, '2020-01-01T24:00:00Z')],
  ['minute 60', 'item', (d) => setDatetime(d, '2020-01-01T10:60:00Z')],
  ['February 30', 'item', (d) => setDatetime(d, '2021-02-30T00:00:00Z')],
  ['February 29 of a leap year', 'item', (d) => setDatetime(d, '2024-02-29T00:00:00Z')],
  ['datetime without offset', 'item', (d) => setDatetime(d, '2020-01-01T00:00:00')],
  ['date only', 'item', (d) => setDatetime(d, '2020-01-01')],
  ['compact ISO 8601', 'item', (d) => setDatetime(d, '20200101T000000Z')],
  ['offset +24:00', 'item', (d) => setDatetime(d, '2020-01-01T00:00:00+24:00')],
  ['offset +23:59', 'item', (d) => setDatetime(d, '2020-01-01T00:00:00+23:59')],
  ['offset without minutes', 'item', (d) => setDatetime(d, '2020-01-01T00:00:00+02')],
  ['year 0', 'item', (d) => setDatetime(d, '0000-01-01T00:00:00Z')],
  ['year 1 moved before year 1 by its offset', 'item', (d) => setDatetime(d, '0001-01-01T00:00:00+01:00')],
  ['datetime with a trailing space', 'item', (d) => setDatetime(d, '2020-01-01T00:00:00Z ')],
  ['datetime as unix seconds', 'item', (d) => setDatetime(d, new N('1577836800'))],
  ['datetime as unix milliseconds', 'item', (d) => setDatetime(d, new N('1577836800123'))],
  ['datetime as a numeric string', 'item', (d) => setDatetime(d, '1577836800.5')],
  ['datetime true', 'item', (d) => setDatetime(d, true)],
  ['datetime with _ and nine fraction digits', 'item', (d) => setDatetime(d, '2020-01-01_00:00:00.123456789Z')],
  [
    'datetime null, no range',
    'item',
    (d) => ((d.properties.datetime = null), delete d.properties.start_datetime, delete d.properties.end_datetime),
  ],
  [
    'datetime missing',
    'item',
    (d) => (
      (d.properties.datetime = undefined),
      (d.properties.start_datetime = '2020-01-01T00:00:00Z'),
      (d.properties.end_datetime = '2020-01-02T00:00:00Z')
    ),
  ],
  [
    'start_datetime without end',
    'item',
    (d) => ((d.properties.start_datetime = '2020-01-01T00:00:00Z'), delete d.properties.end_datetime),
  ],
  [
    'end_datetime without start',
    'item',
    (d) => ((d.properties.end_datetime = '2020-01-01T00:00:00Z'), delete d.properties.start_datetime),
  ],
  [
    'start after end',
    'item',
    (d) => (
      (d.properties.start_datetime = '2021-01-01T00:00:00Z'),
      (d.properties.end_datetime = '2020-01-01T00:00:00Z')
    ),
  ],
  ['created without offset', 'item', (d) => (d.properties.created = '2020-01-01T00:00:00')],
  ['updated a number', 'item', (d) => (d.properties.updated = new N('0'))],
  ['custom property without offset', 'item', (d) => (d.properties['my:time'] = '2020-01-01T00:00:00')],
  ['asset created without offset', 'item', (d) => (d.assets.data.created = '2020-01-01 10:00:00')],
  ['open polygon ring', 'item', (d) => (d.geometry = polygon([P2(0, 0), P2(1, 0), P2(1, 1), P2(0, 1), P2(0, 0.5)]))],
  ['ring of 3 positions', 'item', (d) => (d.geometry = polygon([P2(0, 0), P2(1, 0), P2(0, 0)]))],
  [
    'ring closed with 2D and 3D ends',
    'item',
    (d) => (d.geometry = polygon([P2(0, 0), P2(1, 0), P2(1, 1), [...P2(0, 0), new N('0')]])),
  ],
  [
    'ring closed with 0 and 0.0',
    'item',
    (d) => (d.geometry = polygon([P2(0, 0), P2(1, 0), P2(1, 1), [new N('0.0'), new N('-0.0')]])),
  ],
  [
    'polygon hole not closed',
    'item',
    (d) =>
      (d.geometry = {
        type: 'Polygon',
        coordinates: [square(), [P2(0.2, 0.2), P2(0.4, 0.2), P2(0.4, 0.4), P2(0.2, 0.3)]],
      }),
  ],
  [
    'multipolygon ring not closed',
    'item',
    (d) =>
      (d.geometry = { type: 'MultiPolygon', coordinates: [[square()], [[P2(2, 2), P2(3, 2), P2(3, 3), P2(2, 2.5)]]] }),
  ],
  ['polygon without rings', 'item', (d) => (d.geometry = { type: 'Polygon', coordinates: [] })],
  ['position of 4 numbers', 'item', (d) => (d.geometry = { type: 'Point', coordinates: [...P2(1, 0), ...P2(0, 0)] })],
  ['position of 1 number', 'item', (d) => (d.geometry = { type: 'Point', coordinates: [new N('1')] })],
  ['position with null', 'item', (d) => (d.geometry = { type: 'Point', coordinates: [new N('1'), null] })],
  ['position as numeric strings', 'item', (d) => (d.geometry = { type: 'Point', coordinates: ['1', '0.5'] })],
  ['position with a word', 'item', (d) => (d.geometry = { type: 'Point', coordinates: ['one', '0.5'] })],
  ['LineString of 1 position', 'item', (d) => (d.geometry = { type: 'LineString', coordinates: [P2(0, 0)] })],
  [
    'MultiLineString with a 1-position line',
    'item',
    (d) => (d.geometry = { type: 'MultiLineString', coordinates: [[P2(0, 0), P2(1, 1)], [P2(0, 0)]] }),
  ],
  ['empty MultiPoint', 'item', (d) => (d.geometry = { type: 'MultiPoint', coordinates: [] })],
  [
    'GeometryCollection mixing 2D and 3D',
    'item',
    (d) =>
      (d.geometry = {
        type: 'GeometryCollection',
        geometries: [
          { type: 'Point', coordinates: P2(0, 0) },
          { type: 'Point', coordinates: [...P2(0, 0), new N('1')] },
        ],
      }),
  ],
  [
    'nested GeometryCollection',
    'item',
    (d) =>
      (d.geometry = {
        type: 'GeometryCollection',
        geometries: [{ type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: P2(0, 0) }] }],
      }),
  ],
  ['unknown geometry type', 'item', (d) => (d.geometry.type = 'Curve')],
  ['geometry without type', 'item', (d) => delete d.geometry.type],
  ['geometry a string', 'item', (d) => (d.geometry = 'POINT (0 0)')],
  ['geometry null', 'item', (d) => (d.geometry = null)],
  ['geometry missing', 'item', (d) => delete d.geometry],
  [
    'geometry bbox min y > max y',
    'item',
    (d) => (d.geometry = { type: 'Point', coordinates: P2(0, 0), bbox: [...P2(0, 1), ...P2(1, 0)] }),
  ],
  [
    'geometry bbox of 3 numbers',
    'item',
    (d) => (d.geometry = { type: 'Point', coordinates: P2(0, 0), bbox: [...P2(0, 0), new N('1')] }),
  ],
  ['geometry without bbox', 'item', (d) => delete d.bbox],
  ['bbox null', 'item', (d) => (d.bbox = null)],
  ['bbox of 5 numbers', 'item', (d) => (d.bbox = [...P2(0, 0), ...P2(1, 1), new N('1')])],
  ['bbox min y > max y', 'item', (d) => (d.bbox = [...P2(0, 1), ...P2(1, 0)])],
  ['bbox crossing the antimeridian', 'item', (d) => (d.bbox = [...P2(170, 0), ...P2(-170, 1)])],
  ['bbox with a word', 'item', (d) => (d.bbox = ['west', new N('0'), ...P2(1, 1)])],
  ['bbox with a 2^70 integer', 'item', (d) => (d.bbox = [new N('1180591620717411303424'), new N('0'), ...P2(1, 1)])],
  ['id empty', 'item', (d) => (d.id = '')],
  ['id blank', 'item', (d) => (d.id = ' ')],
  ['id a number', 'item', (d) => (d.id = new N('7'))],
  ['no collection', 'item', (d) => delete d.collection],
  ['collection empty', 'item', (d) => (d.collection = '')],
  ['collection null', 'item', (d) => (d.collection = null)],
  ['asset without href', 'item', (d) => delete d.assets.data.href],
  ['asset href empty', 'item', (d) => (d.assets.data.href = '')],
  ['asset roles a string', 'item', (d) => (d.assets.data.roles = 'data')],
  ['assets a list', 'item', (d) => (d.assets = [d.assets.data])],
  ['no assets', 'item', (d) => delete d.assets],
  ['empty assets', 'item', (d) => (d.assets = {})],
  ['gsd 0', 'item', (d) => (d.properties.gsd = new N('0'))],
  ['gsd negative', 'item', (d) => (d.properties.gsd = new N('-1.5'))],
  ['gsd a word', 'item', (d) => (d.properties.gsd = 'ten')],
  ['gsd a numeric string', 'item', (d) => (d.properties.gsd = '10')],
  ['gsd true', 'item', (d) => (d.properties.gsd = true)],
  ['gsd a 2^70 integer', 'item', (d) => (d.properties.gsd = new N('1180591620717411303424'))],
  ['title a number', 'item', (d) => (d.properties.title = new N('5'))],
  ['platform a list', 'item', (d) => (d.properties.platform = ['a'])],
  ['instruments a string', 'item', (d) => (d.properties.instruments = 'msi')],
  ['instruments with a number', 'item', (d) => (d.properties.instruments = ['msi', new N('2')])],
  ['properties a string', 'item', (d) => (d.properties = 'none')],
  ['stac_version not semver', 'item', (d) => (d.stac_version = '1.0')],
  ['stac_version a number', 'item', (d) => (d.stac_version = new N('1'))],
  ['stac_extensions entry not a URL', 'item', (d) => (d.stac_extensions = ['eo'])],
  ['stac_extensions entry a urn', 'item', (d) => (d.stac_extensions = ['urn:example:x'])],
  ['stac_extensions entry a number', 'item', (d) => (d.stac_extensions = [new N('42')])],
  ['stac_extensions a string', 'item', (d) => (d.stac_extensions = 'https://example.com/schema.json')],
  [
    'stac_extensions URL with a bad port',
    'item',
    (d) => (d.stac_extensions = ['https://example.com:99999/schema.json']),
  ],
  ['no links', 'item', (d) => delete d.links],
  ['link without rel', 'item', (d) => (d.links = [{ href: 'https://example.com' }])],
  ['link with an empty href', 'item', (d) => (d.links = [{ rel: 'via', href: '' }])],
  ['link title a number', 'item', (d) => (d.links = [{ rel: 'via', href: 'x', title: new N('1') }])],
  ['provider without name', 'item', (d) => (d.properties.providers = [{ roles: ['host'] }])],
  ['provider url not a URL', 'item', (d) => (d.properties.providers = [{ name: 'p', url: 'not a url' }])],
  ['type FeatureCollection', 'item', (d) => (d.type = 'FeatureCollection')],
  ['type missing', 'item', (d) => delete d.type],
  ['integer beyond 64 bits in properties', 'item', (d) => (d.properties['my:n'] = new N('100000000000000000000'))],
  ['1e20 written as a float', 'item', (d) => (d.properties['my:n'] = new N('1e20'))],
  ['2^64 - 1', 'item', (d) => (d.properties['my:n'] = new N('18446744073709551615'))],
  ['-2^63 - 1 in an asset', 'item', (d) => (d.assets.data['my:n'] = new N('-9223372036854775809'))],
  [
    '30-digit integer in a link',
    'item',
    (d) => (d.links = [{ rel: 'via', href: 'x', 'my:n': new N('123456789012345678901234567890') }]),
  ],
  ['1e400 in properties', 'item', (d) => (d.properties['my:n'] = new N('1e400'))],
];

function setDatetime(d: Doc, value: unknown): void {
  d.properties.datetime = value;
  delete d.properties.start_datetime;
  delete d.properties.end_datetime;
}

const COLLECTION_MUTATIONS: Mutation[] = [
  ['no license', 'collection', (d) => delete d.license],
  ['license empty', 'collection', (d) => (d.license = '')],
  ['description empty', 'collection', (d) => (d.description = '')],
  ['no description', 'collection', (d) => delete d.description],
  ['id empty', 'collection', (d) => (d.id = '')],
  ['type Catalog', 'collection', (d) => (d.type = 'Catalog')],
  ['no extent', 'collection', (d) => delete d.extent],
  ['extent without spatial', 'collection', (d) => delete d.extent.spatial],
  ['bbox outside WGS84', 'collection', (d) => (d.extent.spatial.bbox = [[...P2(-181, -10), ...P2(10, 10)]])],
  ['bbox of 3 numbers', 'collection', (d) => (d.extent.spatial.bbox = [[...P2(0, 0), new N('1')]])],
  ['bbox max latitude below min', 'collection', (d) => (d.extent.spatial.bbox = [[...P2(0, 10), ...P2(10, 0)]])],
  [
    'bbox max elevation below min',
    'collection',
    (d) => (d.extent.spatial.bbox = [[...P2(0, 0), new N('10'), ...P2(10, 10), new N('5')]]),
  ],
  ['bbox crossing the antimeridian', 'collection', (d) => (d.extent.spatial.bbox = [[...P2(170, 0), ...P2(-170, 10)]])],
  [
    'bbox reversed longitudes not crossing',
    'collection',
    (d) => (d.extent.spatial.bbox = [[...P2(10, 0), ...P2(5, 10)]]),
  ],
  [
    'sub-bbox outside the overall one',
    'collection',
    (d) =>
      (d.extent.spatial.bbox = [
        [...P2(-10, -10), ...P2(10, 10)],
        [...P2(20, 20), ...P2(30, 30)],
      ]),
  ],
  [
    'sub-bbox crossing when the overall does not',
    'collection',
    (d) =>
      (d.extent.spatial.bbox = [
        [...P2(-10, -10), ...P2(10, 10)],
        [...P2(5, 0), ...P2(-5, 1)],
      ]),
  ],
  ['empty bbox list', 'collection', (d) => (d.extent.spatial.bbox = [])],
  [
    'bbox with a 2^70 integer',
    'collection',
    (d) => (d.extent.spatial.bbox = [[new N('-180'), new N('-90'), new N('180'), new N('1180591620717411303424')]]),
  ],
  ['bbox with numeric strings', 'collection', (d) => (d.extent.spatial.bbox = [['-10', '-10', '10', '10']])],
  [
    'interval start after end',
    'collection',
    (d) => (d.extent.temporal.interval = [['2021-01-01T00:00:00Z', '2020-01-01T00:00:00Z']]),
  ],
  [
    'interval same second, fraction first',
    'collection',
    (d) => (d.extent.temporal.interval = [['2020-01-01T00:00:00.5Z', '2020-01-01T00:00:00Z']]),
  ],
  ['interval of 1 value', 'collection', (d) => (d.extent.temporal.interval = [['2020-01-01T00:00:00Z']])],
  ['no interval', 'collection', (d) => (d.extent.temporal.interval = [])],
  ['interval open on both ends', 'collection', (d) => (d.extent.temporal.interval = [[null, null]])],
  ['interval leap second', 'collection', (d) => (d.extent.temporal.interval = [['2016-12-31T23:59:60Z', null]])],
  ['interval naive', 'collection', (d) => (d.extent.temporal.interval = [['2016-12-31T00:00:00', null]])],
  [
    'second interval before the first',
    'collection',
    (d) =>
      (d.extent.temporal.interval = [
        ['2020-01-01T00:00:00Z', null],
        ['2019-01-01T00:00:00Z', '2019-02-01T00:00:00Z'],
      ]),
  ],
  ['summary a string', 'collection', (d) => (d.summaries = { platform: 'x' })],
  ['summary null', 'collection', (d) => (d.summaries = { platform: null })],
  [
    'summary range with minimum above maximum',
    'collection',
    (d) => (d.summaries = { gsd: { minimum: new N('60'), maximum: new N('10') } }),
  ],
  [
    'summary range with a 2^70 integer',
    'collection',
    (d) => (d.summaries = { gsd: { minimum: new N('0'), maximum: new N('1180591620717411303424') } }),
  ],
  ['keywords not strings', 'collection', (d) => (d.keywords = [new N('1')])],
  ['providers not a list', 'collection', (d) => (d.providers = { name: 'p' })],
  ['provider url not a URL', 'collection', (d) => (d.providers = [{ name: 'p', url: 'not a url' }])],
  ['provider name empty', 'collection', (d) => (d.providers = [{ name: '' }])],
  ['stac_version not semver', 'collection', (d) => (d.stac_version = 'v1')],
  ['integer beyond 64 bits at top level', 'collection', (d) => (d['my:n'] = new N('100000000000000000000'))],
  [
    'integer beyond 64 bits in item_assets',
    'collection',
    (d) => (d.item_assets.data['my:n'] = new N('-9223372036854775809')),
  ],
  ['asset without href', 'collection', (d) => (d.assets = { a: { title: 'x' } })],
  ['title a number', 'collection', (d) => (d.title = new N('3'))],
];

export interface BadCase {
  name: string;
  doc: StacObject;
}

/** `n` documents, each a valid generated one with one mutation (cycling through the catalogue, seeded). */
export function badDocuments(r: Random, baseCollection: StacObject, run: string, n: number): BadCase[] {
  const all = [...ITEM_MUTATIONS, ...COLLECTION_MUTATIONS];
  const out: BadCase[] = [];
  for (let i = 0; i < n; i++) {
    const [name, kind, apply] = all[i % all.length] as Mutation;
    const g: Doc =
      kind === 'item'
        ? itemGen(r, baseCollection.id as string, `${run}-m${i}`, 1000 + i)
        : collectionGen(r, `${run}-mc${i}`);
    apply(g);
    out.push({ name: `${kind} #${i} ${name}`, doc: toDoc(g) });
  }
  return out;
}
