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
import { walkCatalog } from '../catalog-walker.js';
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

/**
 * Reads a DPS job's output as MAAP's DPS generator does (protocol §3.2): finds and reads the met.json, derives
 * the collection id, loads `catalog.json` (local path, http(s):// or s3://; the root must be a Catalog), walks its
 * items, makes asset hrefs absolute and sets each item's `collection`.
 */
export async function readDpsSource(
  source: DpsSource,
  baseDir: string,
  entry: string,
  deps: ReadDeps,
  options: DpsReadOptions = {},
): Promise<DpsReadResult> {
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
  const { items } = await walkCatalog(catalog, baseDir, entry, reads, { rootMustBeCatalog: true });
  const kept: DpsReadResult['kept'] = [];
  const docs = items.map((d): LoadedDoc => {
    let doc = makeAssetHrefsAbsolute(d.doc, itemLocation(d));
    const own = doc['collection'];
    const id = String(doc['id']);
    if (source.keep_item_collection && typeof own === 'string' && own !== '') {
      if (options.registry === undefined || isAuthorized(username, own, options.registry)) {
        kept.push({ id, collection: own });
        return { doc, origin: d.origin };
      }
      options.logger?.warning(
        `item ${id} keeps no own collection '${own}': the collection registry does not authorise ` +
          `'${username}' for it; it goes to '${derived.id}'`,
        {
          file: d.origin.file,
          pointer: '/collection',
          entry,
        },
      );
    }
    doc = withCollection(doc, derived.id);
    return { doc, origin: d.origin };
  });
  options.logger?.info(
    `${displayLocation(catalog, baseDir)}: ${docs.length} item(s); DPS collection id ` +
      `${derived.id}${kept.length ? ` (${kept.length} kept their own)` : ''}`,
  );
  return {
    collectionId: derived.id,
    rawCollectionId: derived.raw,
    met: met.met,
    metFile: met.file,
    catalogFile: displayLocation(catalog, baseDir),
    docs,
    kept,
  };
}
