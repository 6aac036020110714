/**
 * A seeded generator of STAC documents for the differential tests against the real StacLoader:
 * valid collections and items that exercise every model and field kind of twin/stored-form.json
 * (extra members on every nested model, every geometry type in 2D and 3D, every typed datetime in
 * every accepted form, numbers written every way, nulls at every depth, item_assets dehydration,
 * URL normalisation), and single-defect mutations of them (the loader's refusals, and near misses
 * it accepts). Documents are written as JSON text and read back with src/json.ts, as from a file.
 */
import { parseJson } from '../../src/json.js';
import type { StacObject } from '../../src/model/stac.js';

export type Random = () => number;

/** A small deterministic PRNG (LCG), seeded. */
export function seeded(seed: number): Random {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** A number written exactly as `text`. */
export class N {
  constructor(readonly text: string) {}
}

type Gen = null | boolean | string | number | N | Gen[] | { [k: string]: Gen | undefined };

const pick = <T>(r: Random, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
const chance = (r: Random, p: number): boolean => r() < p;

/** JSON text of a generated value (N written verbatim, undefined members left out). */
export function writeGen(v: Gen | undefined): string {
  if (v instanceof N) return v.text;
  if (Array.isArray(v)) return `[${v.map((x) => writeGen(x)).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    return `{${Object.entries(v)
      .filter(([, x]) => x !== undefined)
      .map(([k, x]) => `${JSON.stringify(k)}:${writeGen(x)}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}

export function toDoc(v: Gen): StacObject {
  return parseJson(writeGen(v)) as StacObject;
}

const FLOAT_TEXTS = [
  '10.0',
  '1.5',
  '1e20',
  '1E5',
  '-0.0',
  '1e-7',
  '0.1000000000000000055511151231257827',
  '1.10',
  '2.5e-3',
];
const INT_TEXTS = [
  '0',
  '42',
  '-7',
  '9007199254740993',
  '18446744073709551615',
  '-9223372036854775808',
  '-9007199254740995',
];

function anyNumber(r: Random): N {
  return new N(chance(r, 0.5) ? pick(r, FLOAT_TEXTS) : pick(r, INT_TEXTS));
}

/** A value of any JSON kind, nested, with nulls and numbers written every way. */
function anyValue(r: Random, depth = 0): Gen {
  const k = r();
  if (depth < 2 && k < 0.2) return { a: anyValue(r, depth + 1), n: null, b: [anyValue(r, depth + 1), null] };
  if (depth < 2 && k < 0.3) return [anyValue(r, depth + 1), anyNumber(r)];
  if (k < 0.6) return anyNumber(r);
  if (k < 0.7) return pick(r, ['text', 'é "quoted" \\ back', '\u2028', '1e20', '']);
  if (k < 0.8) return chance(r, 0.5);
  if (k < 0.85) return new N('1e400');
  return null;
}

const EXTENSION_URLS = [
  'https://stac-extensions.github.io/eo/v1.1.0/schema.json',
  'HTTPS://Stac-Extensions.GitHub.io/projection/v1.1.0/schema.json',
  'https://example.com:443/ext/v1.0.0/schema.json',
  'https://example.com',
  'https://example.com/a/../b/schema.json',
  'https://bücher.example/x/schema.json',
  'https://example.com/with space/schema.json',
  'urn:example:extension',
];

/** An RFC 3339 datetime `hours` after 2020-01-01 in one of the forms pydantic accepts. */
function datetimeText(r: Random, hours: number): Gen {
  const t = new Date(Date.UTC(2020, 0, 1) + hours * 3_600_000);
  const form = Math.floor(r() * 10);
  const p2 = (n: number): string => String(n).padStart(2, '0');
  const ymd = `${t.getUTCFullYear()}-${p2(t.getUTCMonth() + 1)}-${p2(t.getUTCDate())}`;
  const hh = t.getUTCHours();
  if (form === 0) return new N(String(t.getTime() / 1000)); // unix seconds
  if (form === 1) return new N(`${t.getTime() / 1000}.25`);
  const sep = pick(r, ['T', 't', ' ', '_']);
  const frac = pick(r, ['', '.5', '.000', '.123456789', ',25', '.1']);
  if (form === 2) return `${ymd}${sep}${p2(hh)}:00${pick(r, ['Z', 'z', '+00:00'])}`;
  if (form === 3) {
    // the same instant written in another zone
    const local = new Date(t.getTime() + 5.5 * 3_600_000);
    const date = `${local.getUTCFullYear()}-${p2(local.getUTCMonth() + 1)}-${p2(local.getUTCDate())}`;
    return `${date}T${p2(local.getUTCHours())}:${p2(local.getUTCMinutes())}:00${frac}+05:30`;
  }
  if (form === 4) return `${ymd}T${p2(hh)}:00:00${frac}${pick(r, ['-00:00', '+0000'])}`;
  return `${ymd}${sep}${p2(hh)}:00:00${frac}${pick(r, ['Z', 'z'])}`;
}

function provider(r: Random): Gen {
  return {
    name: pick(r, ['NASA', 'ESA', 'é-provider']),
    description: chance(r, 0.3) ? null : chance(r, 0.5) ? 'a provider' : undefined,
    roles: chance(r, 0.5) ? ['producer', 'host'] : undefined,
    url: chance(r, 0.5) ? pick(r, ['HTTPS://Example.COM', 'not a url', 'https://example.com']) : undefined,
    email: chance(r, 0.5) ? 'a@example.com' : undefined,
    'processing:level': chance(r, 0.5) ? 'L2' : undefined,
  };
}

function link(r: Random, i: number): Gen {
  return {
    rel: pick(r, ['license', 'via', 'alternate', 'describedby', 'self', 'parent', 'root']),
    href: pick(r, [`https://example.com/doc/${i}`, '../LICENSE', `./alt-${i}.json`]),
    type: pick(r, [null, 'application/json', undefined]),
    title: chance(r, 0.3) ? `Link ${i}` : undefined,
    'my:extra': chance(r, 0.3) ? anyValue(r) : undefined,
  };
}

function asset(r: Random, i: number): Gen {
  return {
    href: `https://example.com/data/${i}.tif`,
    type: pick(r, ['image/tiff; application=geotiff', null, undefined]),
    title: chance(r, 0.3) ? null : `Asset ${i}`,
    description: chance(r, 0.2) ? 'desc' : undefined,
    roles: pick(r, [['data'], [], undefined]),
    'file:size': chance(r, 0.5) ? anyNumber(r) : undefined,
    'my:any': chance(r, 0.5) ? anyValue(r) : undefined,
  };
}

const num = (r: Random, value: number): Gen => {
  const k = r();
  if (k < 0.3) return new N(Number.isInteger(value) ? `${value}.0` : String(value));
  if (k < 0.4) return String(value); // a numeric string: the models read it as a float
  return new N(String(value));
};

/** The item_assets every generated collection declares (items dehydrate against it). */
export function itemAssetsGen(): Gen {
  return {
    data: {
      type: 'image/tiff; application=geotiff',
      roles: ['data'],
      title: 'Data',
      'raster:scale': new N('1'),
      'my:flag': new N('1'),
      'eo:bands': [{ name: 'b1', common_name: 'red' }, { name: 'b2' }],
    },
  };
}

export function collectionGen(r: Random, id: string): Gen {
  const x0 = Math.floor(r() * 100) - 60;
  const bboxes: Gen[] = [[num(r, x0), num(r, -10), num(r, x0 + 40), num(r, 30)]];
  if (chance(r, 0.4)) bboxes.push([num(r, x0 + 1), num(r, -5), num(r, x0 + 2), num(r, 5)]);
  if (chance(r, 0.2)) bboxes[0] = [num(r, x0), num(r, -10), new N('0'), num(r, x0 + 40), num(r, 30), new N('100.5')];
  return {
    type: 'Collection',
    id,
    stac_version: pick(r, ['1.0.0', '1.1.0', '1.1.0-beta.1', undefined]),
    stac_extensions: chance(r, 0.7) ? [pick(r, EXTENSION_URLS), pick(r, EXTENSION_URLS)] : undefined,
    title: pick(r, ['A title', null, undefined, 'é "quoted"']),
    description: `generated collection ${id}`,
    license: pick(r, ['CC-BY-4.0', 'proprietary']),
    keywords: chance(r, 0.5) ? ['a', 'b'] : undefined,
    providers: chance(r, 0.7) ? [provider(r), provider(r)] : undefined,
    extent: {
      spatial: { bbox: bboxes, crs: chance(r, 0.3) ? 'http://www.opengis.net/def/crs/OGC/1.3/CRS84' : undefined },
      temporal: {
        interval: [[datetimeText(r, 0), chance(r, 0.5) ? null : datetimeText(r, 200_000)]],
        trs: chance(r, 0.3) ? 'http://www.opengis.net/def/uom/ISO-8601/0/Gregorian' : undefined,
      },
      note: chance(r, 0.2) ? 'dropped' : undefined,
    },
    summaries: chance(r, 0.8)
      ? {
          gsd: { minimum: num(r, 10), maximum: num(r, 60), unit: 'm' },
          platform: ['a', 'b'],
          'eo:cloud_cover': { type: 'number', minimum: new N('0') },
          'my:range': { minimum: 'a', maximum: 'z', extra: 1 },
          'my:bool': { minimum: true, maximum: new N('2') },
          'my:null': { minimum: null, maximum: new N('2') },
        }
      : undefined,
    item_assets: itemAssetsGen(),
    assets: chance(r, 0.5) ? { thumb: asset(r, 0) } : undefined,
    links: Array.from({ length: Math.floor(r() * 3) }, (_, i) => link(r, i)),
    'sci:citation': chance(r, 0.5) ? 'cite' : undefined,
    'my:numbers': chance(r, 0.7) ? { a: anyNumber(r), b: anyValue(r), c: [anyNumber(r), null] } : undefined,
  };
}

// ------------------------------------------------------------------------------------------ items

function position(r: Random, x: number, y: number, z: boolean): Gen[] {
  const p = [num(r, x), num(r, y)];
  if (z) p.push(num(r, 100));
  return p;
}

function ring(r: Random, x: number, y: number, size: number, z: boolean): Gen[] {
  const corners = [
    [x, y],
    [x + size, y],
    [x + size, y + size],
    [x, y + size],
  ];
  const pts = corners.map(([a, b]) => position(r, a as number, b as number, z));
  return [...pts, pts[0] as Gen[]];
}

/** A geometry of every GeoJSON type (2D or 3D), sometimes with a bbox and foreign members. */
function geometry(r: Random, x: number, y: number): { geometry: Gen; bbox: Gen[] } {
  const z = chance(r, 0.25);
  const type = pick(r, [
    'Point',
    'MultiPoint',
    'LineString',
    'MultiLineString',
    'Polygon',
    'MultiPolygon',
    'GeometryCollection',
  ]);
  let g: Record<string, Gen | undefined>;
  if (type === 'Point') g = { type, coordinates: position(r, x, y, z) };
  else if (type === 'MultiPoint') g = { type, coordinates: [position(r, x, y, z), position(r, x + 1, y + 1, z)] };
  else if (type === 'LineString') g = { type, coordinates: [position(r, x, y, z), position(r, x + 1, y + 0.5, z)] };
  else if (type === 'MultiLineString') {
    g = {
      type,
      coordinates: [
        [position(r, x, y, z), position(r, x + 1, y, z)],
        [position(r, x, y + 1, z), position(r, x + 1, y + 1, z)],
      ],
    };
  } else if (type === 'Polygon') {
    g = {
      type,
      coordinates: chance(r, 0.3) ? [ring(r, x, y, 2, z), ring(r, x + 0.5, y + 0.5, 0.5, z)] : [ring(r, x, y, 1, z)],
    };
  } else if (type === 'MultiPolygon')
    g = { type, coordinates: [[ring(r, x, y, 1, z)], [ring(r, x + 1.5, y, 0.25, z)]] };
  else {
    g = {
      type,
      geometries: [
        { type: 'Point', coordinates: position(r, x, y, z) },
        { type: 'LineString', coordinates: [position(r, x, y, z), position(r, x + 1, y + 1, z)], bbox: undefined },
      ],
    };
  }
  if (chance(r, 0.3)) g['bbox'] = [num(r, x), num(r, y), num(r, x + 2), num(r, y + 2)];
  if (chance(r, 0.2)) g['foreign'] = 'dropped';
  const bbox = z
    ? [num(r, x), num(r, y), num(r, 100), num(r, x + 2), num(r, y + 2), num(r, 100)]
    : [num(r, x), num(r, y), num(r, x + 2), num(r, y + 2)];
  return { geometry: g, bbox };
}

/** An asset of the item_assets key `data`, with members equal to the collection's by Python `==`. */
function dataAsset(r: Random, i: number): Gen {
  return {
    href: `https://example.com/items/${i}/data.tif`,
    type: pick(r, ['image/tiff; application=geotiff', 'image/png', undefined]),
    roles: pick(r, [['data'], [], undefined, ['data', 'visual']]),
    title: pick(r, ['Data', null, undefined, 'Other']),
    'raster:scale': pick(r, [new N('1.0'), new N('1'), new N('2.5'), true, undefined]),
    'my:flag': pick(r, [true, new N('1'), false, undefined]),
    'eo:bands': pick(r, [
      [
        { name: 'b1', common_name: 'red' },
        { name: 'b2', extra: null },
      ],
      [{ name: 'b1' }],
      undefined,
    ]),
  };
}

export function itemGen(r: Random, collection: string, id: string, hour: number): Gen {
  const x = Math.floor(r() * 300) / 2 - 80;
  const y = Math.floor(r() * 120) / 2 - 40;
  const { geometry: g, bbox } = geometry(r, x, y);
  const range = chance(r, 0.3);
  const properties: Record<string, Gen | undefined> = {
    // hours 2n and 2n + 1 belong to item n alone: no two items share a second (pypgstac's string ranges)
    datetime: range ? null : datetimeText(r, 2 * hour),
    start_datetime: range ? datetimeText(r, 2 * hour) : undefined,
    end_datetime: range ? datetimeText(r, 2 * hour + 1) : undefined,
    created: chance(r, 0.5) ? datetimeText(r, 1000) : undefined,
    updated: chance(r, 0.3) ? datetimeText(r, 2000) : undefined,
    title: pick(r, ['Item', null, undefined]),
    description: chance(r, 0.2) ? null : undefined,
    gsd: chance(r, 0.5)
      ? pick(r, [new N('10'), new N('10.0'), '30', new N('0.5'), new N('9007199254740993')])
      : undefined,
    platform: chance(r, 0.3) ? 'sat-1' : undefined,
    instruments: chance(r, 0.3) ? ['msi'] : undefined,
    providers: chance(r, 0.3) ? [provider(r)] : undefined,
    'my:time': chance(r, 0.3) ? '2020-06-01T14:00:00' : undefined,
    'my:value': anyValue(r),
    'my:nested': chance(r, 0.5) ? { a: null, b: [null, anyNumber(r)], c: { d: null } } : undefined,
  };
  return {
    type: 'Feature',
    stac_version: pick(r, ['1.0.0', '1.1.0', undefined]),
    stac_extensions: chance(r, 0.6) ? [pick(r, EXTENSION_URLS)] : undefined,
    id,
    collection,
    geometry: g,
    bbox,
    properties,
    assets: { data: dataAsset(r, hour), [`extra-${hour % 3}`]: asset(r, hour) },
    links: Array.from({ length: Math.floor(r() * 4) }, (_, i) => link(r, i)),
    'x-top-level': chance(r, 0.3) ? 'dropped by the loader' : undefined,
  };
}
