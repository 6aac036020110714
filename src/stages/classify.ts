/**
 * The plan against the live catalog: each planned collection and item is `new` (not in the
 * catalog), `changed` (there, different by content) or `unchanged`; items in a catalog
 * collection the manifest fully owns but not in the manifest are `orphan`s. `run` publishes
 * `toPublish` (new + changed, or everything when forced); orphans are only reported.
 */
import type { Origin, StacObject } from '../model/stac.js';
import { StageError } from '../errors.js';
import type { Logger } from '../logging.js';
import { itemKey } from '../model/keys.js';
import { compareWithCatalog, copyHash, type CompareOptions, type Difference } from '../compare/compare.js';
import { dedupeExpected, type ExpectedStac, type PlannedStac } from '../model/expected.js';
import type { CatalogReader } from '../targets/target.js';
import { readCatalog } from './verify.js';

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
  /** The fingerprint of the catalog's copy (compare/compare.ts `copyHash`), when there is one. */
  copyHash?: string;
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
  catalog: CatalogReader;
  logger: Logger;
}

const zero = (): ClassifyCounts => ({ new: 0, changed: 0, unchanged: 0, orphan: 0 });

export async function classifyAgainstCatalog(
  planned: readonly PlannedStac[],
  deps: ClassifyDeps,
  options: ClassifyOptions = {},
): Promise<CatalogClassification> {
  const { catalog, logger } = deps;
  const compareOptions: CompareOptions = {
    ...(catalog.linkBase !== undefined ? { linkBase: catalog.linkBase } : {}),
    ...options.compare,
  };
  const { kept } = dedupeExpected(planned);
  const owned = new Set(options.ownedCollections ?? []);
  const { found, orphans } = await readWithOrphans(catalog, kept, owned);
  const objects = kept.map((p): ClassifiedObject => {
    const copy = found.get(p.key);
    const cmp = compareWithCatalog(p.doc, copy, compareOptions);
    const status = cmp.outcome === 'absent' ? 'new' : cmp.outcome === 'equal' ? 'unchanged' : 'changed';
    const out: ClassifiedObject = { ...pick(p), status, differences: cmp.differences };
    if (p.origin) out.origin = p.origin;
    if (copy !== undefined) out.copyHash = copyHash(copy);
    return out;
  });
  // collections first, then items, as they are published
  objects.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'collection' ? -1 : 1));
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
  const toPublish = objects.filter((o) => options.force === true || o.status !== 'unchanged').map((o) => o.key);
  logger.debug(
    `plan: ${counts.new} new, ${counts.changed} changed, ${counts.unchanged} unchanged, ${counts.orphan} orphan(s)`,
  );
  return { objects, orphans, counts, byCollection, toPublish, orphanChecked: [...owned] };
}

function pick(p: ExpectedStac): Pick<ClassifiedObject, 'key' | 'kind' | 'collection' | 'id'> {
  return { key: p.key, kind: p.kind, collection: p.collection, id: p.id };
}

/**
 * The catalog's copies of the planned objects; the items of owned collections are listed in full
 * (paging through the collection), and those not planned are orphans.
 */
async function readWithOrphans(
  catalog: CatalogReader,
  planned: readonly PlannedStac[],
  owned: ReadonlySet<string>,
): Promise<{ found: Map<string, StacObject>; orphans: Orphan[] }> {
  const notListed = planned.filter((p) => p.kind === 'collection' || !owned.has(p.collection));
  const found = await readCatalog(catalog, notListed, 'plan');
  const wanted = new Set(planned.flatMap((p) => (p.kind === 'item' ? [itemKey(p.collection, p.id)] : [])));
  const orphans = await listOrphans(catalog, [...owned], wanted, found);
  return { found, orphans };
}

/**
 * The items of the `owned` collections in the catalog (paging through each) that are not `planned`: orphans,
 * sorted by key. `planned` may be a compact set of every item key of a run read in windows. The catalog's copies of
 * the planned ones go into `found`, when given.
 */
export async function listOrphans(
  catalog: CatalogReader,
  owned: readonly string[],
  planned: { has(key: string): boolean },
  found?: Map<string, StacObject>,
): Promise<Orphan[]> {
  if (owned.length > 0 && catalog.listItems === undefined)
    throw new StageError('plan', `${catalog.name} cannot list a collection's items to find orphans`);
  const orphans: Orphan[] = [];
  try {
    for (const collection of owned) {
      for await (const doc of catalog.listItems!(collection)) {
        const id = String(doc.id);
        const key = itemKey(collection, id);
        if (!planned.has(key)) orphans.push({ key, collection, id });
        else found?.set(key, doc);
      }
    }
  } catch (err) {
    if (err instanceof StageError) throw err;
    throw new StageError('plan', `cannot read ${catalog.name}`, { cause: err });
  }
  return orphans.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
