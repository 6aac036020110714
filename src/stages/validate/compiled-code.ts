import { createHash } from 'node:crypto';
import type { AnySchemaObject, ValidateFunction } from 'ajv';
import type { Ajv } from 'ajv';
import standaloneCodeModule from 'ajv/dist/standalone/index.js';
import * as equalModule from 'ajv/dist/runtime/equal.js';
import * as ucs2lengthModule from 'ajv/dist/runtime/ucs2length.js';
import * as uriModule from 'ajv/dist/runtime/uri.js';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import ajvPackage from 'ajv/package.json' with { type: 'json' };

/**
 * Compiled validators as code: ajv's standalone output for a set of schemas, which evaluates in a
 * few milliseconds where compiling the schemas takes a second. Made at build time for the bundled
 * schemas (scripts/precompile-schemas.ts) and at run time for worker threads; the code is only ever
 * made by stac-ingest itself, from schemas it resolved, never read from the dataset repository.
 */

export const AJV_VERSION: string = ajvPackage.version;

// CommonJS modules seen through ESM: the function is `default` (or `default.default` under some interop)
const cjsDefault = (m: unknown): unknown => {
  const d = (m as { default?: unknown }).default;
  return (d as { default?: unknown } | undefined)?.default ?? d;
};

const RUNTIME: Record<string, unknown> = {
  'ajv/dist/runtime/equal': { default: cjsDefault(equalModule) },
  'ajv/dist/runtime/ucs2length': { default: cjsDefault(ucs2lengthModule) },
  'ajv/dist/runtime/uri': { default: cjsDefault(uriModule) },
  'ajv-formats/dist/formats': { fullFormats: { ...fullFormats, iri: true, 'iri-reference': true } },
};

function runtimeRequire(id: string): unknown {
  const m = RUNTIME[id];
  if (m === undefined) throw new Error(`compiled validator code needs '${id}', which stac-ingest does not provide`);
  return m;
}

/** Evaluates standalone code: the validators it exports, by schema URL. */
export function evaluateValidatorCode(code: string): Record<string, ValidateFunction> {
  const module = { exports: {} as Record<string, ValidateFunction> };
  // the code is ajv's output for schemas stac-ingest resolved (see the module comment)
  const run = new Function('require', 'module', 'exports', code) as (
    r: typeof runtimeRequire,
    m: typeof module,
    e: typeof module.exports,
  ) => void;
  run(runtimeRequire, module, module.exports);
  return module.exports;
}

/** Standalone code exporting the validators of `urls` (compiled in `ajv`, made with `source: true`). */
export function validatorCode(ajv: Ajv, urls: readonly string[]): string {
  const standaloneCode = (standaloneCodeModule as unknown as { default?: typeof standaloneCodeModule }).default;
  return (standaloneCode ?? standaloneCodeModule)(ajv, Object.fromEntries(urls.map((u) => [u, u])));
}

/** A short content hash of a resolved schema. */
export function schemaHash(schema: object): string {
  return createHash('sha256').update(JSON.stringify(schema)).digest('hex').slice(0, 16);
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
