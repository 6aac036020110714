/**
 * The realistic corpus of the scale bench: Sentinel-2-like STAC 1.1.0 items of about 4.7 KB with the
 * eo, projection, raster and view extensions, written as NDJSON (one collection, unique ids).
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

export const COLLECTION_ID = 'scale-bench';

export const EXTENSIONS = [
  'https://stac-extensions.github.io/eo/v1.1.0/schema.json',
  'https://stac-extensions.github.io/projection/v2.0.0/schema.json',
  'https://stac-extensions.github.io/raster/v1.1.0/schema.json',
  'https://stac-extensions.github.io/view/v1.0.0/schema.json',
];

const BANDS = [
  ['B02', 'blue', 0.49, 10],
  ['B03', 'green', 0.56, 10],
  ['B04', 'red', 0.665, 10],
  ['B05', 'rededge', 0.705, 20],
  ['B08', 'nir', 0.842, 10],
  ['B11', 'swir16', 1.61, 20],
  ['B12', 'swir22', 2.19, 20],
] as const;

/** Item number `i` (deterministic: the same `i` gives the same item). */
export function scaleItem(i: number): Record<string, unknown> {
  const day = new Date(Date.UTC(2020, 0, 1) + (i % 1461) * 86_400_000).toISOString().slice(0, 10);
  const x = -120 + (i % 240);
  const y = -60 + ((i / 240) % 120);
  const tile = `T${String(10 + (i % 50)).padStart(2, '0')}SKC`;
  const id = `S2B_${tile}_${day.replaceAll('-', '')}_${String(i).padStart(7, '0')}_L2A`;
  const assets: Record<string, unknown> = {};
  for (const [name, common, center, gsd] of BANDS) {
    assets[name] = {
      href: `s3://sentinel-cogs/sentinel-s2-l2a-cogs/${tile}/${day}/${id}/${name}.tif`,
      type: 'image/tiff; application=geotiff; profile=cloud-optimized',
      title: `Band ${name} (${common})`,
      roles: ['data', 'reflectance'],
      gsd,
      'eo:bands': [{ name, common_name: common, center_wavelength: center }],
      'proj:shape': gsd === 10 ? [10980, 10980] : [5490, 5490],
      'proj:transform': [gsd, 0, 399960, 0, -gsd, 4200000],
      'raster:bands': [{ nodata: 0, data_type: 'uint16', bits_per_sample: 15, spatial_resolution: gsd, scale: 0.0001 }],
    };
  }
  assets['thumbnail'] = {
    href: `https://roda.sentinel-hub.com/sentinel-s2-l1c/tiles/${tile}/${day}/preview.jpg`,
    type: 'image/jpeg',
    title: 'Thumbnail',
    roles: ['thumbnail'],
  };
  return {
    type: 'Feature',
    stac_version: '1.1.0',
    stac_extensions: EXTENSIONS,
    id,
    collection: COLLECTION_ID,
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [x, y],
          [x + 0.9, y],
          [x + 0.9, y + 0.9],
          [x, y + 0.9],
          [x, y],
        ],
      ],
    },
    bbox: [x, y, x + 0.9, y + 0.9],
    properties: {
      datetime: `${day}T10:${String(i % 60).padStart(2, '0')}:24.000Z`,
      platform: 'sentinel-2b',
      constellation: 'sentinel-2',
      instruments: ['msi'],
      gsd: 10,
      'eo:cloud_cover': (i * 7) % 100,
      'proj:code': 'EPSG:32611',
      'view:sun_azimuth': 150 + (i % 20),
      'view:sun_elevation': 20 + (i % 40),
      'view:off_nadir': 0,
      's2:mgrs_tile': tile,
    },
    links: [
      { rel: 'collection', href: './collection.json', type: 'application/json' },
      { rel: 'license', href: 'https://sentinel.esa.int/documents/247904/690755/Sentinel_Data_Legal_Notice' },
    ],
    assets,
  };
}

export function scaleCollection(): Record<string, unknown> {
  return {
    type: 'Collection',
    stac_version: '1.1.0',
    id: COLLECTION_ID,
    description: 'Sentinel-2-like items for the scale bench',
    license: 'proprietary',
    extent: { spatial: { bbox: [[-180, -90, 180, 90]] }, temporal: { interval: [['2020-01-01T00:00:00Z', null]] } },
    links: [],
  };
}

/** Writes items [0, n) to `file` as NDJSON; resolves to the bytes written. */
export async function writeNdjson(file: string, n: number): Promise<number> {
  const out = createWriteStream(file);
  let bytes = 0;
  let batch: string[] = [];
  for (let i = 0; i < n; i++) {
    batch.push(JSON.stringify(scaleItem(i)));
    if (batch.length === 1000 || i === n - 1) {
      const text = batch.join('\n') + '\n';
      bytes += Buffer.byteLength(text);
      batch = [];
      if (!out.write(text)) await once(out, 'drain');
    }
  }
  out.end();
  await once(out, 'finish');
  return bytes;
}

/**
 * Writes items [0, n) (`item(i)`, default {@link scaleItem}) as a static catalog under `root`: catalog.json links the
 * collection (collection.json), which links `part-k/catalog.json` sub-catalogs of `perPart` items each, one file per
 * item beside its sub-catalog. Resolves to the bytes of the item files.
 */
export async function writeCatalogTree(
  root: string,
  n: number,
  item: (i: number) => Record<string, unknown> = scaleItem,
  perPart = 1000,
): Promise<number> {
  const json = (file: string, value: unknown) => writeFile(path.join(root, file), JSON.stringify(value));
  const parts = Math.ceil(n / perPart);
  const child = (href: string) => ({ rel: 'child', href, type: 'application/json' });
  await mkdir(root, { recursive: true });
  await json('catalog.json', {
    type: 'Catalog',
    stac_version: '1.1.0',
    id: 'scale-bench-root',
    description: 'the root of the scale bench catalog',
    links: [child('./collection.json')],
  });
  const partLinks = Array.from({ length: parts }, (_, k) => child(`./part-${k}/catalog.json`));
  await json('collection.json', { ...scaleCollection(), links: partLinks });
  let bytes = 0;
  for (let k = 0; k < parts; k++) {
    await mkdir(path.join(root, `part-${k}`));
    const links: unknown[] = [];
    for (let i = k * perPart; i < Math.min(n, (k + 1) * perPart); i++) {
      const doc: Record<string, unknown> = { ...item(i), links: [{ rel: 'collection', href: '../collection.json' }] };
      const text = JSON.stringify(doc);
      bytes += Buffer.byteLength(text);
      await writeFile(path.join(root, `part-${k}`, `${String(doc['id'])}.json`), text);
      links.push({ rel: 'item', href: `./${String(doc['id'])}.json`, type: 'application/geo+json' });
    }
    await json(`part-${k}/catalog.json`, {
      type: 'Catalog',
      stac_version: '1.1.0',
      id: `part-${k}`,
      description: `items ${k * perPart} to ${Math.min(n, (k + 1) * perPart) - 1}`,
      links,
    });
  }
  return bytes;
}
