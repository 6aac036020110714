import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The `stac-schemas/` mirror shipped with stac-ingest (STAC core, the common extensions, PROJJSON,
 * GeoJSON, the JSON Schema meta-schemas), found by walking up from this module: works from src/
 * (tsx), dist/ (the Action, whose checkout has stac-schemas/ next to dist/) and dist/cli/ (the CLI).
 */
export function bundledSchemaMirror(from: string = path.dirname(fileURLToPath(import.meta.url))): string | undefined {
  let dir = from;
  for (let i = 0; i < 5; i++) {
    const candidate = path.join(dir, 'stac-schemas');
    if (existsSync(path.join(candidate, 'schemas.stacspec.org'))) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return undefined;
}
