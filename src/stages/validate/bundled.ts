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

/** The index of the precompiled validators: `<name>.json` (what they hold and in which file). */
export const PRECOMPILED_NAME = 'stac-validators';

/**
 * The folder of validators precompiled from the bundled schemas at build time (`dist/validators`),
 * found by walking up from this module like the schemas: from dist/ and dist/cli/ (the bundles) and
 * from src/ (it then uses the committed build's, which it checks before use).
 */
export function bundledValidatorsDir(from: string = path.dirname(fileURLToPath(import.meta.url))): string | undefined {
  let dir = from;
  for (let i = 0; i < 5; i++) {
    for (const candidate of [path.join(dir, 'validators'), path.join(dir, 'dist', 'validators')])
      if (existsSync(path.join(candidate, `${PRECOMPILED_NAME}.json`))) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return undefined;
}
