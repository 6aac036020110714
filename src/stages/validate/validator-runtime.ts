import type { Options, ValidateFunction } from 'ajv';
import * as equalModule from 'ajv/dist/runtime/equal.js';
import * as ucs2lengthModule from 'ajv/dist/runtime/ucs2length.js';
import * as uriModule from 'ajv/dist/runtime/uri.js';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import ajvPackage from 'ajv/package.json' with { type: 'json' };

/**
 * What compiled validator code needs to run, and nothing of ajv's compiler: worker threads load only this
 * (and the code), so they start in a fraction of the time. The code is ajv's standalone output for schemas
 * stac-ingest resolved (compiled-code.ts), never read from the dataset repository.
 */

export const AJV_VERSION: string = ajvPackage.version;

/**
 * Two kinds of validators per schema: `fast` answers valid or not (first error stops it, nothing
 * inlined twice), `full` collects every error with its data for the findings. Validity is the same
 * for both (ajv's `allErrors` and `verbose` change only what is reported), so a document the fast one
 * passes needs nothing more, and one it fails gets the full one's findings, exactly as before.
 */
export type Mode = 'fast' | 'full';

export const MODE_OPTIONS: Record<Mode, Options> = {
  fast: { allErrors: false, verbose: false, inlineRefs: false },
  full: { allErrors: true, verbose: true },
};

/** Names what compiled code depends on: ajv's version, its options and the formats. */
export function ajvFingerprint(mode: Mode, ajvVersion: string): string {
  return `ajv ${ajvVersion} ${JSON.stringify(MODE_OPTIONS[mode])} strict:false formats:full+iri`;
}

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
