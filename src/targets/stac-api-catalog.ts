/** A STAC API as the live catalog of a target: collections by id, items by id (batched searches). */
import type { StacObject } from '../model/stac.js';
import { itemKey } from '../model/keys.js';
import { itemsByCollection } from '../model/expected.js';
import type { StacApiClient } from '../clients/stac-api.js';
import type { CatalogReader } from './target.js';

export interface StacApiCatalogOptions {
  /** Collections fetched at once (default 4). */
  concurrency?: number;
  /** Why an object the API does not serve is missing (default: nothing more to say). */
  absent?: string;
}

export function stacApiCatalog(api: StacApiClient, options: StacApiCatalogOptions = {}): CatalogReader {
  const concurrency = Math.max(1, options.concurrency ?? 4);
  return {
    name: 'the STAC API',
    copy: "the STAC API's copy",
    ...(options.absent !== undefined ? { absent: options.absent } : {}),
    linkBase: api.baseUrl,
    async read(objects) {
      const found = new Map<string, StacObject>();
      const collections = objects.filter((e) => e.kind === 'collection');
      for (let i = 0; i < collections.length; i += concurrency) {
        const batch = collections.slice(i, i + concurrency);
        const docs = await Promise.all(batch.map((e) => api.getCollection(e.id)));
        batch.forEach((e, j) => {
          const doc = docs[j];
          if (doc !== undefined) found.set(e.key, doc);
        });
      }
      for (const [collection, items] of itemsByCollection(objects)) {
        const ids = items.map((e) => e.id);
        for await (const doc of api.searchByIds(collection, ids)) found.set(itemKey(collection, String(doc.id)), doc);
      }
      return found;
    },
    listItems: (collection) => api.listItems(collection),
    requests: () => api.stats().requests,
  };
}
