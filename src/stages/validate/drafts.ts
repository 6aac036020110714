import type { AnySchemaObject } from 'ajv';

/** Which JSON Schema draft a schema is written in, without loading ajv (it loads when a schema is compiled). */
export type Draft = 'draft-07' | '2019-09' | '2020-12';

export function draftOf(schema: AnySchemaObject): Draft | { unsupported: string } {
  const declared = schema.$schema;
  if (declared === undefined) return 'draft-07';
  if (declared.includes('2020-12')) return '2020-12';
  if (declared.includes('2019-09')) return '2019-09';
  if (/draft-0[67]/.test(declared)) return 'draft-07';
  return { unsupported: declared };
}

/**
 * Identifies a schema by the URL it was fetched from (some published schemas declare a
 * different `$id`, e.g. STAC 1.1.0 common.json says `commonjson`), and lets a schema of another
 * draft be used from this instance's schemas by dropping its `$schema`.
 */
export function prepareSchema(schema: object, url: string, draft: Draft): AnySchemaObject {
  const copy: AnySchemaObject = { ...(schema as AnySchemaObject), $id: url };
  if (copy.$schema !== undefined && draftOf(copy) !== draft) delete copy.$schema;
  return copy;
}
