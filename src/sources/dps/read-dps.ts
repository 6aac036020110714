import type { LoadedDoc, StacObject } from '../../model/stac.js';
import type { Logger } from '../../logging.js';
import type { DpsSource } from '../../manifest/schema.js';
import { withCollection } from '../with-collection.js';
import { deriveCollectionId } from './collection-id.js';
import { parseS3Url } from '../../model/s3-url.js';
import { displayLocation, resolveHref, toLocation, type Location } from '../locations.js';
import { openReads, type ReadDeps, type SourceReads } from '../guarded-read.js';
import { findJobPrefix, locateMet, readMet } from './met.js';
import { isAuthorized, type CollectionRegistry } from './registry.js';
import { walkCatalogItems, type ReadPass } from '../catalog-walker.js';
import { withMembers } from '../../json.js';

export interface DpsReadOptions {
  /**
   * `USER_STAC_COLLECTION_ID_REGISTRY` (see parseCollectionRegistry). With `keep_item_collection`, an item keeps
   * its own `collection` only when the registry authorises the met.json `username` for it; without a registry,
   * `keep_item_collection` keeps every item's own collection.
   */
  registry?: CollectionRegistry;
  logger?: Logger;
}

export interface DpsReadResult {
  /** The id the DPS generator derives for this job (items without an authorised own collection get it). */
  collectionId: string;
  /** The string before slugifying, for reports. */
  rawCollectionId: string;
  met: Record<string, unknown>;
  /** The met.json as shown to the user (path relative to baseDir, or URL). */
  metFile: string;
  /** The catalog as shown to the user. */
  catalogFile: string;
  /** The items, with absolute asset hrefs and `collection` set. */
  docs: LoadedDoc[];
  /** Items that kept their own collection. */
  kept: { id: string; collection: string }[];
}

const isObject = (v: unknown): v is StacObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** pystac `make_all_asset_hrefs_absolute`: relative asset hrefs resolve against the item's own location. */
export function makeAssetHrefsAbsolute(item: StacObject, itemLocation: Location): StacObject {
  const assets = item['assets'];
  if (!isObject(assets)) return item;
  const out: Record<string, unknown> = {};
  for (const [key, asset] of Object.entries(assets)) {
    const href = isObject(asset) ? asset['href'] : undefined;
    out[key] =
      typeof href === 'string' && href !== '' && isObject(asset)
        ? withMembers(asset, { href: resolveHref(href, itemLocation) })
        : asset;
  }
  return withMembers(item, { assets: out });
}

function itemLocation(d: LoadedDoc): Location {
  return d.origin.absolutePath ?? d.origin.file;
}

/** What a DPS source may read: the catalog's and met.json's hosts and folders, and on S3 the job's prefix. */
function dpsReads(catalog: Location, source: DpsSource, baseDir: string, deps: ReadDeps): SourceReads {
  const s3 = parseS3Url(catalog);
  const job = s3 === undefined ? undefined : findJobPrefix(s3.key);
  const declared = [catalog, ...(source.met !== undefined ? [toLocation(source.met, baseDir)] : [])];
  return openReads(deps, declared, s3 && job !== undefined ? [`${s3.bucket}/${job}`] : []);
}

/** A DPS job's output opened: its met.json read and collection id derived; its items read by each call of `items`. */
export interface DpsOpened extends Omit<DpsReadResult, 'docs' | 'kept'> {
  /** One walk of the catalog, each item adopted as the DPS generator does (absolute asset hrefs, `collection`). */
  items(walk?: DpsWalk): AsyncGenerator<LoadedDoc>;
}

/** One walk of a DPS catalog. */
export interface DpsWalk {
  /** The source is read again: each document is checked against its first read. */
  pass?: ReadPass;
  /** What is said of the items (an own collection refused, how many items): give it to one walk only. */
  logger?: Logger | undefined;
  /** Takes the items that kept their own collection. */
  kept?: DpsReadResult['kept'];
}

/**
 * Opens a DPS job's output as MAAP's DPS generator does (protocol §3.2): finds and reads the met.json and derives
 * the collection id; its `catalog.json` (local path, http(s):// or s3://; the root must be a Catalog) is walked by
 * each call of `items`.
 */
