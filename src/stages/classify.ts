/**
 * The plan against the live catalog: each planned collection and item is `new` (not in the
 * catalog), `changed` (there, different by content) or `unchanged`; items in a catalog
 * collection the manifest fully owns but not in the manifest are `orphan`s. `run` publishes
 * `toPublish` (new + changed, or everything when forced); orphans are only reported.
 */
import type { Origin, StacObject } from '../model/stac.js';
import { StageError } from '../errors.js';
import type { Logger } from '../logging.js';
import { StacApiError, type StacApiClient } from '../clients/stac-api.js';
import { itemKey } from '../model/keys.js';
import { compareStac, type CompareOptions, type Difference } from '../compare/compare.js';
import { dedupeExpected, itemsByCollection, type ExpectedStac } from '../compare/expected.js';

export type PlannedStac = ExpectedStac & { doc: StacObject };

export type CatalogStatus = 'new' | 'changed' | 'unchanged';

export interface ClassifiedObject {
  key: string;
  kind: 'item' | 'collection';
  collection: string;
  id: string;
  status: CatalogStatus;
  /** For `changed`: where the catalog's copy differs from the planned one. */
  differences: Difference[];
  origin?: Origin;
}

export interface Orphan {
  key: string;
  collection: string;
  id: string;
}

export interface ClassifyCounts {
  new: number;
  changed: number;
  unchanged: number;
  orphan: number;
}

export interface CatalogClassification {
  objects: ClassifiedObject[];
  orphans: Orphan[];
  counts: ClassifyCounts;
  byCollection: Record<string, ClassifyCounts>;
  /** Keys to publish: new and changed (every planned key when `force`). Collections come first. */
  toPublish: string[];
  /** Collections whose full listing was read to find orphans. */
  orphanChecked: string[];
}

export interface ClassifyOptions {
  /**
   * Collections the manifest fully owns: their catalog items are listed (paging through
   * `/collections/{c}/items`) and those not planned are reported as orphans. Default: none.
   */
  ownedCollections?: readonly string[];
  /** Publish unchanged objects too. */
  force?: boolean;
  compare?: CompareOptions;
}

export interface ClassifyDeps {
  api: StacApiClient;
  logger: Logger;
}

const zero = (): ClassifyCounts => ({ new: 0, changed: 0, unchanged: 0, orphan: 0 });

export async function classifyAgainstCatalog(
  planned: readonly PlannedStac[],
  deps: ClassifyDeps,
  options: ClassifyOptions = {},
): Promise<CatalogClassification> {
  const { api, logger } = deps;
  const compareOptions: CompareOptions = { linkBase: api.baseUrl, ...options.compare };
  const { kept } = dedupeExpected(planned);
  const owned = new Set(options.ownedCollections ?? []);
  const objects: ClassifiedObject[] = [];
  const orphans: Orphan[] = [];

  const classify = (p: PlannedStac, actual: StacObject | undefined): ClassifiedObject => {
    const out: ClassifiedObject = {
      key: p.key,
      kind: p.kind,
      collection: p.collection,
      id: p.id,
      status: 'new',
      differences: [],
    };
    if (p.origin) out.origin = p.origin;
    if (actual !== undefined) {
      const cmp = compareStac(p.doc, actual, compareOptions);
      out.status = cmp.equal ? 'unchanged' : 'changed';
      out.differences = cmp.differences;
    }
    return out;
  };

  try {
    for (const p of kept) if (p.kind === 'collection') objects.push(classify(p, await api.getCollection(p.id)));
    const groups = itemsByCollection(kept);
    for (const c of owned) if (!groups.has(c)) groups.set(c, []);
    for (const [collection, items] of groups) {
      const found = new Map<string, StacObject>();
      if (owned.has(collection)) {
        const wanted = new Set(items.map((p) => p.id));
        for await (const doc of api.listItems(collection)) {
          const id = doc.id as string;
          if (wanted.has(id)) found.set(id, doc);
          else orphans.push({ key: itemKey(collection, id), collection, id });
        }
      } else {
        for await (const doc of api.searchByIds(
          collection,
          items.map((p) => p.id),
        )) {
          found.set(doc.id as string, doc);
        }
      }
      for (const p of items) objects.push(classify(p, found.get(p.id)));
    }
  } catch (err) {
    if (err instanceof StacApiError)
      throw new StageError('plan', 'cannot read the live catalog through the STAC API', { cause: err });
    throw err;
  }

  const counts = zero();
  const byCollection: Record<string, ClassifyCounts> = {};
  for (const o of objects) {
    counts[o.status]++;
    (byCollection[o.collection] ??= zero())[o.status]++;
  }
  for (const o of orphans) {
    counts.orphan++;
    (byCollection[o.collection] ??= zero()).orphan++;
  }
  const publish = (o: ClassifiedObject): boolean => options.force === true || o.status !== 'unchanged';
  const toPublish = [
    ...objects.filter((o) => o.kind === 'collection' && publish(o)),
    ...objects.filter((o) => o.kind === 'item' && publish(o)),
  ].map((o) => o.key);
  orphans.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  logger.debug(
    `plan: ${counts.new} new, ${counts.changed} changed, ${counts.unchanged} unchanged, ${counts.orphan} orphan(s)`,
  );
  return { objects, orphans, counts, byCollection, toPublish, orphanChecked: [...owned] };
}
