import { z } from 'zod';
import { manifestSchema } from './schema.js';

/**
 * Where the published JSON Schema of the manifest lives (editors fetch it through `$schema` /
 * yaml-language-server).
 */
export const MANIFEST_SCHEMA_ID = 'https://raw.githubusercontent.com/maap/stac-ingest/v1/schema/manifest.schema.json';

export type JsonSchema = Record<string, unknown>;

/** The JSON Schema of what a user may write in the manifest (zod input side: defaults are optional). */
export function buildManifestJsonSchema(): JsonSchema {
  const { $schema, ...rest } = z.toJSONSchema(manifestSchema, { io: 'input' }) as JsonSchema;
  return { $schema, $id: MANIFEST_SCHEMA_ID, title: 'stac-ingest manifest', ...rest };
}

/** The exact text of `schema/manifest.schema.json`. */
export function renderManifestJsonSchema(): string {
  return JSON.stringify(buildManifestJsonSchema(), null, 2) + '\n';
}

let cached: JsonSchema | undefined;
function manifestJsonSchema(): JsonSchema {
  cached ??= buildManifestJsonSchema();
  return cached;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The alternatives of a subschema (anyOf/oneOf branches), narrowed by a `type`-style discriminator
 * when the data has one.
 */
function alternatives(schema: JsonSchema, data: unknown): JsonSchema[] {
  const branches = [...asSchemas(schema['anyOf']), ...asSchemas(schema['oneOf'])];
  if (branches.length === 0) return [schema];
  const flat = branches.flatMap((b) => alternatives(b, data));
  if (!isObject(data)) return flat;
  const matching = flat.filter((b) => {
    const props = b['properties'];
    if (!isObject(props)) return false;
    return Object.entries(props).some(([k, p]) => isObject(p) && 'const' in p && data[k] === p['const']);
  });
  return matching.length > 0 ? matching : flat;
}

function asSchemas(v: unknown): JsonSchema[] {
  return Array.isArray(v) ? v.filter(isObject) : [];
}

/**
 * The property names the manifest allows at `path` (a zod issue path), read from the generated JSON Schema.
 * `valueAt` gives the user's data at a path, used to pick the branch of a discriminated union.
 */
export function allowedKeysAt(path: readonly PropertyKey[], valueAt: (p: readonly PropertyKey[]) => unknown): string[] {
  let current: JsonSchema[] = [manifestJsonSchema()];
  for (let depth = 0; depth < path.length; depth++) {
    const seg = path[depth];
    const data = valueAt(path.slice(0, depth));
    const next: JsonSchema[] = [];
    for (const s of current.flatMap((c) => alternatives(c, data))) {
      if (typeof seg === 'number') {
        if (isObject(s['items'])) next.push(s['items']);
      } else {
        const props = s['properties'];
        const prop = isObject(props) ? props[String(seg)] : undefined;
        if (isObject(prop)) next.push(prop);
        else if (isObject(s['additionalProperties'])) next.push(s['additionalProperties']);
      }
    }
    current = next;
  }
  const keys = new Set<string>();
  for (const s of current.flatMap((c) => alternatives(c, valueAt(path)))) {
    const props = s['properties'];
    if (isObject(props)) Object.keys(props).forEach((k) => keys.add(k));
  }
  return [...keys];
}