export async function openDpsSource(
  source: DpsSource,
  baseDir: string,
  entry: string,
  deps: ReadDeps,
  options: DpsReadOptions = {},
): Promise<DpsOpened> {
  const catalog = toLocation(source.catalog, baseDir);
  const reads = dpsReads(catalog, source, baseDir, deps);
  const metLoc = await locateMet(catalog, source.met, baseDir, entry, reads);
  const met = await readMet(metLoc, baseDir, entry, reads);
  const derived = deriveCollectionId(met.met, met.file, { entry, rawText: met.text });
  if (derived.gaps.length > 0) {
    options.logger?.warning(
      `collection id '${derived.id}' from '${derived.raw}': characters ` +
        `${derived.gaps.map((g) => JSON.stringify(g)).join(', ')} are dropped here but ` +
        `transliterated by the DPS generator; its id may differ`,
      { file: met.file, entry },
    );
  }
  const username = typeof met.met['username'] === 'string' ? met.met['username'] : String(met.met['username']);
  const adopt = { source, entry, username, collectionId: derived.id, registry: options.registry };
  const catalogFile = displayLocation(catalog, baseDir);
  async function* items({ pass, logger, kept: into }: DpsWalk = {}): AsyncGenerator<LoadedDoc> {
    const walkReads = dpsReads(catalog, source, baseDir, deps);
    const walk = { rootMustBeCatalog: true, ...(pass ? { pass } : {}) };
    let n = 0;
    let kept = 0;
    for await (const d of walkCatalogItems(catalog, baseDir, entry, walkReads, walk)) {
      const item = adoptDpsItem(d, adopt, logger);
      n++;
      if (item.kept) {
        kept++;
        into?.push({ id: String(item.doc.doc['id']), collection: String(item.doc.doc['collection']) });
      }
      yield item.doc;
    }
    logger?.info(
      `${catalogFile}: ${n} item(s); DPS collection id ${derived.id}${kept ? ` (${kept} kept their own)` : ''}`,
    );
  }
  return {
    collectionId: derived.id,
    rawCollectionId: derived.raw,
    met: met.met,
    metFile: met.file,
    catalogFile,
    items,
  };
}

/** What adopting a DPS item needs: the source, the job's user and derived collection id, the registry. */
interface DpsAdopt {
  source: DpsSource;
  entry: string;
  username: string;
  collectionId: string;
  registry: CollectionRegistry | undefined;
}

/** A DPS item as the generator publishes it: absolute asset hrefs, its own collection when kept, else the job's. */
function adoptDpsItem(d: LoadedDoc, adopt: DpsAdopt, logger: Logger | undefined): { doc: LoadedDoc; kept: boolean } {
  const { source, entry, username, collectionId, registry } = adopt;
  const doc = makeAssetHrefsAbsolute(d.doc, itemLocation(d));
  const own = doc['collection'];
  const id = String(doc['id']);
  if (source.keep_item_collection && typeof own === 'string' && own !== '') {
    if (registry === undefined || isAuthorized(username, own, registry))
      return { doc: { doc, origin: d.origin }, kept: true };
    logger?.warning(
      `item ${id} keeps no own collection '${own}': the collection registry does not authorise ` +
        `'${username}' for it; it goes to '${collectionId}'`,
      { file: d.origin.file, pointer: '/collection', entry },
    );
  }
  return { doc: { doc: withCollection(doc, collectionId), origin: d.origin }, kept: false };
}

/** {@link openDpsSource}, its items read and held. */
export async function readDpsSource(
  source: DpsSource,
  baseDir: string,
  entry: string,
  deps: ReadDeps,
  options: DpsReadOptions = {},
): Promise<DpsReadResult> {
  const { items, ...opened } = await openDpsSource(source, baseDir, entry, deps, options);
  const docs: LoadedDoc[] = [];
  const kept: DpsReadResult['kept'] = [];
  for await (const d of items({ logger: options.logger, kept })) docs.push(d);
  return { ...opened, docs, kept };
}
