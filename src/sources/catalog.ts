import type { LoadedDoc } from '../model/stac.js';
import { toLocation } from './locations.js';
import { openReads, type ReadDeps } from './guarded-read.js';
import { walkCatalog, walkCatalogItems } from './catalog-walker.js';
import type { DocumentPasses } from './read-passes.js';

/**
 * All items reachable from a STAC catalog (e.g. a DPS output `catalog.json`) through `child` and `item`
 * links, depth first in link order, each item once. The catalog may be a path (relative to `baseDir`),
 * file://, https:// or s3:// (with `deps.s3`); relative hrefs resolve against the document holding the link.
 * Every read is under the fetch policy (src/sources/guarded-read.ts): the source may read from the host or S3
 * folder of its catalog. Broken or refused links and cycles are ConfigurationErrors naming the link's JSON pointer.
 */
export async function readCatalog(
  catalogPath: string,
  baseDir: string,
  entry: string,
  deps: ReadDeps = {},
): Promise<LoadedDoc[]> {
  const root = toLocation(catalogPath, baseDir);
  const { items } = await walkCatalog(root, baseDir, entry, openReads(deps, [root]), { rootMustBeCatalog: false });
  return items;
}

/**
 * {@link readCatalog} one item at a time: one read of the catalog (its own caps and timeout), each document checked
 * against the first read of `passes` (a source read each time it is used).
 */
export function catalogItems(
  catalogPath: string,
  baseDir: string,
  entry: string,
  deps: ReadDeps,
  passes: DocumentPasses,
): AsyncGenerator<LoadedDoc> {
  const root = toLocation(catalogPath, baseDir);
  const options = { rootMustBeCatalog: false, pass: passes.begin() };
  return walkCatalogItems(root, baseDir, entry, openReads(deps, [root]), options);
}
