import type { AnySchemaObject } from 'ajv';
import type { Ajv } from 'ajv';
import standaloneCodeModule from 'ajv/dist/standalone/index.js';
import type { Logger } from '../../logging.js';
import { createAjv } from './ajv-instance.js';
import { draftOf, prepareSchema } from './drafts.js';
import { schemaHash, type PrecompiledMeta } from './precompiled.js';
import { AJV_VERSION, ajvFingerprint } from './validator-runtime.js';

/**
 * Compiled validators as code: ajv's standalone output for a set of schemas, which evaluates in a
 * few milliseconds where compiling the schemas takes a second (validator-runtime.ts runs it). Made at
 * build time for the bundled schemas (scripts/precompile-schemas.ts) and at run time for worker threads;
 * the code is only ever made by stac-ingest itself, from schemas it resolved, never read from the dataset
 * repository.
 */

/** Standalone code exporting the validators of `urls` (compiled in `ajv`, made with `source: true`). */
export function validatorCode(ajv: Ajv, urls: readonly string[]): string {
  const standaloneCode = (standaloneCodeModule as unknown as { default?: typeof standaloneCodeModule }).default;
  return (standaloneCode ?? standaloneCodeModule)(ajv, Object.fromEntries(urls.map((u) => [u, u])));
}

/** Every schema document `url` reaches through `$ref` (itself included), in discovery order. */
export async function schemaClosure(url: string, resolve: (u: string) => Promise<object>): Promise<string[]> {
  const seen = new Set<string>();
  const visit = async (u: string): Promise<void> => {
    if (seen.has(u)) return;
    seen.add(u);
    const refs: string[] = [];
    collectRefs(await resolve(u), refs);
    for (const ref of refs) {
      let target: URL;
      try {
        target = new URL(ref, u);
      } catch {
        continue;
      }
      target.hash = '';
      if (target.protocol === 'https:' || target.protocol === 'http:') await visit(target.href);
    }
  };
  await visit(url);
  return [...seen];
}

function collectRefs(value: unknown, out: string[]): void {
  if (Array.isArray(value)) for (const v of value) collectRefs(v, out);
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value as AnySchemaObject)) {
      if (k === '$ref' && typeof v === 'string' && !v.startsWith('#')) out.push(v);
      else collectRefs(v, out);
    }
  }
}

type Resolve = (url: string) => Promise<object>;

/**
 * Compiles the fast validators of `urls` (draft-07 schemas; others are left out): the standalone code
 * of each (files `0.js`, `1.js`, ... in `urls` order) and the hashes of every schema each reaches.
 */
export async function precompileValidators(
  urls: readonly string[],
  resolve: Resolve,
  logger: Logger,
): Promise<{ meta: PrecompiledMeta; files: Map<string, string> }> {
  const ajv = await createAjv({
    draft: 'draft-07',
    mode: 'fast',
    source: true,
    logger,
    loadSchema: async (u) => prepareSchema(await resolve(u), u, 'draft-07'),
  });
  const meta: PrecompiledMeta = { fingerprint: ajvFingerprint('fast', AJV_VERSION), schemas: {} };
  const files = new Map<string, string>();
  for (const url of urls) {
    const raw = await resolve(url);
    if (draftOf(raw) !== 'draft-07') continue;
    if (ajv.getSchema(url) === undefined) await ajv.compileAsync(prepareSchema(raw, url, 'draft-07'));
    const deps: Record<string, string> = {};
    for (const dep of await schemaClosure(url, resolve)) deps[dep] = schemaHash(await resolve(dep));
    const file = `${files.size}.js`;
    files.set(file, validatorCode(ajv, [url]));
    meta.schemas[url] = { file, deps };
  }
  return { meta, files };
}
