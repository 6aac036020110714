import type { LoadedDoc } from '../model/stac.js';
import { toLocation, type ReadDeps } from './locations.js';
import { walkCatalog } from './catalog-walker.js';

/**
 * All items reachable from a STAC catalog (e.g. a DPS output `catalog.json`) through `child` and `item`
 * links, depth first in link order, each item once. The catalog may be a path (relative to `baseDir`),
 * file://, https:// (with `deps.fetch`) or s3:// (with `deps.s3`); relative hrefs resolve against the
 * document holding the link. Broken links and cycles are ConfigurationErrors naming the link's JSON pointer.
 */
export async function readCatalog(
  catalogPath: string,
  baseDir: string,
  entry: string,
  deps: ReadDeps = {},
): Promise<LoadedDoc[]> {
  const { items } = await walkCatalog(toLocation(catalogPath, baseDir), baseDir, entry, deps, {
    rootMustBeCatalog: false,
  });
  return items;
}
