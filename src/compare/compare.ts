/**
 * Content comparison of STAC documents on their normalised forms (see normalize.ts), with the
 * differing places as JSON pointers, and a content hash for cheap change detection. Numbers compare
 * by value with integers exact (an int and a float of the same value are equal).
 */
import { createHash } from 'node:crypto';
import type { StacObject } from '../model/stac.js';
import { canonicalJson, normalizedPy, type NormalizeOptions } from './normalize.js';
import { fromPy, sameNumber, type PyJson } from './py-value.js';
import { stringifyJson } from '../json.js';

export interface Difference {
  /** RFC 6901 JSON pointer into the normalised document, e.g. `/properties/datetime`. */
  path: string;
  /** `undefined`: absent on that side. */
  expected: unknown;
  actual: unknown;
}

export interface Comparison {
  equal: boolean;
  differences: Difference[];
  /** More differences existed than `maxDifferences`; only the first ones are listed. */
  truncated: boolean;
}

export interface CompareOptions extends NormalizeOptions {
  /** Stop listing after this many differences (default 50). */
  maxDifferences?: number;
  /** Base URL for the *actual* side's relative links; defaults to `linkBase`. */
  actualLinkBase?: string;
  /** A collection's `item_assets` (pgstac stores item asset members equal to them as the collection's). */
  itemAssetsOf?: (collection: string) => unknown;
}

export function escapePointerToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const isNumber = (v: unknown): v is number | bigint => typeof v === 'number' || typeof v === 'bigint';

function sameScalar(a: unknown, b: unknown): boolean {
  if (isNumber(a) && isNumber(b)) return sameNumber(a, b) || (Number.isNaN(a) && Number.isNaN(b));
  return a === b;
}

/** A difference as plain JSON (an exact integer keeps its digits when written, see src/json.ts). */
function difference(path: string, expected: unknown, actual: unknown): Difference {
  return fromPy({ path, expected, actual } as PyJson) as Difference;
}

function diffInto(expected: unknown, actual: unknown, path: string, out: Difference[], max: number): boolean {
  if (out.length > max) return false;
  if (Array.isArray(expected) && Array.isArray(actual)) {
    const n = Math.max(expected.length, actual.length);
    for (let i = 0; i < n; i++) {
      if (!diffInto(expected[i], actual[i], `${path}/${i}`, out, max)) return false;
    }
    return true;
  }
  if (isRecord(expected) && isRecord(actual)) {
    const keys = new Set([...Object.keys(expected), ...Object.keys(actual)]);
    for (const k of [...keys].sort()) {
      if (!diffInto(expected[k], actual[k], `${path}/${escapePointerToken(k)}`, out, max)) return false;
    }
    return true;
  }
  if (!sameScalar(expected, actual)) out.push(difference(path, expected, actual));
  return out.length <= max;
}

/** Deep equality of JSON values (numbers numerically, key order ignored); the fast path before a diff. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!jsonEqual(a[i], b[i])) return false;
    return true;
  }
  if (isRecord(a)) {
    if (!isRecord(b)) return false;
    let n = 0;
    for (const k in a) {
      if (a[k] === undefined) continue;
      n++;
      if (!jsonEqual(a[k], b[k])) return false;
    }
    for (const k in b) if (b[k] !== undefined) n--;
    return n === 0;
  }
  return sameScalar(a, b);
}

/** Differences between two already-normalised values. */
export function diffValues(expected: unknown, actual: unknown, maxDifferences = 50): Comparison {
  if (jsonEqual(expected, actual)) return { equal: true, differences: [], truncated: false };
  const out: Difference[] = [];
  diffInto(expected, actual, '', out, maxDifferences);
  const truncated = out.length > maxDifferences;
  if (truncated) out.length = maxDifferences;
  return { equal: out.length === 0, differences: out, truncated };
}

/**
 * Compares what we sent (`expected`) with what the API returned (`actual`) by content:
 * both are normalised the same way first, so a correctly loaded object is `equal`.
 */
export function compareStac(expected: StacObject, actual: StacObject, options: CompareOptions = {}): Comparison {
  const { maxDifferences, actualLinkBase, itemAssetsOf, ...norm } = options;
  const itemAssets =
    expected.type === 'Feature' && typeof expected.collection === 'string'
      ? itemAssetsOf?.(expected.collection)
      : undefined;
  if (itemAssets !== undefined) norm.itemAssets = itemAssets;
  const actualNorm: NormalizeOptions = { ...norm };
  const base = actualLinkBase ?? norm.linkBase;
  if (base !== undefined) actualNorm.linkBase = base;
  return diffValues(normalizedPy(expected, norm), normalizedPy(actual, actualNorm), maxDifferences ?? 50);
}

/** sha256 (hex) of the canonical JSON of the normalised document: stable across key order and 2 vs 2.0. */
export function contentHash(doc: StacObject, options: NormalizeOptions = {}): string {
  return createHash('sha256')
    .update(canonicalJson(normalizedPy(doc, options)))
    .digest('hex');
}

/** How the catalog's copy of one object stands against what was sent. */
export interface CatalogComparison {
  /** `absent`: not in the catalog; `equal`: same content (or present, with nothing sent to compare); `different`. */
  outcome: 'absent' | 'equal' | 'different';
  /** For `different`: where the catalog's copy differs from what was sent. */
  differences: Difference[];
  /** More differences than listed. */
  truncated: boolean;
  /** `false` when there was no document to compare with (presence was all that was checked). */
  contentCompared: boolean;
}

/**
 * The one comparison with a catalog: what was sent (`undefined`: only presence is known, e.g. an
 * item generated remotely) against the catalog's copy (`undefined`: not there). The plan's
 * new / changed / unchanged and the verifier's missing / stale / verified are both read from it.
 */
export function compareWithCatalog(
  sent: StacObject | undefined,
  stored: StacObject | undefined,
  options: CompareOptions = {},
): CatalogComparison {
  if (stored === undefined) return { outcome: 'absent', differences: [], truncated: false, contentCompared: false };
  if (sent === undefined) return { outcome: 'equal', differences: [], truncated: false, contentCompared: false };
  const cmp = compareStac(sent, stored, options);
  return {
    outcome: cmp.equal ? 'equal' : 'different',
    differences: cmp.differences,
    truncated: cmp.truncated,
    contentCompared: true,
  };
}

/** Why a copy is not the one sent: `the STAC API's copy differs at /a, /b`. */
export function differsAt(copy: string, differences: readonly Difference[], truncated = false): string {
  return `${copy} differs at ${describeDifferences(differences, truncated)}`;
}

/** A fingerprint of a catalog's copy as it was read: tells whether the catalog changed it since. */
export function copyHash(doc: StacObject): string {
  return createHash('sha256').update(stringifyJson(doc)).digest('hex');
}

/** The differing places for people: the first five JSON pointers, `…` when there are more. */
export function describeDifferences(differences: readonly Difference[], truncated = false): string {
  const paths = differences.slice(0, 5).map((d) => d.path || '/');
  return `${paths.join(', ')}${differences.length > 5 || truncated ? ', …' : ''}`;
}
