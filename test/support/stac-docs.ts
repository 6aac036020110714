/** Small STAC documents for tests, written the way users write them (offsets, integers, extras). */
import type { StacObject } from '../../src/model/stac.js';

export function collectionDoc(id: string, extra: Record<string, unknown> = {}): StacObject {
  return {
    type: 'Collection',
    id,
    stac_version: '1.0.0',
    description: `test collection ${id}`,
    license: 'CC-BY-4.0',
    links: [{ rel: 'license', href: 'https://example.org/license' }],
    extent: { spatial: { bbox: [[0, 0, 10, 10]] }, temporal: { interval: [['2021-01-01T05:00:00+05:00', null]] } },
    keywords: ['test'],
    ...extra,
  };
}

/** An item whose datetime is an offset time with a fraction, coordinates are integers, and
 *  which carries an unknown top-level field and a self link (all changed by the loader/API). */
export function itemDoc(collection: string, id: string, n = 0, extra: Record<string, unknown> = {}): StacObject {
  const x = n % 10;
  return {
    type: 'Feature',
    stac_version: '1.0.0',
    stac_extensions: [],
    id,
    collection,
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [x, 0],
          [x + 1, 0],
          [x + 1, 1],
          [x, 1],
          [x, 0],
        ],
      ],
    },
    bbox: [x, 0, x + 1, 1],
    properties: {
      datetime: '2021-01-01T05:00:00.5+05:00',
      created: '2021-02-01T00:00:00.000Z',
      'test:n': n,
      'test:tags': ['a', 'b'],
    },
    links: [
      { rel: 'self', href: `https://example.org/${collection}/${id}.json` },
      { rel: 'via', href: `https://example.org/source/${id}` },
    ],
    assets: {
      data: { href: `s3://bucket/${collection}/${id}.tif`, type: 'image/tiff; application=geotiff', roles: ['data'] },
    },
    'x-unknown-top-level': 'dropped by the loader',
    ...extra,
  };
}

/** A collection that passes validation without findings. */
export function validCollection(id: string): StacObject {
  return collectionDoc(id, {
    extent: { spatial: { bbox: [[0, 0, 10, 10]] }, temporal: { interval: [['2021-01-01T00:00:00Z', null]] } },
  });
}

/** An item of `validCollection` that passes validation without findings; `tag` goes into its properties. */
export function validItem(collection: string, id: string, n = 0, tag = ''): StacObject {
  const { 'x-unknown-top-level': _dropped, ...item } = itemDoc(collection, id, n);
  return {
    ...item,
    properties: { datetime: '2021-01-01T00:00:00Z', 'test:n': n, 'test:tag': tag },
    links: [{ rel: 'collection', href: './collection.json', type: 'application/json' }],
  };
}
