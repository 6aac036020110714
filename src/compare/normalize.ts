/**
 * The comparable form of a STAC document: what the catalog stores for it (stored-form.ts, the
 * StacLoader's whole path as twin/STORED_FORM.md found it) as the STAC API returns it, minus what
 * the API generates. Works the same on the document we sent and the one the API returned, so
 * `normalizeStac(sent)` equals `normalizeStac(returned)` for a correctly loaded object.
 *
 * - Numbers keep the loader's reading: an integer literal is exact (`9007199254740993` stays apart
 *   from `…992`), other numbers are doubles; an int and a float compare by value (`2` == `2.0`).
 * - Links: stac-fastapi-pgstac drops stored `self`, `item`, `parent`, `collection`, `root` and
 *   `items` links and generates its own (plus `queryables`, paging, aggregation links); the
 *   remaining links get their `href` resolved against the API's base URL. By default we
 *   compare only the links the API does not generate (`links: 'content'`), with relative
 *   hrefs resolved like the API does when `linkBase` is given, as an unordered set. `'ignore'`
 *   drops links entirely.
 * - Collection extents: pgstac rewrites them from the items it holds when MAAP's
 *   `update_collection_extent` is on, so `extent` is ignored by default
 *   (`collectionExtent: 'ignore'`).
 * - Key order is irrelevant (canonical forms sort keys).
 */
import type { StacObject } from '../model/stac.js';
import { fromPy, isPyObject, toPy, type PyJson, type PyObject } from './py-value.js';
import { storedForm } from './stored-form.js';

export interface NormalizeOptions {
  /** `content` (default): compare the links the API does not generate; `ignore`: drop links. */
  links?: 'content' | 'ignore';
  /** Base URL the API resolves relative link hrefs against (its root, e.g. `https://x/api/`). */
  linkBase?: string;
  /** `ignore` (default): pgstac maintains collection extents itself; `compare`: compare them. */
  collectionExtent?: 'ignore' | 'compare';
  /** For items: the collection's `item_assets` (pgstac stores asset members equal to them as the collection's). */
  itemAssets?: unknown;
}

/** Link relations stac-fastapi-pgstac generates on read (stored ones with these rels are dropped). */
export const API_GENERATED_LINK_RELS: ReadonlySet<string> = new Set([
  'self',
  'item',
  'parent',
  'collection',
  'root',
  'items',
  'next',
  'prev',
  'previous',
  'first',
  'last',
  'queryables',
  'http://www.opengis.net/def/rel/ogc/1.0/queryables',
  'aggregate',
  'aggregations',
]);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function hasScheme(href: string): boolean {
  return /^[A-Za-z][A-Za-z0-9+.-]*:/.test(href);
}

function normalizeLinks(links: unknown, options: NormalizeOptions): unknown {
  if (!Array.isArray(links)) return links;
  const kept = links
    .filter((l) => !(isRecord(l) && typeof l.rel === 'string' && API_GENERATED_LINK_RELS.has(l.rel)))
    .map((l) => {
      if (!isRecord(l) || typeof l.href !== 'string' || options.linkBase === undefined || hasScheme(l.href)) return l;
      try {
        return { ...l, href: new URL(l.href, options.linkBase).href };
      } catch {
        return l;
      }
    });
  // an unordered set: the API puts its own links first and keeps the rest in stored order
  if (kept.length < 2) return kept;
  return kept
    .map((l) => [canonicalJson(l), l] as const)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([, l]) => l);
}

/** The comparable form as Python values (see py-value.ts): what compare.ts works on. */
export function normalizedPy(doc: StacObject, options: NormalizeOptions = {}): PyJson {
  const { stored, kind } = storedForm(
    doc,
    options.itemAssets === undefined ? {} : { itemAssets: toPy(options.itemAssets) },
  );
  if (!isPyObject(stored)) return stored;
  const out: PyObject = { ...stored };
  if (kind === 'collection' && (options.collectionExtent ?? 'ignore') === 'ignore') delete out['extent'];
  if ((options.links ?? 'content') === 'ignore') delete out['links'];
  else if ('links' in out) out['links'] = normalizeLinks(out['links'] ?? null, options) as PyJson;
  return out;
}

/**
 * The comparable form of a STAC Item or Collection as plain JSON (numbers written the way Python writes
 * them, see src/json.ts). Never mutates its input.
 */
export function normalizeStac(doc: StacObject, options: NormalizeOptions = {}): StacObject {
  return fromPy(normalizedPy(doc, options)) as StacObject;
}

/** JSON with object keys sorted at every level: the same for documents equal by content. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  if (isRecord(value)) {
    const keys = Object.keys(value)
      .filter((k) => value[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(',')}}`;
  }
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return 'null';
    // an integral float hashes like the int of the same value (`2.0` == `2`)
    return Number.isInteger(value) ? BigInt(value).toString() : String(value);
  }
  return JSON.stringify(value) ?? 'null';
}
